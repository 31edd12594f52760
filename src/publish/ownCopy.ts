// The author's own device: where a link carries only the view's part of a table, the whole table
// kept in this browser is shown instead, if it is the one the link was made from.
import type { Atlas } from "../data/atlas.ts";
import type { ImportedTable } from "../data/importedTable.ts";
import { restoreImport } from "../import/restore.ts";
import { loadStoredImport } from "../import/storage.ts";
import { encodeLink, type LinkView } from "./tableLink.ts";

/**
 * The table stored on this device when the link's text is exactly what it
 * gives for the view (so the link was made from it here); null otherwise, or
 * where nothing is stored. Reloading one's own link then keeps every metric
 * and year, not only the part the link could carry.
 */
export async function ownCopy(
  text: string,
  view: LinkView,
  atlas: Atlas,
): Promise<ImportedTable | null> {
  // A sandboxed frame (an opaque origin) has no storage: Chromium reports even a caught refusal.
  if (self.origin === "null") return null;
  // A reader's browser with nothing stored is left untouched: not even an empty database is made.
  let databases: unknown[] = [];
  try {
    databases = (await indexedDB.databases?.()) ?? [];
  } catch {
    databases = [];
  }
  if (!databases.length) return null;
  const stored = await loadStoredImport();
  if (!stored) return null;
  const restored = await restoreImport(stored, atlas);
  if (!restored.ok) return null;
  const encoded = await encodeLink(restored.table, view);
  return encoded.ok && encoded.text === text ? restored.table : null;
}
