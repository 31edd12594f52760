// The crossing segments and the first view's topology, on the squares of squares.ts.
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { buildAtlas } from "../../../geo/atlas.ts";
import { withCrossings } from "../../../geo/crossings.ts";
import { firstViewTopology } from "../../../geo/firstView.ts";
import { joinMunicipalities } from "../../../geo/municipalities.ts";
import { FIRST_VIEW } from "../../../geo/outputs.ts";
import { SQUARES_EXPECT, squaresInputs } from "./squares.ts";

function atlas(): Topology {
  const inputs = squaresInputs();
  const names = {
    levels: inputs.classification.names,
    short: {},
    outside: { fi: "Ahvenanmaa", sv: "Åland", en: "Åland" },
  };
  return withCrossings(
    buildAtlas(joinMunicipalities(inputs, SQUARES_EXPECT), names, SQUARES_EXPECT, {
      quantization: 1e4,
    }),
  );
}

const collection = (t: Topology, key: string) => t.objects[key] as GeometryCollection;
const rounded = (lines: GeoJSON.Position[][]) =>
  lines
    .map((line) =>
      line
        .map((p) => `${(p[0] ?? 0).toFixed(3)},${(p[1] ?? 0).toFixed(3)}`)
        .sort()
        .join(" "),
    )
    .sort();

/** A ring from its least vertex on: topology builders may start a ring anywhere along it. */
function fromLeast(ring: GeoJSON.Position[]): string[] {
  const open = ring.slice(0, -1).map((p) => `${p[0]},${p[1]}`);
  const least = open.indexOf([...open].sort()[0] ?? "");
  return [...open.slice(least), ...open.slice(0, least)];
}
const shapes = (t: Topology, key: string) =>
  (feature(t, collection(t, key)) as GeoJSON.FeatureCollection).features.map((f) => {
    const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    return { id: f.id, properties: f.properties, rings: polygons.map((p) => p.map(fromLeast)) };
  });

describe("withCrossings", () => {
  it("draws the county border inside employment area 10 and nothing else", () => {
    // Area 10 is {001, 004} of county 01 and {002, 005} of county 02: the line at 24.1°E.
    const t = atlas();
    expect(collection(t, "crossings").geometries.map((g) => g.id)).toEqual(["10"]);
    const lines = mesh(t, collection(t, "crossings")).coordinates;
    const xs = new Set(lines.flat().map((p) => (p[0] ?? 0).toFixed(3)));
    const ys = lines.flat().map((p) => p[1] ?? 0);
    expect(xs).toEqual(new Set(["24.100"]));
    expect([Math.min(...ys), Math.max(...ys)].map((y) => y.toFixed(3))).toEqual([
      "60.000",
      "60.200",
    ]);
  });
  it("leaves out the border between two employment areas, though it is a county border too", () => {
    // 002|003 is no county border (both 02); 001/002 is, inside area 10; 10/11 is only an area border.
    const t = atlas();
    const lines = mesh(t, collection(t, "crossings")).coordinates.flat();
    expect(lines.some((p) => (p[0] ?? 0) > 24.15)).toBe(false);
  });
});

describe("firstViewTopology", () => {
  it("keeps every vertex of the drawn objects where it was", () => {
    const full = atlas();
    const first = firstViewTopology(full, FIRST_VIEW);
    for (const key of ["counties", "employmentAreas", "outside"])
      expect(shapes(first, key)).toEqual(shapes(full, key));
    const crossings = (t: Topology) => rounded(mesh(t, collection(t, "crossings")).coordinates);
    expect(crossings(first)).toEqual(crossings(full));
  });
  it("keeps the other objects' ids and properties, with no geometry and without the unused ones", () => {
    const first = firstViewTopology(atlas(), FIRST_VIEW);
    const municipalities = collection(first, "municipalities").geometries;
    expect(municipalities.map((g) => g.id)).toEqual([
      "001",
      "002",
      "003",
      "004",
      "005",
      "006",
      "900",
    ]);
    expect(municipalities.every((g) => g.type === null)).toBe(true);
    expect(municipalities[0]?.properties).toEqual({
      name_fi: "Kunta 001",
      name_sv: "Kommun 001",
      county: "01",
      employment_area: "10",
      maakunta: "01",
      seutukunta: "011",
      population: 100,
      land_km2: 50.25,
    });
    expect(collection(first, "seutukunnat").geometries.map((g) => [g.id, g.type])).toEqual([
      ["011", null],
      ["012", null],
      ["211", null],
    ]);
  });
  it("joins arcs that only municipalities not drawn had cut: fewer arcs, and none unused", () => {
    const full = atlas();
    const first = firstViewTopology(full, FIRST_VIEW);
    expect(first.arcs.length).toBeLessThan(full.arcs.length);
    const used = new Set<number>();
    const visit = (arcs: unknown): void => {
      if (typeof arcs === "number") used.add(arcs < 0 ? ~arcs : arcs);
      else if (Array.isArray(arcs)) arcs.forEach(visit);
    };
    for (const key of Object.keys(first.objects))
      for (const g of collection(first, key).geometries) visit((g as { arcs?: unknown }).arcs);
    expect(used.size).toBe(first.arcs.length);
  });
  it("keeps the grid: the same transform and bounding box", () => {
    const full = atlas();
    const first = firstViewTopology(full, FIRST_VIEW);
    expect(first.transform).toEqual(full.transform);
    expect(first.bbox).toEqual(full.bbox);
  });
});
