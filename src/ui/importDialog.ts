// The import dialog and file drop: read a file in the worker, show it, say how it was read and what was set aside.

import type { AppData } from "../appData.ts";
import { regionOf } from "../data/atlas.ts";
import type { ImportedTable, Reading } from "../data/importedTable.ts";
import { LEVELS } from "../data/levels.ts";
import { formatNumber } from "../i18n/format.ts";
import { ti } from "../i18n/importMessages.ts";
import type { Lang } from "../i18n/language.ts";
import { t } from "../i18n/messages.ts";
import { runImport } from "../import/client.ts";
import { IMPORT_LEVELS, type ImportLevel } from "../import/gazetteer.ts";
import { MAX_BYTES } from "../import/importFile.ts";
import { importGazetteer } from "../import/importGazetteer.ts";
import { issueText, noteText } from "../import/issueText.ts";
import { dimensionsText, typeText } from "../import/readingText.ts";
import type { ImportIssue, ReadOptions } from "../import/readTable.ts";
import { storeImport } from "../import/storage.ts";
import { prepareLevel } from "../prepare.ts";
import type { Store } from "../state/store.ts";
import { isPartFailure } from "../workbook/failureText.ts";
import { h, replace } from "./dom.ts";
import { partFailed } from "./lazyPart.ts";
import { showNotice } from "./notice.ts";
import { panelHead } from "./panelHead.ts";

const dialog = () => document.getElementById("import-dialog") as HTMLDialogElement;

/** The file last read, kept to read it again with the user's choices. */
let last: {
  file: Blob;
  name: string;
  options: ReadOptions;
  reading: Reading | null;
  issues: ImportIssue[];
  table: ImportedTable | null;
} | null = null;

/**
 * The reading under way. A newer file (dropped, chosen, pasted, or read again with other
 * choices) supersedes it: its worker stops and nothing of it is shown, so what the map and
 * the dialog show is always the last file given, however long an earlier one takes.
 */
let current: AbortController | null = null;

/** A file to read, or its size when it is over the limit (refused unread). */
export function readFile(file: File): Blob | { tooLarge: number } {
  return file.size > MAX_BYTES ? { tooLarge: file.size } : file;
}

/**
 * Reads a table in the import worker and, when it can be shown, stores it and
 * shows it with a notice of how it was read; otherwise opens the dialog with
 * what keeps it from being shown (and, for a tie between levels, the choice).
 * The map stays as it was until a table can be shown.
 */
export async function applyFile(
  content: Blob | { tooLarge: number },
  name: string,
  data: AppData,
  store: Store,
  options: ReadOptions = {},
): Promise<boolean> {
  const lang = store.get().lang;
  current?.abort();
  const reading = new AbortController();
  current = reading;
  if (!(content instanceof Blob)) {
    last = null;
    openImportDialog(data, store);
    showIssues([{ code: "tooLarge", bytes: content.tooLarge, max: MAX_BYTES }], null, data, store);
    return false;
  }
  showProgress(lang);
  performance.mark("import-start");
  let result: Awaited<ReturnType<typeof runImport>>;
  try {
    const gazetteer = await importGazetteer(data.atlas);
    result = await runImport(
      content,
      name,
      gazetteer,
      options,
      () => showProgress(lang),
      reading.signal,
    );
  } catch (error) {
    if (reading.signal.aborted) return false;
    // The reader's code could not load (here or in its worker): a notice with Retry, the map as it was.
    partFailed("import", lang, error, () => void applyFile(content, name, data, store, options));
    return false;
  }
  if (reading.signal.aborted) return false;
  performance.mark("import-read");
  last = {
    file: content,
    name,
    options,
    reading: result.ok ? result.table.reading : result.reading,
    issues: result.ok ? [] : result.issues,
    table: result.ok ? result.table : null,
  };
  // The workbook reader's code could not load: a notice with Retry, as for any part.
  const missingPart = result.ok
    ? null
    : result.issues.find((i) => i.code === "xlsxFailed" && isPartFailure(i.reason));
  if (missingPart?.code === "xlsxFailed") {
    const reason = missingPart.reason.replace(/^part failed: xlsx: /, "");
    partFailed("xlsx", lang, reason, () => void applyFile(content, name, data, store, options));
    return false;
  }
  if (!result.ok) {
    endProgress();
    if (!dialog().open) openImportDialog(data, store);
    else renderDialog(data, store);
    return false;
  }
  const table = result.table;
  // Each step its own task: the page stays responsive between them.
  await nextTask();
  prepareLevel(table.level);
  await nextTask();
  // A file given meanwhile is the one to show (and to keep on this device).
  if (reading.signal.aborted) return false;
  // Saving starts now (the browser writes the file by itself) and is reported once done.
  const saving = storeImport({ name, file: content, options });
  store.set({
    imported: table,
    data: "local",
    metric: table.metrics[0]?.id ?? "",
    period: null,
    level: null,
    rules: {},
    dims: {},
    county: null,
    area: null,
    region: null,
    // A table of one's own: no longer the one a link brought, nor one fetched by src=.
    src: null,
    shared: null,
  });
  if (dialog().open) dialog().close();
  performance.mark("import-shown");
  const saved = await saving;
  // Shown, but a newer file came while saving: its notice or dialog speaks, not this one's.
  if (reading.signal.aborted) return true;
  const notes = [
    ti(lang, "importedShown", { name, level: LEVELS[table.level].words.by[lang] }),
    readingSummary(table, lang),
    typeText(table, lang, (code) => spannedRegions(table, data, code)),
    dimensionsText(table, lang),
    missingText(table, data, lang),
    ...table.notes.map((n) => noteText(n, lang)),
    saved.saved
      ? ""
      : ti(lang, "importNotSavedSize", {
          size: formatNumber(saved.bytes / 1024 / 1024, lang, 1),
          reason: saved.reason,
        }),
  ];
  showNotice(notes.filter(Boolean).join(" "), lang, {
    label: ti(lang, "readingShow"),
    run: () => openImportDialog(data, store),
  });
  return true;
}

