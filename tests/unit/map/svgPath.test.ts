// Path data for GeoJSON through a projection, and what of it a clip box leaves out.
import { describe, expect, it } from "vitest";
import { svgPath } from "../../../src/map/svgPath.ts";

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
