// Reads a grid of cells as published tables come: the region column and what its rows are, the period,
// dimensions, attributes and measures, reshaped into region × period × dimensions × measures.
import type { Reading } from "../data/importedTable.ts";
import type { LevelId } from "../data/levels.ts";
import { columnRoles, ID_HEADER } from "./columnRoles.ts";
import { fillDown } from "./fillDown.ts";
import type { Gazetteer, ImportLevel } from "./gazetteer.ts";
import { findLayout, type Layout, type Row } from "./layout.ts";
import { Notes } from "./notes.ts";
import type { ReadOptions, ReadResult } from "./readResult.ts";
import { type CellRead, cellReader, type Place } from "./regionCells.ts";
import { chooseRegion } from "./regionChoice.ts";
import { type ColumnScore, headerLevel, isDrawn, rankLevels, scoreColumn } from "./regionColumn.ts";
import { reshape } from "./reshape.ts";
import type { TableSchema } from "./schema.ts";
import { suggestNames } from "./suggest.ts";
import { transposed } from "./transpose.ts";
import { typeSource } from "./typeSource.ts";

export type { ImportIssue, ReadOptions, ReadResult } from "./readResult.ts";
export { guessRule } from "./ruleGuess.ts";

/** Columns a file may have: more is no table a person reads, and the reading would freeze. */
export const MAX_COLUMNS = 1000;
/** Metrics after reshaping (value columns × the categories of a measure dimension). */
export const MAX_METRICS = 300;
/** Rows after reshaping: regions × periods × category combinations. A municipality table of 30 years is 9 240. */
export const MAX_ROWS = 400_000;
/** The year of the regional division the map draws (the atlas's). */
const DIVISION_YEAR = "2025";
/** How many rows of a column are read to decide whether it names regions. */
const SAMPLE = 3000;

const levelOf = (place: Place, levels: readonly ImportLevel[]): LevelId =>
  isDrawn(place) ? place : place === "sotkanet" ? "county" : (levels[0] ?? "county");

/**
 * Reads the rows of a file (blank rows already left out, each with its line
 * number). Never throws: what keeps the table from being shown is an issue in
 * the result; what is set aside is a note in the table, one per kind, with a
 * count and the first rows. `schema` is what a PC-Axis or JSON-stat file's
 * metadata says of the columns.
 */
export function readTable(
  rows: readonly Row[],
  source: Source,
  gazetteer: Gazetteer,
  options: ReadOptions = {},
  schema: TableSchema | null = null,
  meta: Meta = {},
): ReadResult {
  const found = findLayout(rows);
  // Categories written once per block (PxWeb, R) are filled down; a format's own rows need none.
  const layout = schema ? found : { ...found, body: fillDown(found.body, found.header.length) };
  return readLayout(layout, source, gazetteer, options, schema, meta, true);
}

interface Source {
  name: string;
  encoding: string;
  delimiter: string | null;
  sheets?: string[];
  sheet?: string;
}
interface Meta {
  title?: string | null;
  notes?: string[];
  sotkanet?: boolean;
}

