// Writes an imported table as bytes: the table model's parts in order, values as scaled integers.
import { combinations, type ImportedTable, type MergedPart } from "../data/importedTable.ts";
import { ByteWriter, crc32 } from "./bytes.ts";
import { EVIDENCE, FLAG_LINES, FLAG_SOURCE, MAGIC, NOTE_KINDS, VERSION } from "./tableFormat.ts";
import { writeLines, writeValues } from "./values.ts";

/**
 * The table as the link carries it: header (magic, version, CRC-32 of the
 * rest), then name, level, region type, periods, codes, metrics, dimensions,
 * attributes, values, the whole-country row, line numbers (with `lines`),
 * merged municipalities, the reading's notes and the import's notes. What the
 * import dialog alone shows (the file's columns, the levels each matched) is
 * left out.
 */
export function writeTable(table: ImportedTable, options: { lines: boolean }): Uint8Array {
  const w = new ByteWriter();
  const list = (items: readonly string[]) => {
    w.uint(items.length);
    for (const s of items) w.text(s);
  };
  w.text(table.name);
  w.text(table.level);
  w.byte((table.source ? FLAG_SOURCE : 0) | (options.lines ? FLAG_LINES : 0));
  if (table.source) {
    w.text(table.source.type);
    list(table.source.levels ?? []);
    w.uint(table.source.regions.length);
    for (const r of table.source.regions) {
      w.text(r.code);
      w.text(r.name);
      list(r.members);
    }
  }
  list(table.periods);
  list(table.codes);
  w.uint(table.metrics.length);
  for (const m of table.metrics) {
    w.text(m.id);
    w.text(m.label);
    w.byte(m.rule === "mean" ? 1 : 0);
    w.byte(Math.max(0, EVIDENCE.indexOf(m.evidence ?? null)));
    w.byte(m.digits);
    w.text(m.unit ?? "");
  }
  w.uint(table.dimensions.length);
  for (const d of table.dimensions) {
    w.text(d.name);
    list(d.categories);
    w.uint(d.total === null ? 0 : d.total + 1);
    w.uint(d.meanCategories.length);
    for (const i of d.meanCategories) w.uint(i);
  }
  w.uint(table.attributes.length);
  const at = new Map(table.codes.map((c, i) => [c, i]));
  for (const a of table.attributes) {
    w.text(a.name);
    const entries = Object.entries(a.values).filter(([code]) => at.has(code));
    w.uint(entries.length);
    for (const [code, value] of entries) {
      w.uint(at.get(code) as number);
      w.text(value);
    }
  }
  const K = combinations(table);
  const P = table.periods.length;
  const C = table.codes.length;
  const block = K * P * C;
  for (let m = 0; m < table.metrics.length; m++)
    writeValues(w, table.cells.subarray(m * block, (m + 1) * block), C);
  for (let m = 0; m < table.metrics.length; m++)
    writeValues(w, table.national.subarray(m * K * P, (m + 1) * K * P), 1);
  if (options.lines) writeLines(w, table.lines, block);
  writeMerged(w, table);
  w.text(table.reading.encoding);
  w.text(table.reading.columns[table.reading.regionColumn] ?? "");
  w.uint(table.reading.rows);
  list(table.reading.notes);
  w.text(table.reading.division ?? "");
  w.uint(table.notes.length);
  for (const n of table.notes) {
    w.byte(NOTE_KINDS.indexOf(n.kind));
    w.uint(n.count);
    w.uint(n.rows.length);
    for (const row of n.rows) w.uint(row);
    list(n.examples);
    w.text(n.level ?? "");
    w.text(n.type ?? "");
  }
  const body = w.bytes();
  const out = new Uint8Array(body.length + 7);
  out.set([...MAGIC, VERSION]);
  new DataView(out.buffer).setUint32(3, crc32(body), true);
  out.set(body, 7);
  return out;
}

function writeMerged(w: ByteWriter, table: ImportedTable): void {
  const entries: [number, number, number, string, MergedPart[]][] = [];
  table.merged.forEach((byPeriod, key) => {
    const [metric = "", combination = "0"] = key.split("|");
    const m = table.metrics.findIndex((x) => x.id === metric);
    byPeriod.forEach((byCode, period) => {
      const p = table.periods.indexOf(period);
      byCode.forEach((parts, code) => {
        if (m >= 0 && p >= 0) entries.push([m, Number(combination), p, code, parts]);
      });
    });
  });
  w.uint(entries.length);
  for (const [m, k, p, code, parts] of entries) {
    w.uint(m);
    w.uint(k);
    w.uint(p);
    w.text(code);
    w.uint(parts.length);
    for (const part of parts) {
      w.text(part.code);
      w.text(part.name);
      w.byte(part.value === null ? 0 : 1);
      if (part.value !== null) w.float(part.value);
      w.uint(Math.max(0, part.line));
    }
  }
}
