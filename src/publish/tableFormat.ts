// The table-in-a-link format's constants, shared by its writer and its reader.
import type { NoteKind, RuleEvidence } from "../data/importedTable.ts";

/** "HK" and the format's version, first in every table a link carries. */
export const MAGIC = [0x48, 0x4b] as const;
export const VERSION = 1;

export const FLAG_SOURCE = 1;
export const FLAG_LINES = 2;

export const EVIDENCE: readonly RuleEvidence[] = [null, "label", "unit", "values"];

/** Every kind of note, by its number in the format: new kinds are added at the end. */
export const NOTE_KINDS: readonly NoteKind[] = [
  "country",
  "mainland",
  "total",
  "outside",
  "subArea",
  "otherLevel",
  "otherType",
  "unknown",
  "merged",
  "duplicate",
  "notNumber",
  "tooLargeNumber",
  "emptyRegion",
  "ignoredColumns",
  "constantColumns",
  "attributeColumns",
  "codeNameConflict",
  "invalidPeriod",
  "olderDivision",
];

/** The longest text of each kind a link may carry (characters). */
export const TEXT = {
  name: 300,
  label: 1000,
  short: 40,
  note: 2000,
} as const;
/** The most notes, lines of a note and examples read. */
export const MAX_LIST = 1000;
