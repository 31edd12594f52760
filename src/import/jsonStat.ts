// Reads a JSON-stat dataset (version 2 as PxWeb's API gives it, version 1 as THL's) into rows of cells and its metadata.
import type { Row } from "./layout.ts";
import type { TableSchema } from "./schema.ts";

interface Category {
  index?: string[] | Record<string, number>;
  label?: Record<string, string>;
  unit?: Record<string, { label?: string; base?: string; symbol?: string; decimals?: number }>;
}
interface Dimension {
  label?: string;
  category?: Category;
  extension?: { elimination?: boolean; eliminationValueCode?: string; [key: string]: unknown };
}
interface JsonStat {
  id?: string[];
  size?: number[];
  label?: string;
  source?: string;
  note?: string[] | string;
  role?: { time?: string[]; geo?: string[]; metric?: string[] };
  dimension?: Record<string, Dimension> & {
    id?: string[];
    size?: number[];
    role?: JsonStat["role"];
  };
  value?: (number | null)[] | Record<string, number | null>;
  status?: string | (string | null)[] | Record<string, string>;
}

/** A region code worth keeping beside its name ("KU091 Helsinki"): the reader knows these prefixes. */
const REGION_CODE = /^(KU|MK|HVA|SK|SHP|TYA|ELY|AVI|MA|SSS|\d{2,3}$)/;

/** The dataset of a JSON-stat document: version 2 (a dataset or a collection's first), or version 1's first. */
export function datasetOf(value: unknown): JsonStat | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (v.class === "dataset" && v.dimension) return v as JsonStat;
  const items = (v.link as { item?: unknown[] } | undefined)?.item;
  if (v.class === "collection" && Array.isArray(items)) return datasetOf(items[0]);
  for (const inner of Object.values(v))
    if (
      inner &&
      typeof inner === "object" &&
      (inner as JsonStat).dimension &&
      (inner as JsonStat).value
    )
      return inner as JsonStat;
  return null;
}

/** The categories of a dimension in order: their codes and labels. */
function categories(d: Dimension): { codes: string[]; labels: string[] } {
  const index = d.category?.index;
  const labels = d.category?.label ?? {};
  let codes: string[];
  if (Array.isArray(index)) codes = index;
  else if (index)
    codes = Object.entries(index)
      .sort((a, b) => a[1] - b[1])
      .map(([c]) => c);
  else codes = Object.keys(labels);
  return { codes, labels: codes.map((c) => labels[c] ?? c) };
}

/**
 * A JSON-stat dataset as rows: a column per dimension (a region's code kept
 * before its name where it is one), then the value; row by row in the
 * dataset's order (the last dimension fastest). Roles say the period (time)
 * and the measure dimension (metric); a unit's label and decimals, an
 * elimination value, the source and notes are kept. A value's status ("..")
 * stands for a missing one.
 */
export function jsonStatRows(ds: JsonStat): { rows: Row[]; schema: TableSchema } {
  const ids = ds.id ?? ds.dimension?.id ?? [];
  const sizes = ds.size ?? ds.dimension?.size ?? [];
  const role = ds.role ?? ds.dimension?.role ?? {};
  const dims = ids.map((id) => (ds.dimension?.[id] ?? {}) as Dimension);
  const cats = dims.map(categories);
  const total = sizes.reduce((a, b) => a * b, 1);
  if (!ids.length || total === 0) throw new Error("no dimensions");
  if (total > 2_000_000) throw new Error(`${total} values: more than 2 000 000`);
  const valueAt = (n: number): string => {
    const v = Array.isArray(ds.value) ? ds.value[n] : ds.value?.[String(n)];
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
    const s =
      typeof ds.status === "string"
        ? ds.status
        : Array.isArray(ds.status)
          ? ds.status[n]
          : ds.status?.[String(n)];
    return typeof s === "string" && s.trim() ? s.trim() : "..";
  };
  const text = (d: number, i: number) => {
    const c = cats[d] as { codes: string[]; labels: string[] };
    const code = c.codes[i] ?? "";
    const label = c.labels[i] ?? code;
    return code !== label && REGION_CODE.test(code) && !label.startsWith(code)
      ? `${code} ${label}`
      : label;
  };
  const header = [
    ...dims.map((d, i) => d.label ?? ids[i] ?? ""),
    role.metric?.length ? "Arvo" : (ds.label ?? "Arvo"),
  ];
  const rows: Row[] = [{ cells: header, line: 1 }];
  const index = new Array<number>(ids.length).fill(0);
  for (let n = 0; n < total; n++) {
    rows.push({ cells: [...index.map((i, d) => text(d, i)), valueAt(n)], line: n + 2 });
    for (let d = ids.length - 1; d >= 0; d--) {
      index[d] = (index[d] ?? 0) + 1;
      if ((index[d] as number) < (sizes[d] as number)) break;
      index[d] = 0;
    }
  }
  const column = (id: string | undefined) => (id === undefined ? -1 : ids.indexOf(id));
  const measure = column(role.metric?.[0]);
  const period = column(role.time?.[0]);
  const totals: Record<number, string> = {};
  dims.forEach((d, i) => {
    const code = d.extension?.eliminationValueCode;
    const c = cats[i] as { codes: string[]; labels: string[] };
    if (typeof code === "string" && c.codes.includes(code))
      totals[i] = text(i, c.codes.indexOf(code));
  });
  const units: Record<string, string> = {};
  const decimals: Record<string, number> = {};
  if (measure >= 0)
    for (const [code, u] of Object.entries(dims[measure]?.category?.unit ?? {})) {
      const label = text(measure, (cats[measure] as { codes: string[] }).codes.indexOf(code));
      const name = u.label ?? u.base ?? u.symbol;
      if (name) units[label] = name;
      if (typeof u.decimals === "number") decimals[label] = u.decimals;
    }
  const notes = Array.isArray(ds.note) ? ds.note : ds.note ? [ds.note] : [];
  return {
    rows,
    schema: {
      region: column(role.geo?.[0]),
      period: period >= 0 ? period : null,
      measure: measure >= 0 ? measure : null,
      dimensions: [],
      value: ids.length,
      totals,
      units,
      decimals,
      title: ds.label ?? null,
      division: /_((?:19|20)\d\d)\d{4}$/.exec(role.geo?.[0] ?? "")?.[1] ?? null,
      source: ds.source ?? null,
      notes: notes
        .map((n) =>
          String(n)
            .replace(/<[^>]*>/g, "")
            .trim(),
        )
        .filter(Boolean),
    },
  };
}
