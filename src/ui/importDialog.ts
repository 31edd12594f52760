// The import dialog and file drop: read, check, and show a user's table, or list what is wrong.
import type { AppData } from "../appData.ts";
import { LEVELS } from "../data/levels.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { decodeBytes } from "../import/decode.ts";
import { MAX_BYTES } from "../import/importTable.ts";
import { issueText } from "../import/issueText.ts";
import { storeTable } from "../import/storage.ts";
import { type DatasetResult, datasetFromText } from "../import/toDataset.ts";
import type { Store } from "../state/store.ts";
import { h, replace } from "./dom.ts";
import { showNotice } from "./notice.ts";
import { panelHead } from "./panelHead.ts";

const dialog = () => document.getElementById("import-dialog") as HTMLDialogElement;

/** Reads a file as text in UTF-8 or Windows-1252; a file over the limit is refused unread. */
export async function readTableFile(file: File): Promise<string | { tooLarge: number }> {
  if (file.size > MAX_BYTES) return { tooLarge: file.size };
  return decodeBytes(new Uint8Array(await file.arrayBuffer())).text;
}

/**
 * Checks a table and, when it has no problem, stores it and shows it; otherwise
 * opens the dialog listing every problem, and leaves the map as it was.
 */
export function applyTable(
  text: string | { tooLarge: number },
  name: string,
  data: AppData,
  store: Store,
): boolean {
  const lang = store.get().lang;
  const result: DatasetResult =
    typeof text === "string"
      ? datasetFromText(text, name, data.atlas)
      : { ok: false, issues: [{ code: "tooLarge", bytes: text.tooLarge }] };
  if (!result.ok) {
    if (!dialog().open) openImportDialog(data, store);
    showIssues(
      result.issues.map((i) => issueText(i, lang, (code) => regionName(data, code, lang))),
      lang,
    );
    return false;
  }
  const saved = storeTable({ name, text: text as string });
  store.set({
    imported: result.dataset,
    data: "local",
    metric: result.dataset.metrics[0]?.id ?? "",
    county: null,
    area: null,
  });
  if (dialog().open) dialog().close();
  const regions = data.regions[result.table.level];
  const notes = [
    t(lang, "importedShown", { name, level: LEVELS[result.table.level].words.by[lang] }),
    result.table.missing.length
      ? t(lang, "importMissing", {
          list: result.table.missing.map((c) => regions.get(c)?.short[lang] ?? c).join(", "),
        })
      : "",
    result.table.ignoredColumns.length
      ? t(lang, "importIgnored", { list: result.table.ignoredColumns.join(", ") })
      : "",
    saved ? "" : t(lang, "importNotSaved"),
  ];
  showNotice(notes.filter(Boolean).join(" "), lang);
  return true;
}

function regionName(data: AppData, code: string, lang: Lang): string {
  return (
    data.regions.county.get(code)?.short[lang] ??
    data.regions.employmentArea.get(code)?.short[lang] ??
    code
  );
}

function showIssues(lines: string[], lang: Lang): void {
  const list = document.getElementById("import-issues");
  if (!list) return;
  replace(
    list,
    h("p", {}, t(lang, "importErrors")),
    h("ul", {}, ...lines.map((l) => h("li", {}, l))),
  );
  list.hidden = false;
}

export function openImportDialog(data: AppData, store: Store): void {
  const lang = store.get().lang;
  const paste = h("textarea", { id: "import-text", rows: 8, cols: 60, spellcheck: "false" });
  const file = h("input", {
    id: "import-file",
    type: "file",
    accept: ".csv,.tsv,.txt,text/csv,text/tab-separated-values",
  });
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (chosen) applyTable(await readTableFile(chosen), chosen.name, data, store);
  });
  replace(
    dialog(),
    panelHead("import-title", t(lang, "importTitle"), t(lang, "close"), () => dialog().close()),
    h("p", {}, t(lang, "importIntro")),
    h("label", { class: "import-field" }, t(lang, "importFile"), " ", file),
    h("label", { class: "import-field" }, t(lang, "importPaste"), paste),
    h(
      "button",
      {
        type: "button",
        id: "import-show",
        onclick: () => applyTable(paste.value, t(lang, "importPaste"), data, store),
      },
      t(lang, "importShow"),
    ),
    h("div", { id: "import-issues", class: "import-issues", role: "alert", hidden: true }),
  );
  dialog().showModal();
}
