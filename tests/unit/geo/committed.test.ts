// Checks of the committed atlas, and a golden rebuild from the source snapshot.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { geoArea } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { snapshotInputFiles } from "../../../geo/inputs.ts";
import { buildOutputs, snapshotPlan } from "../../../geo/outputs.ts";
import { arcCrossings, wronglyWound, zeroAreaRings } from "../../../geo/validity.ts";
import { rewindForD3 } from "../../../geo/winding.ts";

const dataDir = fileURLToPath(new URL("../../../public/data/", import.meta.url));
const snapshot = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));
const read = (file: string) => readFileSync(dataDir + file, "utf8");

type Geometry = Polygon<Record<string, unknown>> | MultiPolygon<Record<string, unknown>>;
const geometries = (t: Topology, key: string) =>
  (t.objects[key] as GeometryCollection).geometries as Geometry[];

describe.each(["finland-2025.topo.json", "finland-2025-detailed.topo.json"])(
  "committed %s",
  (file) => {
    const t: Topology = JSON.parse(read(file));
    it("has 308 municipalities, 22 counties, 45 employment areas and Åland apart", () => {
      expect(geometries(t, "municipalities")).toHaveLength(308);
      expect(geometries(t, "counties")).toHaveLength(22);
      expect(geometries(t, "employmentAreas")).toHaveLength(45);
      expect(geometries(t, "outside").map((g) => g.id)).toEqual(["outside"]);
      expect(geometries(t, "counties").map((g) => g.id)).not.toContain("91");
      expect(geometries(t, "employmentAreas").map((g) => g.id)).not.toContain("46");
    });
    it("has the 19 regions (maakunta), Åland's (21) included, each labelled", () => {
      expect(geometries(t, "maakunnat")).toHaveLength(19);
      expect(geometries(t, "maakunnat").map((g) => g.id)).toContain("21");
      for (const key of [
        "municipalities",
        "counties",
        "employmentAreas",
        "maakunnat",
        "seutukunnat",
        "outside",
      ])
        for (const g of geometries(t, key)) {
          expect(g.properties?.label_x, `${key} ${g.id}`).toBeGreaterThan(19);
          expect(g.properties?.label_y, `${key} ${g.id}`).toBeGreaterThan(59);
        }
    });
    it("has the 69 sub-regions (seutukunta), Åland's three included, named in three languages", () => {
      const subRegions = geometries(t, "seutukunnat");
      expect(subRegions).toHaveLength(69);
      expect(subRegions.map((g) => g.id)).toEqual(expect.arrayContaining(["011", "211", "213"]));
      for (const g of subRegions) {
        expect(g.id).toMatch(/^\d{3}$/);
        for (const key of ["name_fi", "name_sv", "name_en"])
          expect(g.properties?.[key], `${g.id} ${key}`).toMatch(/\S/);
      }
      const helsinki = subRegions.find((g) => g.id === "011");
      expect([helsinki?.properties?.name_fi, helsinki?.properties?.name_sv]).toEqual([
        "Helsinki",
        "Helsingfors",
      ]);
    });
    it("puts every municipality in exactly one sub-region, and each sub-region within one region (maakunta)", () => {
      const codes = new Set(geometries(t, "seutukunnat").map((g) => g.id));
      const maakunnat = new Map<string, Set<unknown>>();
      for (const g of geometries(t, "municipalities")) {
        const own = String(g.properties?.seutukunta);
        expect(codes.has(own), `${g.id} in ${own}`).toBe(true);
        maakunnat.set(own, (maakunnat.get(own) ?? new Set()).add(g.properties?.maakunta));
      }
      expect(new Set(maakunnat.keys())).toEqual(codes);
      for (const [code, within] of maakunnat) expect(within.size, code).toBe(1);
      // Kuopio (297) is in the Kuopio sub-region (112), Helsinki (091) in Helsinki's (011).
      const of = (m: string) =>
        geometries(t, "municipalities").find((g) => g.id === m)?.properties?.seutukunta;
      expect([of("297"), of("091")]).toEqual(["112", "011"]);
    });
    it("gives every municipality both codes, a population, an area and no empty geometry", () => {
      for (const g of geometries(t, "municipalities")) {
        expect(g.id).toMatch(/^\d{3}$/);
        expect(g.properties?.county).toMatch(/^\d{2}$/);
        expect(g.properties?.employment_area).toMatch(/^\d{2}$/);
        expect(g.properties?.maakunta).toMatch(/^\d{2}$/);
        expect(g.properties?.seutukunta).toMatch(/^\d{3}$/);
        expect(g.properties?.population).toBeGreaterThan(0);
        expect(g.properties?.land_km2).toBeGreaterThan(0);
        expect(g.properties?.inland_water_km2).toBeGreaterThanOrEqual(0);
        expect(g.properties?.sea_km2).toBeGreaterThanOrEqual(0);
        expect(g.type).toBe("MultiPolygon");
        expect(g.arcs.length).toBeGreaterThan(0);
      }
    });
    it("shares arcs with no gap or overlap: an arc bounds at most two municipalities, in opposite directions", () => {
      const uses = new Map<number, number[]>();
      for (const g of geometries(t, "municipalities"))
        for (const ring of (g as MultiPolygon).arcs.flat())
          for (const i of ring) {
            const arc = i < 0 ? ~i : i;
            uses.set(arc, [...(uses.get(arc) ?? []), i < 0 ? -1 : 1]);
          }
      for (const [, signs] of uses) {
        expect(signs.length).toBeLessThanOrEqual(2);
        if (signs.length === 2) expect((signs[0] ?? 0) + (signs[1] ?? 0)).toBe(0);
      }
      // No arc in the file is unused: counties and employment areas add none of their own.
      expect(uses.size).toBe(t.arcs.length);
    });
    it("credits its sources in the meta block", () => {
      const meta = (t as unknown as { meta: { licence: string; attribution: { fi: string } } })
        .meta;
      expect(meta.licence).toBe("CC BY 4.0");
      expect(meta.attribution.fi).toMatch(/Tilastokeskus/);
    });
  },
);

