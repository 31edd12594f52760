// Reads a table written by tableWrite, checking every count, code and value as the import checks a file.
import type {
  ImportedAttribute,
  ImportedDimension,
  ImportedMetric,
  ImportedTable,
  ImportNote,
  MergedPart,
  SourceRegions,
} from "../data/importedTable.ts";
import { isLevelId, type LevelId } from "../data/levels.ts";
import { isRegionTypeId } from "../data/regionTypes.ts";
import { parsePeriod } from "../import/periods.ts";
import type { ImportIssue } from "../import/readResult.ts";
import { MAX_METRICS, MAX_ROWS } from "../import/readTable.ts";
import { MAX_VALUES } from "../import/reshape.ts";
import { ByteReader, crc32, DamagedInput } from "./bytes.ts";
import {
  EVIDENCE,
  FLAG_LINES,
  FLAG_SOURCE,
  MAGIC,
  MAX_LIST,
  NOTE_KINDS,
  TEXT,
  VERSION,
} from "./tableFormat.ts";
import { readLines, readValues } from "./values.ts";

/** The regions a link's table may name: the atlas's codes of each level and its municipalities. */
export interface LinkGazetteer {
  codes(level: LevelId): ReadonlySet<string> | undefined;
}

/** Why a link's table could not be read. */
export type LinkProblem = "damaged" | "newer";

export type LinkRead =
  | { ok: true; table: ImportedTable }
  | { ok: false; problem: LinkProblem; detail: string }
  | { ok: false; issue: ImportIssue };

/**
 * The table of a link's bytes, or why there is none: bytes cut short or
 * changed (the CRC-32 differs, a count exceeds what follows, a code names no
 * region, a value is beyond ±10¹⁵), a newer format, or a table over the
 * import's limits (the same issues a file gets). Never throws.
 */
export function readTable(bytes: Uint8Array, gazetteer: LinkGazetteer): LinkRead {
  try {
    if (bytes.length < 7 || bytes[0] !== MAGIC[0] || bytes[1] !== MAGIC[1])
      return { ok: false, problem: "damaged", detail: "not a table" };
    if (bytes[2] !== VERSION) return { ok: false, problem: "newer", detail: String(bytes[2]) };
    const body = bytes.subarray(7);
    const sum = new DataView(bytes.buffer, bytes.byteOffset, 7).getUint32(3, true);
    if (crc32(body) !== sum) return { ok: false, problem: "damaged", detail: "checksum" };
    return readBody(new ByteReader(body), gazetteer);
  } catch (error) {
    if (error instanceof LimitExceeded) return { ok: false, issue: error.issue };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: "damaged", detail };
  }
}

class LimitExceeded extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.code);
  }
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new DamagedInput(what);
}

function distinct(list: readonly string[], what: string): void {
  check(new Set(list).size === list.length, `repeated ${what}`);
}

