// What a PC-Axis or JSON-stat file's metadata says of its table: the roles of its columns, totals, units, decimals.

/**
 * The table a statistics format describes, laid out as rows of cells (one per
 * dimension, then the value): which column is which, and what the metadata
 * says, so that nothing of it is guessed.
 */
export interface TableSchema {
  region: number;
  period: number | null;
  /** The dimension whose categories are measures (PxWeb's "Tiedot", JSON-stat's metric role). */
  measure: number | null;
  dimensions: number[];
  value: number;
  /** A dimension's total category by column: PxWeb's `ELIMINATION`. */
  totals: Record<number, string>;
  /** Units by measure category ("" for the table's one unit). */
  units: Record<string, string>;
  /** Decimals by measure category ("" for the table's). */
  decimals: Record<string, number>;
  title: string | null;
  /** The year of the regional division its region dimension follows (JSON-stat's "alue_23_20180101"), if it says. */
  division?: string | null;
  source: string | null;
  notes: string[];
}