describe("committed finland-2025-first.topo.json (the first view)", () => {
  const first: Topology = JSON.parse(read("finland-2025-first.topo.json"));
  const full: Topology = JSON.parse(read("finland-2025.topo.json"));
  /** Rings from their least vertex on: the first view's arcs are built again and may start elsewhere. */
  const shapes = (t: Topology, key: string) =>
    (feature(t, t.objects[key] as GeometryCollection) as GeoJSON.FeatureCollection).features.map(
      (f) => {
        const g = f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
        const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
        const ring = (r: GeoJSON.Position[]) => {
          const open = r.slice(0, -1).map((p) => `${p[0]},${p[1]}`);
          const least = open.indexOf([...open].sort()[0] ?? "");
          return [...open.slice(least), ...open.slice(0, least)];
        };
        return { id: f.id, properties: f.properties, rings: polygons.map((p) => p.map(ring)) };
      },
    );
  it("draws the default file's counties, employment areas and Åland, with their properties, in fewer vertices", () => {
    for (const key of ["counties", "employmentAreas", "outside"]) {
      const mine = shapes(first, key);
      const theirs = shapes(full, key);
      expect(
        mine.map((s) => [s.id, s.properties]),
        key,
      ).toEqual(theirs.map((s) => [s.id, s.properties]));
      const vertices = (list: typeof mine) =>
        list.reduce((n, s) => n + s.rings.flat().reduce((m, r) => m + r.length, 0), 0);
      expect(vertices(mine), key).toBeLessThan(vertices(theirs));
    }
  });
  it("has the crossing segments on its own county borders, in the 5 areas that cross", () => {
    const points = (lines: GeoJSON.MultiLineString) =>
      new Set(lines.coordinates.flatMap((line) => line.map((p) => `${p[0]},${p[1]}`)));
    const counties = points(
      mesh(first, first.objects.counties as GeometryCollection, (a, b) => a !== b),
    );
    const crossing = points(mesh(first, first.objects.crossings as GeometryCollection));
    expect(crossing.size).toBeGreaterThan(10);
    expect([...crossing].filter((p) => !counties.has(p))).toEqual([]);
    expect((first.objects.crossings as GeometryCollection).geometries.map((g) => g.id)).toEqual([
      "06",
      "10",
      "11",
      "13",
      "38",
    ]);
  });
  it("knows every region of every level, with its names and label point, but draws only the first view's", () => {
    for (const key of ["municipalities", "maakunnat", "seutukunnat"]) {
      const mine = geometries(first, key);
      const theirs = geometries(full, key);
      expect(mine.map((g) => g.id)).toEqual(theirs.map((g) => g.id));
      expect(mine.every((g) => g.type === null)).toBe(true);
      for (const [i, g] of mine.entries()) {
        const { inland_water_km2, sea_km2, ...used } = theirs[i]?.properties ?? {};
        // A translated name equal to the Finnish one is left out: the app reads the Finnish then.
        for (const k of ["name_sv", "name_en"])
          if (used[k] === used.name_fi && !(k in (g.properties ?? {}))) delete used[k];
        expect(g.properties, `${key} ${g.id}`).toEqual(used);
      }
    }
  });
  it("is smaller than the default file by the geometry it leaves out", () => {
    expect(read("finland-2025-first.topo.json").length).toBeLessThan(
      0.7 * read("finland-2025.topo.json").length,
    );
  });
});

