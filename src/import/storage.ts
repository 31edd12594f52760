// Keeps the imported file on this device (IndexedDB), so a reload or a link with data=local shows it again.

const DB = "hyvinvointialueet-kartta";
const STORE = "imports";
const KEY = "current";
/** The key of the localStorage copy the app kept before version 2 (removed when read). */
const LEGACY = "hyvinvointialueet-kartta:dataset:v1";

export interface StoredImport {
  name: string;
  file: Blob;
  /** The user's reading choices: region column and level. */
  options: { regionColumn?: number; level?: string; sheet?: string };
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("indexedDB refused"));
    request.onblocked = () => reject(new Error("indexedDB blocked"));
  });
}

async function transact<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T> | null,
): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      let value: T | undefined;
      if (request) request.onsuccess = () => (value = request.result);
      tx.oncomplete = () => resolve(value);
      tx.onerror = () => reject(tx.error ?? new Error("storage failed"));
      tx.onabort = () => reject(tx.error ?? new Error("storage aborted"));
    });
  } finally {
    db.close();
  }
}

/** The stored import, or null (none stored, storage refused, or what is stored is unreadable). */
export async function loadStoredImport(): Promise<StoredImport | null> {
  try {
    const value = (await transact("readonly", (s) => s.get(KEY))) as
      | Partial<StoredImport>
      | undefined;
    if (value && typeof value.name === "string" && value.file instanceof Blob)
      return { name: value.name, file: value.file, options: value.options ?? {} };
  } catch {
    // Fall through to the older copy.
  }
  try {
    const raw = localStorage.getItem(LEGACY);
    const old = raw ? (JSON.parse(raw) as { name?: unknown; text?: unknown }) : null;
    if (old && typeof old.name === "string" && typeof old.text === "string")
      return { name: old.name, file: new Blob([old.text]), options: {} };
  } catch {
    // Nothing readable stored.
  }
  return null;
}

/** What saving did: kept, or refused (with the reason the browser gave), the older table removed either way. */
export type SaveOutcome = { saved: true } | { saved: false; reason: string; bytes: number };

/**
 * Stores the import in place of any earlier one. When the browser refuses
 * (storage full, private mode, a sandboxed frame), the earlier table is
 * removed too, so a reload never shows a table other than the one on screen.
 */
export async function storeImport(item: StoredImport): Promise<SaveOutcome> {
  try {
    localStorage.removeItem(LEGACY);
  } catch {
    // Storage refused: nothing stored there either.
  }
  try {
    // A Blob, which the browser writes to disk on its own: no copy of the bytes on the page.
    await transact("readwrite", (s) =>
      s.put({ name: item.name, file: item.file, options: item.options }, KEY),
    );
    return { saved: true };
  } catch (error) {
    await forgetImport();
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { saved: false, reason, bytes: item.file.size };
  }
}

export async function forgetImport(): Promise<void> {
  try {
    localStorage.removeItem(LEGACY);
  } catch {
    // Storage refused.
  }
  try {
    await transact("readwrite", (s) => s.delete(KEY));
  } catch {
    // Nothing stored where storage is refused.
  }
}
