// Reshapes a table's rows into region × period × dimensions × measures, keeping the line of every value.
import type {
  ImportedAttribute,
  ImportedDimension,
  ImportedMetric,
  MergedPart,
} from "../data/importedTable.ts";
import { seriesKey } from "../data/importedTable.ts";
import { LEVELS } from "../data/levels.ts";
import type { Roles } from "./columnRoles.ts";
import type { ImportLevel } from "./gazetteer.ts";
import type { Row } from "./layout.ts";
import type { Notes } from "./notes.ts";
import { isTooLarge, parseNumber } from "./numbers.ts";
import { comparePeriods, joinPeriod, parsePeriod } from "./periods.ts";
import type { CellRead, Place } from "./regionCells.ts";
import { isDrawn } from "./regionColumn.ts";
import { guessRule } from "./ruleGuess.ts";
import type { TableSchema } from "./schema.ts";
import { isTotalCategory, totalCategory } from "./totals.ts";

/** Categories whose values are shares or rates: a metric shown for one of them is a mean. */
const MEAN_CATEGORY =
  /%|‰|prosent|osuus|andel|share|\brate\b|\bper\b|\/|keskiarvo|keskim|medel|\bmean\b|mediaani|median|indeksi|index|aste\b|kohden|kohti/i;

/** Headers of a dimension: a column of one category ("Sukupuoli: Naiset") says what every figure is of. */
const DIMENSION_HEADER =
  /sukupuoli|kön|\bsex\b|gender|ikä|ålder|\bage\b|toimiala|näringsgren|industry|etuus|förmån|benefit|koulutus|utbildning|education|tiedot|uppgifter|information|indikaattori|indicator|muuttuja|variable|ryhmä|grupp|group|luokka|klass|class|tyyppi|typ|type/i;

export interface Reshaped {
  periods: string[];
  metrics: ImportedMetric[];
  dimensions: ImportedDimension[];
  attributes: ImportedAttribute[];
  codes: string[];
  cells: Float64Array;
  lines: Int32Array;
  national: Float64Array;
  merged: Map<string, Map<string, Map<string, MergedPart[]>>>;
  /** Region × period × combination rows, before packing: what the limit counts. */
  rows: number;
  tooManyMetrics: number | null;
}

const cell = (r: Row, c: number) => (r.cells[c] ?? "").trim();

/** Positions of labels, growing as they come. */
class Index {
  list: string[] = [];
  private at = new Map<string, number>();
  has(label: string): boolean {
    return this.at.has(label);
  }
  of(label: string): number {
    let i = this.at.get(label);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(label);
      this.at.set(label, i);
    }
    return i;
  }
}

