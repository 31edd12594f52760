// Reshapes a table's rows into region × period × dimensions × measures, keeping the line of every value.
import type { ImportedAttribute, ImportedDimension, ImportedTable } from "../data/importedTable.ts";
import type { Roles } from "./columnRoles.ts";
import { Entries, Index, RowKind } from "./entries.ts";
import type { Row } from "./layout.ts";
import type { Notes } from "./notes.ts";
import { isTooLarge, parseNumber } from "./numbers.ts";
import { pack } from "./pack.ts";
import { comparePeriods, joinPeriod, parsePeriod } from "./periods.ts";
import type { CellRead, Place } from "./regionCells.ts";
import { rowRegion } from "./rowRegion.ts";
import { guessRule } from "./ruleGuess.ts";
import type { TableSchema } from "./schema.ts";
import { isTotalCategory, totalCategory } from "./totals.ts";

/** Categories whose values are shares or rates: a metric shown for one of them is a mean. */
const MEAN_CATEGORY =
  /%|‰|prosent|osuus|andel|share|\brate\b|\bper\b|\/|keskiarvo|keskim|medel|\bmean\b|mediaani|median|indeksi|index|aste\b|kohden|kohti/i;

/** Headers of a dimension: a column of one category ("Sukupuoli: Naiset") says what every figure is of. */
const DIMENSION_HEADER =
  /sukupuoli|kön|\bsex\b|gender|ikä|ålder|\bage\b|toimiala|näringsgren|industry|etuus|förmån|benefit|koulutus|utbildning|education|tiedot|uppgifter|information|indikaattori|indicator|muuttuja|variable|ryhmä|grupp|group|luokka|klass|class|tyyppi|typ|type/i;

/** The most values a table may hold after reshaping (metrics × rows): 64 MB of them. */
export const MAX_VALUES = 8_000_000;

/** The table's values and what names them, as the table model holds them, with what the limits count. */
export interface Reshaped
  extends Pick<
    ImportedTable,
    | "periods"
    | "metrics"
    | "dimensions"
    | "attributes"
    | "codes"
    | "cells"
    | "lines"
    | "national"
    | "merged"
  > {
  /** Region × period × combination rows, before packing: what the limit counts. */
  rows: number;
  tooManyMetrics: number | null;
}

const cell = (r: Row, c: number) => (r.cells[c] ?? "").trim();

/**
 * Reads every row: its region (or why it is set aside, noted), its period (a
 * row whose period is no period is set aside, noted), its categories, and
 * each value column's value under the metric it names: the column, the
 * category of a measure dimension, and what a column of one category says of
 * every figure ("Naiset"). Values are then packed (see `pack`); each metric's
 * rule comes from its label, unit and values. Nothing is packed when the
 * metrics or values exceed their limits (`tooManyMetrics`, `rows`).
 */
