// The "About this map" section that links the licences and the accessibility statement (files beside the page).
import type { Lang } from "../i18n/language.ts";
import { tv } from "../i18n/viewMessages.ts";
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
    h("h3", {}, tv(lang, "aboutNotices")),
    h(
      "ul",
      { class: "notices" },
      link(STATEMENT_PAGES[lang], tv(lang, "aboutAccessibility")),
      link("LICENSE.txt", tv(lang, "aboutLicence")),
      link("third-party-licences.txt", tv(lang, "aboutThirdParty")),
    ),
  ];
}