/**
 * Reads every row: its region (or why it is set aside, noted), its period, its
 * categories, and each value column's value under the metric it names. Values
 * are packed by metric, category combination, period and region; the first of
 * duplicate rows is kept, noted. A merged municipality's values are kept apart
 * by series, period and successor, never added here.
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
  const covers = isDrawn(place) ? LEVELS[place as ImportLevel].coversOutside : true;
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
  // Entries as parallel arrays: metric, row kind, region, period, categories, value, line.
  const eMetric: number[] = [];
  const eCode: number[] = [];
  const ePeriod: number[] = [];
  const eValue: number[] = [];
  const eLine: number[] = [];
  const eKind: number[] = []; // 0 region, 1 whole country, 2 merged
  const eDims: number[][] = roles.dimensions.map(() => []);
  const eMerged: ((MergedPart & { into: string }) | null)[] = [];
  let tooMany = false;

  for (const row of body) {
    const name = cell(row, regionColumn);
    if (!name) {
      if (roles.measures.some((c) => cell(row, c) !== "")) notes.add("emptyRegion", row.line, "");
      continue;
    }
    let r = read(name);
    // A municipality code written without its zeros ("10" for 010) in a column of municipalities.
    if (
      place === "municipality" &&
      /^\d{1,2}$/.test(name) &&
      (r.kind !== "region" || !r.hits.municipality)
    )
      r = read(name.padStart(3, "0"));
    let code: string | null = null;
    let kind = 0;
    let mergedFrom: { code: string; name: string; into: string } | null = null;
    if (r.kind === "aside") {
      if (r.why !== "country") {
        notes.add(r.why, row.line, name);
        continue;
      }
      kind = 1;
    } else if (r.kind === "unknown") {
      notes.add("unknown", row.line, name);
      continue;
    } else if (r.outside && !covers) {
      notes.add("outside", row.line, name);
      continue;
    } else if (r.hits[place] === undefined) {
      // Sotkanet's ids other than the counties' name regions the app has no table for.
      if (place === "sotkanet") {
        notes.add("unknown", row.line, name);
        continue;
      }
      const other = (Object.keys(r.hits) as Place[])[0];
      if (other && isDrawn(other)) notes.add("otherLevel", row.line, name, other);
      else if (other && other !== "sotkanet") notes.addType("otherType", row.line, name, other);
      else notes.add("unknown", row.line, name);
      continue;
    } else {
      code = r.hits[place] ?? null;
      if (r.merged && place === "municipality") {
        kind = 2;
        mergedFrom = { code: r.merged.code, name, into: r.merged.into };
        notes.add("merged", row.line, `${name} → ${r.merged.into}`);
      }
      if (r.conflict) notes.add("codeNameConflict", row.line, name);
    }
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
    const dimIndex = roles.dimensions.map((c, i) => (dims[i] as Index).of(cell(row, c)));
    const measureCat = roles.measureDimension === null ? "" : cell(row, roles.measureDimension);
    const codeIndex = kind === 0 && code !== null ? codes.of(code) : -1;
    if (kind === 0 && code !== null)
      roles.attributes.forEach((c, i) => {
        const values = (attributes[i] as ImportedAttribute).values;
        if (values[code as string] === undefined && cell(row, c))
          values[code as string] = cell(row, c);
      });
    for (const c of roles.measures) {
      const p = roles.headerPeriods.get(c);
      const period = p ? p.period : rowPeriod;
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
      eMetric.push(m);
      eCode.push(codeIndex);
      ePeriod.push(periods.of(period));
      eValue.push(v);
      eLine.push(row.line);
      eKind.push(kind);
      dimIndex.forEach((d, i) => {
        (eDims[i] as number[]).push(d);
      });
      eMerged.push(
        kind === 2 && mergedFrom
          ? { ...mergedFrom, value: Number.isFinite(v) ? v : null, line: row.line }
          : null,
      );
    }
  }

  // Periods in time order; categories in file order; combinations by mixed radix.
  const sortedPeriods = [...periods.list].sort(comparePeriods);
  const periodAt = periods.list.map((p) => sortedPeriods.indexOf(p));
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
  const P = sortedPeriods.length;
  const C = codes.list.length;
  const rows = combos * P * C;
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
  if (tooMany || rows * M > 8_000_000) return result;
  const cells = new Float64Array(M * rows).fill(Number.NaN);
  const lines = new Int32Array(M * rows);
  const national = new Float64Array(M * combos * P).fill(Number.NaN);
  const decimals = new Array<number>(M).fill(0);
  const samples: number[][] = Array.from({ length: M }, () => []);
  let lastDuplicate = -1;
  for (let e = 0; e < eMetric.length; e++) {
    let k = 0;
    for (let d = 0; d < dimensions.length; d++)
      k =
        k * Math.max(1, (dimensions[d] as ImportedDimension).categories.length) +
        ((eDims[d] as number[])[e] ?? 0);
    const m = eMetric[e] as number;
    const p = periodAt[ePeriod[e] as number] as number;
    const v = eValue[e] as number;
    if (Number.isFinite(v)) {
      const places = (String(v).split(".")[1] ?? "").length;
      if (places > (decimals[m] as number)) decimals[m] = places;
      const s = samples[m] as number[];
      if (s.length < 2000) s.push(v);
    }
    if (eKind[e] === 1) {
      const at = (m * combos + k) * P + p;
      if (Number.isNaN(national[at] as number) && Number.isFinite(v)) national[at] = v;
      continue;
    }
    if (eKind[e] === 2) {
      const part = eMerged[e];
      if (!part) continue;
      const key = seriesKey(`c${m + 1}`, k);
      const byPeriod = result.merged.get(key) ?? new Map<string, Map<string, MergedPart[]>>();
      result.merged.set(key, byPeriod);
      const period = sortedPeriods[p] as string;
      const byCode = byPeriod.get(period) ?? new Map<string, MergedPart[]>();
      byPeriod.set(period, byCode);
      const { into, ...kept } = part;
      byCode.set(into, [...(byCode.get(into) ?? []), kept]);
      continue;
    }
    const at = ((m * combos + k) * P + p) * C + (eCode[e] as number);
    if (!Number.isNaN(cells[at] as number)) {
      // One note per duplicate row, however many value columns it has.
      if (eLine[e] !== lastDuplicate) notes.add("duplicate", eLine[e] as number, "");
      lastDuplicate = eLine[e] as number;
      continue;
    }
    cells[at] = v;
    lines[at] = eLine[e] as number;
  }
  result.metrics = metricLabels.list.map((label, m) => {
    const measure = measureOf.get(m) ?? label;
    const unit = unitOf.get(m) ?? schema?.units[measure] ?? schema?.units[""] ?? "";
    const guess = guessRule(label, unit, samples[m]);
    const digits = schema?.decimals[measure] ?? schema?.decimals[""];
    return {
      id: `c${m + 1}`,
      label,
      rule: guess.rule,
      evidence: guess.evidence,
      digits: Math.min(2, digits ?? (decimals[m] as number)),
      ...(unit ? { unit } : {}),
    };
  });
  Object.assign(result, { cells, lines, national });
  return result;
}