function readLayout(
  layout: Layout,
  source: Source,
  gazetteer: Gazetteer,
  options: ReadOptions,
  schema: TableSchema | null,
  meta: Meta,
  mayTurn: boolean,
): ReadResult {
  const { header, body } = layout;
  const layoutNotes = [...(meta.title ? [meta.title] : []), ...layout.notes, ...(meta.notes ?? [])];
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
  const read = (text: string) => {
    let r = cache.get(text);
    if (!r) {
      r = reader(text);
      if (cache.size < 50_000) cache.set(text, r);
    }
    return r;
  };
  const cell = (r: Row, c: number) => (r.cells[c] ?? "").trim();
  const sample = body.length > SAMPLE ? body.slice(0, SAMPLE) : body;
  const scores = header
    .map((_, c) =>
      schema && c === schema.value
        ? null
        : scoreColumn(
            c,
            sample.map((r) => cell(r, c)),
            read,
          ),
    )
    .filter((s): s is ColumnScore => s !== null);
  // The metadata's region (JSON-stat's geo role) or Sotkanet's region column, unless the user chose another.
  const given =
    schema && schema.region >= 0
      ? schema.region
      : meta.sotkanet
        ? header.indexOf("region")
        : undefined;
  const choice = chooseRegion(header, scores, {
    ...options,
    ...(options.regionColumn === undefined && given !== undefined && given >= 0
      ? { regionColumn: given }
      : {}),
    ...(meta.sotkanet && options.level === undefined ? { place: "sotkanet" as const } : {}),
  });
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
    candidates: (score ? rankLevels(score, headerLevel(header[column] ?? "")) : [])
      .filter((l) => isDrawn(l.level))
      .map((l) => ({ level: l.level as LevelId, matched: l.matched, regions: l.regions })),
    rows: score?.values ?? 0,
    periodColumn: null,
    periodsInHeaders: false,
    dimensions: [],
    notes: layoutNotes,
    ...(source.sheets ? { sheets: source.sheets } : {}),
    ...(source.sheet ? { sheet: source.sheet } : {}),
  });
  // Regions as the columns' names: read turned, unless a column names regions plainly.
  if (mayTurn && !schema && options.regionColumn === undefined) {
    const strong =
      choice.ok &&
      choice.score.coded < 0.5 &&
      (rankLevels(choice.score, null)[0]?.share ?? 0) >= 0.8;
    const turned = strong ? null : transposed(layout, read, layout.notes[0] ?? source.name);
    if (turned) return readLayout(turned, source, gazetteer, options, schema, meta, false);
  }
  if (!choice.ok) {
    if (choice.issue === "noRegionColumn")
      return { ok: false, issues: [{ code: "noRegionColumn" }], reading: null };
    return {
      ok: false,
      issues: [
        { code: "ambiguousLevel", column: header[choice.column] ?? "", levels: choice.levels },
      ],
      reading: baseReading(choice.column, choice.levels[0] ?? "county", choice.score),
    };
  }
  const { column: regionColumn, place, score } = choice;

  // A region type the map does not draw: shown where its regions lie within drawn ones, else refused by name.
  let typed: ReturnType<typeof typeSource> | null = null;
  if (!isDrawn(place) && place !== "sotkanet") {
    const codes = [
      ...new Set(
        sample.flatMap((r) => {
          const c = read(cell(r, regionColumn));
          return c.kind === "region" && c.hits[place] ? [c.hits[place] as string] : [];
        }),
      ),
    ];
    typed = typeSource(place, codes, gazetteer);
    if (typed.levels.length === 0)
      return {
        ok: false,
        issues: [
          {
            code: "unsupportedType",
            type: place,
            column: header[regionColumn] ?? "",
            rows: score.levels.find((l) => l.level === place)?.matched ?? 0,
          },
        ],
        reading: null,
      };
  }
  const level = levelOf(place, typed?.levels ?? []);

  // Other columns that name the same regions (a code beside a name) are no values.
  const regionColumns = new Set([
    regionColumn,
    ...scores
      .filter(
        (s) =>
          s.column !== regionColumn &&
          s.levels.some((l) => l.level === place && l.share >= 0.8) &&
          (s.coded < 0.5 ||
            ID_HEADER.test(header[s.column] ?? "") ||
            headerLevel(header[s.column] ?? "") !== null),
      )
      .map((s) => s.column),
  ]);
  // A row's region for telling dimensions from attributes; a merged municipality's row is its own
  // (its successor's columns, such as its centre's name, differ without being a dimension).
  const regionOf = (r: Row) => {
    const c = read(cell(r, regionColumn));
    if (c.kind !== "region") return null;
    return c.merged ? `merged:${c.merged.code}` : (c.hits[place] ?? null);
  };
  const roles = columnRoles(header, body, sample, regionColumns, regionOf, schema);
  const notes = new Notes();
  if (roles.ignored.length) notes.add("ignoredColumns", 0, roles.ignored.join(", "));
  if (roles.constant.length) notes.add("constantColumns", 0, roles.constant.join(", "));
  if (roles.attributes.length)
    notes.add("attributeColumns", 0, roles.attributes.map((c) => header[c]).join(", "));
  if (roles.measures.length === 0)
    return {
      ok: false,
      issues: [{ code: "noNumericColumn" }],
      reading: baseReading(regionColumn, level, score),
    };
  const title = schema?.title ?? layout.notes[0] ?? source.name;
  const shaped = reshape(
    header,
    body,
    regionColumn,
    place,
    read,
    roles,
    schema,
    notes,
    title,
    MAX_METRICS,
  );
  const reading: Reading = {
    ...baseReading(regionColumn, level, score),
    periodColumn: roles.periodColumn,
    periodsInHeaders: roles.headerPeriods.size > 0,
    dimensions: roles.dimensions.map((c) => header[c] ?? ""),
    measureDimension:
      roles.measureDimension === null ? null : (header[roles.measureDimension] ?? null),
    attributes: roles.attributes.map((c) => header[c] ?? ""),
    ...(schema?.division && schema.division < DIVISION_YEAR ? { division: schema.division } : {}),
  };
  if (shaped.tooManyMetrics !== null)
    return {
      ok: false,
      issues: [
        {
          code: "tooManyMetrics",
          metrics: shaped.tooManyMetrics,
          max: MAX_METRICS,
          dimensions: [roles.measureDimension, ...roles.measures.slice(0, 3)]
            .filter((c): c is number => c !== null)
            .map((c) => header[c] ?? ""),
        },
      ],
      reading,
    };
  if (shaped.rows > MAX_ROWS || (shaped.cells.length === 0 && shaped.rows > 0))
    return {
      ok: false,
      issues: [{ code: "tooManyRows", rows: shaped.rows, max: MAX_ROWS }],
      reading,
    };
  if (shaped.codes.length === 0)
    return {
      ok: false,
      issues: [{ code: meta.sotkanet ? "sotkanetIds" : "noRegionRows" }],
      reading,
    };

  // Regions of an older division are shown as they are, and named as such.
  const division = schema?.division && schema.division < DIVISION_YEAR ? schema.division : null;
  if (division) notes.add("olderDivision", 0, division);
  const list = notes.list();
  suggestNames(list, gazetteer, place);
  return {
    ok: true,
    table: {
      name: source.name,
      level,
      source: typed?.source ?? null,
      periods: shaped.periods,
      metrics: shaped.metrics,
      dimensions: shaped.dimensions,
      attributes: shaped.attributes,
      codes: shaped.codes,
      cells: shaped.cells,
      lines: shaped.lines,
      national: shaped.national,
      merged: shaped.merged,
      reading,
      notes: list,
    },
  };
}
