// Parses the National Land Survey's municipal areas (kunta, maa_km2, sisavesi_km2, meri_km2).
import { csvParse } from "d3-dsv";
import { GeoBuildError } from "./errors.ts";
import type { LandAreas } from "./types.ts";

const COLUMNS = ["kunta", "maa_km2", "sisavesi_km2", "meri_km2"] as const;

/**
 * Land, inland water and sea in km² by municipality code, as published (two
 * decimals). A missing column, a code given twice, or a figure that is not a
 * finite number ≥ 0 stops the build, naming the row. Land must be > 0: every
 * municipality has some.
 */
export function parseLandAreas(text: string, source = "land areas"): Map<string, LandAreas> {
  const rows = csvParse(text);
  const missing = COLUMNS.filter((c) => !rows.columns.includes(c));
  if (missing.length) throw new GeoBuildError(`${source}: missing columns ${missing.join(", ")}`);
  const areas = new Map<string, LandAreas>();
  rows.forEach((row, i) => {
    const code = (row.kunta ?? "").trim();
    const figure = (column: (typeof COLUMNS)[number]) => {
      const value = Number((row[column] ?? "").trim());
      if ((row[column] ?? "").trim() === "" || !Number.isFinite(value) || value < 0)
        throw new GeoBuildError(`${source} row ${i + 2}: bad ${column} "${row[column]}"`);
      return value;
    };
    if (!code) throw new GeoBuildError(`${source} row ${i + 2}: no municipality code`);
    if (areas.has(code)) throw new GeoBuildError(`${source}: municipality ${code} twice`);
    const land = figure("maa_km2");
    if (land === 0)
      throw new GeoBuildError(`${source} row ${i + 2}: municipality ${code} has no land`);
    areas.set(code, { land, inlandWater: figure("sisavesi_km2"), sea: figure("meri_km2") });
  });
  return areas;
}