/** How many regions of the table's level a region of its row type reaches into. */
function spannedRegions(table: ImportedTable, data: AppData, code: string): number {
  const members = new Set(table.source?.regions.find((r) => r.code === code)?.members ?? []);
  const regions = data.atlas.municipalities
    .filter((m) => members.has(m.code))
    .map((m) => regionOf(m, table.level));
  return new Set(regions.filter(Boolean)).size;
}

/** The regions of the table's level it gives no row for, named where they are few. */
function missingText(table: ImportedTable, data: AppData, lang: Lang): string {
  if (table.level === "municipality" || table.source) return "";
  const given = new Set(table.codes);
  const regions = data.regions[table.level];
  const missing = [...regions.keys()].filter((c) => !given.has(c));
  return missing.length
    ? ti(lang, "importMissing", {
        list: missing.map((c) => regions.get(c)?.short[lang] ?? c).join(", "),
      })
    : "";
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

function showProgress(lang: Lang): void {
  const status = document.getElementById("status");
  if (!status) return;
  status.classList.add("notice");
  replace(status, h("span", { role: "status", "data-progress": "" }, ti(lang, "importReading")));
  status.hidden = false;
}

/** Takes "reading the file…" away: the dialog now says what kept the file from being shown. */
function endProgress(): void {
  const status = document.getElementById("status");
  if (status?.querySelector("[data-progress]")) status.hidden = true;
}

/** "Read: region column ”Alue”, municipalities (308), periods 2019–2023 (5), 4 metrics; encoding utf-8." */
export function readingSummary(table: ImportedTable, lang: Lang): string {
  const r = table.reading;
  const periods = table.periods.filter(Boolean);
  return ti(lang, "readingSummary", {
    column: r.columns[r.regionColumn] ?? "",
    level: LEVELS[table.level].words.many[lang],
    regions: `${table.codes.length}/${LEVELS[table.level].count}`,
    periods: periods.length
      ? ti(lang, "readingPeriods", {
          first: periods[0] ?? "",
          last: periods[periods.length - 1] ?? "",
          count: periods.length,
        })
      : ti(lang, "readingNoPeriods"),
    metrics: table.metrics.length,
    encoding: r.delimiter
      ? `${r.encoding}, ”${r.delimiter === "\t" ? "TAB" : r.delimiter}”`
      : r.encoding,
  });
}

function showIssues(
  issues: ImportIssue[],
  reading: Reading | null,
  data: AppData,
  store: Store,
): void {
  const lang = store.get().lang;
  const list = document.getElementById("import-issues");
  if (!list) return;
  replace(
    list,
    h("p", {}, ti(lang, "importErrors")),
    h("ul", {}, ...issues.map((i) => h("li", {}, issueText(i, lang)))),
  );
  list.hidden = false;
  if (reading) renderReading(reading, data, store);
}

/** The reading: which column and level were chosen, both changeable, and the notes. */
function renderReading(reading: Reading, data: AppData, store: Store): void {
  const lang = store.get().lang;
  const box = document.getElementById("import-reading");
  if (!box || !last) return;
  const column = h(
    "select",
    { id: "reading-column" },
    ...reading.columns.map((name, i) =>
      h(
        "option",
        { value: String(i), ...(i === reading.regionColumn ? { selected: true } : {}) },
        name,
      ),
    ),
  );
  const matched = new Map(reading.candidates.map((c) => [c.level, c]));
  const level = h(
    "select",
    { id: "reading-level" },
    ...IMPORT_LEVELS.map((l) => {
      const m = matched.get(l);
      const label = m
        ? `${LEVELS[l].words.many[lang]} (${ti(lang, "readingMatched", { matched: m.matched, regions: m.regions })})`
        : LEVELS[l].words.many[lang];
      return h("option", { value: l, ...(l === reading.level ? { selected: true } : {}) }, label);
    }),
  );
  const sheet = reading.sheets?.length
    ? (h(
        "select",
        { id: "reading-sheet" },
        ...reading.sheets.map((name) =>
          h("option", { value: name, ...(name === reading.sheet ? { selected: true } : {}) }, name),
        ),
      ) as HTMLSelectElement)
    : null;
  const notes = last.table?.notes ?? [];
  replace(
    box,
    h("h3", {}, ti(lang, "readingShow")),
    last.table ? h("p", { id: "reading-summary" }, readingSummary(last.table, lang)) : "",
    ...reading.notes.slice(0, 3).map((n) => h("p", { class: "reading-title" }, n)),
    sheet ? h("label", { class: "import-field" }, ti(lang, "readingSheet"), " ", sheet) : "",
    h("label", { class: "import-field" }, ti(lang, "readingColumn"), " ", column),
    h("label", { class: "import-field" }, ti(lang, "readingLevel"), " ", level),
    h(
      "button",
      {
        type: "button",
        id: "reading-apply",
        onclick: () => {
          if (!last) return;
          // Another sheet is another table: its column and level are read afresh.
          const otherSheet = sheet && sheet.value !== reading.sheet;
          void applyFile(
            last.file,
            last.name,
            data,
            store,
            otherSheet
              ? { sheet: sheet.value }
              : {
                  regionColumn: Number(column.value),
                  level: level.value as ImportLevel,
                  ...(sheet ? { sheet: sheet.value } : {}),
                },
          );
        },
      },
      ti(lang, "readingApply"),
    ),
    notes.length
      ? h(
          "div",
          { id: "reading-notes" },
          h("h3", {}, ti(lang, "readingNotes")),
          h("ul", {}, ...notes.map((n) => h("li", { "data-kind": n.kind }, noteText(n, lang)))),
        )
      : "",
  );
  box.hidden = false;
}

function renderDialog(data: AppData, store: Store): void {
  const lang = store.get().lang;
  const paste = h("textarea", { id: "import-text", rows: 8, cols: 60, spellcheck: "false" });
  const file = h("input", {
    id: "import-file",
    type: "file",
    accept:
      ".csv,.tsv,.txt,.xlsx,.px,.json,text/csv,text/tab-separated-values,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (chosen) await applyFile(readFile(chosen), chosen.name, data, store);
  });
  replace(
    dialog(),
    panelHead("import-title", ti(lang, "importTitle"), t(lang, "close"), () => dialog().close()),
    h("p", {}, ti(lang, "importIntro")),
    h("label", { class: "import-field" }, ti(lang, "importFile"), " ", file),
    h("label", { class: "import-field" }, ti(lang, "importPaste"), paste),
    h(
      "button",
      {
        type: "button",
        id: "import-show",
        onclick: () =>
          applyFile(
            new Blob([paste.value], { type: "text/plain" }),
            ti(lang, "importPaste"),
            data,
            store,
          ),
      },
      ti(lang, "importShow"),
    ),
    h("div", { id: "import-issues", class: "import-issues", role: "alert", hidden: true }),
    h("div", { id: "import-reading", class: "import-reading", hidden: true }),
  );
  if (last?.issues.length) showIssues(last.issues, last.reading, data, store);
  else if (last?.reading) renderReading(last.reading, data, store);
}

export function openImportDialog(data: AppData, store: Store): void {
  renderDialog(data, store);
  if (!dialog().open) dialog().showModal();
}
