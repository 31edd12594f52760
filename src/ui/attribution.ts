// The always-visible source line under the map.
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { replace } from "./dom.ts";

export function attributionText(lang: Lang): string {
  return [
    t(lang, "attributionSurvey"),
    t(lang, "attributionBoundaries"),
    t(lang, "attributionPopulation"),
    t(lang, "attributionNeighbours"),
  ].join(" · ");
}

export function renderAttribution(element: HTMLElement, lang: Lang): void {
  replace(element, attributionText(lang));
}
