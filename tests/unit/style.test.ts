import { describe, expect, it } from "vitest";
import { baseStyle } from "../../src/map/style.ts";

/** Every string in a JSON-like value, depth first. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("baseStyle", () => {
  it("names no absolute URL, so the map needs no tile, glyph or sprite server", () => {
    const style = baseStyle();
    expect(strings(style).filter((s) => /^[a-z]+:\/\//i.test(s))).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });
});
