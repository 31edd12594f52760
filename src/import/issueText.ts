// Import problems as sentences in the interface language.
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import type { ImportIssue } from "./importTable.ts";

/** One issue as a sentence; `regionName` turns a suggested region code into its name. */
export function issueText(
  issue: ImportIssue,
  lang: Lang,
  regionName: (code: string) => string,
): string {
  switch (issue.code) {
    case "tooLarge":
      return t(lang, "importTooLarge", { size: formatNumber(issue.bytes / 1024 / 1024, lang, 1) });
    case "tooManyRows":
      return t(lang, "importTooManyRows", { rows: formatNumber(issue.rows, lang, 0) });
    case "empty":
      return t(lang, "importEmpty");
    case "noNumericColumn":
      return t(lang, "importNoNumeric");
    case "emptyRegion":
      return t(lang, "importEmptyRegion", { row: issue.row });
    case "unknownRegion": {
      const text = t(lang, "importUnknownRegion", { row: issue.row, name: issue.name });
      return issue.suggestion
        ? `${text} ${t(lang, "importSuggestion", { suggestion: regionName(issue.suggestion) })}`
        : text;
    }
    case "duplicateRegion":
      return t(lang, "importDuplicate", {
        row: issue.row,
        name: issue.name,
        first: issue.firstRow,
      });
    case "notNumber":
      return t(lang, "importNotNumber", {
        row: issue.row,
        column: issue.column,
        value: issue.value,
      });
    case "moreIssues":
      return t(lang, "importMoreIssues", { count: issue.count });
  }
}
