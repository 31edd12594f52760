// Keeps imported files on this device (IndexedDB), one record per import, so a reload shows this tab's table again.
import { allKeys, deleteKeys, getValue, transact } from "../storage/idb.ts";
import {
  readLatest,
  readLegacyCopy,
  readStoredImport,
  readTabRecord,
  type StoredImport,
  type TabRecord,
} from "../storage/storedRecords.ts";

export type { StoredImport } from "../storage/storedRecords.ts";

/** The pointer to the latest import: what a new tab opened with `data=local` shows. */
const LATEST = "latest";
/** The one record of version 2, before imports had keys of their own (read, then removed). */
const CURRENT = "current";
/** The key of the localStorage copy the app kept before version 2 (removed when read). */
const LEGACY = "hyvinvointialueet-kartta:dataset:v1";
/** This tab's import (sessionStorage: a reload of the tab keeps it, another tab has its own). */
const TAB = "hyvinvointialueet-kartta:tab-import";
/** How many imports are kept: the latest few, so tabs that imported at the same time each keep theirs. */
const KEEP = 4;

const importKey = (id: string) => `import:${id}`;

/** What an import as given to `storeImport` holds. */
export type ImportToStore = Pick<StoredImport, "name" | "file" | "options">;

/**
 * What is stored for this tab: a table found; none (`damaged` when a record
 * failed its check and was removed); an import of this tab that could not be
 * saved; or one that was removed since (in another tab, or with site data).
 */
export type StoredRead =
  | { kind: "found"; stored: StoredImport; damaged: boolean }
  | { kind: "none"; damaged: boolean }
  | { kind: "unsaved"; name: string }
  | { kind: "gone"; name: string };

function session(): Storage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

/** This tab's record; one that fails its check is removed (`damaged`). */
function readTab(): { tab: TabRecord | null; damaged: boolean } {
  try {
    const text = session()?.getItem(TAB) ?? null;
    if (text === null) return { tab: null, damaged: false };
    const tab = readTabRecord(text);
    if (!tab) session()?.removeItem(TAB);
    return { tab, damaged: !tab };
  } catch {
    return { tab: null, damaged: false };
  }
}

function writeTab(tab: TabRecord | null): void {
  try {
    if (tab) session()?.setItem(TAB, JSON.stringify(tab));
    else session()?.removeItem(TAB);
  } catch {
    // Storage refused: the tab keeps nothing.
  }
}

/** The record under a key, checked; a record that fails is deleted (null, `damaged`). */
async function readRecord(key: string, legacyId?: string) {
  const value = await getValue(key);
  if (value === undefined) return { stored: null, damaged: false };
  const stored = readStoredImport(value, legacyId);
  if (!stored) await deleteKeys([key]);
  return { stored, damaged: !stored };
}

/**
 * What is stored for this tab (see StoredRead), every record checked on the
 * way like any input. This tab's own import comes first; a tab without one
 * gets the latest import (and keeps it from then on); then the records of
 * older versions. Never rejects: storage refused reads as none.
 */
export async function readStored(): Promise<StoredRead> {
  const { tab, damaged: tabDamaged } = readTab();
  let damaged = tabDamaged;
  if (tab && "unsaved" in tab) return { kind: "unsaved", name: tab.unsaved };
  try {
    if (tab) {
      const own = await readRecord(importKey(tab.id));
      if (own.stored?.id === tab.id) return { kind: "found", stored: own.stored, damaged };
      writeTab(null);
      // A record under another's key is as damaged as one that fails its check.
      if (own.stored) await deleteKeys([importKey(tab.id)]);
      else if (!own.damaged) return { kind: "gone", name: tab.name };
      return { kind: "none", damaged: true };
    }
    const pointer = await getValue(LATEST);
    if (pointer !== undefined) {
      const id = readLatest(pointer);
      const latest = id ? await readRecord(importKey(id)) : null;
      if (id && latest?.stored?.id === id) {
        writeTab({ id, name: latest.stored.name });
        return { kind: "found", stored: latest.stored, damaged };
      }
      await deleteKeys([LATEST, ...(id ? [importKey(id)] : [])]);
      // A pointer to a record removed since (its tab's next import failed to save) is no damage.
      if (!id || latest?.damaged || latest?.stored) damaged = true;
    }
    const current = await readRecord(CURRENT, CURRENT);
    if (current.stored) return { kind: "found", stored: current.stored, damaged };
    damaged ||= current.damaged;
  } catch {
    // IndexedDB refused: the older copy may still be there.
  }
  try {
    const text = localStorage.getItem(LEGACY);
    if (text !== null) {
      const legacy = readLegacyCopy(text);
      if (legacy) return { kind: "found", stored: legacy, damaged };
      localStorage.removeItem(LEGACY);
      damaged = true;
    }
  } catch {
    // Nothing readable stored.
  }
  return { kind: "none", damaged };
}

