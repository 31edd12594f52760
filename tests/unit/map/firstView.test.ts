// The first view's topology in the app: the same atlas, the same borders, and shapes that load when a view needs them.
import { readFileSync } from "node:fs";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { appData } from "../../../src/appData.ts";
import { atlasFromTopology } from "../../../src/data/atlas.ts";
import { type MapGeometry, mapGeometry } from "../../../src/map/geometry.ts";
import { geometrySource } from "../../../src/map/geometrySource.ts";
import { hitTester } from "../../../src/map/hitTest.ts";

const read = (file: string): Topology =>
  JSON.parse(readFileSync(new URL(`../../../public/data/${file}`, import.meta.url), "utf8"));
const first = read("finland-2025-first.topo.json");
const full = read("finland-2025.topo.json");
const editions = { default: "e", editions: ["e"] };

/** A line set as sorted points: meshes of different objects may stitch their lines differently. */
const points = (lines: GeoJSON.MultiLineString) =>
  [...new Set(lines.coordinates.flatMap((l) => l.map((p) => `${p[0]},${p[1]}`)))].sort();

describe("the first view's atlas", () => {
  it("knows every region and municipality the full atlas knows, with the same names and figures", () => {
    const a = atlasFromTopology(first);
    const b = atlasFromTopology(full);
    expect(a.regions).toEqual(b.regions);
    expect(a.sources).toEqual(b.sources);
    expect(a.mergers).toEqual(b.mergers);
    const used = (m: (typeof a.municipalities)[number]) => {
      const { inlandWaterKm2, seaKm2, ...rest } = m;
      return rest;
    };
    expect(a.municipalities.map(used)).toEqual(b.municipalities.map(used));
  });
  it("gives the same crossings, employment areas by county, land areas and inset", () => {
    const a = appData(atlasFromTopology(first), editions);
    const b = appData(atlasFromTopology(full), editions);
    for (const key of ["crossings", "spans", "areasByCounty", "landKm2", "capital"] as const)
      expect(a[key], key).toEqual(b[key]);
  });
});

describe("the first view's geometry", () => {
  const crossing = new Set(["06", "10", "11", "13", "38"]);
  const a = mapGeometry(first, crossing);
  const b = mapGeometry(full, crossing);
  it("draws the same counties, employment areas and Åland as the full geometry, with fewer vertices", () => {
    for (const level of ["county", "employmentArea", "outside"] as const)
      expect(a.regions(level).features.map((f) => f.properties.code)).toEqual(
        b.regions(level).features.map((f) => f.properties.code),
      );
    for (const kind of ["county", "employmentArea"] as const)
      expect(points(a.border(kind)).length, kind).toBeLessThan(points(b.border(kind)).length * 0.6);
  });
  it("keeps every border within 2 km of the full geometry's, the crossing segments included", () => {
    // Distance in km on a local equirectangular plane: enough at Finland's scale.
    type Point = readonly [number, number];
    const km = ([x1, y1]: Point, [x2, y2]: Point) =>
      Math.hypot(
        (x2 - x1) * 111.32 * Math.cos((((y1 + y2) / 2) * Math.PI) / 180),
        (y2 - y1) * 111.32,
      );
    const toSegment = (p: Point, s: Point, e: Point) => {
      const [dx, dy] = [e[0] - s[0], e[1] - s[1]];
      const len = dx * dx + dy * dy;
      const t = len ? Math.max(0, Math.min(1, ((p[0] - s[0]) * dx + (p[1] - s[1]) * dy) / len)) : 0;
      return km(p, [s[0] + t * dx, s[1] + t * dy]);
    };
    const point = (p: GeoJSON.Position | undefined): Point => [p?.[0] ?? NaN, p?.[1] ?? NaN];
    for (const kind of ["county", "employmentArea", "crossing"] as const) {
      const segments = b
        .border(kind)
        .coordinates.flatMap((line) =>
          line.slice(1).map((end, i) => [point(line[i]), point(end)] as const),
        );
      let worst = 0;
      for (const line of a.border(kind).coordinates)
        for (const p of line) {
          let near = Number.POSITIVE_INFINITY;
          for (const [s, e] of segments) near = Math.min(near, toSegment(point(p), s, e));
          worst = Math.max(worst, near);
        }
      expect(worst, kind).toBeLessThan(2);
    }
  });
  it("has every county's and employment area's label point inside its own first-view shape", () => {
    const hit = hitTester(a);
    const atlas = atlasFromTopology(first);
    for (const level of ["county", "employmentArea"] as const)
      for (const region of atlas.regions[level])
        expect(hit(region.label[0], region.label[1], [level])[level], region.code).toBe(
          region.code,
        );
  });
  it("says it cannot draw municipalities, regions or sub-regions, nor their borders", () => {
    for (const source of ["county", "employmentArea", "outside", "neighbours", "border:crossing"])
      expect(a.has(source as never), source).toBe(true);
    for (const source of [
      "municipality",
      "maakunta",
      "seutukunta",
      "border:municipality",
      "border:seutukunta",
    ])
      expect(a.has(source as never), source).toBe(false);
    expect(b.has("border:municipality")).toBe(true);
  });
});

