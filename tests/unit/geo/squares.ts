// A tiny hand-made atlas input: unit squares near Helsinki, drawn below.
//
//   lat 60.2 +-----+-----+-----+        +-----+
//            | 001 | 002 | 003 |        | 900 |  Åland-like: county 91, area 46
//   lat 60.1 +-----+-----+-----+-----+  +-----+
//            | 004 | 005 | 006 | 007 |
//   lat 60.0 +-----+-----+-----+-----+
//          24.0  24.1  24.2  24.3  24.4  24.6  24.7
//
// 007 ceased and joined 006. Counties: 01 = {001, 004}, 02 = {002, 003, 005, 006}.
// Employment areas: 10 = {001, 002, 004, 005} (spans 01 and 02), 11 = {003, 006}.
// Regions (maakunta): 01 = the mainland, 21 = {900}. Sub-regions: 011 = {001, 002, 004, 005},
// 012 = {003, 006}, 211 = {900}.
import type { AtlasExpectations, AtlasInputs, MunicipalityClass } from "../../../geo/types.ts";

export function square(
  code: string,
  col: number,
  row: number,
): GeoJSON.Feature<GeoJSON.Polygon, { kunta: string }> {
  const x0 = 24 + col / 10;
  const y0 = 60 + row / 10;
  const [x1, y1] = [x0 + 0.1, y0 + 0.1].map((v) => Math.round(v * 1e5) / 1e5) as [number, number];
  return {
    type: "Feature",
    properties: { kunta: code },
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    },
  };
}

const klass = (
  code: string,
  county: string,
  employmentArea: string,
  seutukunta: string,
  maakunta = county === "91" ? "21" : "01",
): MunicipalityClass => ({
  code,
  name: { fi: `Kunta ${code}`, sv: `Kommun ${code}` },
  memberships: { county, employmentArea, maakunta, seutukunta },
});

export const SQUARES_EXPECT: AtlasExpectations = {
  municipalities: 7,
  regions: { county: 2, employmentArea: 2, maakunta: 2, seutukunta: 3 },
  outside: { county: "91", employmentArea: "46" },
};

export function squaresInputs(): AtlasInputs {
  const names = (fi: string) => ({ fi, sv: `${fi} sv`, en: `${fi} en` });
  return {
    boundaries: {
      type: "FeatureCollection",
      features: [
        square("001", 0, 1),
        square("002", 1, 1),
        square("003", 2, 1),
        square("004", 0, 0),
        square("005", 1, 0),
        square("006", 2, 0),
        square("007", 3, 0),
        square("900", 6, 1),
      ],
    },
    mergers: [{ from: "007", name: "", to: "006", date: "2025-01-01" }],
    classification: {
      municipalities: [
        klass("001", "01", "10", "011"),
        klass("002", "02", "10", "011"),
        klass("003", "02", "11", "012"),
        klass("004", "01", "10", "011"),
        klass("005", "02", "10", "011"),
        klass("006", "02", "11", "012"),
        klass("900", "91", "46", "211"),
      ],
      names: {
        county: new Map([
          ["01", names("Länsi")],
          ["02", names("Itä")],
          ["91", names("Ahvenanmaa")],
        ]),
        employmentArea: new Map([
          ["10", names("Alue kymmenen")],
          ["11", names("Alue yksitoista")],
          ["46", names("Ahvenanmaan alue")],
        ]),
        maakunta: new Map([
          ["01", names("Maakunta yksi")],
          ["21", names("Ahvenanmaa")],
        ]),
        seutukunta: new Map([
          ["011", names("Seutu yksitoista")],
          ["012", names("Seutu kaksitoista")],
          ["211", names("Ahvenanmaan seutu")],
        ]),
      },
    },
    population: new Map([
      ["001", 100],
      ["002", 200],
      ["003", 300],
      ["004", 400],
      ["005", 500],
      ["006", 600],
      ["007", 7],
      ["900", 900],
    ]),
    // Land areas as the National Land Survey publishes them; 007's are summed into 006.
    areas: new Map(
      ["001", "002", "003", "004", "005", "006", "007", "900"].map((code, i) => [
        code,
        { land: 50 + i + 0.25, inlandWater: i / 10, sea: code === "900" ? 12.5 : 0 },
      ]),
    ),
  };
}
