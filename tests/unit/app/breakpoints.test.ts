import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isNarrow, NARROW_MAX_WIDTH, NARROW_QUERY } from "../../../src/breakpoints.ts";
import { fitPadding } from "../../../src/map/mapView.ts";

const css = readFileSync(new URL("../../../src/styles.css", import.meta.url), "utf8");

describe("the narrow breakpoint", () => {
  it("is the one width the stylesheet's media queries use", () => {
    const queries = [...css.matchAll(/@media \(max-width: (\d+)px\)/g)].map((m) => Number(m[1]));
    expect(queries.length).toBeGreaterThan(0);
    expect(new Set(queries)).toEqual(new Set([NARROW_MAX_WIDTH]));
    expect(NARROW_QUERY).toBe(`(max-width: ${NARROW_MAX_WIDTH}px)`);
  });
  it("switches the map's padding from the legend's room to a small margin", () => {
    expect(isNarrow(NARROW_MAX_WIDTH)).toBe(true);
    expect(fitPadding(NARROW_MAX_WIDTH).left).toBe(8);
    expect(fitPadding(NARROW_MAX_WIDTH + 1).left).toBeGreaterThan(200);
  });
});
