// The roles of a table's other columns: the period, value columns, the measure dimension, dimensions and attributes.
import { isKeyColumn } from "./keyColumn.ts";
import type { Row } from "./layout.ts";
import { isTooLarge, parseNumber } from "./numbers.ts";
import { periodColumns } from "./periodColumns.ts";
import { parsePeriod, periodInHeader } from "./periods.ts";
import { COORDINATE_HEADER, determinedDimensions } from "./redundant.ts";
import { headerLevel } from "./regionColumn.ts";
import type { TableSchema } from "./schema.ts";

/** Headers of columns that hold identifiers, never values: "id", "koodi", "Kuntanumero", "code". */
export const ID_HEADER =
  /(^|[\s_-])(id|koodi|code|kod|tunnus|nro|numero|kuntanumero|kuntakoodi|kommunnummer)($|[\s_-])/i;

/**
 * Headers of a dimension whose categories are different measures (PxWeb's
 * "Tiedot", Sotkanet's indicator): its categories name metrics, not a picker.
 */
export const MEASURE_HEADER =
  /^(tiedot|tieto|information|uppgifter|indikaattori|indikator|indicator|mittari|measure|tunnusluku|nyckeltal|contentscode|sisältö)$/i;
/** "Variable" names measures only in a long table of one value column; beside several value columns it is a dimension. */
const VARIABLE_HEADER = /^(muuttuja|variable|variabel)$/i;

/** Headers of a column that gives each row's unit ("%", "henkilöä"): the unit of its metric, never a dimension. */
export const UNIT_HEADER = /^(yksikkö|mittayksikkö|unit|units|enhet|måttenhet)$/i;

export interface Roles {
  periodColumn: number | null;
  /** A month or quarter in a column of its own, joined to the year of `periodColumn`. */
  periodPart: { column: number; kind: "month" | "quarter" } | null;
  /** Columns of numbers: each a measure (or, in a wide table, one measure over periods). */
  measures: number[];
  /** Wide tables: the period and measure name of a column ("2021 Väkiluku"). */
  headerPeriods: Map<number, { period: string; name: string }>;
  measureDimension: number | null;
  dimensions: number[];
  attributes: number[];
  ignored: string[];
  constant: string[];
  /** A column of units, read into each metric's unit. */
  unitColumn: number | null;
  /** Text columns of one value throughout ("Sukupuoli: Naiset"): what every figure is of. */
  fixed: { column: number; value: string }[];
}

const cell = (r: Row, c: number) => (r.cells[c] ?? "").trim();

/**
 * Gives every column but the region column(s) a role. A column headed as a
 * period, or whose every value is one, is the period; a month or quarter
 * column beside a year column joins it. Numbers are values (id columns and
 * columns of one repeated value excepted). Text columns are dimensions where
 * they vary within a region and period, attributes where each region has one
 * value, and dropped where the value never changes. A dimension headed as a
 * measure ("Tiedot") names metrics instead; `schema` (a PC-Axis or JSON-stat
 * file's metadata) gives the roles outright. `regionOf` is a row's region, or
 * null for a row that names none.
 */
