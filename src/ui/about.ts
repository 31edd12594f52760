// The "About this map" dialog: the reforms, the survey, and every source with its edition and licence.

import type { SourceEdition } from "../data/atlas.ts";
import type { SurveyMeta } from "../data/survey.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { ABOUT, SOURCES_HEADING } from "./aboutText.ts";
import { h, replace } from "./dom.ts";
import { panelHead } from "./panelHead.ts";

export function renderAbout(
  dialog: HTMLDialogElement,
  lang: Lang,
  survey: SurveyMeta,
  sources: readonly SourceEdition[],
): void {
  replace(
    dialog,
    panelHead("about-title", t(lang, "about"), t(lang, "close"), () => dialog.close()),
    ...ABOUT[lang].flatMap((section) => [
      h("h3", {}, section.heading),
      ...section.paragraphs.map((p) => h("p", {}, p)),
    ]),
    h("h3", {}, SOURCES_HEADING[lang]),
    h(
      "ul",
      { class: "sources" },
      h(
        "li",
        {},
        `${survey.publisher[lang]}: ${survey.title[lang]}. `,
        `${survey.respondents.who[lang]}, n = ${survey.respondents.n}. `,
      ),
      ...sources.map((s) =>
        h("li", {}, `${s.publisher[lang]}: ${s.what[lang]} (${s.id}), ${s.date}. ${s.licence}.`),
      ),
      h("li", {}, "Natural Earth: 1:10m admin 0 countries (world-atlas 2.0.2). Public domain."),
    ),
  );
}
