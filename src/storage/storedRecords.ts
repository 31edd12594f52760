// Stored records read back like any input: each checked field by field, anything else refused. Pure.
import { IMPORT_LEVELS, type ImportLevel } from "../import/gazetteer.ts";

/** An imported file kept on this device, with the reading choices the user made. */
export interface StoredImport {
  /** The record's own id (its key is `import:<id>`); "legacy" for a record of an older version. */
  id: string;
  name: string;
  file: Blob;
  options: { regionColumn?: number; level?: ImportLevel; sheet?: string };
  /** When it was saved (ms since 1970); 0 for a legacy record. */
  savedAt: number;
}

/** What this tab showed last: an import by id (and its name), or one that could not be saved. */
export type TabRecord = { id: string; name: string } | { unsaved: string };

/** An id of a stored import: 6 to 32 lower-case letters and digits. */
export const IMPORT_ID = /^[a-z0-9]{6,32}$/;
/** The longest file name kept. */
const MAX_NAME = 300;
/** The most columns a table can have (the reader's own limit), so the most a region column index can be. */
const MAX_COLUMN = 1000;

/** Keys no record may carry: they would reach an object's prototype if copied naively. */
const HOSTILE = new Set(["__proto__", "constructor", "prototype"]);

/** A plain object (as structured clone and JSON give back), with no hostile own key. */
function plainObject(value: unknown): Record<string, unknown> | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return null;
  if (Reflect.ownKeys(value).some((k) => typeof k !== "string" || HOSTILE.has(k))) return null;
  return value as Record<string, unknown>;
}

const own = (o: Record<string, unknown>, key: string) =>
  Object.hasOwn(o, key) ? o[key] : undefined;

const isName = (v: unknown): v is string =>
  typeof v === "string" && v.length > 0 && v.length <= MAX_NAME;

/**
 * The reading options of a record: `regionColumn` a whole number 0–999,
 * `level` a level a table can be given at, `sheet` a workbook's sheet name. A field absent is left out; a
 * field of a wrong type or value makes the options unreadable (null).
 * Fields not known to this version are dropped.
 */
export function readOptions(value: unknown): StoredImport["options"] | null {
  if (value === undefined) return {};
  const o = plainObject(value);
  if (!o) return null;
  const options: StoredImport["options"] = {};
  const column = own(o, "regionColumn");
  if (column !== undefined) {
    if (!Number.isInteger(column) || (column as number) < 0 || (column as number) >= MAX_COLUMN)
      return null;
    options.regionColumn = column as number;
  }
  const level = own(o, "level");
  if (level !== undefined) {
    if (typeof level !== "string" || !(IMPORT_LEVELS as readonly string[]).includes(level))
      return null;
    options.level = level as ImportLevel;
  }
  const sheet = own(o, "sheet");
  if (sheet !== undefined) {
    if (typeof sheet !== "string" || sheet.length > MAX_NAME) return null;
    options.sheet = sheet;
  }
  return options;
}

/**
 * A stored import as read back from IndexedDB, or null when any field is
 * missing, of a wrong type or out of range: a name of 1–300 characters, a
 * Blob, readable options, and (for records of this version) an id and the
 * time saved. `legacyId` names a record of an older version, which has neither.
 */
export function readStoredImport(value: unknown, legacyId?: string): StoredImport | null {
  const o = plainObject(value);
  if (!o) return null;
  const name = own(o, "name");
  const file = own(o, "file");
  const options = readOptions(own(o, "options"));
  if (!isName(name) || !(file instanceof Blob) || !options) return null;
  if (legacyId) return { id: legacyId, name, file, options, savedAt: 0 };
  const id = own(o, "id");
  const savedAt = own(o, "savedAt");
  if (typeof id !== "string" || !IMPORT_ID.test(id)) return null;
  if (typeof savedAt !== "number" || !Number.isFinite(savedAt) || savedAt < 0) return null;
  return { id, name, file, options, savedAt };
}

/** The pointer to the latest import (`{ id }`), or null when it is not one. */
export function readLatest(value: unknown): string | null {
  const o = plainObject(value);
  const id = o ? own(o, "id") : undefined;
  return typeof id === "string" && IMPORT_ID.test(id) ? id : null;
}

/** JSON text, parsed without throwing; undefined when it is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** This tab's record (kept in sessionStorage as JSON), or null when the text is not one. */
export function readTabRecord(text: string): TabRecord | null {
  const o = plainObject(parseJson(text));
  if (!o) return null;
  const unsaved = own(o, "unsaved");
  if (isName(unsaved)) return { unsaved };
  const id = own(o, "id");
  const name = own(o, "name");
  return typeof id === "string" && IMPORT_ID.test(id) && isName(name) ? { id, name } : null;
}

/** The localStorage copy of versions before 2 (`{ name, text }`), as a stored import, or null. */
export function readLegacyCopy(text: string): StoredImport | null {
  const o = plainObject(parseJson(text));
  if (!o) return null;
  const name = own(o, "name");
  const body = own(o, "text");
  if (!isName(name) || typeof body !== "string") return null;
  return { id: "legacy", name, file: new Blob([body]), options: {}, savedAt: 0 };
}
