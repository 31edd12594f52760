// The region types the map does not draw (hospital districts, sub-regions, ELY…), as municipality memberships for the import.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { csvParse } from "d3-dsv";
import { GeoBuildError } from "./errors.ts";
import { HOSPITAL_DISTRICT_SHORT_NAMES } from "./hospitalDistrictNames.ts";
import type { Names } from "./types.ts";

/** One classification table of shared/data: its file, its column, its edition. */
export interface RegionTypeSource {
  id: string;
  file: string;
  column: string;
  edition: string;
}

/** The classification tables the build reads, each municipality → region of one type. */
export const REGION_TYPE_SOURCES: readonly RegionTypeSource[] = [
  {
    id: "hospitalDistrict",
    file: "statfi/kunta_sairaanhoitopiiri_2022.csv",
    column: "sairaanhoitopiiri",
    edition: "2022",
  },
  {
    id: "subRegion",
    file: "statfi/kunta_seutukunta_2025.csv",
    column: "seutukunta",
    edition: "2025",
  },
  { id: "ely", file: "statfi/kunta_ely_2025.csv", column: "ely", edition: "2025" },
  {
    id: "elinvoimakeskus",
    file: "statfi/kunta_elinvoimakeskus_2026.csv",
    column: "elinvoimakeskus",
    edition: "2026",
  },
  { id: "avi", file: "statfi/kunta_avi_2025.csv", column: "avi", edition: "2025" },
  {
    id: "vaalipiiri",
    file: "statfi/kunta_vaalipiiri_2025.csv",
    column: "vaalipiiri",
    edition: "2025",
  },
  {
    id: "cooperationArea",
    file: "statfi/kunta_yhteistyoalue_2025.csv",
    column: "yhteistyoalue",
    edition: "2025",
  },
];

/** Sotkanet's numeric region ids of the counties (and Åland), THL via rOpenGov/sotkanet. */
export const SOTKANET_FILE = "sotkanet/hyvinvointialue_sotkanet_id.csv";

export interface TypeRegion {
  code: string;
  name: Names;
  /** The name tables use for it, where it differs ("HUS", "Länsi-Pohja"). */
  short?: Names;
  /** Its municipalities (codes of the 2025 set), sorted. */
  members: string[];
}

export interface RegionTypesFile {
  asOf: string;
  sources: { id: string; file: string; edition: string }[];
  types: Record<string, TypeRegion[]>;
  /** Sotkanet region id → county code (01–21, 90; 91 for Åland). */
  sotkanet: Record<string, string>;
}

/**
 * Parses one classification table (`kunta`, `<column>`, `<column>_nimi`, `_namn`,
 * `_name`) into regions with their member municipalities. A municipality not in
 * `municipalities`, a missing column or a region given two names stops the build.
 */
export function parseRegionType(
  text: string,
  source: RegionTypeSource,
  municipalities: ReadonlySet<string>,
): TypeRegion[] {
  const rows = csvParse(text);
  const c = source.column;
  for (const col of ["kunta", c, `${c}_nimi`, `${c}_namn`, `${c}_name`])
    if (!rows.columns.includes(col))
      throw new GeoBuildError(`${source.file}: missing column ${col}`);
  const regions = new Map<string, TypeRegion>();
  rows.forEach((row, i) => {
    const cell = (k: string) => (row[k] ?? "").trim();
    const kunta = cell("kunta");
    const code = cell(c);
    if (!municipalities.has(kunta))
      throw new GeoBuildError(
        `${source.file} row ${i + 2}: municipality ${kunta} is not in the atlas`,
      );
    if (!code) throw new GeoBuildError(`${source.file} row ${i + 2}: no ${c} code`);
    const name = { fi: cell(`${c}_nimi`), sv: cell(`${c}_namn`), en: cell(`${c}_name`) };
    const known = regions.get(code);
    if (known && known.name.fi !== name.fi)
      throw new GeoBuildError(`${source.file} row ${i + 2}: ${c} ${code} has two names`);
    const region = known ?? { code, name, members: [] };
    region.members.push(kunta);
    regions.set(code, region);
  });
  const list = [...regions.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const r of list) {
    r.members.sort();
    const short =
      source.id === "hospitalDistrict" ? HOSPITAL_DISTRICT_SHORT_NAMES[r.code] : undefined;
    if (short) r.short = short;
  }
  return list;
}

/** Parses Sotkanet's county ids (`sotkanet_id`, `hyvinvointialue`) into id → county code. */
export function parseSotkanetIds(text: string): Record<string, string> {
  const rows = csvParse(text);
  const ids: Record<string, string> = {};
  for (const row of rows) {
    const id = (row.sotkanet_id ?? "").trim();
    const county = (row.hyvinvointialue ?? "").trim();
    if (!/^\d+$/.test(id) || !/^\d{2}$/.test(county))
      throw new GeoBuildError(`${SOTKANET_FILE}: a row without an id or county code`);
    ids[id] = county;
  }
  return ids;
}

/** Reads every region type and the Sotkanet ids from the snapshot folder into the file the import loads. */
export function buildRegionTypes(
  folder: string,
  municipalities: ReadonlySet<string>,
  asOf: string,
): RegionTypesFile {
  const read = (file: string) => {
    try {
      return readFileSync(resolve(folder, file), "utf8");
    } catch {
      throw new GeoBuildError(`missing input file ${resolve(folder, file)}`);
    }
  };
  const types: Record<string, TypeRegion[]> = {};
  for (const source of REGION_TYPE_SOURCES)
    types[source.id] = parseRegionType(read(source.file), source, municipalities);
  return {
    asOf,
    sources: [
      ...REGION_TYPE_SOURCES.map((s) => ({ id: s.id, file: s.file, edition: s.edition })),
      { id: "sotkanet", file: SOTKANET_FILE, edition: "2024" },
    ],
    types,
    sotkanet: parseSotkanetIds(read(SOTKANET_FILE)),
  };
}
