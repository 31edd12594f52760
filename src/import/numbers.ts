// Reads numbers as people type them in Finland and elsewhere.

/**
 * A cell's number, or null for an empty cell (or a dash, "..", "n/a"), or NaN for
 * text that is not a number. Accepts a decimal comma or point, spaces (also
 * no-break and thin spaces) as thousands separators, a minus sign (− or -), and a
 * trailing percent sign (kept as the number shown: "45 %" is 45).
 */
export function parseNumber(cell: string): number | null {
  const text = cell.trim();
  if (text === "" || /^(-|–|\.\.|n\/a|na)$/i.test(text)) return null;
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/%$/, "")
    .replace(/^[−–]/, "-");
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(compact)) return Number.NaN;
  return Number(compact.replace(",", "."));
}
