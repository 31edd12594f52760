// Parses a survey edition's table (CSV, with its metadata) and joins its rows to the counties.
import { csvParseRows } from "d3-dsv";
import type { Region } from "./atlas.ts";
import { regionMatcher } from "./regionMatcher.ts";
import type { SurveyMeta } from "./surveyMeta.ts";

export type { MetricInfo, MetricKind, SurveyMeta } from "./surveyMeta.ts";

/** Values by metric id; null where the table has none. */
export type MetricValues = Record<string, number | null>;

export interface Survey {
  meta: SurveyMeta;
  /** Values by county code, for every county in the atlas (nulls where the table has none). */
  byCounty: Map<string, MetricValues>;
  /** The all-respondents row, as published. */
  national: MetricValues;
}

/** The survey cannot be read or joined; the message names the row or column. */
export class SurveyError extends Error {
  override name = "SurveyError";
}

/** Reads a decimal cell: point or comma; empty means no value. Anything else is an error. */
function cellValue(raw: string | undefined, where: string): number | null {
  const text = (raw ?? "").trim().replace(",", ".");
  if (text === "") return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new SurveyError(`${where}: "${raw}" is not a number`);
  return value;
}

/**
 * Parses the survey CSV (a county column, one column per metric of the
 * metadata) and joins each row to a county through the region matcher, which
 * accepts the short names of the table ("Vantaa-Kerava", "Helsinki") and full
 * names in fi/sv/en. The row named `meta.nationalRow` is the national figure.
 * A column the metadata does not name, a metric without its column, a row that
 * matches no county or a county given twice is an error that names it.
 */
export function parseSurvey(csv: string, meta: SurveyMeta, counties: readonly Region[]): Survey {
  // Rows as objects, built here: d3-dsv's csvParse compiles a function with
  // Function(), which the Content Security Policy (no eval) forbids.
  const [columns = [], ...cells] = csvParseRows(csv);
  const ids = meta.metrics.map((m) => m.id);
  if (!columns.includes(meta.countyColumn))
    throw new SurveyError(`the table has no column "${meta.countyColumn}"`);
  const metricColumns = columns.filter((c) => c !== meta.countyColumn);
  const unknown = metricColumns.filter((c) => !ids.includes(c));
  if (unknown.length) throw new SurveyError(`unknown metric columns: ${unknown.join(", ")}`);
  const absent = ids.filter((id) => !metricColumns.includes(id));
  if (absent.length) throw new SurveyError(`missing metric columns: ${absent.join(", ")}`);

  const matcher = regionMatcher(counties);
  const byCounty = new Map<string, MetricValues>();
  const rowOf = new Map<string, string>();
  let national: MetricValues | null = null;
  cells.forEach((cell, i) => {
    const row = Object.fromEntries(columns.map((c, j) => [c, cell[j] ?? ""]));
    const name = (row[meta.countyColumn] ?? "").trim();
    const where = `row ${i + 2} "${name}"`;
    const values = Object.fromEntries(
      ids.map((id) => [id, cellValue(row[id], `${where}, column ${id}`)]),
    );
    if (name === meta.nationalRow) {
      national = values;
      return;
    }
    const code = matcher.match(name);
    if (code === undefined) throw new SurveyError(`${where} matches no county`);
    const earlier = rowOf.get(code);
    if (earlier) throw new SurveyError(`${where} is the same county as ${earlier}`);
    rowOf.set(code, where);
    byCounty.set(code, values);
  });
  if (!national) throw new SurveyError(`the table has no row "${meta.nationalRow}"`);
  const empty = Object.fromEntries(ids.map((id) => [id, null]));
  for (const c of counties) if (!byCounty.has(c.code)) byCounty.set(c.code, { ...empty });
  return { meta, byCounty, national };
}
