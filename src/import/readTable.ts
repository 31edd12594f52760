// Reads a grid of cells as published tables come: finds the region column and level, periods,
// dimensions and value columns, reshapes long and wide tables, and sets aside what is no region.
import type {
  AggregationRule,
  ImportedMetric,
  ImportedTable,
  Reading,
} from "../data/importedTable.ts";
import { LEVELS, type LevelId } from "../data/levels.ts";
import { normalizeName } from "../data/regionMatcher.ts";
import type { Gazetteer, ImportLevel } from "./gazetteer.ts";
import { IMPORT_LEVELS } from "./gazetteer.ts";
import { findLayout, type Row } from "./layout.ts";
import { Notes } from "./notes.ts";
import { isTooLarge, parseNumber } from "./numbers.ts";
import { comparePeriods, PERIOD_HEADER, parsePeriod, periodInHeader } from "./periods.ts";
import { type CellRead, cellReader } from "./regionCells.ts";
import {
  type ColumnScore,
  headerLevel,
  type LevelScore,
  rankLevels,
  scoreColumn,
} from "./regionColumn.ts";
import { nearest } from "./suggest.ts";

/** Columns a file may have: more is no table a person reads, and the reading would freeze. */
export const MAX_COLUMNS = 1000;
/** Metrics after reshaping (value columns × the values of the dimensions that vary). */
export const MAX_METRICS = 300;
/** Rows after reshaping: regions × periods. A municipality table of 30 years is 9 240. */
export const MAX_ROWS = 100_000;
/** How many rows of a column are read to decide whether it names regions. */
const SAMPLE = 3000;

/** A problem that keeps the table from being shown. */
export type ImportIssue =
  | { code: "tooLarge"; bytes: number; max: number }
  | { code: "binary"; what: string }
  | { code: "xlsxFailed"; reason: string }
  | { code: "empty" }
  | { code: "tooManyColumns"; columns: number; max: number }
  | { code: "tooManyRows"; rows: number; max: number }
  | { code: "tooManyMetrics"; metrics: number; max: number; dimensions: string[] }
  | { code: "noRegionColumn" }
  | { code: "unsupportedLevel"; what: "hospitalDistrict" | "subRegion"; column: string }
  | { code: "ambiguousLevel"; column: string; levels: LevelId[] }
  | { code: "noNumericColumn" }
  | { code: "noRegionRows" };

export interface ReadOptions {
  /** The region column, by index: the user's choice over the guess. */
  regionColumn?: number;
  /** The level, the user's choice over the guess (and the answer to a tie). */
  level?: ImportLevel;
}

export type ReadResult =
  | { ok: true; table: ImportedTable }
  | { ok: false; issues: ImportIssue[]; reading: Reading | null };

/** Headers of columns that hold identifiers, never values: "id", "koodi", "Kuntanumero", "code". */
const ID_HEADER =
  /(^|[\s_-])(id|koodi|code|kod|tunnus|nro|numero|kuntanumero|kuntakoodi|kommunnummer)($|[\s_-])/i;

/** Labels of rates, shares and per-capita figures, which combine as population-weighted means. */
const MEAN_LABEL =
  /%|‰|prosent|osuus|andel|share|rate\b|\bper\b|\/|keskiarvo|keskim|medel|mean|average|median|mediaani|indeksi|index|ikä|ålder|\bage\b|tiheys|täthet|density|suhde|kerroin|asukasta kohden|per invånare|capita|elinajanodote|\bodote/i;

export function guessRule(label: string): AggregationRule {
  return MEAN_LABEL.test(label) ? "mean" : "sum";
}

/**
 * Reads the rows of a file (blank rows already left out, each with its line
 * number). Never throws: what keeps the table from being shown is an issue in
 * the result; what is set aside is a note in the table, one per kind, with a
 * count and the first rows.
 */
