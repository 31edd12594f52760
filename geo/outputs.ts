// Builds every output file's text from an input folder: the whole pipeline, without writing.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { buildAtlas, type Resolution } from "./atlas.ts";
import { COUNTY_SHORT_NAMES } from "./countyShortNames.ts";
import { withCrossings } from "./crossings.ts";
import { firstViewTopology } from "./firstView.ts";
import {
  DEFAULT_POPULATION_YEAR,
  fetchedInputFiles,
  type InputFiles,
  readInputs,
  SUB_REGION_YEAR,
  snapshotInputFiles,
} from "./inputs.ts";
import { labelPoints, withLabelPoints } from "./labelPoints.ts";
import { GEO_LEVEL_IDS, GEO_LEVELS } from "./levels.ts";
import { ATTRIBUTION, atlasSources, type SourceEdition } from "./meta.ts";
import { joinMunicipalities } from "./municipalities.ts";
import { buildNeighbours } from "./neighbours.ts";
import { buildRegionTypes } from "./regionTypes.ts";
import { serializeTopology } from "./serialize.ts";
import { type AtlasExpectations, FINLAND_2025 } from "./types.ts";

/** Default resolution: small enough for first load, right at country and county zoom. */
export const DEFAULT_RESOLUTION: Resolution = {
  quantization: 1e4,
  simplify: { keep: 0.12, minIslandKm2: 3 },
};
/**
 * The first view's resolution: the country as a first load shows it (a phone's
 * 412 px to a 1920 px presenter screen): 4 % of the vertices, 11 KB (gzip)
 * less than the default's 12 %, the same islands.
 * The map swaps in the default geometry on the first move, before anyone zooms in.
 */
export const FIRST_VIEW_RESOLUTION: Resolution = {
  quantization: 5e3,
  simplify: { keep: 0.04, minIslandKm2: 3 },
};
/** Detailed resolution: every 1:1 000 000 vertex, quantized to about a metre. */
export const DETAILED_RESOLUTION: Resolution = { quantization: 1e6 };

/**
 * The first view's topology: the levels marked `firstView` in `GEO_LEVELS`,
 * Åland and the crossing segments keep their shapes; every other object its
 * properties, less the areas of inland water and sea, which the app does not read.
 */
export const FIRST_VIEW = {
  drawn: [
    ...GEO_LEVEL_IDS.filter((id) => GEO_LEVELS[id].firstView).map((id) => GEO_LEVELS[id].object),
    "outside",
    "crossings",
  ],
  unused: ["inland_water_km2", "sea_km2"],
  sameAsFinnish: ["name_sv", "name_en"],
};

/** Neighbours as the first view shows them (country scale), and as the map shows them from the first move on. */
const NEIGHBOURS_FIRST = { minTriangleKm2: 20, minIslandKm2: 100, quantization: 3e3 };
const NEIGHBOURS = { minTriangleKm2: 2, minIslandKm2: 30, quantization: 1e4 };

const ALAND = { fi: "Ahvenanmaa", sv: "Åland", en: "Åland" };

export interface BuildPlan {
  year: number;
  folder: string;
  files: InputFiles;
  expect: AtlasExpectations;
  sources: SourceEdition[];
  /** The snapshot folder the region types (hospital districts, sub-regions…) are read from. */
  classifications: string;
}

/** The build of the snapshot in `folder`: 2019 boundaries, 2025 classification, a population year. */
export function snapshotPlan(folder: string, populationYear = DEFAULT_POPULATION_YEAR): BuildPlan {
  return {
    year: 2025,
    folder,
    files: snapshotInputFiles(populationYear),
    expect: FINLAND_2025,
    sources: atlasSources({
      boundaryYear: 2019,
      classificationYear: 2025,
      subRegionYear: SUB_REGION_YEAR,
      populationYear,
    }),
    classifications: folder,
  };
}

