import { describe, expect, it } from "vitest";
import { atlasStyle, LAYERS } from "../../src/map/style.ts";

/** Every string in a JSON-like value, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("atlasStyle", () => {
  it("names no absolute URL, so the map needs no tile, glyph or sprite server", () => {
    const style = atlasStyle(null, null);
    expect(strings(style).filter((s) => /^[a-z]+:\/\//i.test(s))).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });
  it("draws crossing borders above the employment-area outlines, and those above the county fill", () => {
    const ids = atlasStyle(null, null).layers.map((l) => l.id);
    expect(ids.indexOf(LAYERS.countyFill)).toBeLessThan(ids.indexOf("employment-area-border"));
    expect(ids.indexOf("employment-area-border")).toBeLessThan(ids.indexOf("crossing-border"));
  });
  it("starts with the state it is given, so nothing changes after load", () => {
    const style = atlasStyle(null, null, { smallSample: ["90"], selected: "13", overlay: false });
    const layer = (id: string) =>
      style.layers.find((l) => l.id === id) as {
        filter?: unknown;
        layout?: { visibility?: string };
      };
    expect(layer(LAYERS.smallSample).filter).toEqual(["in", ["get", "code"], ["literal", ["90"]]]);
    expect(layer(LAYERS.selected).filter).toEqual(["in", ["get", "code"], ["literal", ["13"]]]);
    expect(layer("crossing-border").layout?.visibility).toBe("none");
  });
});
