// Keeps an imported table in the browser's storage, so it survives a reload; storage may be refused.

const KEY = "hyvinvointialueet-kartta:dataset:v1";

export interface StoredTable {
  name: string;
  text: string;
}

/** The stored table, or null (none stored, storage refused, or what is stored is unreadable). */
export function loadStoredTable(): StoredTable | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredTable>;
    return typeof value.name === "string" && typeof value.text === "string"
      ? { name: value.name, text: value.text }
      : null;
  } catch {
    return null;
  }
}

/** Stores the table; false when storage is unavailable (a sandboxed frame, private mode) or full. */
export function storeTable(table: StoredTable): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(table));
    return true;
  } catch {
    return false;
  }
}

export function forgetTable(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored where storage is refused.
  }
}
