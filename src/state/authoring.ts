// What an author adds to a view: words, highlighted regions, classes, palette, decimals and unit.
import type { LevelId } from "../data/levels.ts";
import { type Classing, CONTINUOUS } from "../scales/classes.ts";
import type { PaletteId } from "../scales/palettes.ts";

export interface Authoring {
  /** The story's headline over the map; "" for the app's own title. */
  title: string;
  /** A sentence or two under the title. */
  description: string;
  /** Notes under the map ("Luvut ovat ennakkotietoja."), lines kept. */
  notes: string;
  /** The source line ("Lähde: Tilastokeskus"), beside the app's own sources. */
  source: string;
  /** Who made it ("Grafiikka: N. N. / HS"). */
  byline: string;
  /** The alt text of the embed and the exports; "" for the view in words. */
  alt: string;
  /** Regions outlined and named in the description: their level and codes. */
  highlight: { level: LevelId; codes: string[] } | null;
  classing: Classing;
  /** The palette; null for the scheme's own. */
  palette: PaletteId | null;
  /** Decimals of every figure; null for the data's own. */
  decimals: number | null;
  /** A unit after every figure ("%", "€", "hlöä"); "" for none. */
  unit: string;
}

export const NO_AUTHORING: Authoring = {
  title: "",
  description: "",
  notes: "",
  source: "",
  byline: "",
  alt: "",
  highlight: null,
  classing: CONTINUOUS,
  palette: null,
  decimals: null,
  unit: "",
};

/** The longest each text may be (characters): a headline, a standfirst, notes, alt text. */
export const TEXT_CAPS = {
  title: 120,
  description: 600,
  notes: 1000,
  source: 300,
  byline: 120,
  alt: 1500,
  unit: 16,
} as const;
export type AuthorText = keyof typeof TEXT_CAPS;
export const AUTHOR_TEXTS = Object.keys(TEXT_CAPS) as AuthorText[];

/** The most regions highlighted at once. */
export const MAX_HIGHLIGHT = 12;
/** The most decimals. */
export const MAX_DECIMALS = 4;

/**
 * An author's text made safe to keep and show: control characters removed
 * (line breaks kept in the description and notes), spaces trimmed, cut to its
 * cap. It is only ever shown as text, never as markup.
 */
export function cleanText(key: AuthorText, text: string): string {
  const lines = key === "notes" || key === "description";
  let cleaned = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const control = code < 0x20 || code === 0x7f;
    if (!control || (lines && ch === "\n")) cleaned += ch;
    else if (!lines) cleaned += " ";
  }
  return [...cleaned.trim()].slice(0, TEXT_CAPS[key]).join("");
}

/** Whether anything differs from no authoring (the view then names the author's choices). */
export const isAuthored = (a: Authoring) =>
  AUTHOR_TEXTS.some((k) => a[k] !== "") ||
  a.highlight !== null ||
  a.classing.method !== "continuous" ||
  a.palette !== null ||
  a.decimals !== null;
