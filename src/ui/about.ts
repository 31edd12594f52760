// The "About this map" dialog: the reforms, the survey, and every source with its edition and licence.
import type { SourceEdition } from "../data/atlas.ts";
import type { SurveyMeta } from "../data/survey.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { formatDate } from "../scene/sourceText.ts";
import { aboutLinks } from "./aboutLinks.ts";
import { ABOUT, SOURCES_HEADING } from "./aboutText.ts";
import { h, replace } from "./dom.ts";
import { panelHead } from "./panelHead.ts";

/**
 * The dialog's content. The reforms' text is the app's; the survey's section
 * (how to read it) comes from the shown edition's metadata; the crossings
 * paragraph names the land-area and population editions the atlas was built
 * from, as does the list of sources.
 */
export function renderAbout(
  dialog: HTMLDialogElement,
  lang: Lang,
  survey: SurveyMeta | null,
  sources: readonly SourceEdition[],
): void {
  const edition = (key: SourceEdition["key"]) => {
    const s = sources.find((source) => source.key === key);
    return s ? `${s.publisher[lang]}, ${formatDate(s.date, lang)}` : "–";
  };
  const fill = (text: string) =>
    text.replace("{land}", edition("landArea")).replace("{population}", edition("population"));
  replace(
    dialog,
    panelHead("about-title", t(lang, "about"), t(lang, "close"), () => dialog.close()),
    ...ABOUT[lang].flatMap((section) => [
      h("h3", {}, section.heading),
      ...section.paragraphs.map((p) => h("p", {}, fill(p))),
    ]),
    ...(survey
      ? [h("h3", {}, survey.title[lang]), ...survey.about[lang].map((p) => h("p", {}, p))]
      : []),
    h("h3", {}, SOURCES_HEADING[lang]),
    h(
      "ul",
      { class: "sources" },
      survey
        ? h(
            "li",
            {},
            `${survey.publisher[lang]}: ${survey.title[lang]}. `,
            `${survey.respondents.who[lang]}, n = ${survey.respondents.n}. `,
            formatDate(survey.published, lang),
          )
        : null,
      ...sources.map((s) =>
        h(
          "li",
          {},
          `${s.publisher[lang]}: ${s.what[lang]} (${s.id}), ${formatDate(s.date, lang)}. ${s.licence}.`,
        ),
      ),
      h("li", {}, "Natural Earth: 1:10m admin 0 countries (world-atlas 2.0.2). Public domain."),
    ),
    ...aboutLinks(lang),
  );
}
