// The palettes an author may choose: colour-blind-safe schemes of d3-scale-chromatic, low to high.
import {
  interpolateBlues,
  interpolateBrBG,
  interpolateCividis,
  interpolatePuOr,
  interpolateRdBu,
  interpolateViridis,
  interpolateYlGnBu,
  interpolateYlOrBr,
} from "d3-scale-chromatic";
import type { Scheme } from "./colorScale.ts";

export type PaletteId =
  | "ylgnbu"
  | "blues"
  | "ylorbr"
  | "viridis"
  | "cividis"
  | "rdbu"
  | "puor"
  | "brbg";

export interface Palette {
  id: PaletteId;
  /** Sequential palettes run low to high; diverging ones have a neutral middle. */
  scheme: Scheme;
  /** The palette's name as ColorBrewer and matplotlib give it. */
  name: string;
  /** The colour at t (0 = lowest, 1 = highest; 0.5 the centre of a diverging one). */
  at(t: number): string;
}

// Sequential palettes start past their palest tint, which would be lost against the page and
// the no-data grey; viridis and cividis run light to dark, so that more is darker, as on the others.
const from = (start: number, f: (t: number) => string) => (t: number) => f(start + (1 - start) * t);

export const PALETTES: Readonly<Record<PaletteId, Palette>> = {
  ylgnbu: { id: "ylgnbu", scheme: "sequential", name: "YlGnBu", at: from(0.15, interpolateYlGnBu) },
  blues: { id: "blues", scheme: "sequential", name: "Blues", at: from(0.15, interpolateBlues) },
  ylorbr: { id: "ylorbr", scheme: "sequential", name: "YlOrBr", at: from(0.1, interpolateYlOrBr) },
  viridis: {
    id: "viridis",
    scheme: "sequential",
    name: "viridis",
    at: (t) => interpolateViridis(1 - t),
  },
  cividis: {
    id: "cividis",
    scheme: "sequential",
    name: "cividis",
    at: (t) => interpolateCividis(1 - t),
  },
  rdbu: { id: "rdbu", scheme: "diverging", name: "RdBu", at: interpolateRdBu },
  puor: { id: "puor", scheme: "diverging", name: "PuOr", at: (t) => interpolatePuOr(1 - t) },
  brbg: { id: "brbg", scheme: "diverging", name: "BrBG", at: interpolateBrBG },
};

export const PALETTE_IDS = Object.keys(PALETTES) as PaletteId[];

/** Each scheme's palette when the author chose none. */
export const DEFAULT_PALETTE: Readonly<Record<Scheme, PaletteId>> = {
  sequential: "ylgnbu",
  diverging: "rdbu",
};

export const isPaletteId = (v: unknown): v is PaletteId =>
  typeof v === "string" && (PALETTE_IDS as string[]).includes(v);

/** The palette for a scheme: the chosen one where it is of that scheme, else the scheme's default. */
export function paletteFor(scheme: Scheme, chosen: PaletteId | null): Palette {
  const p = chosen ? PALETTES[chosen] : null;
  return p && p.scheme === scheme ? p : PALETTES[DEFAULT_PALETTE[scheme]];
}
