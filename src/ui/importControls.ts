// Wires the import button, the remove button and dropping a file on the map.
import type { AppData } from "../appData.ts";
import { forgetTable } from "../import/storage.ts";
import type { Store } from "../state/store.ts";

/** The dialog's code loads on first use: most visits never import. */
export function importControls(data: AppData, store: Store): void {
  const dialogModule = () => import("./importDialog.ts");
  document.getElementById("import-button")?.addEventListener("click", async () => {
    (await dialogModule()).openImportDialog(data, store);
  });
  document.getElementById("remove-import")?.addEventListener("click", () => {
    forgetTable();
    store.set({ imported: null, data: "survey", metric: "" });
  });
  const main = document.getElementById("main");
  main?.addEventListener("dragover", (e) => {
    if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
  });
  main?.addEventListener("drop", async (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    const m = await dialogModule();
    m.applyTable(await m.readTableFile(file), file.name, data, store);
  });
}
