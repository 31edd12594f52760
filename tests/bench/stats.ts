// Summary statistics for benchmark samples.

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Median, min and max; NaN for no samples. The median of an even count is the mean of the middle two. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  if (!n) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const mid = Math.floor(n / 2);
  const median =
    n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[n - 1] as number, n };
}
