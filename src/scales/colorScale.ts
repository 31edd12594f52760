// Colour scales for the choropleth: sequential by default, or diverging around the national figure.
import { scaleDiverging, scaleSequential } from "d3-scale";
import { type Classing, classBreaks, classOf } from "./classes.ts";
import { type PaletteId, paletteFor } from "./palettes.ts";

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
  /** A classed scale's classes, lowest first; null for a continuous one. */
  classes: ColorClass[] | null;
}

/** A class of a classed scale: the values from `from` up to (not including) `to`, and its colour. */
export interface ColorClass {
  /** The class's bounds; the first starts at the least value, the last ends at the greatest. */
  from: number;
  to: number;
  color: string;
  /** Regions whose value falls in it. */
  count: number;
}

/** How the author styles the scale: a palette (null for the scheme's own) and classes. */
export interface ScaleStyle {
  palette: PaletteId | null;
  classing: Classing;
}

/**
 * Builds the scale from the values shown (nulls ignored). Sequential spans
 * [min, max] of the values; diverging is symmetric around `center` (the national
 * figure), so equal distances above and below get equally strong colours. With
 * no values the domain is [0, 1]; with all values equal it is widened by 0.5
 * each way, so the scale still works. A fixed `extent` (a survey's 1–5 answer
 * scale) replaces the values' range, so one colour means one value on every
 * metric; values beyond it take its end colours. A `style` picks the palette
 * (one of the scheme's; else its default) and classes: each region then takes
 * its class's colour, and `classes` lists them for the legend.
 */
export function colorScale(
  values: readonly (number | null)[],
  scheme: Scheme,
  center?: number | null,
  extent?: readonly [number, number] | null,
  style?: ScaleStyle,
): ColorScale {
  const palette = paletteFor(scheme, style?.palette ?? null);
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
    const s = scaleDiverging(palette.at)
      .domain([c - d, c, c + d])
      .clamp(true);
    colorOf = (v) => s(v);
  } else {
    domain = [lo, hi];
    const s = scaleSequential(palette.at).domain([lo, hi]).clamp(true);
    colorOf = (v) => s(v);
  }
  const first = domain[0] as number;
  const last = domain[domain.length - 1] as number;
  const stops = Array.from({ length: 9 }, (_, i) => {
    const value = first + ((last - first) * i) / 8;
    return { value, color: colorOf(value) };
  });
  const thresholds = style ? classBreaks(values, style.classing) : null;
  const classes = thresholds ? classesOf(present, thresholds, scheme, palette.at, colorOf) : null;
  if (classes && thresholds) colorOf = (v) => (classes[classOf(v, thresholds)] as ColorClass).color;
  return {
    scheme,
    domain,
    stops,
    classes,
    color: (v) => (v === null || v === undefined || Number.isNaN(v) ? NO_DATA_COLOR : colorOf(v)),
  };
}

/**
 * The classes of thresholds over the values present: a sequential palette's
 * colours evenly spaced from light to dark (one class: its middle); a
 * diverging one's colour at the middle of each class's values, so a class
 * around the centre stays neutral.
 */
function classesOf(
  present: readonly number[],
  thresholds: readonly number[],
  scheme: Scheme,
  at: (t: number) => string,
  continuous: (v: number) => string,
): ColorClass[] {
  const lo = present.length ? Math.min(...present) : 0;
  const hi = present.length ? Math.max(...present) : 1;
  const bounds = [
    Math.min(lo, thresholds[0] ?? lo),
    ...thresholds,
    Math.max(hi, thresholds[thresholds.length - 1] ?? hi),
  ];
  const n = bounds.length - 1;
  const counts = new Array<number>(n).fill(0);
  for (const v of present)
    counts[classOf(v, thresholds)] = (counts[classOf(v, thresholds)] ?? 0) + 1;
  return Array.from({ length: n }, (_, i) => {
    const from = bounds[i] as number;
    const to = bounds[i + 1] as number;
    return {
      from,
      to,
      color: scheme === "diverging" ? continuous((from + to) / 2) : at(n === 1 ? 0.5 : i / (n - 1)),
      count: counts[i] ?? 0,
    };
  });
}
