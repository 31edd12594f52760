// Natural breaks: optimal 1-D k-means (Wang & Song's Ckmeans.1d.dp), by dynamic programming.

/**
 * Splits sorted values into at most `k` groups that minimise the sum of
 * squared distances to each group's mean: the "natural breaks" of a
 * choropleth (the optimum Jenks' method approximates). Returns the groups in
 * order; fewer than `k` where there are fewer distinct values. O(k·n²), which
 * for the 308 municipalities is well under a millisecond.
 */
export function ckmeans(sorted: readonly number[], k: number): number[][] {
  const n = sorted.length;
  const distinct = new Set(sorted).size;
  const groups = Math.max(0, Math.min(k, distinct));
  if (!n || !groups) return [];
  // Prefix sums make the squared deviation of any run sorted[j..i] O(1).
  const sum = [0];
  const squares = [0];
  for (const v of sorted) {
    sum.push((sum[sum.length - 1] as number) + v);
    squares.push((squares[squares.length - 1] as number) + v * v);
  }
  const cost = (j: number, i: number) => {
    const s = (sum[i + 1] as number) - (sum[j] as number);
    const count = i - j + 1;
    return Math.max(0, (squares[i + 1] as number) - (squares[j] as number) - (s * s) / count);
  };
  // best[g][i]: the least cost of sorted[0..i] in g + 1 groups; start[g][i]: where its last group starts.
  const best = Array.from({ length: groups }, () => new Float64Array(n));
  const start = Array.from({ length: groups }, () => new Int32Array(n));
  for (let i = 0; i < n; i++) (best[0] as Float64Array)[i] = cost(0, i);
  for (let g = 1; g < groups; g++) {
    const row = best[g] as Float64Array;
    const before = best[g - 1] as Float64Array;
    const from = start[g] as Int32Array;
    for (let i = g; i < n; i++) {
      let least = Number.POSITIVE_INFINITY;
      let at = g;
      for (let j = g; j <= i; j++) {
        const c = (before[j - 1] as number) + cost(j, i);
        if (c < least) {
          least = c;
          at = j;
        }
      }
      row[i] = least;
      from[i] = at;
    }
  }
  const out: number[][] = [];
  let end = n - 1;
  for (let g = groups - 1; g >= 0; g--) {
    const begin = g === 0 ? 0 : ((start[g] as Int32Array)[end] as number);
    out.unshift(sorted.slice(begin, end + 1));
    end = begin - 1;
  }
  return out.filter((group) => group.length);
}
