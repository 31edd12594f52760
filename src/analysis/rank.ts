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
  const present = [...values]
    .filter((e): e is [string, number] => e[1] !== null)
    .sort((a, b) => b[1] - a[1]);
  const rank = new Map<string, number>();
  // Sorted highest first: a value's rank is one more than the count of higher values before it.
  present.forEach(([key, value], i) => {
    const previous = present[i - 1];
    rank.set(key, previous && previous[1] === value ? (rank.get(previous[0]) as number) : i + 1);
  });
  return { rank, of: present.length };
}
