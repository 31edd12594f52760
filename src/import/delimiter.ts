// Guesses a table's delimiter from its first lines.

export type Delimiter = "," | ";" | "\t";
const CANDIDATES: Delimiter[] = ["\t", ";", ","];

/**
 * The delimiter that splits the first (up to 10) non-empty lines into the same
 * number of fields, more than one, most often; quotes are respected. Ties go to
 * tab, then semicolon, then comma: a Finnish number like "3,5" contains a comma,
 * so a table that splits evenly on semicolons is semicolon-separated. A single
 * column reads as comma-separated.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== "")
    .slice(0, 10);
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const d of CANDIDATES) {
    const counts = lines.map((l) => fieldCount(l, d));
    const first = counts[0] ?? 1;
    if (first < 2) continue;
    const score = counts.filter((c) => c === first).length * 100 + first;
    if (score > bestScore) [best, bestScore] = [d, score];
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
