// The table in a link: written, compressed and read back as the import read it, within the limit.
import { describe, expect, it } from "vitest";
import { combinations, type ImportedTable } from "../../../src/data/importedTable.ts";
import { fromBase64Url, toBase64Url } from "../../../src/publish/compress.ts";
import { decodeLink, encodeLink, LINK_LIMIT, tableText } from "../../../src/publish/tableLink.ts";
import { readTable } from "../../../src/publish/tableRead.ts";
import { writeTable } from "../../../src/publish/tableWrite.ts";
import { linkGazetteer, municipalTable, realFiles, realTable } from "./linkFixtures.ts";

/** The parts of a table a reader sees, with NaN made comparable. */
const seen = (t: ImportedTable) => ({
  ...t,
  cells: [...t.cells].map(String),
  national: [...t.national].map(String),
  lines: [...t.lines],
  merged: [...t.merged].map(([k, v]) => [k, [...v].map(([p, c]) => [p, [...c]])]),
  reading: { notes: t.reading.notes, encoding: t.reading.encoding, rows: t.reading.rows },
  notes: t.notes.map(({ suggestions: _s, ...n }) => n),
});

describe("base64url", () => {
  it("round-trips every length of bytes without padding", () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 250) & 255);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect([...(fromBase64Url(text) ?? [])]).toEqual([...bytes]);
    }
  });
  it("refuses a character outside its alphabet and an impossible length", () => {
    expect(fromBase64Url("ab+c")).toBeNull();
    expect(fromBase64Url("abcde")).toBeNull();
  });
  it("refuses a last character with bits beyond the last byte: one text per bytes", () => {
    expect([...(fromBase64Url("QQ") ?? [])]).toEqual([65]);
    expect(fromBase64Url("QR")).toBeNull();
    expect(fromBase64Url("QUI")).not.toBeNull();
    expect(fromBase64Url("QUJ")).toBeNull();
  });
});

describe("a table in a link", () => {
  it("reads back exactly as written: values, missing marks, lines, notes", async () => {
    const table = municipalTable(3, 2);
    table.cells[5] = Number.NaN;
    table.cells[6] = Number.POSITIVE_INFINITY;
    table.national[0] = 5_607_000;
    const read = await decodeLink(await tableText(table, true), linkGazetteer);
    if (!read.ok) throw new Error(JSON.stringify(read));
    expect(seen(read.table)).toEqual(seen(table));
  });

  it("a municipality × 10 years × 5 measures table fits with its line numbers", async () => {
    const encoded = await encodeLink(municipalTable(10, 5), {
      metric: "c1",
      period: null,
      dims: {},
    });
    expect(encoded.ok && encoded.scope).toBe("whole");
    expect(encoded.ok && encoded.lines).toBe(true);
    if (encoded.ok) expect(encoded.text.length).toBeLessThan(LINK_LIMIT);
    if (process.env.LINK_SIZES && encoded.ok)
      console.log(`municipality × 10 × 5: ${encoded.text.length}`);
  });

  it("beyond the limit carries only the view's metric, and says so", async () => {
    const encoded = await encodeLink(
      municipalTable(10, 5),
      { metric: "c3", period: null, dims: {} },
      8000,
    );
    expect(encoded.ok && encoded.scope).toBe("metric");
    if (!encoded.ok) return;
    const read = await decodeLink(encoded.text, linkGazetteer);
    expect(read.ok && read.table.metrics.map((m) => m.id)).toEqual(["c3"]);
  });

  it("beyond the limit even for one period, gives the length it would need", async () => {
    const encoded = await encodeLink(
      municipalTable(2, 2),
      { metric: "c1", period: null, dims: {} },
      100,
    );
    expect(encoded).toMatchObject({ ok: false, limit: 100 });
    expect(!encoded.ok && encoded.length).toBeGreaterThan(100);
  });

  it("a table over the import's limits gets the file's message", () => {
    const table = municipalTable(1, 1);
    const bytes = writeTable(table, { lines: false });
    // 301 metrics declared where the table has one: the file's limit, not an allocation.
    const forged = writeTable(
      {
        ...table,
        metrics: Array.from(
          { length: 301 },
          (_, i) => ({ ...table.metrics[0], id: `c${i + 1}` }) as ImportedTable["metrics"][0],
        ),
        cells: new Float64Array(0),
        national: new Float64Array(0),
        lines: new Int32Array(0),
      },
      { lines: false },
    );
    expect(readTable(bytes, linkGazetteer).ok).toBe(true);
    expect(readTable(forged, linkGazetteer)).toMatchObject({
      ok: false,
      issue: { code: "tooManyMetrics" },
    });
  });
});

describe("the 35 real files", () => {
  it("each reads back as the import read it, and its link length is measured", async () => {
    const lengths: string[] = [];
    let tables = 0;
    for (const name of realFiles) {
      const table = await realTable(name);
      if (!table) continue;
      tables++;
      const encoded = await encodeLink(table, { metric: "c1", period: null, dims: {} });
      if (!encoded.ok) throw new Error(`${name}: ${encoded.length}`);
      lengths.push(
        `${encoded.text.length}\t${encoded.scope}${encoded.lines ? "" : " (no lines)"}\t${name}\t${table.metrics.length}×${combinations(table)}×${table.periods.length}×${table.codes.length}`,
      );
      const read = await decodeLink(encoded.text, linkGazetteer);
      if (!read.ok) throw new Error(`${name}: ${JSON.stringify(read)}`);
      if (encoded.scope === "whole") expect(seen(read.table), name).toEqual(seen(table));
    }
    if (process.env.LINK_SIZES)
      console.log(lengths.sort((a, b) => parseInt(a, 10) - parseInt(b, 10)).join("\n"));
    // 27 of the files import to a map (the others are refused by design: no regions, a postal-code table…).
    expect(tables).toBeGreaterThanOrEqual(25);
  }, 120_000);
});
