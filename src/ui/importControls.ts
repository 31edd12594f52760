// Wires the import button, the remove button and dropping a file on the map.
import type { AppData } from "../appData.ts";
import type { Store } from "../state/store.ts";

/** The dialog's code loads on first use: most visits never import. */
export function importControls(data: AppData, store: Store): void {
  const dialogModule = () => import("./importDialog.ts");
  document.getElementById("import-button")?.addEventListener("click", async () => {
    (await dialogModule()).openImportDialog(data, store);
  });
  document.getElementById("remove-import")?.addEventListener("click", async () => {
    await (await import("../import/storage.ts")).forgetImport();
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
  const main = document.getElementById("main");
  main?.addEventListener("dragover", (e) => {
    if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
  });
  main?.addEventListener("drop", async (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    const m = await dialogModule();
    await m.applyFile(m.readFile(file), file.name, data, store);
  });
}
