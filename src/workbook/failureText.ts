// Why a workbook was not read, in the user's language: a budget met, the reader's code missing, the reader stopped.
import { tf } from "../i18n/failureMessages.ts";
import { formatNumber } from "../i18n/format.ts";
import type { Lang } from "../i18n/language.ts";
import { partFailureText } from "../ui/lazyPart.ts";
import { budgetFailure, PART_FAILED } from "./budget.ts";

const MIB = 1024 * 1024;

/** Whether a workbook's failure is its reader's code not loading (a Retry can help). */
export const isPartFailure = (reason: string) => reason.startsWith(PART_FAILED);

/**
 * The words for a workbook's failure reason as the reader gave it, or null
 * for a reason of the workbook library's own (shown as it is).
 */
export function workbookFailureText(reason: string, lang: Lang, online = true): string | null {
  const budget = budgetFailure(reason);
  if (budget?.kind === "memory")
    return tf(lang, "workbookMemory", {
      size: formatNumber(Math.floor(budget.amount / MIB), lang, 0),
      max: formatNumber(Math.round(budget.max / MIB), lang, 0),
    });
  if (budget?.kind === "cells")
    return tf(lang, "workbookCells", {
      cells: formatNumber(budget.max, lang, 0),
      max: formatNumber(budget.max, lang, 0),
    });
  if (budget?.kind === "time") return tf(lang, "workbookTime", { seconds: budget.max });
  if (isPartFailure(reason))
    return partFailureText("xlsx", lang, online, reason.slice(PART_FAILED.length));
  if (reason.startsWith("the workbook reader stopped"))
    return tf(lang, "workbookCrashed", {
      reason: reason.replace(/^the workbook reader stopped: /, ""),
    });
  return null;
}
