// An imported table as a dataset: one period, shown at its own level or aggregated from municipalities.
import { type Municipality, regionOf } from "./atlas.ts";
import type { Dataset, DatasetMetric } from "./dataset.ts";
import {
  type AggregationRule,
  hasRow,
  type ImportedTable,
  tableCell,
  tableNational,
} from "./importedTable.ts";
import { LEVELS, type LevelId, SHADEABLE_LEVELS } from "./levels.ts";

/** What of an imported table is shown: the user's choices. */
export interface ImportedView {
  /** A period of the table; null or unknown for the latest. */
  period: string | null;
  /** The level shown; null or one the table cannot be shown at for the table's own. */
  level: LevelId | null;
  /** Aggregation rules the user chose, by metric id; the guess otherwise. */
  rules: Readonly<Record<string, AggregationRule>>;
}

/** How much of a region an aggregate covers. */
export interface Coverage {
  /** Member municipalities with a value, of all its members. */
  count: number;
  of: number;
  /** Their share (0–1) of the region's population. */
  populationShare: number;
}

/** Where the reference value (the diverging centre, the "whole country" figure) comes from. */
export type ReferenceSource = "file" | "municipalities" | "regions";

export interface ImportedInfo {
  table: ImportedTable;
  period: string;
  /** The level of the table's rows. */
  sourceLevel: LevelId;
  /** The rule of a metric when the values are aggregated from municipalities; null when shown as given. */
  rule(metric: string): AggregationRule | null;
  reference(metric: string): {
    value: number | null;
    source: ReferenceSource;
    coverage: Coverage | null;
  };
  /** Coverage of an aggregated region's value of a metric; null when values are shown as given. */
  coverage(code: string, metric: string): Coverage | null;
  /** Aggregated regions some member municipality lacks a value for. */
  partial: string[];
  /** The value of any set of municipalities (a crossing employment area's county part). */
  aggregate(
    municipalities: readonly string[],
    metric: string,
  ): { value: number | null; coverage: Coverage } | null;
}

/**
 * Levels a table can be shown at: its own; municipality data also at every
 * other shadeable level of the registry, each a union of municipalities.
 */
export function shownLevels(table: ImportedTable): LevelId[] {
  return table.level === "municipality"
    ? [table.level, ...SHADEABLE_LEVELS.filter((l) => l !== table.level)]
    : [table.level];
}

const mean = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
};

/**
 * The dataset of an imported table for a view. Municipality values combine
 * into a larger region by the metric's rule: a sum, or a mean weighted by the
 * population of 31.12.2024 (the atlas's), over the member municipalities that
 * have a value; a region some member lacks is partial, its coverage told. The
 * row of a municipality that has merged since is added to its successor for a
 * sum; for a mean it cannot be weighted, and the successor has no value. The
 * reference is the file's whole-country row, else the aggregate of all
 * municipalities, else the mean of the regions.
 */
