// Reads the import stored on this device again, with the reading choices the user made.
import type { Atlas } from "../data/atlas.ts";
import { runImport } from "./client.ts";
import type { ImportLevel } from "./gazetteer.ts";
import { importGazetteer } from "./importGazetteer.ts";
import type { ReadResult } from "./readTable.ts";
import type { StoredImport } from "./storage.ts";

export async function restoreImport(stored: StoredImport, atlas: Atlas): Promise<ReadResult> {
  const { regionColumn, level, sheet } = stored.options;
  return runImport(
    stored.file,
    stored.name,
    await importGazetteer(atlas),
    {
      ...(typeof regionColumn === "number" ? { regionColumn } : {}),
      ...(typeof level === "string" ? { level: level as ImportLevel } : {}),
      ...(typeof sheet === "string" ? { sheet } : {}),
    },
    () => {},
  );
}
