// Parses Statistics Finland's municipality classification table (CSV) into codes and names.
import { csvParse } from "d3-dsv";
import { GeoBuildError } from "./errors.ts";
import type { Classification, MunicipalityClass, Names } from "./types.ts";

const COLUMNS = [
  "kunta",
  "kunta_nimi",
  "kunta_namn",
  "hyvinvointialue",
  "hyvinvointialue_nimi",
  "hyvinvointialue_namn",
  "hyvinvointialue_name",
  "tyollisyysalue",
  "tyollisyysalue_nimi",
  "tyollisyysalue_namn",
  "tyollisyysalue_name",
  "maakunta",
  "maakunta_nimi",
  "maakunta_namn",
  "maakunta_name",
] as const;

/**
 * Parses the classification CSV (`kunta_luokitukset_<YEAR>.csv`). Names are
 * trimmed (the source pads some Swedish names with spaces). A missing column,
 * an empty county or employment-area code, a municipality listed twice, or a
 * county or area code given two different names stops the build, naming the row.
 */
export function parseClassification(text: string, source = "classification"): Classification {
  const rows = csvParse(text);
  const missing = COLUMNS.filter((c) => !rows.columns.includes(c));
  if (missing.length) throw new GeoBuildError(`${source}: missing columns ${missing.join(", ")}`);

  const municipalities: MunicipalityClass[] = [];
  const countyNames = new Map<string, Names>();
  const employmentAreaNames = new Map<string, Names>();
  const maakuntaNames = new Map<string, Names>();
  const seen = new Set<string>();

  rows.forEach((row, i) => {
    const cell = (c: (typeof COLUMNS)[number]) => (row[c] ?? "").trim();
    const where = `${source} row ${i + 2} (municipality ${cell("kunta") || "?"})`;
    const code = cell("kunta");
    if (!code) throw new GeoBuildError(`${where}: no municipality code`);
    if (seen.has(code)) throw new GeoBuildError(`${where}: municipality ${code} listed twice`);
    seen.add(code);
    const county = cell("hyvinvointialue");
    const employmentArea = cell("tyollisyysalue");
    if (!county) throw new GeoBuildError(`${where}: no wellbeing services county`);
    if (!employmentArea) throw new GeoBuildError(`${where}: no employment area`);
    const maakunta = cell("maakunta");
    if (!maakunta) throw new GeoBuildError(`${where}: no region (maakunta)`);
    municipalities.push({
      code,
      name: { fi: cell("kunta_nimi"), sv: cell("kunta_namn") || cell("kunta_nimi") },
      county,
      employmentArea,
      maakunta,
    });
    addName(countyNames, county, namesOf(cell, "hyvinvointialue"), where);
    addName(employmentAreaNames, employmentArea, namesOf(cell, "tyollisyysalue"), where);
    addName(maakuntaNames, maakunta, namesOf(cell, "maakunta"), where);
  });
  return { municipalities, countyNames, employmentAreaNames, maakuntaNames };
}

function namesOf(
  cell: (c: (typeof COLUMNS)[number]) => string,
  prefix: "hyvinvointialue" | "tyollisyysalue" | "maakunta",
): Names {
  const fi = cell(`${prefix}_nimi`);
  return { fi, sv: cell(`${prefix}_namn`) || fi, en: cell(`${prefix}_name`) || fi };
}

function addName(names: Map<string, Names>, code: string, name: Names, where: string): void {
  const known = names.get(code);
  if (!known) names.set(code, name);
  else if (known.fi !== name.fi || known.sv !== name.sv || known.en !== name.en)
    throw new GeoBuildError(`${where}: code ${code} is named "${name.fi}", earlier "${known.fi}"`);
}