/** The stored import for this tab, or null (none, unsaved, removed, damaged or refused). */
export async function loadStoredImport(): Promise<StoredImport | null> {
  const read = await readStored();
  return read.kind === "found" ? read.stored : null;
}

/** What saving did: kept, or refused (with the reason the browser gave). */
export type SaveOutcome = { saved: true } | { saved: false; reason: string; bytes: number };

/** A new import's id: ten random letters and digits. */
function newId(): string {
  const digits = crypto.getRandomValues(new Uint32Array(2));
  return [...digits]
    .map((n) => n.toString(36).padStart(7, "0"))
    .join("")
    .slice(0, 12);
}

/**
 * Stores an import under a key of its own, in place of this tab's earlier
 * one, makes it this tab's and the latest, and keeps the few latest imports
 * (so two tabs importing each keep their own table). When the browser refuses
 * (storage full, private mode, a sandboxed frame), this tab's earlier table is
 * removed too and the tab remembers that its table could not be saved, so a
 * reload says so rather than showing another table.
 */
export function storeImport(item: ImportToStore): Promise<SaveOutcome> {
  // One save at a time, in the order asked: a quick second import never races the first.
  const run = saving.then(() => save(item));
  saving = run.catch(() => undefined);
  return run;
}

let saving: Promise<unknown> = Promise.resolve();

async function save(item: ImportToStore): Promise<SaveOutcome> {
  try {
    localStorage.removeItem(LEGACY);
  } catch {
    // Storage refused: nothing stored there either.
  }
  const id = newId();
  const record: StoredImport = { ...item, id, savedAt: Date.now() };
  // The table this tab showed before is replaced, saved or not.
  const { tab } = readTab();
  const previous = tab && "id" in tab ? [importKey(tab.id)] : [];
  try {
    // A Blob, which the browser writes to disk on its own: no copy of the bytes on the page.
    await transact("readwrite", (s) => {
      for (const key of previous) s.delete(key);
      s.put(record, importKey(id));
      return s.put({ id }, LATEST);
    });
  } catch (error) {
    await deleteKeys([importKey(id), ...previous]);
    writeTab({ unsaved: item.name });
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { saved: false, reason, bytes: item.file.size };
  }
  writeTab({ id, name: item.name });
  await prune().catch(() => undefined);
  return { saved: true };
}

/** Deletes what is not a valid import of this version (older records, foreign keys) and all but the latest few. */
async function prune(): Promise<void> {
  const keys = await allKeys();
  const kept: { key: IDBValidKey; savedAt: number }[] = [];
  const drop: IDBValidKey[] = [];
  for (const key of keys) {
    if (key === LATEST) continue;
    const stored =
      typeof key === "string" && key.startsWith("import:")
        ? readStoredImport(await getValue(key))
        : null;
    if (stored && importKey(stored.id) === key) kept.push({ key, savedAt: stored.savedAt });
    else drop.push(key);
  }
  kept.sort((a, b) => b.savedAt - a.savedAt);
  await deleteKeys([...drop, ...kept.slice(KEEP).map((k) => k.key)]);
}

/** Removes this tab's import (and any record of an older version); other tabs keep theirs. */
export async function forgetImport(): Promise<void> {
  const { tab } = readTab();
  writeTab(null);
  try {
    localStorage.removeItem(LEGACY);
  } catch {
    // Storage refused.
  }
  const id = tab && "id" in tab ? tab.id : null;
  try {
    const latest = readLatest(await getValue(LATEST));
    await deleteKeys([
      CURRENT,
      ...(id ? [importKey(id)] : []),
      ...(id && latest === id ? [LATEST] : []),
    ]);
  } catch {
    // Nothing stored where storage is refused.
  }
}

/** Removes a stored import that could not be read (it never will be), and this tab's claim to it. */
export async function forgetStored(stored: StoredImport): Promise<void> {
  const { tab } = readTab();
  if (tab && "id" in tab && tab.id === stored.id) writeTab(null);
  if (stored.id === "legacy") {
    try {
      localStorage.removeItem(LEGACY);
    } catch {
      // Storage refused.
    }
    return;
  }
  const key = stored.id === CURRENT ? CURRENT : importKey(stored.id);
  try {
    const latest = readLatest(await getValue(LATEST));
    await deleteKeys([key, ...(latest === stored.id ? [LATEST] : [])]);
  } catch {
    // Storage refused.
  }
}