export function readTable(
  rows: readonly Row[],
  source: { name: string; encoding: string; delimiter: string | null },
  gazetteer: Gazetteer,
  options: ReadOptions = {},
): ReadResult {
  const layout = findLayout(rows);
  const { header, body } = layout;
  if (body.length === 0) return { ok: false, issues: [{ code: "empty" }], reading: null };
  if (header.length > MAX_COLUMNS)
    return {
      ok: false,
      issues: [{ code: "tooManyColumns", columns: header.length, max: MAX_COLUMNS }],
      reading: null,
    };

  // The same names repeat down a long table: read each distinct cell once.
  const reader = cellReader(gazetteer);
  const cache = new Map<string, CellRead>();
  const read = (cell: string) => {
    let r = cache.get(cell);
    if (!r) {
      r = reader(cell);
      if (cache.size < 50_000) cache.set(cell, r);
    }
    return r;
  };
  const cell = (r: Row, c: number) => (r.cells[c] ?? "").trim();
  const sample = body.length > SAMPLE ? body.slice(0, SAMPLE) : body;

  const scores = header
    .map((_, c) =>
      scoreColumn(
        c,
        sample.map((r) => cell(r, c)),
        read,
      ),
    )
    .filter((s): s is ColumnScore => s !== null);
  const hintOf = (c: number) => headerLevel(header[c] ?? "");
  const trusted = (s: ColumnScore) =>
    s.coded < 0.5 || hintOf(s.column) !== null || ID_HEADER.test(header[s.column] ?? "");
  // A column of names with a few matches is still the region column of a file full of typos;
  // a column of small numbers needs more to pass for codes.
  const usable = (s: ColumnScore) => {
    const best = rankLevels(s, hintOf(s.column))[0];
    return (
      !!best &&
      (best.share >= 0.3 || (trusted(s) && best.matched >= 3)) &&
      (!s.rowNumbers || hintOf(s.column) !== null)
    );
  };
  // Columns of names (or codes under a header that says so) before columns of bare numbers,
  // which small values can imitate; then by the share of rows matched and regions found.
  const columnOrder = (s: ColumnScore) => {
    const best = rankLevels(s, hintOf(s.column))[0] as LevelScore;
    return [Number(trusted(s)), Number(best.prefixed > 0), best.share, best.regions];
  };
  const candidates = scores
    .filter((s) =>
      options.regionColumn === undefined ? usable(s) : s.column === options.regionColumn,
    )
    .sort((a, b) => {
      const [x, y] = [columnOrder(a), columnOrder(b)];
      for (let i = 0; i < x.length; i++)
        if ((y[i] ?? 0) !== (x[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
      return a.column - b.column;
    });
  const chosen = candidates[0];

  const baseReading = (
    column: number,
    level: LevelId,
    score: ColumnScore | undefined,
  ): Reading => ({
    encoding: source.encoding,
    delimiter: source.delimiter,
    headerLine: layout.headerLine,
    headerShort: layout.headerShort,
    columns: header,
    regionColumn: column,
    level,
    candidates: (score ? rankLevels(score, hintOf(column)) : []).map((l) => ({
      level: l.level,
      matched: l.matched,
      regions: l.regions,
    })),
    rows: score?.values ?? 0,
    periodColumn: null,
    periodsInHeaders: false,
    dimensions: [],
    notes: layout.notes,
  });

  // A column of hospital districts or sub-regions: a level the map does not draw.
  const unsupported = scores
    .map((s) => ({ s, n: Math.max(s.unsupported.hospitalDistrict, s.unsupported.subRegion) }))
    .filter(({ s, n }) => n * 2 >= s.values)
    .sort((a, b) => b.n - a.n)[0];
  if (unsupported && (!chosen || (rankLevels(chosen, null)[0]?.share ?? 0) < 0.5)) {
    const { s } = unsupported;
    return {
      ok: false,
      issues: [
        {
          code: "unsupportedLevel",
          what:
            s.unsupported.hospitalDistrict >= s.unsupported.subRegion
              ? "hospitalDistrict"
              : "subRegion",
          column: header[s.column] ?? "",
        },
      ],
      reading: null,
    };
  }
  if (!chosen) return { ok: false, issues: [{ code: "noRegionColumn" }], reading: null };

  const regionColumn = chosen.column;
  const hint = hintOf(regionColumn);
  const ranked = rankLevels(chosen, hint).filter(
    (l) => options.level === undefined || l.level === options.level,
  );
  let level: ImportLevel | undefined = options.level ?? ranked[0]?.level;
  if (options.level === undefined && ranked.length > 1) {
    const [first, second] = ranked as [LevelScore, LevelScore];
    const tied = ranked.filter((l) => l.share === first.share && l.regions === first.regions);
    const hinted = ranked.find((l) => l.level === hint && l.share >= 0.5);
    if (first.prefixed > 0) level = first.level;
    else if (hinted) level = hinted.level;
    else if (tied.length > 1)
      return {
        ok: false,
        issues: [
          {
            code: "ambiguousLevel",
            column: header[regionColumn] ?? "",
            levels: tied.map((l) => l.level),
          },
        ],
        reading: baseReading(regionColumn, first.level, chosen),
      };
    void second;
  }
  if (!level) return { ok: false, issues: [{ code: "noRegionColumn" }], reading: null };
  const shownLevel: ImportLevel = level;

  // The other columns' roles: codes of the same regions, the period, values, dimensions.
  const otherRegionColumns = new Set(
    scores
      .filter(
        (s) =>
          s.column !== regionColumn &&
          s.levels.some((l) => l.level === shownLevel && l.share >= 0.8) &&
          (s.coded < 0.5 || ID_HEADER.test(header[s.column] ?? "") || hintOf(s.column) !== null),
      )
      .map((s) => s.column),
  );
  const columns = header
    .map((_, c) => c)
    .filter((c) => c !== regionColumn && !otherRegionColumns.has(c));
  const nonEmpty = (c: number) => sample.map((r) => cell(r, c)).filter((v) => v !== "");
  const periodColumn =
    columns.find(
      (c) => PERIOD_HEADER.test(header[c] ?? "") && nonEmpty(c).some((v) => parsePeriod(v)),
    ) ??
    columns.find((c) => {
      const values = nonEmpty(c);
      return values.length > 0 && values.every((v) => parsePeriod(v) && !/^\d{4}$/.test(v));
    }) ??
    null;
  const notes = new Notes();
  const numericColumns: number[] = [];
  const dimensionColumns: number[] = [];
  const ignored: string[] = [];
  const constant: string[] = [];
  for (const c of columns) {
    if (c === periodColumn) continue;
    const values = nonEmpty(c);
    const numbers = values.map(parseNumber).filter((v) => v !== null);
    const finite = numbers.filter((v) => !Number.isNaN(v)).length;
    const name = header[c] ?? "";
    if (finite > 0 && finite * 2 >= numbers.length) {
      if (ID_HEADER.test(name)) ignored.push(name);
      else if (values.length >= 5 && values.every((v) => v === values[0]) && !periodInHeader(name))
        constant.push(name);
      else numericColumns.push(c);
    } else if (values.length === 0) ignored.push(name);
    else dimensionColumns.push(c);
  }
  if (ignored.length) notes.add("ignoredColumns", 0, ignored.join(", "));
  if (constant.length) notes.add("constantColumns", 0, constant.join(", "));
  if (numericColumns.length === 0)
    return {
      ok: false,
      issues: [{ code: "noNumericColumn" }],
      reading: baseReading(regionColumn, shownLevel, chosen),
    };

  // Wide tables: "2020 Väkiluku", "2021 Väkiluku" are one value column over periods.
  const headerPeriods = new Map<number, { period: string; name: string }>();
  if (periodColumn === null) {
    for (const c of numericColumns) {
      const p = periodInHeader(header[c] ?? "");
      if (p) headerPeriods.set(c, p);
    }
    if (headerPeriods.size < 2) headerPeriods.clear();
  }
  // Dimensions whose value never changes do not name metrics.
  const varying = dimensionColumns.filter((c) => {
    const seen = new Set<string>();
    for (const r of body) {
      seen.add(cell(r, c));
      if (seen.size > 1) return true;
    }
    return false;
  });
  const title = layout.notes[0] ?? source.name;
  const measureName = (c: number) => {
    const p = headerPeriods.get(c);
    return p ? p.name || title : (header[c] ?? "");
  };

  const metricIds = new Map<string, string>();
  const metrics: ImportedMetric[] = [];
  const values = new Map<string, Map<string, Map<string, number | null>>>();
  const national = new Map<string, Map<string, number>>();
  const merged: ImportedTable["merged"] = new Map();
  const periods = new Set<string>();
  const seen = new Set<string>();
  const regionPeriods = new Set<string>();
  const codeOrder: string[] = [];
  const codeSeen = new Set<string>();
  const covers = LEVELS[shownLevel].coversOutside;
  let tooMany = false;

  const metricOf = (label: string) => {
    let id = metricIds.get(label);
    if (!id) {
      if (metrics.length >= MAX_METRICS) {
        tooMany = true;
        return null;
      }
      id = `c${metrics.length + 1}`;
      metricIds.set(label, id);
      metrics.push({ id, label, rule: guessRule(label), digits: 0 });
    }
    return id;
  };
  const put = <T>(map: Map<string, Map<string, T>>, a: string, b: string, make: () => T) => {
    let inner = map.get(a);
    if (!inner) {
      inner = new Map();
      map.set(a, inner);
    }
    let leaf = inner.get(b);
    if (leaf === undefined) {
      leaf = make();
      inner.set(b, leaf);
    }
    return leaf;
  };

  for (const row of body) {
    const name = cell(row, regionColumn);
    if (!name) {
      if (numericColumns.some((c) => cell(row, c) !== "")) notes.add("emptyRegion", row.line, "");
      continue;
    }
    const r = read(name);
    let code: string | null = null;
    let mergedInto: string | null = null;
    let country = false;
    if (r.kind === "aside") {
      if (r.why === "country") country = true;
      else {
        notes.add(r.why, row.line, name);
        continue;
      }
    } else if (r.kind === "unknown") {
      notes.add("unknown", row.line, name);
      continue;
    } else if (r.outside && !covers) {
      notes.add("outside", row.line, name);
      continue;
    } else if (r.hits[shownLevel] === undefined) {
      const other = IMPORT_LEVELS.find((l) => r.hits[l] !== undefined);
      notes.add(other ? "otherLevel" : "unknown", row.line, name, other);
      continue;
    } else if (r.merged && shownLevel === "municipality") {
      mergedInto = r.merged.into;
      notes.add("merged", row.line, `${name} → ${r.merged.into}`);
    } else code = r.hits[shownLevel] ?? null;

    const rowPeriod =
      periodColumn === null
        ? ""
        : (parsePeriod(cell(row, periodColumn)) ?? cell(row, periodColumn));
    const dims = varying.map((c) => cell(row, c)).filter(Boolean);
    let duplicate = false;
    for (const c of numericColumns) {
      const p = headerPeriods.get(c);
      const period = p ? p.period : rowPeriod;
      // A long table's one value column ("Arvo") is named by its dimensions alone.
      const single = numericColumns.length === 1 && dims.length > 0 && !p;
      const label = (single ? dims : [measureName(c), ...dims]).filter(Boolean).join(" – ");
      const raw = cell(row, c);
      const value = parseNumber(raw);
      if (Number.isNaN(value)) {
        notes.add(
          isTooLarge(raw) ? "tooLargeNumber" : "notNumber",
          row.line,
          `${header[c]}: ${raw.slice(0, 40)}`,
        );
      }
      const v = value === null || Number.isNaN(value) ? null : value;
      const id = metricOf(label);
      if (id === null) continue;
      periods.add(period);
      if (country) {
        if (v !== null) put(national, id, period, () => v);
        continue;
      }
      if (mergedInto !== null) {
        if (v !== null) put(merged, id, period, () => new Map<string, number[]>());
        const list = merged.get(id)?.get(period);
        if (v !== null && list) list.set(mergedInto, [...(list.get(mergedInto) ?? []), v]);
        continue;
      }
      const key = `${id}\u0000${period}\u0000${code}`;
      if (seen.has(key)) {
        duplicate = true;
        continue;
      }
      seen.add(key);
      regionPeriods.add(`${period}\u0000${code}`);
      if (!codeSeen.has(code as string)) {
        codeSeen.add(code as string);
        codeOrder.push(code as string);
      }
      put(values, id, period, () => new Map<string, number | null>()).set(code as string, v);
    }
    if (duplicate) notes.add("duplicate", row.line, name);
  }
  const reading: Reading = {
    ...baseReading(regionColumn, shownLevel, chosen),
    periodColumn,
    periodsInHeaders: headerPeriods.size > 0,
    dimensions: varying.map((c) => header[c] ?? ""),
  };
  if (tooMany)
    return {
      ok: false,
      issues: [
        {
          code: "tooManyMetrics",
          metrics: metrics.length,
          max: MAX_METRICS,
          dimensions: varying.map((c) => header[c] ?? ""),
        },
      ],
      reading,
    };
  if (regionPeriods.size > MAX_ROWS)
    return {
      ok: false,
      issues: [{ code: "tooManyRows", rows: regionPeriods.size, max: MAX_ROWS }],
      reading,
    };
  if (values.size === 0) return { ok: false, issues: [{ code: "noRegionRows" }], reading };

  for (const m of metrics) {
    let most = 0;
    for (const byCode of values.get(m.id)?.values() ?? [])
      for (const v of byCode.values())
        if (v !== null) most = Math.max(most, (String(v).split(".")[1] ?? "").length);
    m.digits = Math.min(2, most);
  }
  const list = notes.list();
  // "Did you mean": for the names listed, never for codes, and only those few.
  const unknown = list.find((n) => n.kind === "unknown");
  if (unknown) {
    const names = gazetteer.levels[shownLevel];
    const keys = new Map<string, string>();
    for (const r of names)
      for (const n of r.names) keys.set(normalizeName(n), r.names[0] ?? r.code);
    unknown.suggestions = unknown.examples.map((e) => {
      if (/^[A-Z]{0,3}\d/.test(e)) return null;
      const key = nearest(normalizeName(e), keys.keys());
      return key ? (keys.get(key) ?? null) : null;
    });
  }
  const sortedPeriods = [...periods].sort(comparePeriods);
  return {
    ok: true,
    table: {
      name: source.name,
      level: shownLevel,
      periods: sortedPeriods,
      metrics,
      ...packed(metrics, sortedPeriods, codeOrder, values, national),
      merged,
      reading,
      notes: list,
    },
  };
}

/** The values as one flat array (see ImportedTable.cells), and the whole-country row likewise. */
function packed(
  metrics: readonly ImportedMetric[],
  periods: readonly string[],
  codes: readonly string[],
  values: Map<string, Map<string, Map<string, number | null>>>,
  national: Map<string, Map<string, number>>,
): { codes: string[]; cells: Float64Array; national: Float64Array } {
  const cells = new Float64Array(metrics.length * periods.length * codes.length).fill(Number.NaN);
  const country = new Float64Array(metrics.length * periods.length).fill(Number.NaN);
  const codeIndex = new Map(codes.map((c, i) => [c, i]));
  metrics.forEach((m, mi) => {
    periods.forEach((p, pi) => {
      const base = (mi * periods.length + pi) * codes.length;
      for (const [code, v] of values.get(m.id)?.get(p) ?? [])
        cells[base + (codeIndex.get(code) ?? 0)] = v === null ? Number.POSITIVE_INFINITY : v;
      const n = national.get(m.id)?.get(p);
      if (n !== undefined) country[mi * periods.length + pi] = n;
    });
  });
  return { codes: [...codes], cells, national: country };
}
