// The table a link carries: written, compressed and base64url-encoded, within the stated limit;
// and read back from a link with the checks of a file.
import { combinationOf, type ImportedTable } from "../data/importedTable.ts";
import { deflate, fromBase64Url, inflate, TooLarge, toBase64Url } from "./compress.ts";
import { type LinkGazetteer, type LinkRead, readTable } from "./tableRead.ts";
import { type Subset, tableSubset } from "./tableSubset.ts";
import { writeTable } from "./tableWrite.ts";

/**
 * The most characters a link's table may take. A municipality × 10 years × 5
 * measures table takes about a third of it (README, "Publishing your own
 * data"); browsers open far longer addresses, but chat apps, mail and CMS
 * fields cut or refuse links much beyond this.
 */
export const LINK_LIMIT = 60_000;
/** A link's table inflates to at most this many bytes (the largest table a file may give fits). */
export const INFLATED_LIMIT = 80 * 1024 * 1024;
/** Text longer than this is refused before it is decoded at all. */
export const TEXT_LIMIT = 4 * 1024 * 1024;

/**
 * A part with more values than this is not tried: it could not fit (even a
 * value that never changes takes a few bits), and writing it would hold the
 * page for longer than a frame or two.
 */
const MOST_VALUES_TRIED = 250_000;

/** How much of the table a link carries: all of it, or only what the view shows. */
export type LinkScope = "whole" | "combination" | "metric" | "period";

export type Encoded =
  | { ok: true; text: string; scope: LinkScope; lines: boolean }
  | { ok: false; length: number; limit: number };

export interface LinkView {
  metric: string;
  period: string | null;
  dims: Readonly<Record<string, string>>;
}

/** The subsets tried, from the whole table down to the view's one metric, period and categories. */
function subsets(table: ImportedTable, view: LinkView): [LinkScope, Subset | null][] {
  const m = Math.max(
    0,
    table.metrics.findIndex((x) => x.id === view.metric),
  );
  const p = view.period === null ? -1 : table.periods.indexOf(view.period);
  const k = combinationOf(table, view.dims);
  return [
    ["whole", null],
    ["combination", { metrics: table.metrics.map((_, i) => i), combination: k, period: null }],
    ["metric", { metrics: [m], combination: k, period: null }],
    ["period", { metrics: [m], combination: k, period: p < 0 ? table.periods.length - 1 : p }],
  ];
}

/** The table's text: its bytes, deflated, in base64url. */
export async function tableText(table: ImportedTable, lines: boolean): Promise<string> {
  return toBase64Url(await deflate(writeTable(table, { lines })));
}

/**
 * The table as a link carries it: the whole table where it fits within the
 * limit, else only the view's categories, then only its metric, then only its
 * period; each with the file's line numbers where they fit, else without.
 * Where even the view's one period does not fit, `ok` is false with its length.
 */
export async function encodeLink(
  table: ImportedTable,
  view: LinkView,
  limit = LINK_LIMIT,
): Promise<Encoded> {
  let shortest = Number.POSITIVE_INFINITY;
  const rows = table.codes.length * table.periods.length;
  for (const [scope, subset] of subsets(table, view)) {
    const values = subset
      ? subset.metrics.length * (subset.period === null ? rows : table.codes.length)
      : table.cells.length;
    if (values > MOST_VALUES_TRIED) continue;
    const part = subset ? tableSubset(table, subset) : table;
    for (const lines of [true, false]) {
      // Each attempt a task of its own: the page stays responsive while a large table is tried.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const text = await tableText(part, lines);
      if (text.length <= limit) return { ok: true, text, scope, lines };
      shortest = Math.min(shortest, text.length);
    }
  }
  return { ok: false, length: shortest, limit };
}

/**
 * The table of a link's text, with the checks a file gets (limits, known
 * regions, periods, values); text that is not base64url, does not inflate, or
 * inflates beyond the limit is damage. Never throws.
 */
export async function decodeLink(text: string, gazetteer: LinkGazetteer): Promise<LinkRead> {
  if (text.length > TEXT_LIMIT)
    return { ok: false, issue: { code: "tooLarge", bytes: text.length, max: TEXT_LIMIT } };
  const bytes = fromBase64Url(text);
  if (!bytes?.length) return { ok: false, problem: "damaged", detail: "not base64url" };
  let raw: Uint8Array;
  try {
    raw = await inflate(bytes, INFLATED_LIMIT);
  } catch (error) {
    if (error instanceof TooLarge)
      return {
        ok: false,
        issue: { code: "tooLarge", bytes: INFLATED_LIMIT + 1, max: INFLATED_LIMIT },
      };
    return { ok: false, problem: "damaged", detail: "not deflate data" };
  }
  return readTable(raw, gazetteer);
}
