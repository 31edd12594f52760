// Reads the build's input files from the source-data folder, failing loudly on any missing one.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { csvParse } from "d3-dsv";
import { parseClassification } from "./classification.ts";
import { GeoBuildError } from "./errors.ts";
import { parsePopulation } from "./population.ts";
import type { AtlasInputs, Merger } from "./types.ts";

/** The files the build reads, relative to the input folder (or absolute). */
export interface InputFiles {
  boundaries: string;
  mergers: string;
  classification: string;
  population: string;
}

/** The snapshot in shared/data: 2019 boundaries brought to the 2025 municipalities by mergers. */
export const INPUT_FILES_2025: InputFiles = {
  boundaries: "statfi/kunta1000k_2019.geojson",
  mergers: "statfi/kuntaliitokset_2020_2025.csv",
  classification: "statfi/kunta_luokitukset_2025.csv",
  population: "sotkanet/vaesto_2022.csv",
};

/** A year fetched by `--fetch YEAR`: boundaries and classification of the same year. */
export function fetchedInputFiles(year: number, population: string): InputFiles {
  return {
    boundaries: `statfi/kunta1000k_${year}.geojson`,
    mergers: `statfi/kuntaliitokset_${year}.csv`,
    classification: `statfi/kunta_luokitukset_${year}.csv`,
    population,
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
  return {
    boundaries,
    mergers: parseMergers(read("mergers"), files.mergers),
    classification: parseClassification(read("classification"), files.classification),
    population: parsePopulation(read("population"), files.population),
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
    return { from, to, date: (row.voimassa_alkaen ?? "").trim() };
  });
}
