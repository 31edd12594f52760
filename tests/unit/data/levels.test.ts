// The registry of levels, walked entry by entry against the committed atlas.
import { readdirSync, readFileSync } from "node:fs";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { GEO_LEVEL_IDS, GEO_LEVELS } from "../../../geo/levels.ts";
import { atlasFromTopology, regionOf } from "../../../src/data/atlas.ts";
import {
  isLevelId,
  LEVEL_IDS,
  LEVELS,
  type LevelId,
  OVERLAY_LEVELS,
  SHADEABLE_LEVELS,
} from "../../../src/data/levels.ts";
import { LANGUAGES } from "../../../src/i18n/language.ts";
import { IMPORT_LEVELS } from "../../../src/import/gazetteer.ts";
import { sceneLayers } from "../../../src/scene/layers.ts";
import { pointerLevels } from "../../../src/ui/mapPointer.ts";
import { realAtlas } from "../app/fixtures.ts";
import { realGeometry } from "../app/sceneFixtures.ts";

const atlas = realAtlas();

describe.each(LEVEL_IDS)("the %s level", (id) => {
  const level = LEVELS[id];
  const regions = atlas.regions[id];
  it("is the registry entry of its own id, with every field filled", () => {
    expect(level.id).toBe(id);
    for (const key of [
      "object",
      "membership",
      "code",
      "header",
      "label",
      "words",
      "column",
      "outline",
    ] as const)
      expect(level[key], key).toBeTruthy();
    for (const word of ["one", "many", "by"] as const)
      for (const lang of LANGUAGES)
        expect(level.words[word][lang], `${word} ${lang}`).toMatch(/\S/);
    for (const prefix of level.codePrefixes) expect(prefix).toMatch(/^[A-Z]{2,4}$/);
    expect(Number.isFinite(level.label.valueMinZoom)).toBe(true);
    expect(Number.isFinite(level.label.nameMinZoom)).toBe(true);
  });
  it("has its count of regions in the atlas, each with a code of its pattern, names and a label point", () => {
    expect(regions).toHaveLength(level.count);
    for (const r of regions) {
      expect(r.code).toMatch(level.code);
      expect(r.level).toBe(id);
      for (const lang of LANGUAGES) {
        expect(r.name[lang], `${r.code} ${lang}`).toMatch(/\S/);
        expect(r.short[lang], `${r.code} ${lang}`).toMatch(/\S/);
      }
      expect(r.label[0]).toBeGreaterThan(19);
      expect(r.label[1]).toBeGreaterThan(59);
    }
  });
  it("is a union of municipalities: every municipality of it names one of its regions", () => {
    const codes = new Set(regions.map((r) => r.code));
    const members = atlas.municipalities.map((m) => regionOf(m, id)).filter((c) => c !== null);
    expect(new Set(members)).toEqual(codes);
    // Åland's municipalities belong to the levels that cover it, and only to those.
    const aland = atlas.municipalities.filter((m) => m.outside);
    expect(aland.every((m) => regionOf(m, id) !== null)).toBe(level.coversOutside);
  });
  it("nests in its parents: each of its regions lies in exactly one region of each parent level", () => {
    for (const parent of level.parents) {
      const parentOf = new Map<string, Set<string>>();
      for (const m of atlas.municipalities) {
        const own = regionOf(m, id);
        const up = regionOf(m, parent);
        if (own === null || up === null) continue;
        parentOf.set(own, (parentOf.get(own) ?? new Set()).add(up));
      }
      for (const [code, ups] of parentOf) expect(ups.size, `${id} ${code} in ${parent}`).toBe(1);
    }
  });
  it("names the municipality property the geo build writes, and the object it merges", () => {
    const membership = level.membership as (typeof LEVELS)[LevelId]["membership"];
    if (membership === "own") expect(level.object).toBe("municipalities");
    else if (membership === "outside") expect(level.object).toBe("outside");
    else {
      const geo = GEO_LEVEL_IDS.map((g) => GEO_LEVELS[g]).find((g) => g.object === level.object);
      expect(geo?.property).toBe(membership.property);
    }
  });
  it("is required of an atlas exactly where the app cannot read one without it", () => {
    const topology = structuredClone(atlas.topology) as Topology;
    delete topology.objects[level.object];
    if (level.required) expect(() => atlasFromTopology(topology)).toThrow(level.object);
    else expect(atlasFromTopology(topology).regions[id]).toEqual([]);
  });
  it("is importable only where it can be shaded, and the import reads exactly the importable levels", () => {
    if (level.importable) expect(level.shadeable).toBe(true);
    expect((IMPORT_LEVELS as readonly LevelId[]).includes(id)).toBe(level.importable);
  });
  it("gives its context, tooltip and labels, in levels of the registry other than itself", () => {
    for (const other of [...level.context, ...level.label.context]) {
      expect(isLevelId(other)).toBe(true);
      expect(other).not.toBe(id);
    }
  });
  it.skipIf(!level.shadeable)(
    "separates its regions where it is shaded, and a pointer asks about it, its context and Åland where it leaves Åland out",
    () => {
      const layers = sceneLayers({
        shaded: id,
        noData: [],
        smallSample: [],
        overlay: false,
        selected: null,
      });
      const lines = layers.filter((l) => l.kind === "line").map((l) => l.source);
      expect(lines).toContain(`border:${level.border}`);
      const asked = pointerLevels(id, false);
      expect(asked.slice(0, 1 + level.context.length)).toEqual([id, ...level.context]);
      expect(asked.includes("outside")).toBe(!level.coversOutside);
    },
  );
  it.skipIf(level.border === null)("has a border mesh that draws", () => {
    const geometry = realGeometry();
    if (level.border) expect(geometry.border(level.border).coordinates.length).toBeGreaterThan(0);
  });
  it("recognises a header that names it, in every language, and no importable level's header claims its name", () => {
    for (const lang of LANGUAGES) {
      expect(level.words.one[lang]).toMatch(level.header);
      for (const other of IMPORT_LEVELS.filter((l) => l !== id))
        expect(level.words.one[lang], `${other} header`).not.toMatch(LEVELS[other].header);
    }
  });
});

