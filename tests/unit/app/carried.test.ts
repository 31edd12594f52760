// The survey carried in the page: which files, and JSON that cannot break out of its script element.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { carriedFiles } from "../../../build/firstViewPlugin.ts";
import { carriedFilesJson } from "../../../src/data/carried.ts";

const read = (path: string) =>
  readFileSync(new URL(`../../../public/${path}`, import.meta.url), "utf8");

describe("carriedFiles", () => {
  it("carries the editions list and the default edition's metadata and table, as the files read", () => {
    const files = carriedFiles(read);
    expect([...files.keys()]).toEqual([
      "data/survey/editions.json",
      "data/survey/kuntaliitto-2026.meta.json",
      "data/survey/kuntaliitto-2026.csv",
    ]);
    for (const [path, text] of files) expect(text, path).toBe(read(path));
  });
});

describe("carriedFilesJson", () => {
  it("escapes every < so no text closes the script element or opens a comment", () => {
    const json = carriedFilesJson(new Map([["a.csv", "x</script><!-- y"]]));
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual({ "a.csv": "x</script><!-- y" });
  });
  it("reads back every file exactly, line breaks and non-ASCII letters included", () => {
    const files = new Map([["ä.json", '{\n  "nimi": "Åland"\n}\n']]);
    expect(JSON.parse(carriedFilesJson(files))).toEqual(Object.fromEntries(files));
  });
});
