// Colour scales for the choropleth: sequential by default, or diverging around the national figure.
import { interpolateRdBu, interpolateYlGnBu } from "./schemes.ts";

export type Scheme = "sequential" | "diverging";
export const SCHEMES: readonly Scheme[] = ["sequential", "diverging"];

/** Grey for regions with no value; the legend gives it a swatch of its own. */
export const NO_DATA_COLOR = "#bdbdbd";

export interface ColorScale {
  scheme: Scheme;
  /** [min, max], or [min, center, max] for the diverging scheme. */
  domain: number[];
  /** Colour of a value; NO_DATA_COLOR for null or NaN. */
  color(value: number | null | undefined): string;
  /** Evenly spaced colour stops across the domain, for a gradient legend. */
  stops: { value: number; color: string }[];
}

// YlGnBu from 0.15 keeps the palest colour clear of both the background and no-data grey.
const sequentialInterpolator = (t: number) => interpolateYlGnBu(0.15 + 0.85 * t);
// RdBu: red below the centre, blue above; both readable with the common colour-vision deficiencies.
const divergingInterpolator = interpolateRdBu;

const clamp01 = (t: number) => Math.max(0, Math.min(1, t));

/**
 * Builds the scale from the values shown (nulls ignored). Sequential spans
 * [min, max] of the values; diverging is symmetric around `center` (the national
 * figure), so equal distances above and below get equally strong colours. With
 * no values the domain is [0, 1]; with all values equal it is widened by 0.5
 * each way, so the scale still works. A fixed `extent` (a survey's 1–5 answer
 * scale) replaces the values' range, so one colour means one value on every
 * metric; values beyond it take its end colours.
 */
export function colorScale(
  values: readonly (number | null)[],
  scheme: Scheme,
  center?: number | null,
  extent?: readonly [number, number] | null,
): ColorScale {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  let lo = extent ? extent[0] : present.length ? Math.min(...present) : 0;
  let hi = extent ? extent[1] : present.length ? Math.max(...present) : 1;
  if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];

  let domain: number[];
  let colorOf: (v: number) => string;
  if (scheme === "diverging") {
    const c =
      center !== null && center !== undefined && Number.isFinite(center) ? center : (lo + hi) / 2;
    const d = Math.max(Math.abs(lo - c), Math.abs(hi - c)) || 0.5;
    domain = [c - d, c, c + d];
    // As d3-scale's clamped scaleDiverging maps it: half the ramp each side of the centre.
    const [t0, t1, t2] = [c - d, c, c + d];
    const below = 0.5 / (t1 - t0);
    const above = 0.5 / (t2 - t1);
    colorOf = (v) => divergingInterpolator(clamp01(0.5 + (v - t1) * (v < t1 ? below : above)));
  } else {
    domain = [lo, hi];
    // As d3-scale's clamped scaleSequential maps it.
    const k = 1 / (hi - lo);
    colorOf = (v) => sequentialInterpolator(clamp01((v - lo) * k));
  }
  const first = domain[0] as number;
  const last = domain[domain.length - 1] as number;
  const stops = Array.from({ length: 9 }, (_, i) => {
    const value = first + ((last - first) * i) / 8;
    return { value, color: colorOf(value) };
  });
  return {
    scheme,
    domain,
    stops,
    color: (v) => (v === null || v === undefined || Number.isNaN(v) ? NO_DATA_COLOR : colorOf(v)),
  };
}
