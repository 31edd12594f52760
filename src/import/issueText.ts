// Import problems and notes as sentences in the interface language: one line per kind, with a count.

import type { ImportNote } from "../data/importedTable.ts";
import { LEVELS } from "../data/levels.ts";
import { REGION_TYPES } from "../data/regionTypes.ts";
import { formatNumber } from "../i18n/format.ts";
import { type ImportMessageKey, ti } from "../i18n/importMessages.ts";
import type { Lang } from "../i18n/language.ts";
import { workbookFailureText } from "../workbook/failureText.ts";
import type { ImportIssue } from "./readTable.ts";

const BINARY: Record<string, string> = {
  png: "PNG",
  jpeg: "JPEG",
  gif: "GIF",
  pdf: "PDF",
  gzip: "gzip",
  zip: "ZIP",
};

/** A problem that keeps a table from being shown, as a sentence. */
export function issueText(issue: ImportIssue, lang: Lang): string {
  const mb = (bytes: number) => formatNumber(bytes / 1024 / 1024, lang, 1);
  switch (issue.code) {
    case "tooLarge":
      return ti(lang, "importTooLarge", { size: mb(issue.bytes), max: mb(issue.max) });
    case "binary":
      return ti(lang, "importBinary", {
        what:
          issue.what === "xls"
            ? ti(lang, "importBinaryXls")
            : BINARY[issue.what]
              ? `${BINARY[issue.what]} (${ti(lang, "importBinaryOther")})`
              : ti(lang, "importBinaryOther"),
      });
    case "xlsxFailed":
      // A budget met or the reader's code missing has words of its own (src/workbook/).
      return (
        workbookFailureText(issue.reason, lang, navigator.onLine) ??
        ti(lang, "importXlsxFailed", { reason: issue.reason })
      );
    case "empty":
      return ti(lang, "importEmpty");
    case "tooManyColumns":
      return ti(lang, "importTooManyColumns", {
        columns: formatNumber(issue.columns, lang, 0),
        max: formatNumber(issue.max, lang, 0),
      });
    case "tooManyRows":
      return ti(lang, "importTooManyRows", {
        rows: formatNumber(issue.rows, lang, 0),
        max: formatNumber(issue.max, lang, 0),
      });
    case "tooManyMetrics":
      return ti(lang, "importTooManyMetrics", {
        metrics: formatNumber(issue.metrics, lang, 0),
        max: formatNumber(issue.max, lang, 0),
        dimensions: issue.dimensions.map((d) => `”${d}”`).join(", "),
      });
    case "noRegionColumn":
      return ti(lang, "importNoRegionColumn");
    case "unsupportedType":
      return ti(lang, "importUnsupportedType", {
        column: issue.column,
        what: REGION_TYPES[issue.type].words.many[lang],
        rows: formatNumber(issue.rows, lang, 0),
      });
    case "formatFailed":
      return ti(lang, "importFormatFailed", {
        format: issue.format === "px" ? "PC-Axis" : "JSON-stat",
        reason: issue.reason,
      });
    case "ambiguousLevel":
      return ti(lang, "importAmbiguous", {
        column: issue.column,
        levels: issue.levels.map((l) => LEVELS[l].words.many[lang]).join(", "),
      });
    case "noNumericColumn":
      return ti(lang, "importNoNumeric");
    case "noRegionRows":
      return ti(lang, "importNoRegionRows");
    case "sotkanetIds":
      return ti(lang, "importSotkanetIds");
  }
}

const NOTE_KEYS: Record<ImportNote["kind"], ImportMessageKey> = {
  country: "noteCountry",
  mainland: "noteMainland",
  total: "noteTotal",
  outside: "noteOutside",
  subArea: "noteSubArea",
  otherLevel: "noteOtherLevel",
  otherType: "noteOtherType",
  unknown: "noteUnknown",
  merged: "noteMerged",
  duplicate: "noteDuplicate",
  notNumber: "noteNotNumber",
  tooLargeNumber: "noteTooLargeNumber",
  emptyRegion: "noteEmptyRegion",
  ignoredColumns: "noteIgnoredColumns",
  constantColumns: "noteConstantColumns",
  attributeColumns: "noteAttributeColumns",
  codeNameConflict: "noteCodeNameConflict",
  invalidPeriod: "noteInvalidPeriod",
  olderDivision: "noteOlderDivision",
};

/** A note as one line: its count, its first rows and examples ("did you mean" for unknown names). */
export function noteText(note: ImportNote, lang: Lang): string {
  const more = note.count > note.rows.length ? "…" : "";
  const examples = note.examples
    .map((e, i) => {
      const suggestion = note.suggestions?.[i];
      return suggestion ? `”${e}” (${ti(lang, "importSuggestion", { suggestion })})` : `”${e}”`;
    })
    .join(", ");
  return ti(lang, NOTE_KEYS[note.kind], {
    count: formatNumber(note.count, lang, 0),
    rows: `${note.rows.join(", ")}${more}`,
    examples:
      note.kind === "ignoredColumns" ||
      note.kind === "constantColumns" ||
      note.kind === "attributeColumns" ||
      note.kind === "olderDivision"
        ? (note.examples[0] ?? "")
        : examples,
    level: note.level ? LEVELS[note.level].words.many[lang] : "",
    type: note.type ? REGION_TYPES[note.type].words.many[lang] : "",
  });
}
