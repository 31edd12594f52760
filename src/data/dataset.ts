// What the map shades: the survey by county, or a user's imported table at any shadeable level.

import type { Localized } from "../i18n/language.ts";
import type { ImportedInfo } from "./importedDataset.ts";
import type { LevelId } from "./levels.ts";
import type { Survey, SurveyMeta } from "./survey.ts";

export interface DatasetMetric {
  id: string;
  /**
   * How it is read. A survey "mean" is ranked only among regions with enough
   * respondents and compared with the published national mean; a "count" is
   * summed for the whole country and compared with the mean per region; a
   * "value" of an imported table is compared with the mean of the regions.
   */
  kind: "mean" | "count" | "value";
  /** Short name for pickers, legends and column heads. */
  label: Localized;
  /** Full text (the survey question). */
  text: Localized;
  /** Decimals to show. */
  digits: number;
  /** A unit written after each figure ("%", "€"), the author's; absent for none. */
  unit?: string;
  /** Answers behind the national figure (the survey's N per question); null where unknown. */
  n: number | null;
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
  /**
   * The value a region is compared with (the diverging scheme's centre, the
   * legend's mark): a survey mean's published all-respondents figure; for a
   * count or an imported value, the mean of the regions.
   */
  national(metric: string): number | null;
  /**
   * The summary row of tables and exports, as published: the all-respondents
   * mean, or for a count the national total (486 respondents); for an imported
   * table, the mean of the regions.
   */
  summary(metric: string): number | null;
  /** Codes flagged for too few respondents (the survey only): hatched, and not ranked on means. */
  smallSample: string[];
  /** The fewest respondents a region needs not to be flagged (the survey only). */
  smallSampleMin: number | null;
  /** Respondents by region (the survey only): a county's N. */
  respondents(code: string): number | null;
  /** The survey's metadata (the survey only). */
  survey: SurveyMeta | null;
  /** Regions with no row in an imported table. */
  missing: string[];
  /** An imported table's period, level, aggregation and coverage; null for the survey. */
  imported: ImportedInfo | null;
}

const mean = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
};

/**
 * The survey as a dataset. A count's reference is the mean per county (its
 * national figure, the total, is its summary); a county's N is its count of
 * respondents, the survey's first count metric.
 */
export function surveyDataset(survey: Survey, counties: readonly string[]): Dataset {
  const value = (code: string, metric: string) => survey.byCounty.get(code)?.[metric] ?? null;
  const kind = (metric: string) => survey.meta.metrics.find((m) => m.id === metric)?.kind;
  const count = survey.meta.metrics.find((m) => m.kind === "count")?.id;
  const respondents = (code: string) => (count ? value(code, count) : null);
  return {
    kind: "survey",
    level: "county",
    name: survey.meta.id,
    metrics: survey.meta.metrics.map((m) => ({
      id: m.id,
      kind: m.kind,
      label: m.short,
      text: m.text,
      digits: m.kind === "count" ? 0 : 1,
      n: m.n,
    })),
    codes: [...counties],
    value,
    national: (metric) =>
      kind(metric) === "count"
        ? mean(counties.map((c) => value(c, metric)))
        : (survey.national[metric] ?? null),
    summary: (metric) => survey.national[metric] ?? null,
    smallSample: counties
      .filter((c) => {
        const n = respondents(c);
        return n !== null && n < survey.meta.smallSample;
      })
      .sort(),
    smallSampleMin: survey.meta.smallSample,
    respondents,
    survey: survey.meta,
    missing: [],
    imported: null,
  };
}
