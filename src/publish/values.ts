// Values as scaled integers: a metric's numbers as whole numbers of its smallest decimal, each
// written as its difference from the same region's value in the period before.

import { MAX_MAGNITUDE } from "../import/numbers.ts";
import { type ByteReader, type ByteWriter, DamagedInput } from "./bytes.ts";

/** Decimals tried before a metric's values are written as doubles. */
const MAX_SCALE = 6;
const FLOAT = 7;
/** Scaled integers stay below this, so their differences zigzag into exact varints. */
const MAX_SCALED = 2 ** 50;

/** The fewest decimals that write every finite value exactly, or FLOAT. */
function scaleOf(values: ArrayLike<number>): number {
  for (let s = 0; s <= MAX_SCALE; s++) {
    const f = 10 ** s;
    let ok = true;
    for (let i = 0; i < values.length && ok; i++) {
      const v = values[i] as number;
      if (!Number.isFinite(v)) continue;
      const n = Math.round(v * f);
      ok = Math.abs(n) < MAX_SCALED && n / f === v;
    }
    if (ok) return s;
  }
  return FLOAT;
}

/**
 * Writes a block of values laid out period by period, `codes` to a period:
 * NaN (no row) and Infinity (a missing-value mark) as symbols of their own.
 */
export function writeValues(w: ByteWriter, values: ArrayLike<number>, codes: number): void {
  const scale = scaleOf(values);
  w.byte(scale);
  const f = 10 ** scale;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) w.uint(0);
    else if (v === Number.POSITIVE_INFINITY) w.uint(1);
    else if (scale === FLOAT) {
      w.uint(2);
      w.float(v);
    } else {
      const before = i >= codes ? (values[i - codes] as number) : Number.NaN;
      const base = Number.isFinite(before) ? Math.round(before * f) : 0;
      const n = Math.round(v * f) - base;
      w.uint(n >= 0 ? n * 2 + 2 : -n * 2 + 1);
    }
  }
}

/** Reads `length` values written by writeValues into `into` from `at`; any value beyond ±10¹⁵ is damage. */
export function readValues(
  r: ByteReader,
  into: Float64Array,
  at: number,
  length: number,
  codes: number,
): void {
  const scale = r.byte();
  if (scale > FLOAT) throw new DamagedInput("unknown value scale");
  const f = 10 ** scale;
  for (let i = 0; i < length; i++) {
    const symbol = r.uint();
    let v: number;
    if (symbol === 0) v = Number.NaN;
    else if (symbol === 1) v = Number.POSITIVE_INFINITY;
    else if (scale === FLOAT) {
      if (symbol !== 2) throw new DamagedInput("bad value symbol");
      v = r.float();
    } else {
      const z = symbol - 2;
      const delta = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      const before = i >= codes ? (into[at + i - codes] as number) : Number.NaN;
      const base = Number.isFinite(before) ? Math.round(before * f) : 0;
      v = (base + delta) / f;
    }
    if (!Number.isNaN(v) && v !== Number.POSITIVE_INFINITY && !(Math.abs(v) <= MAX_MAGNITUDE))
      throw new DamagedInput("value out of range");
    into[at + i] = v;
  }
}

/** Line numbers, each as its difference from the same cell's line in the block before (the previous metric). */
export function writeLines(w: ByteWriter, lines: Int32Array, block: number): void {
  for (let i = 0; i < lines.length; i++) {
    const base = i >= block ? (lines[i - block] as number) : i > 0 ? (lines[i - 1] as number) : 0;
    w.int((lines[i] as number) - base);
  }
}

export function readLines(r: ByteReader, into: Int32Array, block: number): void {
  for (let i = 0; i < into.length; i++) {
    const base = i >= block ? (into[i - block] as number) : i > 0 ? (into[i - 1] as number) : 0;
    const line = base + r.int();
    if (line < 0 || line > 2 ** 31 - 1) throw new DamagedInput("line out of range");
    into[i] = line;
  }
}
