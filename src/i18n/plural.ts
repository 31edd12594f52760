// Counts and lists in words: Intl.PluralRules picks a message's form, Intl.ListFormat joins a list.
import type { Lang } from "./language.ts";
import { fill } from "./messages.ts";

/** The locales whose plural and list rules the app follows (as format.ts's numbers). */
const LOCALES: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** A message's forms by plural category: Finnish, Swedish and English need "one" and "other". */
export interface PluralForms {
  one: string;
  other: string;
}

/** Messages that hold a count `{n}`, in every language and form. */
export const PLURAL_MESSAGES = {
  describeCrossings: {
    fi: {
      one: "{n} työllisyysalue ylittää hyvinvointialueiden rajat: {list}.",
      other: "{n} työllisyysaluetta ylittää hyvinvointialueiden rajat: {list}.",
    },
    sv: {
      one: "{n} sysselsättningsområde går över välfärdsområdenas gränser: {list}.",
      other: "{n} sysselsättningsområden går över välfärdsområdenas gränser: {list}.",
    },
    en: {
      one: "{n} employment area crosses county borders: {list}.",
      other: "{n} employment areas cross county borders: {list}.",
    },
  },
  crossingsIntro: {
    fi: {
      one: "{of} työllisyysalueesta {n} ulottuu useamman kuin yhden hyvinvointialueen alueelle. Osuudet ovat työllisyysalueen maapinta-alasta (ilman sisävesiä ja merta; {landSource}) ja väestöstä ({populationSource}).",
      other:
        "{of} työllisyysalueesta {n} ulottuu useamman kuin yhden hyvinvointialueen alueelle. Osuudet ovat työllisyysalueen maapinta-alasta (ilman sisävesiä ja merta; {landSource}) ja väestöstä ({populationSource}).",
    },
    sv: {
      one: "{n} av {of} sysselsättningsområden sträcker sig över fler än ett välfärdsområde. Andelarna gäller sysselsättningsområdets landareal (utan insjövatten och hav; {landSource}) och befolkning ({populationSource}).",
      other:
        "{n} av {of} sysselsättningsområden sträcker sig över fler än ett välfärdsområde. Andelarna gäller sysselsättningsområdets landareal (utan insjövatten och hav; {landSource}) och befolkning ({populationSource}).",
    },
    en: {
      one: "{n} of the {of} employment areas extends into more than one county. Shares are of the employment area's land area (without inland water and sea; {landSource}) and population ({populationSource}).",
      other:
        "{n} of the {of} employment areas extend into more than one county. Shares are of the employment area's land area (without inland water and sea; {landSource}) and population ({populationSource}).",
    },
  },
} as const satisfies Record<string, Record<Lang, PluralForms>>;

export type PluralKey = keyof typeof PLURAL_MESSAGES;

const rules = new Map<Lang, Intl.PluralRules>();
const lists = new Map<Lang, Intl.ListFormat>();

/** The plural category of a count in a language: "one" for 1 in all three, else "other". */
export function pluralCategory(lang: Lang, n: number): keyof PluralForms {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(LOCALES[lang]);
    rules.set(lang, r);
  }
  return r.select(n) === "one" ? "one" : "other";
}

/** A message's form for count `n` (also filled in as `{n}`), as the language's rules pick it. */
export function pluralForm(
  lang: Lang,
  forms: PluralForms,
  n: number,
  params: Record<string, string | number> = {},
): string {
  return fill(forms[pluralCategory(lang, n)], { n, ...params });
}

/** The message of the app's table for count `n`, in the form the language's rules pick. */
export function tn(
  lang: Lang,
  key: PluralKey,
  n: number,
  params: Record<string, string | number> = {},
): string {
  return pluralForm(lang, PLURAL_MESSAGES[key][lang], n, params);
}

/**
 * Names joined as the language joins a list: "A, B ja C", "A, B och C",
 * "A, B and C"; one name alone, and "" for none.
 */
export function listOf(lang: Lang, items: readonly string[]): string {
  let f = lists.get(lang);
  if (!f) {
    f = new Intl.ListFormat(LOCALES[lang], { type: "conjunction" });
    lists.set(lang, f);
  }
  return f.format(items);
}
