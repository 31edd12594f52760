// The always-visible source line under the map: every source, with its edition.
import { type Atlas, sourceOf } from "../data/atlas.ts";
import type { SurveyMeta } from "../data/survey.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { populationDate } from "../scene/sourceText.ts";
import { replace } from "./dom.ts";

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

export function renderAttribution(
  element: HTMLElement,
  lang: Lang,
  atlas: Atlas,
  survey: SurveyMeta | null,
): void {
  replace(element, attributionText(lang, atlas, survey));
}
