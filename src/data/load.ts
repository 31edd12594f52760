// Fetches the app's data files from its own origin, relative to the page.
import type { Topology } from "topojson-specification";
import { type Atlas, atlasFromTopology, type Region } from "./atlas.ts";
import { carriedFile } from "./carried.ts";
import { DATA_FILES, SURVEY_FOLDER } from "./files.ts";
import { parseSurvey, type Survey } from "./survey.ts";
import { validateSurveyMeta } from "./surveyMeta.ts";

export { DATA_FILES };

/** A file could not be fetched or read; the message names the file. */
export class LoadError extends Error {
  override name = "LoadError";
}

/** A request that brings no byte for this long is given up (a server that never answers). */
export const STALL_MS = 15_000;

/**
 * The file's text. A request that brings no byte for STALL_MS (before the
 * answer, or between two parts of it) is ended: the error says it stalled,
 * so the caller's Retry can ask again rather than wait for ever. A slow file
 * that keeps arriving is never cut.
 */
async function fetchText(path: string): Promise<string> {
  // The survey comes with the page (build/firstViewPlugin.ts): no round trip for it.
  const carried = carriedFile(path);
  if (carried !== null) return carried;
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), STALL_MS);
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), STALL_MS);
  };
  const failure = () =>
    new LoadError(
      `${path}: ${controller.signal.aborted ? `no answer in ${STALL_MS / 1000} s` : "network error"}`,
    );
  try {
    let response: Response;
    try {
      response = await fetch(new URL(path, document.baseURI), { signal: controller.signal });
    } catch {
      throw failure();
    }
    if (!response.ok) throw new LoadError(`${path}: HTTP ${response.status}`);
    const reader = response.body?.getReader();
    if (!reader) return await response.text();
    const parts: Uint8Array<ArrayBuffer>[] = [];
    try {
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        parts.push(part.value);
        alive();
      }
    } catch {
      throw failure();
    }
    return await new Blob(parts).text();
  } finally {
    clearTimeout(timer);
  }
}

export async function fetchJson<T>(path: string): Promise<T> {
  const text = await fetchText(path);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new LoadError(`${path}: not valid JSON`);
  }
}

/** The survey editions, newest last; `default` is shown unless the URL names another. */
export interface Editions {
  default: string;
  editions: string[];
}

/** An edition id names files: letters, digits and dashes only. */
const EDITION_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Reads and checks the list of editions; a malformed list names what is wrong. */
export async function loadEditions(): Promise<Editions> {
  const value = await fetchJson<Partial<Editions>>(DATA_FILES.editions);
  const editions = Array.isArray(value?.editions) ? value.editions : [];
  if (!editions.length || !editions.every((e) => typeof e === "string" && EDITION_ID.test(e)))
    throw new LoadError(`${DATA_FILES.editions}: "editions" must list edition ids (a-z, 0-9, -)`);
  if (typeof value.default !== "string" || !editions.includes(value.default))
    throw new LoadError(`${DATA_FILES.editions}: "default" must be one of the editions`);
  return { default: value.default, editions };
}

/** Loads one survey edition (metadata checked, then its table) and joins it to the counties. */
export async function loadSurvey(id: string, counties: readonly Region[]): Promise<Survey> {
  if (!EDITION_ID.test(id)) throw new LoadError(`"${id}" is not a survey edition`);
  const metaPath = `${SURVEY_FOLDER}${id}.meta.json`;
  const raw = await fetchJson<unknown>(metaPath);
  try {
    const meta = validateSurveyMeta(raw, metaPath);
    if (!EDITION_ID.test(meta.file.replace(/\.csv$/, "")))
      throw new LoadError(`${metaPath}: "file" must name a .csv file beside it`);
    return parseSurvey(await fetchText(`${SURVEY_FOLDER}${meta.file}`), meta, counties);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(error instanceof Error ? error.message : String(error));
  }
}

/** Loads the atlas (the first view's topology: every region, the first view's shapes) and the list of survey editions. */
export async function loadCoreData(): Promise<{ atlas: Atlas; editions: Editions }> {
  const [topology, editions] = await Promise.all([
    fetchJson<Topology>(DATA_FILES.first),
    loadEditions(),
  ]);
  try {
    return { atlas: atlasFromTopology(topology), editions };
  } catch (error) {
    throw new LoadError(error instanceof Error ? error.message : String(error));
  }
}
