// Names in a language's alphabetical order (Å, Ä, Ö after Z), with one collator per language.
import type { Lang } from "./language.ts";

const LOCALES: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };
const collators = new Map<Lang, Intl.Collator>();

/**
 * Compares two names as the language orders them. The collator is made once
 * per language: `a.localeCompare(b, lang)` makes one on every call, which
 * costs most of a sort (hundreds of milliseconds on a phone).
 */
export function compareNames(a: string, b: string, lang: Lang): number {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(LOCALES[lang]);
    collators.set(lang, collator);
  }
  return collator.compare(a, b);
}
