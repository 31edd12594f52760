// What reading a workbook may cost, and the failure that says which budget it met. Pure.

/** The most a workbook's XML parts may unpack to, in bytes: beyond it, reading would take the tab down. */
export const MAX_UNPACKED = 150 * 1024 * 1024;
/** The most cells its sheets may hold (a table of 100 000 rows × 30 columns). */
export const MAX_CELLS = 3_000_000;
/** The longest a workbook is read before its worker is ended. */
export const MAX_SECONDS = 30;

/** The reader's code could not be loaded: an error's message starts so, for the import to say which part. */
export const PART_FAILED = "part failed: xlsx: ";

/** Which budget a workbook met. */
export type BudgetKind = "memory" | "cells" | "time";

/**
 * A workbook over a budget: `amount` is how far it got (bytes unpacked, cells
 * counted, seconds), `max` the budget. Its message names both, in a form
 * `budgetFailure` reads back, so it can cross a worker as text.
 */
export class WorkbookBudgetError extends Error {
  override name = "WorkbookBudgetError";
  constructor(
    readonly kind: BudgetKind,
    readonly amount: number,
    readonly max: number,
  ) {
    super(`workbook budget: ${kind} ${amount} > ${max}`);
  }
}

const MESSAGE = /^workbook budget: (memory|cells|time) (\d+) > (\d+)$/;

/** The budget failure a message names (as WorkbookBudgetError writes it), or null for any other message. */
export function budgetFailure(
  message: string,
): { kind: BudgetKind; amount: number; max: number } | null {
  const m = MESSAGE.exec(message);
  if (!m) return null;
  return { kind: m[1] as BudgetKind, amount: Number(m[2]), max: Number(m[3]) };
}
