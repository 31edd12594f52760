import { feature, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { buildAtlas } from "../../../geo/atlas.ts";
import { joinMunicipalities } from "../../../geo/municipalities.ts";
import { serializeTopology } from "../../../geo/serialize.ts";
import { SQUARES_EXPECT, squaresInputs } from "./squares.ts";

function build(simplify = false): Topology {
  const inputs = squaresInputs();
  const names = {
    levels: inputs.classification.names,
    short: {
      county: {
        "01": { fi: "L", sv: "L sv", en: "L en" },
        "02": { fi: "I", sv: "I sv", en: "I en" },
      },
    },
    outside: { fi: "Ahvenanmaa", sv: "Åland", en: "Åland" },
  };
  return buildAtlas(joinMunicipalities(inputs, SQUARES_EXPECT), names, SQUARES_EXPECT, {
    quantization: 1e4,
    ...(simplify ? { simplify: { keep: 0.01, minIslandKm2: 1e6 } } : {}),
  });
}

const geometries = (t: Topology, key: string) =>
  (t.objects[key] as GeometryCollection).geometries as (
    | Polygon<Record<string, unknown>>
    | MultiPolygon<Record<string, unknown>>
  )[];

/** Arc indexes (unsigned) a geometry uses. */
function arcsOf(g: Polygon | MultiPolygon): Set<number> {
  const rings = g.type === "Polygon" ? g.arcs : g.arcs.flat();
  return new Set(rings.flat().map((i) => (i < 0 ? ~i : i)));
}

describe("buildAtlas", () => {
  it("writes one municipality per code, merging the pieces of merged municipalities", () => {
    const t = build();
    const codes = geometries(t, "municipalities").map((g) => g.id);
    expect(codes).toEqual(["001", "002", "003", "004", "005", "006", "900"]);
    const m006 = geometries(t, "municipalities")[5];
    // 006 and the former 007 become one polygon with one ring: the arc between them is gone.
    expect(m006?.type === "MultiPolygon" && m006.arcs.map((p) => p.length)).toEqual([1]);
    expect(m006?.properties).toEqual({
      name_fi: "Kunta 006",
      name_sv: "Kommun 006",
      county: "02",
      employment_area: "11",
      maakunta: "01",
      seutukunta: "012",
      population: 607,
      // 006 (55.25, 0.5) and the former 007 (56.25, 0.6), summed to two decimals.
      land_km2: 111.5,
      inland_water_km2: 1.1,
      sea_km2: 0,
    });
  });
  it("merges every level's regions from municipalities, leaving the outside region apart", () => {
    const t = build();
    expect(geometries(t, "counties").map((g) => g.id)).toEqual(["01", "02"]);
    expect(geometries(t, "employmentAreas").map((g) => g.id)).toEqual(["10", "11"]);
    expect(geometries(t, "outside").map((g) => g.id)).toEqual(["outside"]);
    // Regions (maakunta) and sub-regions keep Åland's: they are regions, though outside both reforms.
    expect(geometries(t, "maakunnat").map((g) => g.id)).toEqual(["01", "21"]);
    expect(geometries(t, "seutukunnat").map((g) => g.id)).toEqual(["011", "012", "211"]);
    expect(geometries(t, "seutukunnat")[1]?.properties).toEqual({
      name_fi: "Seutu kaksitoista",
      name_sv: "Seutu kaksitoista sv",
      name_en: "Seutu kaksitoista en",
    });
    expect(geometries(t, "counties")[0]?.properties).toEqual({
      name_fi: "Länsi",
      name_sv: "Länsi sv",
      name_en: "Länsi en",
      short_fi: "L",
      short_sv: "L sv",
      short_en: "L en",
    });
  });
  it("shares arcs: every county and employment-area arc is a municipality arc", () => {
    const t = build();
    const municipal = new Set(geometries(t, "municipalities").flatMap((g) => [...arcsOf(g)]));
    for (const key of ["counties", "employmentAreas", "maakunnat", "seutukunnat", "outside"])
      for (const g of geometries(t, key))
        for (const arc of arcsOf(g)) expect(municipal.has(arc)).toBe(true);
  });
  it("draws the county border once, as the arcs between municipalities of different counties", () => {
    const t = build();
    const border = mesh(
      t,
      t.objects.municipalities as GeometryCollection,
      (a, b) =>
        (a.properties as { county?: string })?.county !==
        (b.properties as { county?: string })?.county,
    );
    // The 01/02 border is the vertical line at 24.1°E from 60.0° to 60.2°.
    const xs = border.coordinates.flat().map((p) => Math.round((p[0] ?? 0) * 1e3) / 1e3);
    expect(new Set(xs)).toEqual(new Set([24.1]));
  });
  it("keeps every municipality, with its largest ring, under the heaviest simplification", () => {
    const t = build(true);
    expect(geometries(t, "municipalities")).toHaveLength(7);
    const aland = feature(t, geometries(t, "outside")[0] as Polygon);
    expect(aland.geometry).not.toBeNull();
  });
  it("is deterministic: two builds serialize to the same bytes", () => {
    expect(serializeTopology(build(), { a: 1 })).toBe(serializeTopology(build(), { a: 1 }));
  });
});
