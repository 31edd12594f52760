// Reads numbers as statistics services and people in Finland write them, under one finite-number rule.

/**
 * Marks that mean "no value" in published tables: empty, "." (logically
 * impossible), ".." (not available), "..." (too uncertain), "-" and "–" (none or
 * nil), "x" (withheld), "NA", "n/a", "null". Statistics Finland, THL and Kela
 * all use some of them.
 */
const MISSING = /^(\.{1,4}|-|–|—|x|na|n\/a|null|none|nan)$/i;

/** The largest magnitude a value may have: beyond it sums and means lose their digits. */
export const MAX_MAGNITUDE = 1e15;

/**
 * A cell's number; null for an empty cell or a missing-value mark; NaN for
 * anything that is not a finite number within ±1e15 (text, "1,2,3", a digit
 * string of 310 digits that would read as Infinity). Accepts a decimal comma
 * or point, spaces (also no-break and thin) between thousands, a minus sign
 * (− or -) or a plus, and a trailing percent sign ("45 %" is 45). Each cell is
 * read on its own, so a column may mix "3,5" and "3.5".
 */
export function parseNumber(cell: string): number | null {
  const text = cell.trim();
  if (text === "" || MISSING.test(text)) return null;
  const compact = text
    .replace(/[\s\u00a0\u202f\u2009]/g, "")
    .replace(/%$/, "")
    .replace(/^[−–]/, "-");
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return Number.NaN;
  const value = Number(compact.replace(",", "."));
  return Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE ? value : Number.NaN;
}

/** Whether a cell holds a number too large to be kept (it parses, but not within ±1e15). */
export function isTooLarge(cell: string): boolean {
  const compact = cell.trim().replace(/[\s\u00a0\u202f\u2009]/g, "");
  return /^[-+−]?\d{16,}([.,]\d+)?$/.test(compact) || /^[-+−]?\d+[.,]\d+e\d+$/i.test(compact);
}