function readBody(r: ByteReader, gazetteer: LinkGazetteer): LinkRead {
  const list = (max: number) => Array.from({ length: r.count(MAX_LIST * 400) }, () => r.text(max));
  const name = r.text(TEXT.name);
  const level = r.text(TEXT.short);
  check(isLevelId(level), "unknown level");
  const known = gazetteer.codes(level as LevelId);
  check(!!known, "level without regions");
  const flags = r.byte();
  let source: SourceRegions | null = null;
  if (flags & FLAG_SOURCE) {
    const type = r.text(TEXT.short);
    check(isRegionTypeId(type), "unknown region type");
    const levels = list(TEXT.short);
    check(
      levels.every((l) => isLevelId(l) && !!gazetteer.codes(l as LevelId)),
      "unknown level",
    );
    const municipalities = gazetteer.codes("municipality");
    const regions = Array.from({ length: r.count(10_000, 3) }, () => {
      const code = r.text(TEXT.short);
      const regionName = r.text(TEXT.name);
      const members = list(TEXT.short);
      check(
        members.every((m) => municipalities?.has(m)),
        "unknown municipality",
      );
      return { code, name: regionName, members };
    });
    distinct(
      regions.map((x) => x.code),
      "region",
    );
    source = { type: type as SourceRegions["type"], regions, levels: levels as LevelId[] };
  }
  const periods = list(TEXT.short);
  check(periods.length > 0, "no periods");
  check(
    periods.length === 1 && periods[0] === "" ? true : periods.every((p) => parsePeriod(p) === p),
    "not a period",
  );
  distinct(periods, "period");
  const codes = list(TEXT.short);
  const allowed = source ? new Set(source.regions.map((x) => x.code)) : known;
  check(
    codes.every((c) => allowed?.has(c)),
    "unknown region",
  );
  distinct(codes, "region");
  const M = r.count(100_000, 4);
  if (M > MAX_METRICS)
    throw new LimitExceeded({
      code: "tooManyMetrics",
      metrics: M,
      max: MAX_METRICS,
      dimensions: [],
    });
  check(M > 0, "no metrics");
  const metrics = Array.from({ length: M }, (): ImportedMetric => {
    const id = r.text(TEXT.short);
    check(/^c[1-9]\d{0,3}$/.test(id), "bad metric id");
    const label = r.text(TEXT.label);
    const rule = r.byte();
    const evidence = r.byte();
    const digits = r.byte();
    const unit = r.text(TEXT.short);
    check(rule <= 1 && evidence < EVIDENCE.length && digits <= 6, "bad metric");
    return {
      id,
      label,
      rule: rule === 1 ? "mean" : "sum",
      evidence: EVIDENCE[evidence] ?? null,
      digits,
      ...(unit ? { unit } : {}),
    };
  });
  const dimensions = Array.from({ length: r.count(50, 3) }, (_, i): ImportedDimension => {
    const dimensionName = r.text(TEXT.name);
    const categories = list(TEXT.name);
    check(categories.length > 0, "empty dimension");
    distinct(categories, "category");
    const total = r.uint() - 1;
    const meanCategories = Array.from({ length: r.count(categories.length) }, () => r.uint());
    check(
      total < categories.length && meanCategories.every((k) => k < categories.length),
      "bad category",
    );
    return {
      id: `d${i + 1}`,
      name: dimensionName,
      categories,
      total: total < 0 ? null : total,
      meanCategories,
    };
  });
  distinct(
    metrics.map((m) => m.id),
    "metric",
  );
  const K = dimensions.reduce((n, d) => n * d.categories.length, 1);
  const rows = K * periods.length * codes.length;
  if (rows > MAX_ROWS || rows * M > MAX_VALUES)
    throw new LimitExceeded({ code: "tooManyRows", rows, max: MAX_ROWS });
  const attributes = Array.from({ length: r.count(1000, 2) }, (): ImportedAttribute => {
    const attributeName = r.text(TEXT.name);
    const values: Record<string, string> = {};
    for (let n = r.count(codes.length, 2); n > 0; n--) {
      const code = codes[r.uint()];
      check(code !== undefined, "unknown region");
      values[code as string] = r.text(TEXT.name);
    }
    return { name: attributeName, values };
  });
  const block = rows;
  check(block * M <= r.left + 8 * M, "more values than bytes");
  const cells = new Float64Array(block * M);
  for (let m = 0; m < M; m++) readValues(r, cells, m * block, block, codes.length);
  const national = new Float64Array(K * periods.length * M);
  for (let m = 0; m < M; m++)
    readValues(r, national, m * K * periods.length, K * periods.length, 1);
  const lines = new Int32Array(block * M);
  if (flags & FLAG_LINES) readLines(r, lines, block);
  const merged = readMerged(r, {
    ids: metrics.map((m) => m.id),
    metrics: M,
    combinations: K,
    periods,
    codes: allowed as ReadonlySet<string>,
  });
  const encoding = r.text(TEXT.short);
  const regionColumn = r.text(TEXT.name);
  const fileRows = r.uint();
  const readingNotes = list(TEXT.note);
  const division = r.text(TEXT.short);
  const notes = Array.from({ length: r.count(NOTE_KINDS.length * 4, 5) }, (): ImportNote => {
    const kind = NOTE_KINDS[r.byte()];
    check(kind !== undefined, "unknown note");
    const count = r.uint();
    const noteRows = Array.from({ length: r.count(MAX_LIST) }, () => r.uint());
    const examples = list(TEXT.note);
    const noteLevel = r.text(TEXT.short);
    const noteType = r.text(TEXT.short);
    check(!noteLevel || isLevelId(noteLevel), "unknown level");
    check(!noteType || isRegionTypeId(noteType), "unknown region type");
    return {
      kind: kind as ImportNote["kind"],
      count,
      rows: noteRows,
      examples,
      ...(noteLevel ? { level: noteLevel as LevelId } : {}),
      ...(noteType ? { type: noteType as ImportNote["type"] & string } : {}),
    };
  });
  check(r.done, "bytes left over");
  return {
    ok: true,
    table: {
      name,
      level: level as LevelId,
      source,
      periods,
      metrics,
      dimensions,
      attributes,
      codes,
      cells,
      lines,
      national,
      merged,
      reading: {
        encoding,
        delimiter: null,
        headerLine: null,
        headerShort: false,
        columns: [regionColumn],
        regionColumn: 0,
        level: level as LevelId,
        candidates: [],
        rows: fileRows,
        periodColumn: null,
        periodsInHeaders: false,
        dimensions: dimensions.map((d) => d.name),
        attributes: attributes.map((a) => a.name),
        notes: readingNotes,
        ...(division ? { division } : {}),
      },
      notes,
    },
  };
}

function readMerged(
  r: ByteReader,
  shape: {
    ids: string[];
    metrics: number;
    combinations: number;
    periods: string[];
    codes: ReadonlySet<string>;
  },
): ImportedTable["merged"] {
  const merged: ImportedTable["merged"] = new Map();
  for (let n = r.count(100_000, 5); n > 0; n--) {
    const m = r.uint();
    const k = r.uint();
    const period = shape.periods[r.uint()];
    check(m < shape.metrics && k < shape.combinations && period !== undefined, "bad merged row");
    const into = r.text(TEXT.short);
    check(shape.codes.has(into), "unknown region");
    const parts = Array.from({ length: r.count(100, 4) }, (): MergedPart => {
      const code = r.text(TEXT.short);
      const partName = r.text(TEXT.name);
      const value = r.byte() === 1 ? r.float() : null;
      check(value === null || Math.abs(value) <= 1e15, "value out of range");
      return { code, name: partName, value, line: r.uint() };
    });
    const key = `${shape.ids[m]}|${k}`;
    const byPeriod = merged.get(key) ?? new Map<string, Map<string, MergedPart[]>>();
    merged.set(key, byPeriod);
    const byCode = byPeriod.get(period as string) ?? new Map<string, MergedPart[]>();
    byPeriod.set(period as string, byCode);
    byCode.set(into, parts);
  }
  return merged;
}
