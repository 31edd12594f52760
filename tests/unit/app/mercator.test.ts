import { describe, expect, it } from "vitest";
import { fitBounds, mercator, panBy, zoomAround } from "../../../src/map/mercator.ts";

describe("mercator", () => {
  it("puts the null island at the centre of the world and north up", () => {
    expect(mercator(0, 0)).toEqual([0.5, 0.5]);
    expect(mercator(180, 0)[0]).toBe(1);
    expect(mercator(0, 60)[1]).toBeLessThan(0.5);
  });
});

describe("fitBounds", () => {
  const bounds: [[number, number], [number, number]] = [
    [19, 59],
    [32, 71],
  ];
  const pad = { top: 10, right: 20, bottom: 30, left: 40 };
  it("fits the bounds inside the padded area, touching it on the limiting side", () => {
    const v = fitBounds(bounds, 800, 600, pad);
    const [x0, y1] = v.project(19, 59);
    const [x1, y0] = v.project(32, 71);
    expect(x0).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(x1).toBeLessThanOrEqual(780 + 1e-9);
    expect(y0).toBeCloseTo(10, 6);
    expect(y1).toBeCloseTo(570, 6);
    expect((x0 + x1) / 2).toBeCloseTo(40 + 740 / 2, 6);
  });
  it("gives MapLibre's zoom: a degree of longitude is 512 × 2^zoom / 360 pixels", () => {
    const v = fitBounds(bounds, 800, 600, pad);
    expect(v.project(21, 60)[0] - v.project(20, 60)[0]).toBeCloseTo((512 * 2 ** v.zoom) / 360, 6);
  });
  it("unprojects every pixel back to where it came from", () => {
    const v = fitBounds(bounds, 800, 600, pad);
    const [lng, lat] = v.unproject(...v.project(24.94, 60.17));
    expect(lng).toBeCloseTo(24.94, 9);
    expect(lat).toBeCloseTo(60.17, 9);
  });
  it("zooms around a point, keeping it under the pointer", () => {
    const v = fitBounds(bounds, 800, 600, pad);
    const at = v.project(24.94, 60.17);
    const zoomed = zoomAround(v, 1.5, ...at);
    expect(zoomed.zoom).toBeCloseTo(v.zoom + 1.5, 9);
    const [x, y] = zoomed.project(24.94, 60.17);
    expect(x).toBeCloseTo(at[0], 6);
    expect(y).toBeCloseTo(at[1], 6);
  });
  it("pans by pixels", () => {
    const v = fitBounds(bounds, 800, 600, pad);
    const moved = panBy(v, 100, -50);
    const [x, y] = moved.project(...v.unproject(500, 250));
    expect(x).toBeCloseTo(400, 6);
    expect(y).toBeCloseTo(300, 6);
  });
  it("survives a container smaller than its padding", () => {
    expect(Number.isFinite(fitBounds(bounds, 10, 10, pad).zoom)).toBe(true);
  });
});

import { regionIndex } from "../../../src/map/regionAt.ts";

describe("regionIndex", () => {
  const square = (code: string, x: number, hole = false) => ({
    type: "Feature" as const,
    properties: { code },
    geometry: {
      type: "Polygon" as const,
      coordinates: [
        [
          [x, 0],
          [x + 10, 0],
          [x + 10, 10],
          [x, 10],
          [x, 0],
        ],
        ...(hole
          ? [
              [
                [x + 4, 4],
                [x + 6, 4],
                [x + 6, 6],
                [x + 4, 6],
                [x + 4, 4],
              ],
            ]
          : []),
      ],
    },
  });
  const index = regionIndex({
    type: "FeatureCollection",
    features: [square("a", 0, true), square("b", 10)],
  });
  it("finds the region containing a point", () => {
    expect(index.at(2, 2)).toBe("a");
    expect(index.at(15, 5)).toBe("b");
  });
  it("finds nothing outside every region, or in a hole", () => {
    expect(index.at(25, 5)).toBeNull();
    expect(index.at(5, 5)).toBeNull();
  });
});
