// From a file's bytes to an imported table: decode, split into rows, read. Runs in the import worker.
import { dsvFormat } from "d3-dsv";
import { decodeBytes } from "./decode.ts";
import { detectDelimiter } from "./delimiter.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { Row } from "./layout.ts";
import { type ReadOptions, type ReadResult, readTable } from "./readTable.ts";

/** The largest file accepted: a municipality × years × indicators table of PxWeb is a few MB. */
export const MAX_BYTES = 50 * 1024 * 1024;

export type Stage = "decode" | "parse" | "read";

/**
 * Rows of delimited text, blank ones left out, each with its line number.
 * Blank lines are dropped as they are read, never all held at once (a file of
 * 49 MB of line breaks would be 49 million rows).
 */
export function textRows(text: string, delimiter: string): Row[] {
  const rows: Row[] = [];
  dsvFormat(delimiter).parseRows(text, (cells, i) => {
    if (cells.some((c) => c.trim() !== "")) rows.push({ cells, line: i + 1 });
    return null;
  });
  return rows;
}

/**
 * Reads a file. Never throws: a binary file, a workbook the library cannot
 * read, or a file over the limit is an issue in the result.
 */
export async function importBytes(
  bytes: Uint8Array,
  name: string,
  gazetteer: Gazetteer,
  options: ReadOptions = {},
  progress: (stage: Stage) => void = () => {},
): Promise<ReadResult> {
  if (bytes.length > MAX_BYTES)
    return {
      ok: false,
      issues: [{ code: "tooLarge", bytes: bytes.length, max: MAX_BYTES }],
      reading: null,
    };
  progress("decode");
  const decoded = decodeBytes(bytes);
  if (decoded.kind === "binary")
    return { ok: false, issues: [{ code: "binary", what: decoded.what }], reading: null };
  if (decoded.kind === "xlsx") {
    try {
      progress("parse");
      const { rows } = await (await import("./xlsx.ts")).xlsxRows(bytes);
      progress("read");
      return readTable(rows, { name, encoding: "xlsx", delimiter: null }, gazetteer, options);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        issues: [{ code: "xlsxFailed", reason: reason.slice(0, 200) }],
        reading: null,
      };
    }
  }
  progress("parse");
  const delimiter = detectDelimiter(decoded.text);
  const rows = textRows(decoded.text, delimiter);
  progress("read");
  return readTable(rows, { name, encoding: decoded.encoding, delimiter }, gazetteer, options);
}
