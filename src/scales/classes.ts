// Colour classes: where a classed scale breaks its values (quantiles, equal intervals, natural breaks, the author's own).
import { ckmeans } from "./ckmeans.ts";

export type ClassMethod = "continuous" | "quantile" | "equal" | "jenks" | "custom";
export const CLASS_METHODS: readonly ClassMethod[] = [
  "continuous",
  "quantile",
  "equal",
  "jenks",
  "custom",
];
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 9;

export interface Classing {
  method: ClassMethod;
  /** How many classes (2–9); unused for continuous and custom. */
  count: number;
  /** The author's own breaks (custom), ascending. */
  breaks: readonly number[];
}

export const CONTINUOUS: Classing = { method: "continuous", count: 5, breaks: [] };

/** The p-quantile of sorted values, interpolated between ranks (R's type 7, as d3 and spreadsheets). */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (b - a) * (at - lo);
}

/**
 * The thresholds of a classing over the values (nulls and non-finite values
 * left out): a value belongs to the class after every threshold it reaches
 * (`classOf`). Quantiles put about as many regions in each class; equal
 * intervals split the range evenly; natural breaks start each class at a
 * ckmeans group's least value; custom breaks are the author's, sorted, those
 * outside the values' range kept. Repeated thresholds (many equal values)
 * merge, so there may be fewer classes than asked. Null for continuous, or
 * with no values.
 */
export function classBreaks(values: readonly (number | null)[], c: Classing): number[] | null {
  if (c.method === "continuous") return null;
  const sorted = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (!sorted.length) return null;
  const n = Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(c.count)));
  const lo = sorted[0] as number;
  const hi = sorted[sorted.length - 1] as number;
  let breaks: number[];
  switch (c.method) {
    case "quantile":
      breaks = Array.from({ length: n - 1 }, (_, i) => quantile(sorted, (i + 1) / n));
      break;
    case "equal":
      breaks = Array.from({ length: n - 1 }, (_, i) => lo + ((hi - lo) * (i + 1)) / n);
      break;
    case "jenks":
      breaks = ckmeans(sorted, n)
        .slice(1)
        .map((group) => group[0] as number);
      break;
    case "custom":
      breaks = c.breaks.filter((b) => Number.isFinite(b)).sort((a, b) => a - b);
      break;
  }
  // A threshold at or below the least value makes an empty first class: none for quantiles of ties.
  const unique = [...new Set(breaks)].filter((b) => c.method === "custom" || b > lo);
  return unique;
}

/** The class of a value: how many thresholds it reaches (0 … thresholds.length). */
export function classOf(value: number, thresholds: readonly number[]): number {
  let i = 0;
  while (i < thresholds.length && value >= (thresholds[i] as number)) i++;
  return i;
}

/**
 * Custom breaks as an author types them: separated by semicolons (then a
 * comma is a decimal comma: "10,5; 20") or else by commas or spaces
 * ("10.5, 20"). Not numbers are dropped; sorted, without repeats, at most 8.
 */
export function parseBreaks(text: string): number[] {
  const parts = text.includes(";")
    ? text.split(";").map((p) => p.trim().replace(",", "."))
    : text.split(/[,\s]+/);
  const numbers = parts
    .filter((p) => p.trim() !== "")
    .map(Number)
    .filter(Number.isFinite);
  return [...new Set(numbers)].sort((a, b) => a - b).slice(0, MAX_CLASSES - 1);
}