describe("the registry", () => {
  it("offers data at every level but the region outside the reforms", () => {
    expect(SHADEABLE_LEVELS).toEqual([
      "county",
      "employmentArea",
      "maakunta",
      "seutukunta",
      "municipality",
    ]);
  });
  it("reads an imported table's regions at every shaded level but the sub-regions, whose names are their towns'", () => {
    expect(IMPORT_LEVELS).toEqual(["county", "employmentArea", "maakunta", "municipality"]);
  });
  it("names each level's column of an export once", () => {
    const columns = LEVEL_IDS.map((id) => LEVELS[id].column);
    expect(new Set(columns).size).toBe(columns.length);
    for (const c of columns) expect(c).toMatch(/^[a-z_]+$/);
  });
  it("has one overlay: the employment areas, outlined with the crossings", () => {
    expect(OVERLAY_LEVELS).toEqual(["employmentArea"]);
  });
  it("says truly which levels do not nest: employment areas cross counties and regions", () => {
    expect(LEVELS.employmentArea.parents).toEqual([]);
  });
  it("lives at the bottom: nothing in src/data imports from a folder above it", () => {
    const folder = new URL("../../../src/data/", import.meta.url);
    for (const file of readdirSync(folder)) {
      const text = readFileSync(new URL(file, folder), "utf8");
      const imports = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1] ?? "");
      for (const path of imports)
        expect(path, `${file} imports ${path}`).toMatch(
          /^(\.\/|\.\.\/i18n\/language\.ts$|\.\.\/\.\.\/geo\/meta\.ts$|[a-z@])/,
        );
    }
  });
});