export function reshape(
  header: readonly string[],
  body: readonly Row[],
  regionColumn: number,
  place: Place,
  read: (cell: string) => CellRead,
  roles: Roles,
  schema: TableSchema | null,
  notes: Notes,
  title: string,
  maxMetrics: number,
): Reshaped {
  const dims = roles.dimensions.map(() => new Index());
  const periods = new Index();
  const codes = new Index();
  const metricLabels = new Index();
  const attributes = roles.attributes.map((c) => ({
    name: header[c] ?? "",
    values: {} as Record<string, string>,
  }));
  const single = roles.measures.length === 1 && roles.measureDimension !== null;
  // What every figure is of, where a column says it once ("Sukupuoli: Naiset"); a total goes without saying.
  const fixed = roles.fixed
    .filter((f) => schema || DIMENSION_HEADER.test(header[f.column] ?? ""))
    .map((f) => f.value)
    .filter((v) => v && !isTotalCategory(v));
  const unitOf = new Map<number, string>();
  const measureOf = new Map<number, string>();
  const measureName = (c: number) => {
    const p = roles.headerPeriods.get(c);
    return p ? p.name || title : (header[c] ?? "");
  };
  const entries = new Entries(roles.dimensions.length);
  let tooMany = false;

  for (const row of body) {
    const name = cell(row, regionColumn);
    if (!name) {
      if (roles.measures.some((c) => cell(row, c) !== "")) notes.add("emptyRegion", row.line, "");
      continue;
    }
    const region = rowRegion(name, row.line, place, read, notes);
    if (region.kind === "aside") continue;
    let rowPeriod = "";
    if (roles.periodColumn !== null) {
      const raw = cell(row, roles.periodColumn);
      const p = roles.periodPart
        ? joinPeriod(raw, cell(row, roles.periodPart.column), roles.periodPart.kind)
        : parsePeriod(raw);
      if (p === null) {
        notes.add("invalidPeriod", row.line, raw);
        continue;
      }
      rowPeriod = p;
    }
    const kind =
      region.kind === "country"
        ? RowKind.Country
        : region.kind === "merged"
          ? RowKind.Merged
          : RowKind.Region;
    const dimIndex = roles.dimensions.map((c, i) => (dims[i] as Index).of(cell(row, c)));
    const measureCat = roles.measureDimension === null ? "" : cell(row, roles.measureDimension);
    const code = region.kind === "region" ? region.code : null;
    if (code !== null)
      roles.attributes.forEach((c, i) => {
        const values = (attributes[i] as ImportedAttribute).values;
        if (values[code] === undefined && cell(row, c)) values[code] = cell(row, c);
      });
    for (const c of roles.measures) {
      const p = roles.headerPeriods.get(c);
      const label = [...(single ? [measureCat] : [measureName(c), measureCat]), ...fixed]
        .filter(Boolean)
        .join(" – ");
      if (!metricLabels.has(label) && metricLabels.list.length >= maxMetrics) {
        tooMany = true;
        continue;
      }
      const m = metricLabels.of(label);
      if (!measureOf.has(m)) measureOf.set(m, measureCat || measureName(c));
      if (roles.unitColumn !== null && !unitOf.has(m) && cell(row, roles.unitColumn))
        unitOf.set(m, cell(row, roles.unitColumn));
      const raw = cell(row, c);
      const value = parseNumber(raw);
      if (Number.isNaN(value))
        notes.add(
          isTooLarge(raw) ? "tooLargeNumber" : "notNumber",
          row.line,
          `${header[c]}: ${raw.slice(0, 40)}`,
        );
      const v = value === null || Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
      entries.push(
        {
          metric: m,
          code: code === null ? -1 : codes.of(code),
          period: periods.of(p ? p.period : rowPeriod),
          value: v,
          line: row.line,
          kind,
        },
        dimIndex,
        region.kind === "merged"
          ? { ...region.from, value: Number.isFinite(v) ? v : null, line: row.line }
          : null,
      );
    }
  }

  // Periods in time order; categories in file order, each dimension with its total.
  const sortedPeriods = [...periods.list].sort(comparePeriods);
  const dimensions: ImportedDimension[] = roles.dimensions.map((c, i) => {
    const categories = (dims[i] as Index).list;
    return {
      id: `d${i + 1}`,
      name: header[c] ?? "",
      categories,
      total: totalCategory(categories, schema?.totals[c] ?? null),
      meanCategories: categories.flatMap((cat, j) => (MEAN_CATEGORY.test(cat) ? [j] : [])),
    };
  });
  const combos = dimensions.reduce((n, d) => n * Math.max(1, d.categories.length), 1);
  const M = metricLabels.list.length;
  const rows = combos * sortedPeriods.length * codes.list.length;
  const result: Reshaped = {
    periods: sortedPeriods,
    metrics: [],
    dimensions,
    attributes: attributes.filter((a) => Object.keys(a.values).length > 0),
    codes: codes.list,
    cells: new Float64Array(0),
    lines: new Int32Array(0),
    national: new Float64Array(0),
    merged: new Map(),
    rows,
    tooManyMetrics: tooMany ? M + 1 : null,
  };
  if (tooMany || rows * M > MAX_VALUES) return result;
  const packed = pack(
    entries,
    {
      dimensions,
      metrics: M,
      periods: sortedPeriods,
      periodAt: periods.list.map((p) => sortedPeriods.indexOf(p)),
      codes: codes.list.length,
    },
    notes,
  );
  result.metrics = metricLabels.list.map((label, m) => {
    const measure = measureOf.get(m) ?? label;
    const unit = unitOf.get(m) ?? schema?.units[measure] ?? schema?.units[""] ?? "";
    const guess = guessRule(label, unit, packed.samples[m]);
    const digits = schema?.decimals[measure] ?? schema?.decimals[""];
    return {
      id: `c${m + 1}`,
      label,
      rule: guess.rule,
      evidence: guess.evidence,
      digits: Math.min(2, digits ?? (packed.decimals[m] as number)),
      ...(unit ? { unit } : {}),
    };
  });
  Object.assign(result, {
    cells: packed.cells,
    lines: packed.lines,
    national: packed.national,
    merged: packed.merged,
  });
  return result;
}
