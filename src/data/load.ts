// Fetches the app's data files from its own origin, relative to the page.
import type { Topology } from "topojson-specification";
import { type Atlas, atlasFromTopology } from "./atlas.ts";
import { parseSurvey, type Survey, type SurveyMeta } from "./survey.ts";

export const DATA_FILES = {
  atlas: "data/finland-2025.topo.json",
  detailed: "data/finland-2025-detailed.topo.json",
  neighbours: "data/neighbours.topo.json",
  surveyMeta: "data/survey/kuntaliitto-2026.meta.json",
  survey: "data/survey/kuntaliitto-2026.csv",
} as const;

/** A file could not be fetched or read; the message names the file. */
export class LoadError extends Error {
  override name = "LoadError";
}

async function fetchText(path: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(new URL(path, document.baseURI));
  } catch {
    throw new LoadError(`${path}: network error`);
  }
  if (!response.ok) throw new LoadError(`${path}: HTTP ${response.status}`);
  return response.text();
}

export async function fetchJson<T>(path: string): Promise<T> {
  const text = await fetchText(path);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new LoadError(`${path}: not valid JSON`);
  }
}

/** Loads and joins the atlas and the survey; any failure names the file and the reason. */
export async function loadCoreData(): Promise<{ atlas: Atlas; survey: Survey }> {
  const [topology, meta, csv] = await Promise.all([
    fetchJson<Topology>(DATA_FILES.atlas),
    fetchJson<SurveyMeta>(DATA_FILES.surveyMeta),
    fetchText(DATA_FILES.survey),
  ]);
  try {
    const atlas = atlasFromTopology(topology);
    return { atlas, survey: parseSurvey(csv, meta, atlas.regions.county) };
  } catch (error) {
    throw new LoadError(error instanceof Error ? error.message : String(error));
  }
}
