// The app's IndexedDB object store, one transaction at a time: values by key, all keys, deletes.

const DB = "hyvinvointialueet-kartta";
const STORE = "imports";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("indexedDB refused"));
    request.onblocked = () => reject(new Error("indexedDB blocked"));
  });
}

/**
 * Runs `run` in one transaction of the store and resolves with the last
 * request's result once the transaction completes; rejects when the browser
 * refuses storage, the transaction fails or is aborted.
 */
export async function transact<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T> | null | undefined,
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

export const getValue = (key: string) => transact<unknown>("readonly", (s) => s.get(key));

export const putValue = (key: string, value: unknown) =>
  transact("readwrite", (s) => s.put(value, key));

/** Deletes keys; never rejects (nothing can be deleted where storage is refused). */
export async function deleteKeys(keys: readonly IDBValidKey[]): Promise<void> {
  if (!keys.length) return;
  try {
    await transact("readwrite", (s) => {
      for (const key of keys) s.delete(key);
      return null;
    });
  } catch {
    // Storage refused: nothing stored there either.
  }
}

/** Every key of the store. */
export async function allKeys(): Promise<IDBValidKey[]> {
  return (await transact<IDBValidKey[]>("readonly", (s) => s.getAllKeys())) ?? [];
}
