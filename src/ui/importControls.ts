// Wires the import button, the remove button and dropping a file on the map.
import type { AppData } from "../appData.ts";
import type { Store } from "../state/store.ts";
import { withPart } from "./lazyPart.ts";
import { clearNotice } from "./notice.ts";

/**
 * The dialog's code loads on first use: most visits never import. A part that
 * cannot load (the dialog, the reader, storage) is a notice with Retry, and a
 * file dropped meanwhile is read once Retry finds the part.
 */
export function importControls(data: AppData, store: Store): void {
  const lang = () => store.get().lang;
  const dialogModule = () => import("./importDialog.ts");
  const openDialog = () =>
    withPart("import", dialogModule, lang, (m) => m.openImportDialog(data, store));
  document.getElementById("import-button")?.addEventListener("click", () => void openDialog());
  const remove = () =>
    withPart(
      "storage",
      () => import("../import/storage.ts"),
      lang,
      (m) => m.forgetImport(),
    ).then((removed) => {
      if (!removed) return;
      clearNotice();
      store.set({
        imported: null,
        data: "survey",
        metric: "",
        period: null,
        level: null,
        rules: {},
        region: null,
        dims: {},
        src: null,
        shared: null,
      });
    });
  document.getElementById("remove-import")?.addEventListener("click", () => void remove());
  // A closed dialog keeps none of its content (its fields, a file's reading): it is drawn anew when
  // opened. The close event comes a task after the closing: a dialog opened again by then (a file
  // read meanwhile) keeps what it now shows.
  const dialog = document.getElementById("import-dialog") as HTMLDialogElement | null;
  dialog?.addEventListener("close", () => {
    if (!dialog.open) dialog.replaceChildren();
  });
  const main = document.getElementById("main");
  main?.addEventListener("dragover", (e) => {
    if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
  });
  /** Reads a dropped file (the reader's own parts failing is the dialog's notice). */
  const apply = (file: File) =>
    withPart("import", dialogModule, lang, (m) =>
      m.applyFile(m.readFile(file), file.name, data, store),
    );
  main?.addEventListener("drop", (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void apply(file);
  });
}
