// Reads the build's input files from the source-data folder, failing loudly on any missing one.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { csvParse } from "d3-dsv";
import { joinClassification, parseClassification } from "./classification.ts";
import { GeoBuildError } from "./errors.ts";
import { parseLandAreas } from "./landAreas.ts";
import { type ClassificationFile, GEO_LEVEL_IDS, GEO_LEVELS } from "./levels.ts";
import { parsePopulation } from "./population.ts";
import type { AtlasInputs, Merger } from "./types.ts";

/** The files the build reads, relative to the input folder (or absolute). */
export interface InputFiles {
  boundaries: string;
  mergers: string;
  classification: string;
  /** Municipality → sub-region (seutukunta), with names: the table of the `seutukunta` level. */
  subRegions: string;
  population: string;
  landAreas: string;
}

/** The population edition the build uses unless told otherwise (`--population-year`). */
export const DEFAULT_POPULATION_YEAR = 2024;

/**
 * Statistics Finland's population on 31 December of `year` by municipality, in the
 * snapshot folder: `statfi/vaesto_<YEAR>.csv` (columns `kunta`, `vaesto`). The next
 * edition is that file and `--population-year`.
 */
export const populationFile = (year: number) => `statfi/vaesto_${year}.csv`;

/** The National Land Survey's municipal areas (kuntajako, 2023 edition, on the 2025 set). */
export const LAND_AREA_FILE = "mml/pinta_ala_2023.csv";

/**
 * Statistics Finland's sub-regions of 1.1.2025 (`seutukunta_1_20250101`; unchanged
 * in 2026). A fetched year keeps this table: the fetch asks only for the main one.
 */
export const SUB_REGION_FILE = "statfi/kunta_seutukunta_2025.csv";
export const SUB_REGION_YEAR = 2025;

/** The snapshot in shared/data: 2019 boundaries brought to the 2025 municipalities by mergers. */
export function snapshotInputFiles(populationYear = DEFAULT_POPULATION_YEAR): InputFiles {
  return {
    boundaries: "statfi/kunta1000k_2019.geojson",
    mergers: "statfi/kuntaliitokset_2020_2025.csv",
    classification: "statfi/kunta_luokitukset_2025.csv",
    subRegions: SUB_REGION_FILE,
    population: populationFile(populationYear),
    landAreas: LAND_AREA_FILE,
  };
}

/**
 * A year fetched by `--fetch YEAR`: boundaries and classification of the same year;
 * sub-regions, population and land areas still from the snapshot (absolute paths).
 */
export function fetchedInputFiles(
  year: number,
  snapshot: Pick<InputFiles, "subRegions" | "population" | "landAreas">,
): InputFiles {
  return {
    boundaries: `statfi/kunta1000k_${year}.geojson`,
    mergers: `statfi/kuntaliitokset_${year}.csv`,
    classification: `statfi/kunta_luokitukset_${year}.csv`,
    ...snapshot,
  };
}

/** Reads and parses every input; a missing or unreadable file stops the build, naming it. */
export function readInputs(folder: string, files: InputFiles): AtlasInputs {
  const read = (name: keyof InputFiles): string => {
    const path = resolve(folder, files[name]);
    if (!existsSync(path)) throw new GeoBuildError(`missing input file ${path} (${name})`);
    return readFileSync(path, "utf8");
  };
  let boundaries: AtlasInputs["boundaries"];
  try {
    boundaries = JSON.parse(read("boundaries"));
  } catch (error) {
    if (error instanceof GeoBuildError) throw error;
    throw new GeoBuildError(`${files.boundaries}: not valid JSON (${String(error)})`);
  }
  if (boundaries?.type !== "FeatureCollection" || !Array.isArray(boundaries.features))
    throw new GeoBuildError(`${files.boundaries}: not a GeoJSON FeatureCollection`);
  // The main table, joined with the table of each level classified in a file of its own.
  const more = [...new Set(GEO_LEVEL_IDS.map((id) => GEO_LEVELS[id].file))]
    .filter(
      (file): file is Exclude<ClassificationFile, "classification"> => file !== "classification",
    )
    .map((file) => ({
      source: files[file],
      table: parseClassification(read(file), files[file], file),
    }));
  return {
    boundaries,
    mergers: parseMergers(read("mergers"), files.mergers),
    classification: joinClassification(
      parseClassification(read("classification"), files.classification),
      more,
    ),
    population: parsePopulation(read("population"), files.population),
    areas: parseLandAreas(read("landAreas"), files.landAreas),
  };
}

/** Parses the merger table (`lakkautettu_kunta`, `liittyi_kuntaan`, `voimassa_alkaen`). */
export function parseMergers(text: string, source = "mergers"): Merger[] {
  const rows = csvParse(text);
  for (const c of ["lakkautettu_kunta", "liittyi_kuntaan"])
    if (!rows.columns.includes(c)) throw new GeoBuildError(`${source}: missing column ${c}`);
  return rows.map((row, i) => {
    const from = (row.lakkautettu_kunta ?? "").trim();
    const to = (row.liittyi_kuntaan ?? "").trim();
    if (!from || !to) throw new GeoBuildError(`${source} row ${i + 2}: empty municipality code`);
    return {
      from,
      name: (row.lakkautettu_nimi ?? "").trim(),
      to,
      date: (row.voimassa_alkaen ?? "").trim(),
    };
  });
}
