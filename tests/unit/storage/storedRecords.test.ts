import { describe, expect, it } from "vitest";
import {
  readLatest,
  readLegacyCopy,
  readOptions,
  readStoredImport,
  readTabRecord,
} from "../../../src/storage/storedRecords.ts";

const file = new Blob(["alue;arvo\nLappi;1\n"]);
const good = { id: "abc123def4", name: "data.csv", file, options: {}, savedAt: 1 };

describe("readStoredImport", () => {
  it("reads a record of this version, field by field", () => {
    expect(
      readStoredImport({ ...good, options: { regionColumn: 2, level: "municipality" } }),
    ).toEqual({ ...good, options: { regionColumn: 2, level: "municipality" } });
  });
  it("refuses an unknown level, and levels that are names of an object's prototype", () => {
    for (const level of ["planet", "outside", "__proto__", "constructor", "toString", 1, null])
      expect(readStoredImport({ ...good, options: { level } }), String(level)).toBeNull();
  });
  it("refuses options or records that carry __proto__ or constructor as keys of their own", () => {
    const proto = JSON.parse('{"__proto__": {"level": "county"}}');
    expect(readStoredImport({ ...good, options: proto })).toBeNull();
    expect(readStoredImport({ ...good, options: { constructor: "x" } })).toBeNull();
    expect(readStoredImport(Object.assign(JSON.parse('{"__proto__": 1}'), good))).toBeNull();
  });
  it("refuses a region column that is no whole number from 0 to 999", () => {
    for (const regionColumn of [-1, 1.5, 1000, "2", Number.NaN, Number.POSITIVE_INFINITY])
      expect(readStoredImport({ ...good, options: { regionColumn } })).toBeNull();
  });
  it("refuses wrong types: no Blob, an empty or overlong name, a bad id or time", () => {
    for (const broken of [
      { ...good, file: "text" },
      { ...good, file: { size: 3 } },
      { ...good, name: "" },
      { ...good, name: "x".repeat(301) },
      { ...good, name: 7 },
      { ...good, id: "ABC" },
      { ...good, id: "../x" },
      { ...good, savedAt: -1 },
      { ...good, savedAt: "now" },
      { ...good, options: [] },
      { ...good, options: "level=county" },
      { ...good, options: { sheet: 2 } },
    ])
      expect(readStoredImport(broken), JSON.stringify(broken)).toBeNull();
    for (const value of [null, undefined, 0, "x", [], new Blob([]), new Date()])
      expect(readStoredImport(value)).toBeNull();
  });
  it("drops option fields this version does not know, keeping the record", () => {
    expect(readStoredImport({ ...good, options: { colour: 2 } })?.options).toEqual({});
    expect(readStoredImport({ ...good, options: { sheet: "Taulukko 2" } })?.options).toEqual({
      sheet: "Taulukko 2",
    });
  });
  it("reads a record of an older version, which has no id or time, under the id it is given", () => {
    expect(
      readStoredImport({ name: "old.csv", file, options: { level: "county" } }, "current"),
    ).toMatchObject({ id: "current", name: "old.csv", options: { level: "county" }, savedAt: 0 });
  });
});

describe("readOptions", () => {
  it("reads absent options as none", () => {
    expect(readOptions(undefined)).toEqual({});
  });
});

describe("readLatest, readTabRecord and readLegacyCopy", () => {
  it("read their records, and nothing else", () => {
    expect(readLatest({ id: "abc123def4" })).toBe("abc123def4");
    for (const v of [{ id: "__proto__" }, { id: 5 }, "abc123def4", null])
      expect(readLatest(v)).toBeNull();
    expect(readTabRecord('{"id":"abc123def4","name":"a.csv"}')).toEqual({
      id: "abc123def4",
      name: "a.csv",
    });
    expect(readTabRecord('{"unsaved":"a.csv"}')).toEqual({ unsaved: "a.csv" });
    for (const text of ["", "{", "null", "[]", '{"id":"x"}', '{"__proto__":{"unsaved":"a"}}'])
      expect(readTabRecord(text), text).toBeNull();
    expect(readLegacyCopy('{"name":"v1.csv","text":"a;b"}')?.name).toBe("v1.csv");
    expect(readLegacyCopy('{"name":"v1.csv","text":5}')).toBeNull();
    expect(readLegacyCopy("not json")).toBeNull();
  });
});
