// The values read from a table's rows before packing: parallel arrays, and positions of labels as they come.
import type { MergedPart } from "../data/importedTable.ts";

/** Positions of labels, growing as they come. */
export class Index {
  list: string[] = [];
  private at = new Map<string, number>();
  has(label: string): boolean {
    return this.at.has(label);
  }
  of(label: string): number {
    let i = this.at.get(label);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(label);
      this.at.set(label, i);
    }
    return i;
  }
}

/** What a row is: a region's own, the whole country's, or a municipality merged since. */
export const RowKind = { Region: 0, Country: 1, Merged: 2 } as const;
export type RowKind = (typeof RowKind)[keyof typeof RowKind];

/**
 * One value per entry, in parallel arrays (a 20 MB table has a million of
 * them): its metric, region, period and categories by position, the value
 * (Infinity for a missing-value mark), its file line, and what its row is.
 */
export class Entries {
  metric: number[] = [];
  code: number[] = [];
  period: number[] = [];
  value: number[] = [];
  line: number[] = [];
  kind: RowKind[] = [];
  dims: number[][];
  merged: ((MergedPart & { into: string }) | null)[] = [];
  constructor(dimensions: number) {
    this.dims = Array.from({ length: dimensions }, () => []);
  }
  get length(): number {
    return this.metric.length;
  }
  push(
    entry: {
      metric: number;
      code: number;
      period: number;
      value: number;
      line: number;
      kind: RowKind;
    },
    dims: readonly number[],
    merged: (MergedPart & { into: string }) | null,
  ): void {
    this.metric.push(entry.metric);
    this.code.push(entry.code);
    this.period.push(entry.period);
    this.value.push(entry.value);
    this.line.push(entry.line);
    this.kind.push(entry.kind);
    dims.forEach((d, i) => {
      (this.dims[i] as number[]).push(d);
    });
    this.merged.push(merged);
  }
}