/** The build of a fetched year (boundaries and classification in `cache`), population from the snapshot. */
export function fetchedPlan(
  year: number,
  cache: string,
  snapshot: string,
  populationYear = DEFAULT_POPULATION_YEAR,
): BuildPlan {
  const files = snapshotInputFiles(populationYear);
  return {
    year,
    folder: cache,
    files: fetchedInputFiles(year, {
      subRegions: join(snapshot, files.subRegions),
      population: join(snapshot, files.population),
      landAreas: join(snapshot, files.landAreas),
    }),
    expect: FINLAND_2025,
    sources: atlasSources({
      boundaryYear: year,
      classificationYear: year,
      subRegionYear: SUB_REGION_YEAR,
      populationYear,
    }),
    classifications: snapshot,
  };
}

/**
 * File name → content for `finland-<YEAR>.topo.json`, its detailed twin, the
 * first view's `finland-<YEAR>-first.topo.json`, and the neighbours (the first
 * view's `neighbours-first.topo.json` and `neighbours.topo.json`).
 */
export function buildOutputs(plan: BuildPlan): Map<string, string> {
  const inputs = readInputs(plan.folder, plan.files);
  const records = joinMunicipalities(inputs, plan.expect);
  const names = {
    levels: inputs.classification.names,
    short: { county: COUNTY_SHORT_NAMES },
    outside: ALAND,
  };
  const meta = (resolution: string) => ({
    asOf: `${plan.year}-01-01`,
    resolution,
    licence: "CC BY 4.0",
    attribution: ATTRIBUTION,
    sources: plan.sources,
    // Codes that ceased since the boundary edition: imports map old municipality codes with them.
    mergers: inputs.mergers.map((m) => ({ code: m.from, name: m.name, into: m.to, date: m.date })),
  });
  const require = createRequire(import.meta.url);
  const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8"));
  // Label points come from the default geometry, for both files: labels stay put when it is swapped.
  const atlas = withCrossings(buildAtlas(records, names, plan.expect, DEFAULT_RESOLUTION));
  const labels = labelPoints(atlas);
  const defaultAtlas = withLabelPoints(atlas, labels);
  const neighbours = (options: typeof NEIGHBOURS, what: string) =>
    serializeTopology(buildNeighbours(world, options), {
      what: `Sweden, Norway, Estonia, Latvia and Russia (clipped) around Finland${what}`,
      source: "Natural Earth 1:10m admin 0 countries, via world-atlas 2.0.2",
      licence: "Public domain (Natural Earth)",
    });

  const regionTypes = buildRegionTypes(
    plan.classifications,
    new Set(records.map((r) => r.code)),
    `${plan.year}-01-01`,
  );

  return new Map([
    [`region-types-${plan.year}.json`, `${JSON.stringify(regionTypes)}\n`],
    [
      `finland-${plan.year}.topo.json`,
      serializeTopology(
        defaultAtlas,
        meta("default: 12 % of the 1:1 000 000 vertices, detached islands under 3 km² dropped"),
      ),
    ],
    [
      `finland-${plan.year}-first.topo.json`,
      serializeTopology(
        firstViewTopology(
          withLabelPoints(
            withCrossings(buildAtlas(records, names, plan.expect, FIRST_VIEW_RESOLUTION)),
            labels,
          ),
          FIRST_VIEW,
        ),
        meta(
          "first view: 4 % of the 1:1 000 000 vertices of counties, employment areas, Åland and the crossings; other levels without shapes",
        ),
      ),
    ],
    [
      `finland-${plan.year}-detailed.topo.json`,
      serializeTopology(
        withLabelPoints(
          withCrossings(buildAtlas(records, names, plan.expect, DETAILED_RESOLUTION)),
          labels,
        ),
        meta("detailed: every 1:1 000 000 vertex"),
      ),
    ],
    ["neighbours-first.topo.json", neighbours(NEIGHBOURS_FIRST, ", for country scale")],
    ["neighbours.topo.json", neighbours(NEIGHBOURS, "")],
  ]);
}
