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
    expect(ids.indexOf(LAYERS.countyFill)).toBeLessThan(ids.indexOf(LAYERS.areaBorder));
    expect(ids.indexOf(LAYERS.areaBorder)).toBeLessThan(ids.indexOf(LAYERS.crossingBorder));
  });
});
