// Topology checks on hand-made shapes: crossings, collapsed rings, winding, and their repairs.

import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { dropZeroAreaRings, removeOverlapVertices } from "../../../geo/repair.ts";
import { arcCrossings, wronglyWound, zeroAreaRings } from "../../../geo/validity.ts";
import { rewind, rewindForD3 } from "../../../geo/winding.ts";

const polygon = (...rings: number[][][]): GeoJSON.Polygon => ({
  type: "Polygon",
  coordinates: rings,
});
const topo = (...polygons: GeoJSON.Polygon[]): Topology =>
  topology({
    shapes: {
      type: "FeatureCollection",
      features: polygons.map((geometry, i) => ({
        type: "Feature",
        id: String(i),
        properties: {},
        geometry,
      })),
    },
  } as never) as Topology;

//   (0,2)+-----+(2,2)
//        |  ×  |      a bow tie: the ring crosses itself at ×
//   (0,0)+-----+(2,0)
const bowTie = polygon([
  [0, 0],
  [2, 2],
  [2, 0],
  [0, 2],
  [0, 0],
]);
const square = (x: number, y: number, s = 1) =>
  polygon([
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ]);

describe("arcCrossings", () => {
  it("finds a ring that crosses itself", () => {
    expect(arcCrossings(topo(bowTie))).toHaveLength(1);
  });
  it("finds nothing where neighbours only share their border", () => {
    expect(arcCrossings(topo(square(0, 0), square(1, 0), square(0, 1)))).toEqual([]);
  });
  it("finds two islands of one place that overlap", () => {
    expect(arcCrossings(topo(square(0, 0, 2), square(1, 1, 2))).length).toBeGreaterThan(0);
  });
});

describe("zero-area rings", () => {
  //   a ring folded onto a line: (0,0) → (2,0) → (1,0) → (0,0)
  const flat = polygon([
    [0, 0],
    [2, 0],
    [1, 0],
    [0, 0],
  ]);
  it("are found, and dropped with the arcs only they used", () => {
    const t = topo(square(5, 5), flat);
    expect(zeroAreaRings(t)).toHaveLength(1);
    const repaired = dropZeroAreaRings(t);
    expect(zeroAreaRings(repaired)).toEqual([]);
    expect(repaired.arcs.length).toBeLessThan(t.arcs.length);
  });
});

describe("removeOverlapVertices", () => {
  //   a sliver vertex folded back onto the previous segment: (4,0) lies on (0,0)–(6,0)
  it("takes out the vertex that makes a segment double back, and leaves the rest", () => {
    const t = quantize(
      topo(
        polygon([
          [0, 0],
          [6, 0],
          [4, 0],
          [6, 3],
          [0, 3],
          [0, 0],
        ]),
      ) as never,
      1e4,
    ) as Topology;
    expect(arcCrossings(t).length).toBeGreaterThan(0);
    const { topology: fixed, left } = removeOverlapVertices(t);
    expect(left).toEqual([]);
    expect(arcCrossings(fixed)).toEqual([]);
  });
});

describe("winding", () => {
  const clockwise = polygon([
    [0, 0],
    [0, 1],
    [1, 1],
    [1, 0],
    [0, 0],
  ]);
  it("makes exteriors anticlockwise and holes clockwise, as RFC 7946 says", () => {
    const withHole = polygon(clockwise.coordinates[0] as number[][], [
      [0.2, 0.2],
      [0.8, 0.2],
      [0.8, 0.8],
      [0.2, 0.8],
      [0.2, 0.2],
    ]);
    const t = topo(rewind(withHole));
    expect(wronglyWound(t)).toEqual([]);
    expect(wronglyWound(topo(withHole)).length).toBe(2);
  });
  it("winds the other way for d3-geo", () => {
    const d3 = rewindForD3(rewind(clockwise));
    expect(d3.coordinates[0]).toEqual(clockwise.coordinates[0]);
  });
});
