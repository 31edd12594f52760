// Small hand-made atlases for the app's unit tests, and the committed real one.
//
//    +-----+-----+-----+-----+      counties:         X = {a, b, e, f}   Y = {c, d, g, h}
//    |  a  |  b  |  c  |  d  |      employment areas: 1 = {a, e}   inside X
//    +-----+-----+-----+-----+                        2 = {b, c}   split across X and Y
//    |  e  |  f  |  g  |  h  |                        3 = {f}      touches Y's border at f|g only
//    +-----+-----+-----+-----+                        4 = {d, g, h} inside Y
import { readFileSync } from "node:fs";
import { topology } from "topojson-server";
import type { Topology } from "topojson-specification";
import { type Atlas, atlasFromTopology } from "../../../src/data/atlas.ts";
import { regionTypesOf } from "../../../src/data/regionTypes.ts";

const cells: [string, number, number, string, string, number, number][] = [
  // code, col, row, county, area, land_km2, population
  ["a", 0, 1, "X", "1", 100, 1000],
  ["b", 1, 1, "X", "2", 100, 1000],
  ["c", 2, 1, "Y", "2", 300, 3000],
  ["d", 3, 1, "Y", "4", 100, 1000],
  ["e", 0, 0, "X", "1", 100, 1000],
  ["f", 1, 0, "X", "3", 100, 1000],
  ["g", 2, 0, "Y", "4", 100, 1000],
  ["h", 3, 0, "Y", "4", 100, 1000],
];

function square(col: number, row: number): GeoJSON.Polygon {
  const [x, y] = [24 + col, 60 + row];
  return {
    type: "Polygon",
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  };
}

function region(code: string, members: string[]) {
  return {
    type: "Feature" as const,
    id: code,
    properties: { name_fi: `Alue ${code}`, name_sv: `Område ${code}`, name_en: `Area ${code}` },
    geometry: {
      type: "MultiPolygon" as const,
      coordinates: cells
        .filter((c) => members.includes(c[0]))
        .map((c) => square(c[1], c[2]).coordinates),
    },
  };
}

/** The eight squares as an atlas topology (regions not merged: only their ids and names matter here). */
export function squaresTopology(): Topology {
  const municipalities = cells.map(([code, col, row, county, area, km2, population]) => ({
    type: "Feature" as const,
    id: code,
    properties: {
      name_fi: `Kunta ${code}`,
      name_sv: `Kommun ${code}`,
      county,
      employment_area: area,
      maakunta: county === "X" ? "M1" : "M2",
      population,
      land_km2: km2,
      label_x: 24.5 + col,
      label_y: 60.5 + row,
    },
    geometry: square(col, row),
  }));
  const fc = (features: object[]) =>
    ({ type: "FeatureCollection", features }) as GeoJSON.FeatureCollection;
  return topology({
    municipalities: fc(municipalities),
    counties: fc([region("X", ["a", "b", "e", "f"]), region("Y", ["c", "d", "g", "h"])]),
    employmentAreas: fc([
      region("1", ["a", "e"]),
      region("2", ["b", "c"]),
      region("3", ["f"]),
      region("4", ["d", "g", "h"]),
    ]),
  });
}

export function squaresAtlas(): Atlas {
  return atlasFromTopology(squaresTopology());
}

/** The committed default atlas. */
export function realAtlas(): Atlas {
  const text = readFileSync(
    new URL("../../../public/data/finland-2025.topo.json", import.meta.url),
    "utf8",
  );
  return atlasFromTopology(JSON.parse(text));
}

/** The region types of the geo build (hospital districts, sub-regions…) and Sotkanet's ids, as committed. */
export function realRegionTypes() {
  const value = JSON.parse(
    readFileSync(new URL("../../../public/data/region-types-2025.json", import.meta.url), "utf8"),
  );
  const types = regionTypesOf(value);
  if (!types) throw new Error("region-types-2025.json is no region-types file");
  return types;
}
