import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { checkTopology } from "../../../src/map/topologyShape.ts";

//  A square of two arcs, one object "counties" holding it.
const square = () => ({
  type: "Topology",
  arcs: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
  objects: {
    counties: {
      type: "GeometryCollection",
      geometries: [{ type: "MultiPolygon", arcs: [[[0, 1]]], id: "01" }],
    },
  },
});

describe("checkTopology", () => {
  it("passes a topology with the objects asked for, which then converts to GeoJSON", () => {
    const topology = checkTopology(square(), ["counties"]) as Topology;
    const fc = feature(topology, topology.objects.counties as GeometryCollection);
    expect(fc.features).toHaveLength(1);
  });
  it("accepts reversed arc references (~i) that name existing arcs", () => {
    const t = square();
    (t.objects.counties.geometries[0] as { arcs: unknown }).arcs = [[[~1, ~0]]];
    expect(() => checkTopology(t, ["counties"])).not.toThrow();
  });
  it("names what is wrong with JSON of the wrong shape", () => {
    const cases: [unknown, RegExp][] = [
      [[], /Topology/],
      [{ type: "FeatureCollection", features: [] }, /Topology/],
      [{ ...square(), arcs: "x" }, /arcs/],
      [
        {
          ...square(),
          arcs: [
            [
              [0, 0],
              ["a", 1],
            ],
          ],
        },
        /arc/,
      ],
      [{ ...square(), objects: {} }, /"counties" is missing/],
      [{ ...square(), objects: { counties: { type: "GeometryCollection" } } }, /no geometries/],
      [{ ...square(), transform: { scale: [1] } }, /transform/],
    ];
    for (const [value, message] of cases)
      expect(() => checkTopology(value, ["counties"]), JSON.stringify(value)).toThrow(message);
  });
  it("refuses arc references that do not exist or are not integers, and unknown geometry types", () => {
    for (const arcs of [[[[0, 2]]], [[[0, ~2]]], [[[0.5]]], [[0, 1]], "x"]) {
      const t = square();
      (t.objects.counties.geometries[0] as { arcs: unknown }).arcs = arcs;
      expect(() => checkTopology(t, ["counties"]), JSON.stringify(arcs)).toThrow(/arcs/);
    }
    const t = square();
    (t.objects.counties.geometries[0] as { type: string }).type = "Sphere";
    expect(() => checkTopology(t, ["counties"])).toThrow(/type/);
  });
  it("refuses an object whose name is one of an object's prototype, asked for or not", () => {
    expect(() => checkTopology(square(), ["constructor"])).toThrow(/"constructor" is missing/);
  });
});
