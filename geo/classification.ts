// Parses Statistics Finland's municipality classification tables (CSV) into codes and names, level by level.
import { csvParse } from "d3-dsv";
import { GeoBuildError } from "./errors.ts";
import { type ClassificationFile, GEO_LEVEL_IDS, GEO_LEVELS, type GeoLevelId } from "./levels.ts";
import type { Classification, MunicipalityClass, Names } from "./types.ts";

/** One classification file, parsed: each municipality's codes at the file's levels, and their names. */
export interface ClassificationTable {
  /** The levels the file classifies into (those of `GEO_LEVELS` that name it). */
  levels: GeoLevelId[];
  municipalities: {
    code: string;
    /** Its own name (the main table only; a table of one more level has none). */
    name: { fi: string; sv: string } | null;
    memberships: Partial<Record<GeoLevelId, string>>;
  }[];
  names: Partial<Record<GeoLevelId, Map<string, Names>>>;
}

/** The levels whose codes a file gives. */
export const levelsOf = (file: ClassificationFile): GeoLevelId[] =>
  GEO_LEVEL_IDS.filter((id) => GEO_LEVELS[id].file === file);

/**
 * Parses a classification CSV: `kunta`, and for each level the file gives (see
 * `GEO_LEVELS`) its code column and names (`<column>_nimi`, `_namn`, `_name`);
 * the main table (`kunta_luokitukset_<YEAR>.csv`) also names the municipalities
 * (`kunta_nimi`, `kunta_namn`). Names are trimmed (the source pads some Swedish
 * names with spaces). A missing column, an empty code, a municipality listed
 * twice, or a code given two different names stops the build, naming the row.
 */
export function parseClassification(
  text: string,
  source = "classification",
  file: ClassificationFile = "classification",
): ClassificationTable {
  const levels = levelsOf(file);
  const own = file === "classification" ? ["kunta_nimi", "kunta_namn"] : [];
  const columns = [
    "kunta",
    ...own,
    ...levels.flatMap((id) =>
      ["", "_nimi", "_namn", "_name"].map((s) => GEO_LEVELS[id].column + s),
    ),
  ];
  const rows = csvParse(text);
  const missing = columns.filter((c) => !rows.columns.includes(c));
  if (missing.length) throw new GeoBuildError(`${source}: missing columns ${missing.join(", ")}`);

  const municipalities: ClassificationTable["municipalities"] = [];
  const names = Object.fromEntries(levels.map((id) => [id, new Map<string, Names>()]));
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const cell = (c: string) => (row[c] ?? "").trim();
    const where = `${source} row ${i + 2} (municipality ${cell("kunta") || "?"})`;
    const code = cell("kunta");
    if (!code) throw new GeoBuildError(`${where}: no municipality code`);
    if (seen.has(code)) throw new GeoBuildError(`${where}: municipality ${code} listed twice`);
    seen.add(code);
    const memberships: Partial<Record<GeoLevelId, string>> = {};
    for (const id of levels) {
      const { column, one } = GEO_LEVELS[id];
      const region = cell(column);
      if (!region) throw new GeoBuildError(`${where}: no ${one}`);
      memberships[id] = region;
      const fi = cell(`${column}_nimi`);
      const name = { fi, sv: cell(`${column}_namn`) || fi, en: cell(`${column}_name`) || fi };
      addName(names[id] as Map<string, Names>, region, name, where);
    }
    municipalities.push({
      code,
      name: own.length
        ? { fi: cell("kunta_nimi"), sv: cell("kunta_namn") || cell("kunta_nimi") }
        : null,
      memberships,
    });
  });
  return { levels, municipalities, names };
}

/**
 * The main table joined with the tables of further levels, by municipality
 * code. A municipality one table has and another lacks stops the build,
 * naming the codes and the table.
 */
export function joinClassification(
  main: ClassificationTable,
  more: readonly { source: string; table: ClassificationTable }[] = [],
): Classification {
  const names = { ...main.names };
  const byCode = new Map(main.municipalities.map((m) => [m.code, { ...m.memberships }]));
  for (const { source, table } of more) {
    const codes = new Set(table.municipalities.map((m) => m.code));
    const absent = [...byCode.keys()].filter((c) => !codes.has(c));
    if (absent.length)
      throw new GeoBuildError(`${source}: no row for municipalities ${absent.join(", ")}`);
    const unknown = [...codes].filter((c) => !byCode.has(c));
    if (unknown.length)
      throw new GeoBuildError(
        `${source}: municipalities the classification does not know: ${unknown.join(", ")}`,
      );
    for (const m of table.municipalities) Object.assign(byCode.get(m.code) ?? {}, m.memberships);
    Object.assign(names, table.names);
  }
  const missing = GEO_LEVEL_IDS.filter((id) => !names[id]);
  if (missing.length) throw new GeoBuildError(`no classification for ${missing.join(", ")}`);
  return {
    municipalities: main.municipalities.map(
      (m): MunicipalityClass => ({
        code: m.code,
        name: m.name ?? { fi: m.code, sv: m.code },
        memberships: byCode.get(m.code) as Record<GeoLevelId, string>,
      }),
    ),
    names: names as Classification["names"],
  };
}

function addName(names: Map<string, Names>, code: string, name: Names, where: string): void {
  const known = names.get(code);
  if (!known) names.set(code, name);
  else if (known.fi !== name.fi || known.sv !== name.sv || known.en !== name.en)
    throw new GeoBuildError(`${where}: code ${code} is named "${name.fi}", earlier "${known.fi}"`);
}
