// The "About this map" section that links the licences and the accessibility statement (files beside the page).
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { h } from "./dom.ts";

/** The accessibility statement's page in each language (public/). */
export const STATEMENT_PAGES: Record<Lang, string> = {
  fi: "saavutettavuus.html",
  sv: "tillganglighet.html",
  en: "accessibility.html",
};

/** The heading and the list of links: the app's licence, third-party licences, the accessibility statement. */
export function aboutLinks(lang: Lang): HTMLElement[] {
  const link = (href: string, text: string) =>
    h("li", {}, h("a", { href: `./${href}`, target: "_blank", rel: "noopener" }, text));
  return [
    h("h3", {}, t(lang, "aboutNotices")),
    h(
      "ul",
      { class: "notices" },
      link(STATEMENT_PAGES[lang], t(lang, "aboutAccessibility")),
      link("LICENSE.txt", t(lang, "aboutLicence")),
      link("third-party-licences.txt", t(lang, "aboutThirdParty")),
    ),
  ];
}
