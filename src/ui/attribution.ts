// The always-visible source line under the map: every source, with its edition.
import { type Atlas, sourceOf } from "../data/atlas.ts";
import type { SurveyMeta } from "../data/survey.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { populationDate } from "../scene/sourceText.ts";
import type { Story } from "../scene/view.ts";
import { h, replace } from "./dom.ts";

/** The source line: the survey edition shown (if any), boundaries, population, land areas, neighbours. */
export function attributionText(lang: Lang, atlas: Atlas, survey: SurveyMeta | null): string {
  const land = sourceOf(atlas, "landArea");
  return [
    survey ? survey.attribution[lang] : null,
    t(lang, "attributionBoundaries"),
    t(lang, "attributionPopulation", { date: populationDate(atlas, lang) }),
    land ? t(lang, "attributionArea", { year: land.date.slice(0, 4) }) : null,
    t(lang, "attributionNeighbours"),
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * The sources under the map; before them, the author's notes (a paragraph a
 * line), source line and byline, as text.
 */
export function renderAttribution(
  element: HTMLElement,
  lang: Lang,
  atlas: Atlas,
  survey: SurveyMeta | null,
  story?: Story,
): void {
  const own = story
    ? [
        ...story.notes.split("\n").map((line) => ["story-note", line]),
        ["story-source", story.source],
        ["story-byline", story.byline],
      ].filter(([, line]) => line?.trim())
    : [];
  replace(
    element,
    ...own.map(([kind, line]) => h("p", { class: kind ?? "" }, line ?? "")),
    own.length
      ? h("p", { class: "app-sources" }, attributionText(lang, atlas, survey))
      : attributionText(lang, atlas, survey),
  );
}
