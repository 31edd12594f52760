// Applies municipality mergers to codes: a code that ceased maps to the one it joined.
import { GeoBuildError } from "./errors.ts";
import type { Merger } from "./types.ts";

/**
 * Returns a function from any municipality code to the code it belongs to after
 * all mergers. Chains are followed (A joined B, later B joined C: A → C); a code
 * that never merged maps to itself. A cycle in the table is an error.
 */
export function mergerResolver(mergers: readonly Merger[]): (code: string) => string {
  const next = new Map(mergers.map((m) => [m.from, m.to]));
  return (code) => {
    const seen = new Set<string>();
    let current = code;
    for (let to = next.get(current); to !== undefined; to = next.get(current)) {
      if (seen.has(current)) throw new GeoBuildError(`merger table has a cycle through ${code}`);
      seen.add(current);
      current = to;
    }
    return current;
  };
}
