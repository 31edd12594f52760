// A found place in words: what it is and the regions it lies within, for the card and for screen readers.
import type { AppData } from "../appData.ts";
import { LEVELS } from "../data/levels.ts";
import type { Lang } from "../i18n/language.ts";
import { ts } from "../i18n/searchMessages.ts";
import type { Place } from "./placeIndex.ts";
import type { PlaceRef } from "./placeRef.ts";

/** The name of a place of any level in the language (a municipality's Swedish name in Swedish). */
export function placeName(data: AppData, ref: PlaceRef, lang: Lang): string {
  if (ref.level === "municipality") {
    const m = data.municipalities.get(ref.code);
    return m ? (lang === "sv" ? m.name.sv : m.name.fi) : ref.code;
  }
  return data.regions[ref.level].get(ref.code)?.name[lang] ?? ref.code;
}

/** "Kunta 179", "Hyvinvointialue 05": the level's word and the code. */
export function placeKind(ref: PlaceRef, lang: Lang): string {
  return `${LEVELS[ref.level].words.one[lang]} ${ref.code}`;
}

export interface PlaceLines {
  /** "Jyväskylä (Kunta 179)" */
  title: string;
  /** One line per region it lies within: "Hyvinvointialue: Keski-Suomi" (with its level, for the legend). */
  within: { level: PlaceRef["level"]; text: string }[];
  /** A note where it lies outside both reforms (Åland's municipalities), else null. */
  note: string | null;
}

/** The place's title, the regions it lies within, and a note for Åland. */
export function placeLines(data: AppData, place: Place, lang: Lang): PlaceLines {
  const outside =
    place.level === "municipality" && (data.municipalities.get(place.code)?.outside ?? false);
  return {
    title: `${placeName(data, place, lang)} (${placeKind(place, lang)})`,
    within: place.within.map((w) => ({
      level: w.level,
      text: `${LEVELS[w.level].words.one[lang]}: ${placeName(data, w, lang)}`,
    })),
    note: outside ? ts(lang, "placeOutside") : null,
  };
}

/** All of it as one sentence list, as a screen reader hears it when a place is chosen. */
export function placeSentence(data: AppData, place: Place, lang: Lang): string {
  const lines = placeLines(data, place, lang);
  return [lines.title, ...lines.within.map((w) => w.text), ...(lines.note ? [lines.note] : [])]
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
    .join(" ");
}
