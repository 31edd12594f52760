// Guesses a table's delimiter from its lines, title and footnote lines included.

export type Delimiter = "," | ";" | "\t";
const CANDIDATES: Delimiter[] = ["\t", ";", ","];

/**
 * The delimiter that splits the most of the first (up to 30) non-empty lines
 * into the same number of fields, more than one; quotes are respected. A title
 * line above the header (PxWeb writes one) or a footnote below does not count
 * against it. Ties go to tab, then semicolon, then comma: a Finnish number like
 * "3,5" contains a comma, so a table that splits evenly on semicolons is
 * semicolon-separated. A single column reads as comma-separated.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .slice(0, 200_000)
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== "")
    .slice(0, 30);
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const tally = new Map<number, number>();
    for (const l of lines) {
      const n = fieldCount(l, d);
      if (n > 1) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    for (const [fields, count] of tally) {
      const score = count * 1000 + fields;
      if (score > bestScore) [best, bestScore] = [d, score];
    }
  }
  return best;
}

function fieldCount(line: string, d: string): number {
  let count = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) count++;
  }
  return count;
}
