// What the map shades: the survey by county, or a user's imported table at any shadeable level.

import type { Localized } from "../i18n/language.ts";
import type { LevelId } from "./levels.ts";
import type { Survey } from "./survey.ts";

/** A user's table as the import reads it: values by region code of one level. */
export interface ImportedTable {
  level: LevelId;
  /** The numeric columns' headers, in file order: each becomes a metric. */
  columns: string[];
  /** Values by region code, in `columns` order; null for an empty cell. */
  values: Map<string, (number | null)[]>;
  /** Codes of the level's regions the file does not give, sorted. */
  missing: string[];
  /** Headers of columns with no numbers, left out. */
  ignoredColumns: string[];
}

export interface DatasetMetric {
  id: string;
  /** Short name for pickers, legends and column heads. */
  label: Localized;
  /** Full text (the survey question). */
  text: Localized;
  /** Decimals to show. */
  digits: number;
}

export interface Dataset {
  kind: "survey" | "imported";
  level: LevelId;
  /** The file name of an imported table; the survey's id otherwise. */
  name: string;
  metrics: DatasetMetric[];
  /** Codes of every region of the level, whether or not the data has a value for it. */
  codes: string[];
  value(code: string, metric: string): number | null;
  /** The reference value: the survey's all-respondents row, or the mean of the regions. */
  national(metric: string): number | null;
  /**
   * The summary row of tables and exports: the survey's all-respondents row as
   * published (for `respondents` the total, 486), or the mean of the regions.
   */
  summary(metric: string): number | null;
  /** Codes flagged for too few respondents (the survey only). */
  smallSample: string[];
  /** Respondents by region (the survey only). */
  respondents(code: string): number | null;
  /** Regions with no row in an imported table. */
  missing: string[];
}

const mean = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
};

/** The survey as a dataset; for `respondents`, whose all-respondents figure is a total, the reference is the mean per county. */
export function surveyDataset(survey: Survey, counties: readonly string[]): Dataset {
  const value = (code: string, metric: string) =>
    (survey.byCounty.get(code) as Record<string, number | null> | undefined)?.[metric] ?? null;
  return {
    kind: "survey",
    level: "county",
    name: survey.meta.id,
    metrics: survey.meta.metrics.map((m) => ({
      id: m.id,
      label: m.short,
      text: m.text,
      digits: m.id === "respondents" ? 0 : 1,
    })),
    codes: [...counties],
    value,
    national: (metric) =>
      metric === "respondents"
        ? mean(counties.map((c) => value(c, metric)))
        : ((survey.national as Record<string, number | null>)[metric] ?? null),
    summary: (metric) => (survey.national as Record<string, number | null>)[metric] ?? null,
    smallSample: counties
      .filter((c) => {
        const n = value(c, "respondents");
        return n !== null && n < survey.meta.smallSample;
      })
      .sort(),
    respondents: (code) => value(code, "respondents"),
    missing: [],
  };
}

/** Decimals a column needs: the most any of its values has, at most 2. */
function decimals(values: (number | null)[]): number {
  let most = 0;
  for (const v of values)
    if (v !== null) most = Math.max(most, (String(v).split(".")[1] ?? "").length);
  return Math.min(2, most);
}

/** An imported table as a dataset; metric ids are `c1`, `c2`… in column order, labelled by the headers. */
export function importedDataset(
  table: ImportedTable,
  name: string,
  codes: readonly string[],
): Dataset {
  const metrics = table.columns.map((column, i) => ({
    id: `c${i + 1}`,
    label: { fi: column, sv: column, en: column },
    text: { fi: column, sv: column, en: column },
    digits: decimals([...table.values.values()].map((v) => v[i] ?? null)),
  }));
  const index = new Map(metrics.map((m, i) => [m.id, i]));
  const value = (code: string, metric: string) => {
    const i = index.get(metric);
    return i === undefined ? null : (table.values.get(code)?.[i] ?? null);
  };
  return {
    kind: "imported",
    level: table.level,
    name,
    metrics,
    codes: [...codes],
    value,
    national: (metric) => mean(codes.map((c) => value(c, metric))),
    summary: (metric) => mean(codes.map((c) => value(c, metric))),
    smallSample: [],
    respondents: () => null,
    missing: table.missing,
  };
}