export function columnRoles(
  header: readonly string[],
  body: readonly Row[],
  sample: readonly Row[],
  regionColumns: ReadonlySet<number>,
  regionOf: (r: Row) => string | null,
  schema: TableSchema | null,
): Roles {
  const columns = header.map((_, c) => c).filter((c) => !regionColumns.has(c));
  const nonEmpty = (c: number) => sample.map((r) => cell(r, c)).filter((v) => v !== "");
  const roles: Roles = {
    periodColumn: null,
    periodPart: null,
    measures: [],
    headerPeriods: new Map(),
    measureDimension: null,
    dimensions: [],
    attributes: [],
    ignored: [],
    constant: [],
    fixed: [],
    unitColumn: null,
  };
  if (schema) {
    // The metadata names the period, the measure dimension and the value; the other variables are dimensions.
    const free = (c: number | null) => (c !== null && !regionColumns.has(c) ? c : null);
    roles.periodColumn = free(schema.period);
    roles.measures = [schema.value];
    roles.measureDimension = free(schema.measure);
    for (const c of columns) {
      if (c === schema.value || c === roles.periodColumn || c === roles.measureDimension) continue;
      const distinct = new Set(body.map((r) => cell(r, c)));
      if (distinct.size > 1) roles.dimensions.push(c);
      else roles.fixed.push({ column: c, value: [...distinct][0] ?? "" });
    }
    return roles;
  }
  const period = periodColumns(header, columns, nonEmpty);
  roles.periodColumn = period.column;
  roles.periodPart = period.part;
  const text: number[] = [];
  for (const c of columns) {
    if (c === roles.periodColumn || c === roles.periodPart?.column) continue;
    const values = nonEmpty(c);
    const numbers = values.map(parseNumber).filter((v) => v !== null);
    const finite = numbers.filter((v) => !Number.isNaN(v)).length;
    const tooLarge = values.filter(isTooLarge).length;
    const name = header[c] ?? "";
    // An indicator's number (Sotkanet's "indicator": 127) names a measure; it is no value.
    if (MEASURE_HEADER.test(name) && values.length) text.push(c);
    else if ((finite > 0 || tooLarge > 0) && (finite + tooLarge) * 2 >= numbers.length) {
      // R's and Excel's row numbers (1, 2, 3…) are no values.
      const rowNumbers =
        values.length >= 3 &&
        /^(#\d+|nro|n:o|rivi|rivinumero|row|index|x|\.\.\.1)$/i.test(name) &&
        sample.every((r, i) => cell(r, c) === String(i + 1) || cell(r, c) === String(i));
      // A column headed "Kunta" or "Maakunta" of whole numbers below 1000 holds codes, not values.
      const codes =
        headerLevel(name) !== null &&
        numbers.every((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1000);
      if (ID_HEADER.test(name) || rowNumbers || codes || COORDINATE_HEADER.test(name))
        roles.ignored.push(name);
      else if (values.length >= 5 && values.every((v) => v === values[0]) && !periodInHeader(name))
        roles.constant.push(name);
      else roles.measures.push(c);
    } else if (values.length === 0) roles.ignored.push(name);
    else text.push(c);
  }
  // Categories written as numbers ("Yhteensä", "0", "1", … "100 -"): a key of the rows, not values.
  const periodKey = (r: Row) =>
    roles.periodColumn === null
      ? ""
      : `${cell(r, roles.periodColumn)}\u0000${roles.periodPart ? cell(r, roles.periodPart.column) : ""}`;
  const keys = roles.measures.filter((c) => isKeyColumn(sample, c, (r) => regionOf(r), periodKey));
  if (keys.length && keys.length < roles.measures.length) {
    roles.measures = roles.measures.filter((c) => !keys.includes(c));
    text.push(...keys);
  }
  // Wide tables: "2020 Väkiluku", "2021 Väkiluku" are one value column over periods.
  if (roles.periodColumn === null) {
    for (const c of roles.measures) {
      const p = periodInHeader(header[c] ?? "");
      if (p) roles.headerPeriods.set(c, p);
    }
    if (roles.headerPeriods.size < 2) roles.headerPeriods.clear();
  }
  // How each text column varies: within a region and period (a dimension), between regions only (an attribute).
  const periodOf = periodKey;
  roles.unitColumn = text.find((c) => UNIT_HEADER.test(header[c] ?? "")) ?? null;
  for (const c of text) {
    if (c === roles.unitColumn) continue;
    const byRegionPeriod = new Map<string, string>();
    const byRegion = new Map<string, string>();
    const all = new Set<string>();
    let dimension = false;
    let attribute = true;
    for (const r of body) {
      // Rows that name no region (totals, unknown names) say nothing of how a column varies by region.
      const region = regionOf(r);
      if (region === null) continue;
      const value = cell(r, c);
      all.add(value);
      const key = `${region}\u0000${periodOf(r)}`;
      const seen = byRegionPeriod.get(key);
      if (seen === undefined) byRegionPeriod.set(key, value);
      else if (seen !== value) {
        dimension = true;
        break;
      }
      const inRegion = byRegion.get(region);
      if (inRegion === undefined) byRegion.set(region, value);
      else if (inRegion !== value) attribute = false;
    }
    const name = header[c] ?? "";
    if (dimension) roles.dimensions.push(c);
    else if (all.size <= 1) {
      if (body.length >= 2) {
        roles.constant.push(name);
        roles.fixed.push({ column: c, value: [...all][0] ?? "" });
      }
    }
    // A column that changes with the period only repeats it ("2019-01-01" beside 2019 and 1).
    else if (
      !attribute &&
      roles.periodColumn !== null &&
      [...all].every((v) => !v || parsePeriod(v))
    )
      roles.ignored.push(name);
    else if (attribute || !ID_HEADER.test(name)) roles.attributes.push(c);
    else roles.ignored.push(name);
  }
  roles.measureDimension =
    roles.dimensions.find((c) => MEASURE_HEADER.test(header[c] ?? "")) ??
    (roles.measures.length === 1
      ? roles.dimensions.find((c) => VARIABLE_HEADER.test(header[c] ?? ""))
      : undefined) ??
    null;
  if (roles.measureDimension !== null)
    roles.dimensions = roles.dimensions.filter((c) => c !== roles.measureDimension);
  // A label made of the other categories is no dimension of its own.
  const keyOf = (r: Row) => {
    const region = regionOf(r);
    return region === null ? null : `${region}\u0000${periodOf(r)}`;
  };
  const repeated = determinedDimensions(
    body,
    roles.dimensions,
    roles.measureDimension === null ? [] : [roles.measureDimension],
    keyOf,
  );
  roles.dimensions = roles.dimensions.filter((c) => !repeated.includes(c));
  roles.ignored.push(...repeated.map((c) => header[c] ?? ""));
  return roles;
}
