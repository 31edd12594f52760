import { describe, expect, it } from "vitest";
import { areaKm2 } from "../../../geo/area.ts";

/** A longitude/latitude box with its edges densified, so straight projected edges follow the graticule. */
function box(x0: number, y0: number, x1: number, y1: number): GeoJSON.Polygon {
  const n = 200;
  const ring: GeoJSON.Position[] = [];
  for (let i = 0; i < n; i++) ring.push([x0 + ((x1 - x0) * i) / n, y0]);
  for (let i = 0; i < n; i++) ring.push([x1, y0 + ((y1 - y0) * i) / n]);
  for (let i = 0; i < n; i++) ring.push([x1 - ((x1 - x0) * i) / n, y1]);
  for (let i = 0; i < n; i++) ring.push([x0, y1 - ((y1 - y0) * i) / n]);
  ring.push([x0, y0]);
  return { type: "Polygon", coordinates: [ring] };
}

describe("areaKm2", () => {
  it("measures a one-degree cell at 60–61°N within 0.5 % of its ellipsoidal area", () => {
    // GRS80 area of the cell 24–25°E, 60–61°N: about 6 102 km².
    expect(areaKm2(box(24, 60, 25, 61))).toBeGreaterThan(6102 * 0.995);
    expect(areaKm2(box(24, 60, 25, 61))).toBeLessThan(6102 * 1.005);
  });
  it("gives a cell in Lapland its true, smaller area, not a web-Mercator one", () => {
    expect(areaKm2(box(24, 68, 25, 69))).toBeLessThan(areaKm2(box(24, 60, 25, 61)) * 0.8);
  });
  it("subtracts holes", () => {
    const outer = box(24, 60, 25, 61).coordinates[0] as GeoJSON.Position[];
    const hole = box(24.25, 60.25, 24.75, 60.75).coordinates[0] as GeoJSON.Position[];
    const withHole = areaKm2({ type: "Polygon", coordinates: [outer, hole] });
    expect(withHole).toBeCloseTo(
      areaKm2(box(24, 60, 25, 61)) - areaKm2(box(24.25, 60.25, 24.75, 60.75)),
      3,
    );
  });
  it("adds the parts of a multipolygon, whatever their winding", () => {
    const a = box(24, 60, 24.5, 60.5);
    const reversed = {
      ...a,
      coordinates: [[...(a.coordinates[0] as GeoJSON.Position[])].reverse()],
    };
    expect(areaKm2(reversed)).toBeCloseTo(areaKm2(a), 6);
    expect(
      areaKm2({
        type: "MultiPolygon",
        coordinates: [a.coordinates, box(26, 60, 26.5, 60.5).coordinates],
      }),
    ).toBeCloseTo(areaKm2(a) + areaKm2(box(26, 60, 26.5, 60.5)), 6);
  });
});
