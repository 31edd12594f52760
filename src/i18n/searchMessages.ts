// The place search's own words, in Finnish, Swedish and English: loaded with the search (its label and hint are in messages.ts).
import type { Lang } from "./language.ts";
import { fill } from "./messages.ts";
import { type PluralForms, pluralForm } from "./plural.ts";

const fi = {
  searchNone: "Ei osumia.",
  placeClear: "Poista korostus",
  placeOutside: "Ahvenanmaa ei kuulu hyvinvointialueisiin eikä työllisyysalueisiin.",
  placeCard: "Haettu paikka",
} as const;

export type SearchMessageKey = keyof typeof fi;

export const SEARCH_MESSAGES: Record<Lang, Record<SearchMessageKey, string>> = {
  fi,
  sv: {
    searchNone: "Inga träffar.",
    placeClear: "Ta bort markeringen",
    placeOutside: "Åland hör inte till något välfärdsområde eller sysselsättningsområde.",
    placeCard: "Sökt plats",
  },
  en: {
    searchNone: "No matches.",
    placeClear: "Clear the highlight",
    placeOutside: "Åland belongs to no wellbeing services county and no employment area.",
    placeCard: "Place found",
  },
};

/** How many places match, in the form the language's plural rules pick. */
export const SEARCH_RESULTS: Record<Lang, PluralForms> = {
  fi: {
    one: "{n} osuma. Valitse nuolinäppäimillä.",
    other: "{n} osumaa. Valitse nuolinäppäimillä.",
  },
  sv: {
    one: "{n} träff. Välj med piltangenterna.",
    other: "{n} träffar. Välj med piltangenterna.",
  },
  en: {
    one: "{n} match. Choose with the arrow keys.",
    other: "{n} matches. Choose with the arrow keys.",
  },
};

export function ts(
  lang: Lang,
  key: SearchMessageKey,
  params: Record<string, string | number> = {},
) {
  return fill(SEARCH_MESSAGES[lang][key], params);
}

export function searchResults(lang: Lang, n: number): string {
  return pluralForm(lang, SEARCH_RESULTS[lang], n);
}
