// Reads a table written by tableWrite, checking every count, code and value as the import checks a file.
import type {
  ImportedAttribute,
  ImportedDimension,
  ImportedMetric,
  ImportedTable,
} from "../data/importedTable.ts";
import { isLevelId, type LevelId } from "../data/levels.ts";
import { parsePeriod } from "../import/periods.ts";
import type { ImportIssue } from "../import/readResult.ts";
import { MAX_METRICS, MAX_ROWS } from "../import/readTable.ts";
import { MAX_VALUES } from "../import/reshape.ts";
import { ByteReader, crc32 } from "./bytes.ts";
import { EVIDENCE, FLAG_LINES, FLAG_SOURCE, MAGIC, TEXT, VERSION } from "./tableFormat.ts";
import { check, distinct, readMerged, readNotes, readSource, textList } from "./tableReadParts.ts";
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

function readBody(r: ByteReader, gazetteer: LinkGazetteer): LinkRead {
  const list = (max: number) => textList(r, max);
  const name = r.text(TEXT.name);
  const level = r.text(TEXT.short);
  check(isLevelId(level), "unknown level");
  const known = gazetteer.codes(level as LevelId);
  check(!!known, "level without regions");
  const flags = r.byte();
  const source = flags & FLAG_SOURCE ? readSource(r, gazetteer) : null;
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
  const notes = readNotes(r);
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