describe.each([
  "finland-2025.topo.json",
  "finland-2025-first.topo.json",
  "finland-2025-detailed.topo.json",
  "neighbours.topo.json",
  "neighbours-first.topo.json",
])("the geometry of committed %s", (file) => {
  const t: Topology = JSON.parse(read(file));
  it("has no ring of zero area", () => {
    expect(zeroAreaRings(t)).toEqual([]);
  });
  it("has no line that crosses or touches another anywhere but at shared ends", () => {
    expect(arcCrossings(t)).toEqual([]);
  });
  it("winds rings as RFC 7946 says: exteriors anticlockwise, holes clockwise", () => {
    expect(wronglyWound(t)).toEqual([]);
  });
});

describe("the municipalities on the sphere (d3-geo, rings rewound as it expects)", () => {
  const t: Topology = JSON.parse(read("finland-2025.topo.json"));
  const municipalities = feature(t, t.objects.municipalities as GeometryCollection)
    .features as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>[];
  const km2 = (f: (typeof municipalities)[number]) =>
    geoArea(rewindForD3(f.geometry)) * 6371.0088 ** 2;
  it("each measures its own area, never the rest of the globe", () => {
    for (const f of municipalities) expect(km2(f), String(f.id)).toBeLessThan(20_000);
  });
  it("add up to the National Land Survey's land and inland water within 3 %", () => {
    const drawn = municipalities.reduce((sum, f) => sum + km2(f), 0);
    const official = municipalities.reduce(
      (sum, f) => sum + Number(f.properties?.land_km2) + Number(f.properties?.inland_water_km2),
      0,
    );
    expect(Math.abs(drawn / official - 1)).toBeLessThan(0.03);
  });
});

describe("golden rebuild", () => {
  const hasSnapshot = existsSync(snapshot + snapshotInputFiles().boundaries);
  it.skipIf(!hasSnapshot)(
    "rebuilding from shared/data reproduces the committed files byte for byte",
    () => {
      const outputs = buildOutputs(snapshotPlan(snapshot));
      expect([...outputs.keys()]).toHaveLength(6);
      for (const [file, text] of outputs) expect(text === read(file), file).toBe(true);
    },
    // About 6 s alone; two builds of every object beside the rest of the suite on a shared,
    // loaded 2-core machine took 89 s.
    180_000,
  );
  if (!hasSnapshot)
    // Named as geo/README.md names it, never as an absolute path of this machine.
    console.warn(
      "golden rebuild skipped: no source snapshot in ../shared/data (see geo/README.md)",
    );
});
