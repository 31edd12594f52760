// Parses the survey table (CSV plus metadata) and joins its rows to the counties.
import { csvParseRows } from "d3-dsv";
import type { Localized } from "../i18n/language.ts";
import type { Region } from "./atlas.ts";
import { isMetricId, METRIC_IDS, type MetricId } from "./metrics.ts";
import { regionMatcher } from "./regionMatcher.ts";

export interface MetricInfo {
  id: MetricId;
  text: Localized;
  short: Localized;
  /** Answers to the question (for `respondents`, all respondents). */
  n: number;
  /** The range row of the table, [min, max]; absent for `respondents`. */
  range?: [number, number];
}

export interface SurveyMeta {
  id: string;
  publisher: Localized;
  title: Localized;
  period: { start: string; end: string; label: string };
  respondents: { n: number; who: Localized };
  question: Localized;
  scale: { min: number; max: number; low: Localized; high: Localized; statistic: Localized };
  countyColumn: string;
  nationalRow: string;
  /** Counties with fewer respondents than this are flagged. */
  smallSample: number;
  metrics: MetricInfo[];
}

export type MetricValues = Record<MetricId, number | null>;

export interface Survey {
  meta: SurveyMeta;
  /** Values by county code, for every county in the atlas (null where the table has none). */
  byCounty: Map<string, MetricValues>;
  /** The all-respondents row. */
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
 * Parses the survey CSV (a county column, one column per metric id) and joins
 * each row to a county through the region matcher, which accepts the short
 * names of the table ("Vantaa-Kerava", "Helsinki") and full names in fi/sv/en.
 * The row named `meta.nationalRow` is the national figure. An unknown metric
 * column, a missing one, a row that matches no county or a county given twice
 * is an error that names the row.
 */
export function parseSurvey(csv: string, meta: SurveyMeta, counties: readonly Region[]): Survey {
  // Rows as objects, built here: d3-dsv's csvParse compiles a function with
  // Function(), which the Content Security Policy (no eval) forbids.
  const [columns = [], ...cells] = csvParseRows(csv);
  const rows = Object.assign(
    cells.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ""]))),
    { columns },
  );
  if (!rows.columns.includes(meta.countyColumn))
    throw new SurveyError(`the table has no column "${meta.countyColumn}"`);
  const metricColumns = rows.columns.filter((c) => c !== meta.countyColumn);
  const unknown = metricColumns.filter((c) => !isMetricId(c));
  if (unknown.length) throw new SurveyError(`unknown metric columns: ${unknown.join(", ")}`);
  const absent = METRIC_IDS.filter((id) => !metricColumns.includes(id));
  if (absent.length) throw new SurveyError(`missing metric columns: ${absent.join(", ")}`);

  const matcher = regionMatcher(counties);
  const byCounty = new Map<string, MetricValues>();
  const rowOf = new Map<string, string>();
  let national: MetricValues | null = null;
  rows.forEach((row, i) => {
    const name = (row[meta.countyColumn] ?? "").trim();
    const where = `row ${i + 2} "${name}"`;
    const values = Object.fromEntries(
      METRIC_IDS.map((id) => [id, cellValue(row[id], `${where}, column ${id}`)]),
    ) as MetricValues;
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
  const empty = Object.fromEntries(METRIC_IDS.map((id) => [id, null])) as MetricValues;
  for (const c of counties) if (!byCounty.has(c.code)) byCounty.set(c.code, { ...empty });
  return { meta, byCounty, national };
}
