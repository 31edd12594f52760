// Wires the import button, the remove button and dropping a file on the map.
import type { App } from "../app.ts";
import type { AppData } from "../appData.ts";
import { forgetTable } from "../import/storage.ts";
import type { Store } from "../state/viewState.ts";

/** The dialog's code loads on first use: most visits never import. */
export function importControls(data: AppData, app: App, store: Store): void {
  const dialogModule = () => import("./importDialog.ts");
  document.getElementById("import-button")?.addEventListener("click", async () => {
    (await dialogModule()).openImportDialog(data, app, store.get().lang);
  });
  document.getElementById("remove-import")?.addEventListener("click", () => {
    forgetTable();
    app.setImported(null);
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
    m.applyTable(await m.readTableFile(file), file.name, data, app, store.get().lang);
  });
}
