// The first view's topology in the app: the same atlas, the same borders, and shapes that load when a view needs them.
import { readFileSync } from "node:fs";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { appData } from "../../../src/appData.ts";
import { atlasFromTopology } from "../../../src/data/atlas.ts";
import { type MapGeometry, mapGeometry } from "../../../src/map/geometry.ts";
import { geometrySource } from "../../../src/map/geometrySource.ts";

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
  it("draws counties, employment areas, Åland and their borders as the full geometry does", () => {
    for (const level of ["county", "employmentArea", "outside"] as const)
      expect(a.regions(level).features.map((f) => f.properties.code)).toEqual(
        b.regions(level).features.map((f) => f.properties.code),
      );
    for (const kind of ["county", "employmentArea", "crossingArea", "crossing"] as const)
      expect(points(a.border(kind)), kind).toEqual(points(b.border(kind)));
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
