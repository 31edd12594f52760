// Reads a PC-Axis (.px) file, PxWeb's own format, into rows of cells and what its metadata says of them.
import type { Row } from "./layout.ts";
import type { TableSchema } from "./schema.ts";

/** A keyword of the file: its name, language, subkeys ("Vuosi", "Tiedot") and values. */
interface Keyword {
  name: string;
  lang: string | null;
  keys: string[];
  values: string[];
}

/** The quoted strings and bare tokens of a value: adjacent strings join ("abc" "def" is "abcdef"). */
function items(text: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      const piece = text.slice(i + 1, end < 0 ? text.length : end);
      current = (current ?? "") + piece;
      i = end < 0 ? text.length : end + 1;
    } else if (ch === ",") {
      if (current !== null) out.push(current);
      current = null;
      i++;
    } else if (/\s/.test(ch)) i++;
    else {
      const m = /^[^",\s]+(\([^)]*\))?/.exec(text.slice(i));
      const token = m?.[0] ?? ch;
      current = (current ?? "") + token;
      i += token.length;
    }
  }
  if (current !== null) out.push(current);
  return out;
}

/** The statements before DATA, split at semicolons outside quotes, and the data text. */
function statements(text: string): { keywords: Keyword[]; data: string } {
  const keywords: Keyword[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ";" && !quoted) {
      const statement = text.slice(start, i).trim();
      start = i + 1;
      const eq = statement.indexOf("=");
      if (eq < 0) continue;
      const head = statement.slice(0, eq).trim();
      const value = statement.slice(eq + 1);
      const m = /^([A-Z0-9-]+)(?:\[([^\]]+)\])?(?:\((.*)\))?$/s.exec(head);
      if (!m) continue;
      if (m[1] === "DATA") return { keywords, data: value };
      keywords.push({
        name: m[1] ?? "",
        lang: m[2] ?? null,
        keys: m[3] ? items(m[3]) : [],
        values: items(value),
      });
    }
  }
  const at = text.search(/(^|[;\s])DATA\s*=/);
  return { keywords, data: at < 0 ? "" : text.slice(text.indexOf("=", at) + 1) };
}

/** A region code worth keeping beside its name ("KU091 Helsinki"): the reader knows these prefixes. */
const REGION_CODE = /^(KU|MK|HVA|SK|SHP|TYA|ELY|AVI|MA|SSS|\d{2,3}$)/;

export interface PxTable {
  rows: Row[];
  schema: TableSchema;
}

/**
 * Reads a PC-Axis file in its default language: the variables of STUB and
 * HEADING become columns (a region's code kept before its name where it is
 * one), DATA the value column, row by row in the file's order. The time
 * variable (TIMEVAL or VARIABLE-TYPE "Time") is the period, CONTVARIABLE the
 * measure dimension; ELIMINATION names a total, UNITS, DECIMALS and
 * PRECISION the units and decimals; SOURCE, TITLE and NOTE are kept. Throws
 * an Error saying what is wrong when the file is not a table.
 */
export function readPx(text: string): PxTable {
  const { keywords, data } = statements(text);
  const get = (name: string, keys: string[] = []) =>
    keywords.find(
      (k) =>
        k.name === name &&
        k.lang === null &&
        k.keys.length === keys.length &&
        keys.every((x, i) => k.keys[i] === x),
    )?.values;
  const stub = get("STUB") ?? [];
  const heading = get("HEADING") ?? [];
  const variables = [...stub, ...heading];
  if (variables.length === 0) throw new Error("no STUB or HEADING");
  const values = variables.map((v) => get("VALUES", [v]) ?? []);
  const codes = variables.map((v) => get("CODES", [v]) ?? []);
  const sizes = values.map((v) => v.length);
  if (sizes.some((n) => n === 0)) throw new Error(`no VALUES for ${variables[sizes.indexOf(0)]}`);
  const cells = data.match(/"[^"]*"|[^\s,;"]+/g) ?? [];
  const total = sizes.reduce((a, b) => a * b, 1);
  if (cells.length < total) throw new Error(`DATA has ${cells.length} values, the table ${total}`);
  if (total > 2_000_000) throw new Error(`${total} values: more than 2 000 000`);

  const contents = get("CONTVARIABLE")?.[0] ?? null;
  const timeVariable =
    keywords.find((k) => k.name === "TIMEVAL" && k.lang === null)?.keys[0] ??
    variables.find((v) => (get("VARIABLE-TYPE", [v])?.[0] ?? "").toLowerCase() === "time") ??
    null;
  const valueName = contents ? "Arvo" : (get("CONTENTS")?.[0] ?? get("TITLE")?.[0] ?? "Arvo");
  const label = (v: number, i: number) => {
    const name = values[v]?.[i] ?? "";
    const code = codes[v]?.[i];
    return code && code !== name && REGION_CODE.test(code) && !name.startsWith(code)
      ? `${code} ${name}`
      : name;
  };
  const rows: Row[] = [{ cells: [...variables, valueName], line: 1 }];
  const index = new Array<number>(variables.length).fill(0);
  for (let n = 0; n < total; n++) {
    const raw = cells[n] ?? "";
    rows.push({
      cells: [...index.map((i, v) => label(v, i)), raw.replace(/^"|"$/g, "")],
      line: n + 2,
    });
    for (let v = variables.length - 1; v >= 0; v--) {
      index[v] = (index[v] ?? 0) + 1;
      if ((index[v] as number) < (sizes[v] as number)) break;
      index[v] = 0;
    }
  }
  const column = (name: string | null) => (name === null ? null : variables.indexOf(name));
  const totals: Record<number, string> = {};
  variables.forEach((v, c) => {
    const e = get("ELIMINATION", [v])?.[0];
    if (e && e !== "YES" && e !== "NO") totals[c] = e;
  });
  const units: Record<string, string> = {};
  const decimals: Record<string, number> = {};
  const shown = Number(get("SHOWDECIMALS")?.[0] ?? get("DECIMALS")?.[0]);
  if (Number.isFinite(shown)) decimals[""] = shown;
  const unit = get("UNITS")?.[0];
  if (unit) units[""] = unit;
  const measure = column(contents);
  if (measure !== null && measure >= 0)
    for (const c of values[measure] ?? []) {
      const u = get("UNITS", [c])?.[0];
      if (u) units[c] = u;
      const d = Number(get("PRECISION", [contents as string, c])?.[0]);
      if (Number.isFinite(d)) decimals[c] = d;
    }
  const strip = (s: string) => s.replace(/<[^>]*>/g, "").trim();
  const period = column(timeVariable);
  return {
    rows,
    schema: {
      region: -1,
      period: period !== null && period >= 0 ? period : null,
      measure: measure !== null && measure >= 0 ? measure : null,
      dimensions: [],
      value: variables.length,
      totals,
      units,
      decimals,
      title: get("TITLE")?.[0] ?? get("DESCRIPTION")?.[0] ?? null,
      source: get("SOURCE")?.[0] ?? null,
      notes: [...(get("NOTE") ?? []), ...(get("NOTEX") ?? [])].map(strip).filter(Boolean),
    },
  };
}
