// An imported table as a dataset: one period and one category of each dimension, at its own level or aggregated.
import {
  type Aggregate,
  aggregateParts,
  type Coverage,
  type Parts,
  partsByRegion,
  unitsOf,
} from "./aggregation.ts";
import type { Municipality } from "./atlas.ts";
import type { Dataset, DatasetMetric } from "./dataset.ts";
import {
  type AggregationRule,
  categoriesOf,
  cellLine,
  combinationOf,
  hasRow,
  type ImportedTable,
  seriesKey,
  tableCell,
  tableNational,
} from "./importedTable.ts";
import { LEVELS, type LevelId, SHADEABLE_LEVELS } from "./levels.ts";
import { aggregateProvenance, type Provenance } from "./provenance.ts";

export type { Coverage } from "./aggregation.ts";

/** What of an imported table is shown: the user's choices. */
export interface ImportedView {
  /** A period of the table; null or unknown for the latest. */
  period: string | null;
  /** The level shown; null or one the table cannot be shown at for the table's own. */
  level: LevelId | null;
  /** Aggregation rules the user chose, by metric id; the guess otherwise. */
  rules: Readonly<Record<string, AggregationRule>>;
  /** The category chosen of each dimension, by dimension id; its total (or first) otherwise. */
  dims?: Readonly<Record<string, string>>;
}

/** Where the reference value (the diverging centre, the "whole country" figure) comes from. */
export type ReferenceSource = "file" | "municipalities" | "regions";

export interface ImportedInfo {
  table: ImportedTable;
  period: string;
  /** The category combination shown (see `combinationOf`). */
  combination: number;
  /** The level of the table's rows. */
  sourceLevel: LevelId;
  /** The rule of a metric when the values are aggregated from smaller regions; null when shown as given. */
  rule(metric: string): AggregationRule | null;
  reference(metric: string): {
    value: number | null;
    source: ReferenceSource;
    coverage: Coverage | null;
  };
  /** Coverage of an aggregated region's value of a metric; null when values are shown as given. */
  coverage(code: string, metric: string): Coverage | null;
  /** How a region's figure was made: the file's own row (its line) or the parts of a sum or mean. */
  provenance(code: string, metric: string): Provenance;
  /** The attributes of a region's row ("Maakunta: Lappi"), where the table has any. */
  attributes(code: string): { name: string; value: string }[];
  /** Aggregated regions some part lacks a value for. */
  partial: string[];
  /** The value of any set of municipalities (a crossing employment area's county part). */
  aggregate(
    municipalities: readonly string[],
    metric: string,
  ): { value: number | null; coverage: Coverage } | null;
}

/**
 * Levels a table can be shown at: its own; municipality data also at every
 * other shadeable level of the registry, each a union of municipalities;
 * another region type at the levels it lies within.
 */
export function shownLevels(table: ImportedTable): LevelId[] {
  if (table.source) return table.source.levels?.length ? table.source.levels : [table.level];
  return table.level === "municipality"
    ? [table.level, ...SHADEABLE_LEVELS.filter((l) => l !== table.level)]
    : [table.level];
}

const mean = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
};

