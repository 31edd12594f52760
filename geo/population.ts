// Parses the population table (Sotkanet CSV: kunta, vuosi, vaesto).
import { csvParse } from "d3-dsv";
import { GeoBuildError } from "./errors.ts";

/** Population by municipality code. A non-integer or negative count stops the build. */
export function parsePopulation(text: string, source = "population"): Map<string, number> {
  const rows = csvParse(text);
  for (const c of ["kunta", "vaesto"])
    if (!rows.columns.includes(c)) throw new GeoBuildError(`${source}: missing column ${c}`);
  const population = new Map<string, number>();
  rows.forEach((row, i) => {
    const code = (row.kunta ?? "").trim();
    const count = Number(row.vaesto);
    if (!code || !Number.isInteger(count) || count < 0)
      throw new GeoBuildError(`${source} row ${i + 2}: bad row "${code}", "${row.vaesto}"`);
    if (population.has(code)) throw new GeoBuildError(`${source}: municipality ${code} twice`);
    population.set(code, count);
  });
  return population;
}
