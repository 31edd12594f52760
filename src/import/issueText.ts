// Import problems and notes as sentences in the interface language: one line per kind, with a count.
import type { ImportNote } from "../data/importedTable.ts";
import { LEVELS } from "../data/levels.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { type MessageKey, t } from "../i18n/messages.ts";
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
      return t(lang, "importTooLarge", { size: mb(issue.bytes), max: mb(issue.max) });
    case "binary":
      return t(lang, "importBinary", {
        what:
          issue.what === "xls"
            ? t(lang, "importBinaryXls")
            : BINARY[issue.what]
              ? `${BINARY[issue.what]} (${t(lang, "importBinaryOther")})`
              : t(lang, "importBinaryOther"),
      });
    case "xlsxFailed":
      return t(lang, "importXlsxFailed", { reason: issue.reason });
    case "empty":
      return t(lang, "importEmpty");
    case "tooManyColumns":
      return t(lang, "importTooManyColumns", {
        columns: formatNumber(issue.columns, lang, 0),
        max: formatNumber(issue.max, lang, 0),
      });
    case "tooManyRows":
      return t(lang, "importTooManyRows", {
        rows: formatNumber(issue.rows, lang, 0),
        max: formatNumber(issue.max, lang, 0),
      });
    case "tooManyMetrics":
      return t(lang, "importTooManyMetrics", {
        metrics: formatNumber(issue.metrics, lang, 0),
        max: formatNumber(issue.max, lang, 0),
        dimensions: issue.dimensions.map((d) => `”${d}”`).join(", "),
      });
    case "noRegionColumn":
      return t(lang, "importNoRegionColumn");
    case "unsupportedLevel":
      return t(lang, "importUnsupportedLevel", {
        column: issue.column,
        what: t(
          lang,
          issue.what === "hospitalDistrict" ? "importHospitalDistricts" : "importSubRegions",
        ),
      });
    case "ambiguousLevel":
      return t(lang, "importAmbiguous", {
        column: issue.column,
        levels: issue.levels.map((l) => LEVELS[l].words.many[lang]).join(", "),
      });
    case "noNumericColumn":
      return t(lang, "importNoNumeric");
    case "noRegionRows":
      return t(lang, "importNoRegionRows");
  }
}

const NOTE_KEYS: Record<ImportNote["kind"], MessageKey> = {
  country: "noteCountry",
  mainland: "noteMainland",
  total: "noteTotal",
  outside: "noteOutside",
  subArea: "noteSubArea",
  hospitalDistrict: "noteHospitalDistrict",
  subRegion: "noteSubRegion",
  otherLevel: "noteOtherLevel",
  unknown: "noteUnknown",
  merged: "noteMerged",
  duplicate: "noteDuplicate",
  notNumber: "noteNotNumber",
  tooLargeNumber: "noteTooLargeNumber",
  emptyRegion: "noteEmptyRegion",
  ignoredColumns: "noteIgnoredColumns",
  constantColumns: "noteConstantColumns",
};

/** A note as one line: its count, its first rows and examples ("did you mean" for unknown names). */
export function noteText(note: ImportNote, lang: Lang): string {
  const more = note.count > note.rows.length ? "…" : "";
  const examples = note.examples
    .map((e, i) => {
      const suggestion = note.suggestions?.[i];
      return suggestion ? `”${e}” (${t(lang, "importSuggestion", { suggestion })})` : `”${e}”`;
    })
    .join(", ");
  return t(lang, NOTE_KEYS[note.kind], {
    count: formatNumber(note.count, lang, 0),
    rows: `${note.rows.join(", ")}${more}`,
    examples:
      note.kind === "ignoredColumns" || note.kind === "constantColumns"
        ? (note.examples[0] ?? "")
        : examples,
    level: note.level ? LEVELS[note.level].words.many[lang] : "",
  });
}
