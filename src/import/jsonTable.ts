// Reads JSON as statistics services publish it: JSON-stat (PxWeb's, THL's APIs) or records, into rows of cells.

import { datasetOf, jsonStatRows } from "./jsonStat.ts";
import type { Row } from "./layout.ts";
import type { TableSchema } from "./schema.ts";

export interface JsonTable {
  rows: Row[];
  schema: TableSchema | null;
  /** Sotkanet's API: regions are its numeric ids. */
  sotkanet: boolean;
}

const scalar = (v: unknown) =>
  v === null || v === undefined ? "" : typeof v === "object" ? null : String(v);

/** Records as rows: an array of flat objects, or an object of them keyed by region ("Lappi": {…}). */
function recordRows(value: unknown): Row[] | null {
  const entries: [string | null, Record<string, unknown>][] = Array.isArray(value)
    ? value.map((r) => [null, r as Record<string, unknown>])
    : Object.entries(value as Record<string, unknown>).map(([k, r]) => [
        k,
        r as Record<string, unknown>,
      ]);
  if (!entries.length || !entries.every(([, r]) => r && typeof r === "object" && !Array.isArray(r)))
    return null;
  const keys: string[] = [];
  for (const [, r] of entries.slice(0, 200))
    for (const [k, v] of Object.entries(r))
      if (scalar(v) !== null && !keys.includes(k)) keys.push(k);
  const keyed = !Array.isArray(value);
  const rows: Row[] = [{ cells: [...(keyed ? ["alue"] : []), ...keys], line: 1 }];
  entries.forEach(([k, r], i) => {
    rows.push({
      cells: [...(keyed ? [k ?? ""] : []), ...keys.map((key) => scalar(r[key]) ?? "")],
      line: i + 2,
    });
  });
  return rows;
}

/**
 * Reads JSON: a JSON-stat dataset (versions 1 and 2, from PxWeb's API, THL's
 * or a file), else records (Sotkanet's API gives an array of them, its regions
 * as numeric ids). Throws an Error saying what is wrong otherwise.
 */
export function readJson(text: string): JsonTable {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `not valid JSON (${error instanceof Error ? error.message.slice(0, 80) : "?"})`,
    );
  }
  const ds = datasetOf(value);
  if (ds) return { ...jsonStatRows(ds), sotkanet: false };
  // Records, or records under one key ({"hospitalised": [{…}, …]}).
  const inner =
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.values(value as Record<string, unknown>).find(
          (v) => Array.isArray(v) && v.length > 0 && v.every((r) => r && typeof r === "object"),
        )
      : undefined;
  const rows =
    value && typeof value === "object"
      ? (recordRows(value) ?? (inner ? recordRows(inner) : null))
      : null;
  if (!rows) throw new Error("neither JSON-stat nor a list of records");
  const header = rows[0]?.cells ?? [];
  const sotkanet = header.includes("region") && header.includes("indicator");
  return { rows, schema: null, sotkanet };
}
