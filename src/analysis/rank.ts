// Ranks regions by a value: 1 is the highest.

/**
 * Competition ranking ("1224") of the non-null values, highest first: regions
 * with equal values share a rank and the next rank is skipped. Null values get
 * no rank. Returns rank by key and the count of ranked regions.
 */
export function rankDescending(values: ReadonlyMap<string, number | null>): {
  rank: Map<string, number>;
  of: number;
} {
  const present = [...values].filter((e): e is [string, number] => e[1] !== null);
  const rank = new Map<string, number>();
  for (const [key, value] of present)
    rank.set(key, 1 + present.filter(([, v]) => v > value).length);
  return { rank, of: present.length };
}
