// Reads the import stored on this device again, with the reading choices the user made.
import type { Atlas } from "../data/atlas.ts";
import type { ImportedTable } from "../data/importedTable.ts";
import { runImport } from "./client.ts";
import { importGazetteer } from "./importGazetteer.ts";
import type { ReadResult } from "./readTable.ts";
import { forgetStored, readStored, type StoredImport } from "./storage.ts";

/** Reads a stored import's file with its stored options (already checked on the way out of storage). */
export async function restoreImport(stored: StoredImport, atlas: Atlas): Promise<ReadResult> {
  return runImport(
    stored.file,
    stored.name,
    await importGazetteer(atlas),
    { ...stored.options },
    () => {},
  );
}

/**
 * What restoring this tab's stored import gave: the table, or why there is
 * none, for a notice: nothing stored (a link from another device); a record
 * that failed its check (removed); a file that can no longer be read
 * (removed); an import of this tab that could not be saved; or one removed
 * since.
 */
export type Restored =
  | { table: ImportedTable; problem: null }
  | {
      table: null;
      problem:
        | { kind: "none" }
        | { kind: "damaged" }
        | { kind: "unreadable"; name: string }
        | { kind: "unsaved"; name: string }
        | { kind: "gone"; name: string };
    };

/** Restores this tab's stored import. Never rejects: whatever fails is a problem to report. */
export async function restoreStored(atlas: Atlas): Promise<Restored> {
  const read = await readStored();
  if (read.kind === "unsaved" || read.kind === "gone") return { table: null, problem: read };
  if (read.kind === "none")
    return { table: null, problem: { kind: read.damaged ? "damaged" : "none" } };
  let result: ReadResult | null = null;
  try {
    result = await restoreImport(read.stored, atlas);
  } catch {
    result = null;
  }
  if (result?.ok) return { table: result.table, problem: null };
  await forgetStored(read.stored);
  return { table: null, problem: { kind: "unreadable", name: read.stored.name } };
}
