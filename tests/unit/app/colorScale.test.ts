// The colour scales, and the schemes drawn as d3 draws them (d3 is only a test dependency).
import { scaleDiverging, scaleSequential } from "d3-scale";
import * as d3 from "d3-scale-chromatic";
import { describe, expect, it } from "vitest";
import { colorScale, NO_DATA_COLOR } from "../../../src/scales/colorScale.ts";
import { interpolateRdBu, interpolateYlGnBu } from "../../../src/scales/schemes.ts";

describe("colorScale", () => {
  it("spans the values shown in the sequential scheme", () => {
    const s = colorScale([2.4, 3.1, null, 4.0], "sequential");
    expect(s.domain).toEqual([2.4, 4.0]);
    expect(s.color(2.4)).not.toBe(s.color(4.0));
    expect(s.color(1)).toBe(s.color(2.4)); // clamped below the domain
  });
  it("is symmetric around the national figure in the diverging scheme", () => {
    const s = colorScale([2.4, 3.1, 4.0], "diverging", 3.0);
    expect(s.domain[0]).toBeCloseTo(2.0, 10);
    expect(s.domain[1]).toBe(3.0);
    expect(s.domain[2]).toBeCloseTo(4.0, 10);
  });
  it("gives no-data grey to null, undefined and NaN, and never to a value", () => {
    const s = colorScale([1, 5], "sequential");
    expect([s.color(null), s.color(undefined), s.color(Number.NaN)]).toEqual([
      NO_DATA_COLOR,
      NO_DATA_COLOR,
      NO_DATA_COLOR,
    ]);
    for (let v = 1; v <= 5; v += 0.5) expect(s.color(v)).not.toBe(NO_DATA_COLOR);
  });
  it("still works with no values or all values equal", () => {
    expect(colorScale([], "sequential").domain).toEqual([0, 1]);
    expect(colorScale([3, 3], "sequential").domain).toEqual([2.5, 3.5]);
    expect(colorScale([3, 3], "diverging", 3).domain).toEqual([2.5, 3, 3.5]);
  });
  it("gives nine gradient stops from the first to the last domain value", () => {
    const s = colorScale([2, 4], "sequential");
    expect(s.stops).toHaveLength(9);
    expect(s.stops[0]?.value).toBe(2);
    expect(s.stops[8]?.value).toBe(4);
  });
});

describe("the schemes, drawn without d3", () => {
  const values = Array.from({ length: 201 }, (_, i) => -0.25 + i / 133.3);
  it("give the very colours d3-scale-chromatic gives, at every t and beyond both ends", () => {
    for (const t of [...values, 0, 0.5, 1])
      expect([interpolateYlGnBu(t), interpolateRdBu(t)], String(t)).toEqual([
        d3.interpolateYlGnBu(t),
        d3.interpolateRdBu(t),
      ]);
  });
  it("map values as d3-scale's clamped sequential and diverging scales do", () => {
    const present = [2.37, 3.1, 4.02];
    const sequential = colorScale(present, "sequential");
    const diverging = colorScale(present, "diverging", 3.05);
    const d3Sequential = scaleSequential((t) => d3.interpolateYlGnBu(0.15 + 0.85 * t))
      .domain(sequential.domain as [number, number])
      .clamp(true);
    const d3Diverging = scaleDiverging(d3.interpolateRdBu)
      .domain(diverging.domain as [number, number, number])
      .clamp(true);
    for (let v = 1.5; v <= 5; v += 0.013) {
      expect(sequential.color(v), String(v)).toBe(d3Sequential(v));
      expect(diverging.color(v), String(v)).toBe(d3Diverging(v));
    }
  });
});
