import { describe, expect, it } from "vitest";
import { fitBounds, mercator, panBy, zoomAround } from "../../../src/map/mercator.ts";
import { svgPath } from "../../../src/map/svgPath.ts";

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

describe("svgPath", () => {
  const identity = (x: number, y: number): [number, number] => [x, y];
  it("closes rings and leaves lines open", () => {
    const square: GeoJSON.Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 0],
        ],
      ],
    };
    expect(svgPath(square, identity)).toBe("M0.0,0.0L10.0,0.0L10.0,10.0L0.0,0.0Z");
    expect(
      svgPath(
        {
          type: "LineString",
          coordinates: [
            [0, 0],
            [5, 5],
          ],
        },
        identity,
      ),
    ).toBe("M0.0,0.0L5.0,5.0");
  });
  it("skips points closer than the minimum step, but never a ring's last point", () => {
    const ring: GeoJSON.Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [0.1, 0],
          [10, 0],
          [10, 0.2],
          [0, 0],
        ],
      ],
    };
    expect(svgPath(ring, identity, 0.5)).toBe("M0.0,0.0L10.0,0.0L0.0,0.0Z");
  });
  const box = { left: 0, top: 0, right: 100, bottom: 100 };
  it("draws a line within the clip box exactly as without one", () => {
    const line: GeoJSON.LineString = {
      type: "LineString",
      coordinates: [
        [10, 10],
        [50, 20],
        [90, 90],
      ],
    };
    expect(svgPath(line, identity, 0.5, box)).toBe(svgPath(line, identity, 0.5));
  });
  it("keeps of a line only the runs of segments that meet the clip box, each its own subpath", () => {
    const line: GeoJSON.LineString = {
      type: "LineString",
      coordinates: [
        [-300, 50],
        [-200, 50],
        [50, 50],
        [300, 50],
        [400, 50],
        [400, 60],
        [50, 60],
        [-200, 60],
      ],
    };
    // In: (-200,50)→(50,50)→(300,50), out: the detour beyond x = 300, in: (400,60)→(50,60)→(-200,60).
    expect(svgPath(line, identity, 0.5, box)).toBe(
      "M-200.0,50.0L50.0,50.0L300.0,50.0M400.0,60.0L50.0,60.0L-200.0,60.0",
    );
  });
  it("ends each run of a clipped line on its last point, however close to the one before", () => {
    const line: GeoJSON.LineString = {
      type: "LineString",
      coordinates: [
        [10, 10],
        [50, 10],
        [50.2, 10],
        [300, 300],
        [400, 400],
      ],
    };
    // The segment to (300, 300) meets the box; the one beyond does not.
    expect(svgPath(line, identity, 0.5, box)).toBe("M10.0,10.0L50.0,10.0L300.0,300.0");
    const short: GeoJSON.LineString = {
      type: "LineString",
      coordinates: line.coordinates.slice(0, 3),
    };
    expect(svgPath(short, identity, 0.5, box)).toBe(svgPath(short, identity, 0.5));
    expect(svgPath(short, identity, 0.5, box)).toBe("M10.0,10.0L50.0,10.0L50.2,10.0");
  });
  it("keeps a segment that crosses the box though both its ends lie outside", () => {
    const line: GeoJSON.LineString = {
      type: "LineString",
      coordinates: [
        [-50, 50],
        [150, 50],
      ],
    };
    expect(svgPath(line, identity, 0.5, box)).toBe("M-50.0,50.0L150.0,50.0");
  });
  it("drops a line and a ring wholly outside the clip box, and keeps a ring that meets it whole", () => {
    const far: GeoJSON.MultiLineString = {
      type: "MultiLineString",
      coordinates: [
        [
          [200, 200],
          [300, 250],
        ],
      ],
    };
    expect(svgPath(far, identity, 0.5, box)).toBe("");
    const islands: GeoJSON.MultiPolygon = {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [-500, -500],
            [500, -500],
            [500, 50],
            [-500, -500],
          ],
        ],
        [
          [
            [200, 200],
            [210, 200],
            [210, 210],
            [200, 200],
          ],
        ],
      ],
    };
    expect(svgPath(islands, identity, 0.5, box)).toBe(
      "M-500.0,-500.0L500.0,-500.0L500.0,50.0L-500.0,-500.0Z",
    );
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
