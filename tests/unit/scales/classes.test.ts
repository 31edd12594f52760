// Colour classes and palettes: where a classed scale breaks, and which colours it gives.
import { describe, expect, it } from "vitest";
import { ckmeans } from "../../../src/scales/ckmeans.ts";
import { classBreaks, classOf, parseBreaks } from "../../../src/scales/classes.ts";
import { colorScale, NO_DATA_COLOR } from "../../../src/scales/colorScale.ts";
import { PALETTES, paletteFor } from "../../../src/scales/palettes.ts";

const of = (
  method: "quantile" | "equal" | "jenks" | "custom",
  count: number,
  breaks: number[] = [],
) => ({
  method,
  count,
  breaks,
});

describe("ckmeans", () => {
  it("finds the natural groups of values", () => {
    expect(ckmeans([-1, -1, -1, -1, 2, 2, 2, 4, 5, 6], 3)).toEqual([
      [-1, -1, -1, -1],
      [2, 2, 2],
      [4, 5, 6],
    ]);
  });
  it("gives no more groups than there are distinct values, and none for no values", () => {
    expect(ckmeans([1, 1, 2], 5)).toEqual([[1, 1], [2]]);
    expect(ckmeans([], 3)).toEqual([]);
  });
  it("puts a lone outlier in a group of its own", () => {
    expect(ckmeans([1, 2, 3, 4, 100], 2)).toEqual([[1, 2, 3, 4], [100]]);
  });
});

describe("classBreaks", () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null];
  it("continuous has no classes", () => {
    expect(classBreaks(values, { method: "continuous", count: 5, breaks: [] })).toBeNull();
  });
  it("quantiles put as many regions in each class", () => {
    const breaks = classBreaks(values, of("quantile", 2)) ?? [];
    expect(breaks).toEqual([5.5]);
    expect(values.filter((v) => v !== null && classOf(v, breaks) === 0)).toHaveLength(5);
  });
  it("equal intervals split the range evenly", () => {
    expect(classBreaks([0, 10], of("equal", 4))).toEqual([2.5, 5, 7.5]);
  });
  it("natural breaks start each class at a group's least value", () => {
    expect(classBreaks([1, 2, 3, 50, 51, 52, 100], of("jenks", 3))).toEqual([50, 100]);
  });
  it("custom breaks are the author's, sorted", () => {
    expect(classBreaks(values, of("custom", 0, [7, 3]))).toEqual([3, 7]);
  });
  it("many equal values merge their quantiles: fewer classes rather than empty ones", () => {
    expect(classBreaks([1, 1, 1, 1, 1, 1, 1, 2], of("quantile", 4))).toEqual([]);
  });
  it("no values, no classes; the count is held to 2–9", () => {
    expect(classBreaks([null], of("quantile", 4))).toBeNull();
    expect(classBreaks([0, 100], of("equal", 40))).toHaveLength(8);
  });
});

describe("a classed colour scale", () => {
  it("gives each class one colour, light to dark, and counts its regions", () => {
    const scale = colorScale([1, 2, 3, 4, null], "sequential", null, null, {
      palette: "viridis",
      classing: of("quantile", 2),
    });
    expect(scale.classes?.map((c) => [c.from, c.to, c.count])).toEqual([
      [1, 2.5, 2],
      [2.5, 4, 2],
    ]);
    expect(scale.color(1)).toBe(scale.color(2));
    expect(scale.color(1)).not.toBe(scale.color(4));
    expect(scale.color(4)).toBe(PALETTES.viridis.at(1));
    expect(scale.color(null)).toBe(NO_DATA_COLOR);
  });
  it("diverging: a class around the centre takes the neutral colour", () => {
    const scale = colorScale([-10, -1, 1, 10], "diverging", 0, null, {
      palette: "puor",
      classing: of("custom", 0, [-5, 5]),
    });
    expect(scale.color(0)).toBe(PALETTES.puor.at(0.5));
  });
  it("continuous keeps the gradient and lists no classes", () => {
    const scale = colorScale([1, 2], "sequential", null, null, {
      palette: null,
      classing: { method: "continuous", count: 5, breaks: [] },
    });
    expect(scale.classes).toBeNull();
    expect(scale.color(2)).toBe(PALETTES.ylgnbu.at(1));
  });
});

describe("palettes", () => {
  it("a palette of the other scheme gives way to the scheme's own", () => {
    expect(paletteFor("diverging", "viridis").id).toBe("rdbu");
    expect(paletteFor("sequential", "cividis").id).toBe("cividis");
    expect(paletteFor("sequential", null).id).toBe("ylgnbu");
  });
  it("sequential palettes darken towards the highest value", () => {
    // "rgb(r, g, b)" or "#rrggbb", as the interpolators give them.
    const lightness = (color: string) => {
      const hex = /^#(..)(..)(..)$/.exec(color)?.slice(1);
      const m = hex
        ? hex.map((x) => Number.parseInt(x, 16))
        : (color.match(/\d+/g) ?? []).map(Number);
      return (m[0] ?? 0) + (m[1] ?? 0) + (m[2] ?? 0);
    };
    for (const p of Object.values(PALETTES).filter((x) => x.scheme === "sequential"))
      expect(lightness(p.at(0)), p.id).toBeGreaterThan(lightness(p.at(1)));
  });
});

describe("parseBreaks", () => {
  it("reads semicolons with decimal commas, or commas with decimal points", () => {
    expect(parseBreaks("20; 10,5; x")).toEqual([10.5, 20]);
    expect(parseBreaks("10.5, 20 30")).toEqual([10.5, 20, 30]);
    expect(parseBreaks("")).toEqual([]);
  });
});
