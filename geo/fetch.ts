// `--fetch YEAR`: downloads a year's boundaries and classifications from Statistics Finland.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvFormat } from "d3-dsv";
import { levelsOf } from "./classification.ts";
import { GeoBuildError } from "./errors.ts";
import { GEO_LEVELS } from "./levels.ts";

export const WFS_URL = "https://geo.stat.fi/geoserver/tilastointialueet/wfs";
export const CLASSIFICATION_URL =
  "https://data.stat.fi/api/classifications/v2/correspondenceTables";

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** The WFS request for a year's 1:1 000 000 municipality boundaries in WGS 84. */
export function boundaryUrl(year: number): string {
  const query = new URLSearchParams({
    service: "WFS",
    version: "2.0.0",
    request: "GetFeature",
    typeName: `tilastointialueet:kunta1000k_${year}`,
    outputFormat: "application/json",
    srsName: "EPSG:4326",
  });
  return `${WFS_URL}?${query}`;
}

/** The classification-service request for municipality → target, in one language. */
export function correspondenceUrl(year: number, target: string, lang: string): string {
  const id = `kunta_1_${year}0101%23${target}_1_${year}0101`;
  return `${CLASSIFICATION_URL}/${id}/maps?content=data&meta=min&lang=${lang}`;
}

interface CorrespondenceMap {
  sourceItem: { code: string; classificationItemNames: { name: string }[] };
  targetItem: { code: string; classificationItemNames: { name: string }[] };
}

const LANGS = { fi: "nimi", sv: "namn", en: "name" } as const;
/** The correspondence tables of the main classification table: one per level it gives. */
const TARGETS = levelsOf("classification").map((id) => GEO_LEVELS[id].column);

/**
 * Downloads the year's layers into `folder`, laid out like shared/data:
 * `statfi/kunta1000k_<YEAR>.geojson`, `statfi/kunta_luokitukset_<YEAR>.csv` (the
 * same columns as the snapshot) and an empty merger table (boundaries and
 * classification are of the same year). A failed request or an unexpected
 * response stops with the URL named. Returns the files written.
 */
export async function fetchYear(year: number, folder: string, fetchFn: Fetch): Promise<string[]> {
  if (!Number.isInteger(year) || year < 2023 || year > 2100)
    throw new GeoBuildError(`--fetch needs a year from 2023 on, got "${year}"`);
  const get = async (url: string): Promise<string> => {
    const response = await fetchFn(url);
    if (!response.ok) throw new GeoBuildError(`HTTP ${response.status} from ${url}`);
    return response.text();
  };
  const json = async <T>(url: string): Promise<T> => {
    const text = await get(url);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new GeoBuildError(`not JSON from ${url}: ${text.slice(0, 80)}`);
    }
  };

  const boundaries = await json<GeoJSON.FeatureCollection>(boundaryUrl(year));
  if (boundaries.type !== "FeatureCollection" || !boundaries.features?.length)
    throw new GeoBuildError(`no municipalities in ${boundaryUrl(year)}`);

  const rows = new Map<string, Record<string, string>>();
  for (const target of TARGETS) {
    for (const [lang, suffix] of Object.entries(LANGS)) {
      const url = correspondenceUrl(year, target, lang);
      const maps = await json<CorrespondenceMap[]>(url);
      if (!Array.isArray(maps) || !maps.length) throw new GeoBuildError(`empty table from ${url}`);
      for (const { sourceItem, targetItem } of maps) {
        const row = rows.get(sourceItem.code) ?? { kunta: sourceItem.code };
        if (lang !== "en")
          row[`kunta_${suffix}`] = sourceItem.classificationItemNames[0]?.name ?? "";
        row[target] = targetItem.code;
        row[`${target}_${suffix}`] = targetItem.classificationItemNames[0]?.name ?? "";
        rows.set(sourceItem.code, row);
      }
    }
  }

  const statfi = join(folder, "statfi");
  mkdirSync(statfi, { recursive: true });
  const files = {
    [`statfi/kunta1000k_${year}.geojson`]: JSON.stringify(boundaries),
    [`statfi/kunta_luokitukset_${year}.csv`]: csvFormat(
      [...rows.values()].sort((a, b) => (a.kunta ?? "").localeCompare(b.kunta ?? "")),
      [
        "kunta",
        "kunta_nimi",
        "kunta_namn",
        ...TARGETS.flatMap((t) => ["", "_nimi", "_namn", "_name"].map((s) => t + s)),
      ],
    ),
    [`statfi/kuntaliitokset_${year}.csv`]:
      "lakkautettu_kunta,lakkautettu_nimi,liittyi_kuntaan,liittyi_nimi,voimassa_alkaen\n",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return Object.keys(files);
}