export function importedDataset(
  table: ImportedTable,
  view: ImportedView,
  atlas: { municipalities: readonly Municipality[]; codes: (level: LevelId) => string[] },
): Dataset {
  const period =
    view.period !== null && table.periods.includes(view.period)
      ? view.period
      : (table.periods[table.periods.length - 1] ?? "");
  const level =
    view.level !== null && shownLevels(table).includes(view.level) ? view.level : table.level;
  const aggregated = table.level === "municipality" && level !== "municipality";
  const ruleOf = (metric: string): AggregationRule =>
    view.rules[metric] ?? table.metrics.find((m) => m.id === metric)?.rule ?? "sum";
  const population = new Map(
    table.level === "municipality" ? atlas.municipalities.map((m) => [m.code, m.population]) : [],
  );

  /** A row's value at the table's own level, merged municipalities applied. */
  const own = (code: string, metric: string): number | null => {
    const v = tableCell(table, metric, period, code);
    const parts = table.merged.get(metric)?.get(period)?.get(code);
    if (!parts?.length) return v ?? null;
    if (ruleOf(metric) === "mean" || v === null) return null;
    return (v ?? 0) + parts.reduce((a, b) => a + b, 0);
  };
  const aggregate = (members: readonly string[], metric: string) => {
    let sum = 0;
    let weighted = 0;
    let weight = 0;
    let count = 0;
    let pop = 0;
    for (const code of members) {
      const p = population.get(code) ?? 0;
      pop += p;
      const v = own(code, metric);
      if (v === null) continue;
      count++;
      sum += v;
      weighted += v * p;
      weight += p;
    }
    const coverage = { count, of: members.length, populationShare: pop > 0 ? weight / pop : 0 };
    if (count === 0) return { value: null, coverage };
    return {
      value: ruleOf(metric) === "sum" ? sum : weight > 0 ? weighted / weight : null,
      coverage,
    };
  };
  const members = new Map<string, string[]>();
  if (aggregated)
    for (const m of atlas.municipalities) {
      const code = regionOf(m, level);
      if (code === null) continue;
      members.set(code, [...(members.get(code) ?? []), m.code]);
    }
  const codes = atlas.codes(level);
  const cache = new Map<string, Map<string, { value: number | null; coverage: Coverage }>>();
  const aggregateOf = (code: string, metric: string) => {
    let byCode = cache.get(metric);
    if (!byCode) {
      byCode = new Map(codes.map((c) => [c, aggregate(members.get(c) ?? [], metric)]));
      cache.set(metric, byCode);
    }
    return byCode.get(code) ?? null;
  };
  const value = (code: string, metric: string) =>
    aggregated ? (aggregateOf(code, metric)?.value ?? null) : own(code, metric);

  const references = new Map<string, ReturnType<ImportedInfo["reference"]>>();
  const reference = (metric: string) => {
    const known = references.get(metric);
    if (known) return known;
    const file = tableNational(table, metric, period);
    let made: ReturnType<ImportedInfo["reference"]>;
    if (file !== undefined) made = { value: file, source: "file", coverage: null };
    else if (table.level === "municipality") {
      const all = aggregate(
        atlas.municipalities.map((m) => m.code),
        metric,
      );
      made = { value: all.value, source: "municipalities", coverage: all.coverage };
    } else
      made = { value: mean(codes.map((c) => value(c, metric))), source: "regions", coverage: null };
    references.set(metric, made);
    return made;
  };
  const metrics = table.metrics.map(
    (m): DatasetMetric => ({
      id: m.id,
      // A sum is read as a count: its whole-country figure is the total, its centre the mean per region.
      kind: ruleOf(m.id) === "sum" && reference(m.id).source !== "regions" ? "count" : "value",
      label: { fi: m.label, sv: m.label, en: m.label },
      text: { fi: m.label, sv: m.label, en: m.label },
      digits: aggregated && ruleOf(m.id) === "mean" ? Math.max(1, m.digits) : m.digits,
      n: null,
    }),
  );
  const kindOf = (metric: string) => metrics.find((m) => m.id === metric)?.kind;
  const partial = aggregated
    ? codes.filter((c) =>
        table.metrics.some((m) => {
          const a = aggregateOf(c, m.id);
          return a !== null && a.coverage.count > 0 && a.coverage.count < a.coverage.of;
        }),
      )
    : [];
  return {
    kind: "imported",
    level,
    name: table.name,
    metrics,
    codes,
    value,
    national: (metric) =>
      kindOf(metric) === "count"
        ? mean(codes.map((c) => value(c, metric)))
        : reference(metric).value,
    summary: (metric) => reference(metric).value,
    // Partial aggregates are flagged the way small samples are: hatched, and told in the tooltip.
    smallSample: partial,
    smallSampleMin: null,
    respondents: () => null,
    survey: null,
    missing: aggregated ? [] : codes.filter((c) => !hasRow(table, period, c)).sort(),
    imported: {
      table,
      period,
      sourceLevel: table.level,
      rule: (metric) => (aggregated ? ruleOf(metric) : null),
      reference,
      coverage: (code, metric) =>
        aggregated ? (aggregateOf(code, metric)?.coverage ?? null) : null,
      partial,
      aggregate: (list, metric) =>
        table.level === "municipality" ? aggregate(list, metric) : null,
    },
  };
}

/** Whether a level is one a table of `level` rows can be shown at (for the URL). */
export function canShowAt(table: ImportedTable, level: LevelId): boolean {
  return shownLevels(table).includes(level) && LEVELS[level].shadeable;
}