/**
 * The dataset of an imported table for a view. Values of the chosen period and
 * categories only: categories are never added together, a total never to its
 * parts. Smaller regions combine into a larger one by the metric's rule (a
 * sum, or a mean weighted by the population of 31.12.2024) over the parts
 * lying whole within it that have a value; parts spanning it and others are
 * never counted. A municipality merged since is added to its successor for a
 * sum; for a mean the successor has no value. The reference is the file's
 * whole-country row, else the aggregate of all the rows' regions, else the
 * mean of the regions shown.
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
  const combination = combinationOf(table, view.dims ?? {});
  const picked = categoriesOf(table, combination);
  const level =
    view.level !== null && shownLevels(table).includes(view.level) ? view.level : table.level;
  const rowsAreUnits = table.source !== null || table.level === "municipality";
  const aggregated =
    table.source !== null || (table.level === "municipality" && level !== "municipality");
  const ruleOf = (metric: string): AggregationRule => {
    const chosen = view.rules[metric];
    if (chosen) return chosen;
    const m = table.metrics.find((x) => x.id === metric);
    const meanCategory = picked.some((p) => p.dimension.meanCategories.includes(p.index));
    return m?.rule === "mean" || meanCategory ? "mean" : "sum";
  };
  const units = rowsAreUnits ? unitsOf(table.source, atlas.municipalities) : new Map();
  const rowsOf = table.source?.type ?? table.level;

  /** A row's value at the table's own level, merged municipalities applied. */
  const own = (code: string, metric: string): number | null => {
    const v = tableCell(table, metric, period, code, combination);
    const parts = table.merged.get(seriesKey(metric, combination))?.get(period)?.get(code);
    if (!parts?.length) return v ?? null;
    if (ruleOf(metric) === "mean" || v === null || parts.some((p) => p.value === null)) return null;
    return (v ?? 0) + parts.reduce((a, p) => a + (p.value ?? 0), 0);
  };
  const ownProvenance = (code: string, metric: string): Provenance => {
    const v = tableCell(table, metric, period, code, combination);
    const line = cellLine(table, metric, period, code, combination);
    const merged = table.merged.get(seriesKey(metric, combination))?.get(period)?.get(code) ?? [];
    if (merged.length && ruleOf(metric) === "mean") return { kind: "mergedMean", line, merged };
    if (merged.some((p) => p.value === null)) return { kind: "mergedMissing", line, merged };
    if (v === undefined && !merged.length) return { kind: "noRow" };
    return { kind: "row", line, mark: v === null, merged };
  };
  const partsCache = new Map<LevelId, Map<string, Parts>>();
  const partsOf = (l: LevelId) => {
    let p = partsCache.get(l);
    if (!p) {
      p = partsByRegion(units, l, atlas.municipalities);
      partsCache.set(l, p);
    }
    return p;
  };
  const empty: Parts = { within: [], spanning: [], population: 0 };
  const cache = new Map<string, Aggregate>();
  const aggregateOf = (code: string, metric: string) => {
    const key = `${metric}\u0000${code}`;
    let a = cache.get(key);
    if (!a) {
      a = aggregateParts(partsOf(level).get(code) ?? empty, ruleOf(metric), (c) => own(c, metric));
      cache.set(key, a);
    }
    return a;
  };
  const value = (code: string, metric: string) =>
    aggregated ? aggregateOf(code, metric).value : own(code, metric);
  const codes = atlas.codes(level);

  /** Where a metric's reference comes from, without computing it (a table of 300 metrics needs all 300). */
  const referenceSource = (metric: string): ReferenceSource =>
    tableNational(table, metric, period, combination) !== undefined
      ? "file"
      : rowsAreUnits
        ? "municipalities"
        : "regions";
  const references = new Map<string, ReturnType<ImportedInfo["reference"]>>();
  const reference = (metric: string) => {
    const known = references.get(metric);
    if (known) return known;
    const file = tableNational(table, metric, period, combination);
    let made: ReturnType<ImportedInfo["reference"]>;
    if (file !== undefined) made = { value: file, source: "file", coverage: null };
    else if (rowsAreUnits) {
      const all = aggregateParts(
        {
          within: [...units.values()],
          spanning: [],
          population: [...units.values()].reduce((a, u) => a + u.population, 0),
        },
        ruleOf(metric),
        (c) => own(c, metric),
      );
      made = { value: all.value, source: "municipalities", coverage: all.coverage };
    } else
      made = { value: mean(codes.map((c) => value(c, metric))), source: "regions", coverage: null };
    references.set(metric, made);
    return made;
  };
  // The chosen categories name the figure wherever it is shown; a total goes without saying.
  const shownCategories = picked
    .filter((p) => p.index !== p.dimension.total)
    .map((p) => p.dimension.categories[p.index] ?? "");
  const metrics = table.metrics.map((m): DatasetMetric => {
    const label = [m.label, ...shownCategories].filter(Boolean).join(" – ");
    return {
      id: m.id,
      // A sum is read as a count: its whole-country figure is the total, its centre the mean per region.
      kind: ruleOf(m.id) === "sum" && referenceSource(m.id) !== "regions" ? "count" : "value",
      label: { fi: label, sv: label, en: label },
      text: { fi: label, sv: label, en: label },
      digits: aggregated && ruleOf(m.id) === "mean" ? Math.max(1, m.digits) : m.digits,
      n: null,
    };
  });
  const kindOf = (metric: string) => metrics.find((m) => m.id === metric)?.kind;
  const partial = aggregated
    ? codes.filter((c) =>
        table.metrics.some((m) => {
          const a = aggregateOf(c, m.id);
          return a.coverage.count > 0 && a.coverage.count < a.coverage.of;
        }),
      )
    : [];
  const attributes = (code: string) =>
    aggregated
      ? []
      : table.attributes.flatMap((a) =>
          a.values[code] ? [{ name: a.name, value: a.values[code] as string }] : [],
        );
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
    missing: aggregated ? [] : codes.filter((c) => !hasRow(table, period, c, combination)).sort(),
    imported: {
      table,
      period,
      combination,
      sourceLevel: table.level,
      rule: (metric) => (aggregated ? ruleOf(metric) : null),
      reference,
      coverage: (code, metric) => (aggregated ? aggregateOf(code, metric).coverage : null),
      provenance: (code, metric) =>
        aggregated
          ? aggregateProvenance(
              aggregateOf(code, metric),
              partsOf(level).get(code) ?? empty,
              ruleOf(metric),
              rowsOf,
              (c) => cellLine(table, metric, period, c, combination),
            )
          : ownProvenance(code, metric),
      attributes,
      partial,
      aggregate: (list, metric) => {
        if (table.level !== "municipality" || table.source) return null;
        const within = list.flatMap((c) => {
          const u = units.get(c);
          return u ? [u] : [];
        });
        const a = aggregateParts(
          { within, spanning: [], population: within.reduce((s, u) => s + u.population, 0) },
          ruleOf(metric),
          (c) => own(c, metric),
        );
        return { value: a.value, coverage: a.coverage };
      },
    },
  };
}

/** Whether a level is one a table of `level` rows can be shown at (for the URL). */
export function canShowAt(table: ImportedTable, level: LevelId): boolean {
  return shownLevels(table).includes(level) && LEVELS[level].shadeable;
}