describe("geometrySource", () => {
  const files = { atlas: "atlas", detailed: "detailed", neighboursFirst: "nf", neighbours: "n" };
  const world = {
    type: "Topology",
    objects: { neighbours: { type: "GeometryCollection", geometries: [] } },
    arcs: [],
  } as unknown as Topology;
  function source(topologies: Record<string, Topology | Error>) {
    const asked: string[] = [];
    const drawn: MapGeometry[] = [];
    const made = geometrySource({
      first,
      files,
      crossingAreas: new Set(),
      load(path) {
        asked.push(path);
        const t = topologies[path];
        return t instanceof Error || !t ? Promise.reject(t) : Promise.resolve(t);
      },
      onGeometry: (g) => drawn.push(g),
    });
    return { made, asked, drawn };
  }
  it("needs nothing for the first view's sources", () => {
    const { made, asked } = source({});
    expect(made.need(["county", "border:crossing", "neighbours"])).toBeNull();
    expect(asked).toEqual([]);
  });
  it("loads every level's shapes once for a source the first view lacks, then draws it", async () => {
    const { made, asked, drawn } = source({ atlas: full });
    const waiting = made.need(["municipality"]);
    expect(made.need(["border:seutukunta"])).toBe(waiting);
    await waiting;
    expect(asked).toEqual(["atlas"]);
    expect(drawn).toHaveLength(1);
    expect(made.current().has("municipality")).toBe(true);
    expect(made.need(["municipality"])).toBeNull();
  });
  it("upgrades to every level's shapes once on the first move, and keeps the first view's when they fail", async () => {
    const { made, asked, drawn } = source({ atlas: full });
    made.upgrade();
    made.upgrade();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual(["atlas"]);
    expect(drawn).toHaveLength(1);
    expect(made.current().has("municipality")).toBe(true);
    made.upgrade();
    expect(asked).toEqual(["atlas"]);

    const failing = source({ atlas: new Error("offline") });
    const before = failing.made.current();
    failing.made.upgrade();
    await new Promise((r) => setTimeout(r, 0));
    expect(failing.made.current()).toBe(before);
    expect(failing.drawn).toHaveLength(0);
  });
  it("keeps the detailed shapes when every level's arrive after them", async () => {
    let release: (t: Topology) => void = () => undefined;
    const late = new Promise<Topology>((resolve) => {
      release = resolve;
    });
    const asked: string[] = [];
    const made = geometrySource({
      first,
      files,
      crossingAreas: new Set(),
      load: (path) => {
        asked.push(path);
        return path === "atlas" ? late : Promise.resolve(full);
      },
      onGeometry: () => undefined,
    });
    const waiting = made.need(["municipality"]);
    await made.detail();
    const detailed = made.current();
    release(first);
    await waiting;
    expect(made.current()).toBe(detailed);
  });
  it("rejects the wait when the shapes cannot load, and a failed detail says why and leaves the geometry", async () => {
    const { made } = source({ atlas: new Error("offline"), detailed: new Error("offline") });
    const before = made.current();
    await expect(made.need(["municipality"])).rejects.toThrow("offline");
    await expect(made.detail()).rejects.toThrow("offline");
    expect(made.current()).toBe(before);
  });
  it("asks again for a file that failed (a Retry), and draws it when it comes", async () => {
    let fail = true;
    const drawn: unknown[] = [];
    const made = geometrySource({
      first,
      files,
      crossingAreas: new Set(),
      load: () => (fail ? Promise.reject(new Error("offline")) : Promise.resolve(full)),
      onGeometry: (g) => drawn.push(g),
    });
    await expect(made.detail()).rejects.toThrow("offline");
    fail = false;
    await made.detail();
    expect(drawn).toHaveLength(1);
    expect(made.current().has("municipality")).toBe(true);
  });
  it("refuses a loaded file that its check refuses, drawing nothing of it", async () => {
    const made = geometrySource({
      first,
      files,
      crossingAreas: new Set(),
      load: () => Promise.resolve(full),
      check: () => {
        throw new Error("not a topology the map can draw");
      },
      onGeometry: () => undefined,
    });
    const before = made.current();
    await expect(made.detail()).rejects.toThrow("not a topology");
    expect(made.current()).toBe(before);
  });
  it("lets the fine neighbours win over the first view's, whichever comes last", async () => {
    const { made, drawn } = source({ n: world, nf: world });
    made.neighbours(true);
    await Promise.resolve();
    made.neighbours(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(drawn).toHaveLength(1);
  });
});
