// From a file's bytes to an imported table: decode, split into rows, read. Runs in the import worker.
import { dsvFormat } from "d3-dsv";
import { decodeBytes } from "./decode.ts";
import { detectDelimiter } from "./delimiter.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { Row } from "./layout.ts";
import { type ReadOptions, type ReadResult, readTable } from "./readTable.ts";

/** A PC-Axis file starts with its keywords; JSON with a brace or bracket. */
const isPx = (text: string) =>
  /^\s*(CHARSET|AXIS-VERSION|CODEPAGE|LANGUAGE|CREATION-DATE|DECIMALS|MATRIX|SUBJECT-CODE)\s*[=[]/.test(
    text.slice(0, 200),
  );
const isJson = (text: string) => /^\s*[[{]/.test(text.slice(0, 100));

/**
 * Reads a PC-Axis or JSON file with its parser (loaded only for such a file):
 * a PC-Axis file in the code page it names, JSON-stat with its roles, JSON
 * records as a table. A file the parser cannot read is an issue naming the format.
 */
async function readStatFormat(
  bytes: Uint8Array,
  decoded: { text: string; encoding: string },
  name: string,
  gazetteer: Gazetteer,
  options: ReadOptions,
  progress: (stage: Stage) => void,
): Promise<ReadResult> {
  const px = isPx(decoded.text);
  try {
    if (px) {
      const page = /CODEPAGE\s*=\s*"([^"]+)"/i
        .exec(decoded.text.slice(0, 2000))?.[1]
        ?.toLowerCase();
      const text =
        decoded.encoding === "windows-1252" &&
        page &&
        page !== "windows-1252" &&
        page.startsWith("iso-8859")
          ? new TextDecoder(page).decode(bytes)
          : decoded.text;
      const { rows, schema } = (await import("./px.ts")).readPx(text);
      progress("read");
      return readTable(
        rows,
        { name, encoding: `${page ?? decoded.encoding}, PC-Axis`, delimiter: null },
        gazetteer,
        options,
        schema,
        {
          title: schema.title,
          notes: [...(schema.source ? [schema.source] : []), ...schema.notes],
        },
      );
    }
    const { rows, schema, sotkanet } = (await import("./jsonTable.ts")).readJson(decoded.text);
    progress("read");
    return readTable(
      rows,
      { name, encoding: `${decoded.encoding}, ${schema ? "JSON-stat" : "JSON"}`, delimiter: null },
      gazetteer,
      options,
      schema,
      {
        title: schema?.title ?? null,
        notes: [...(schema?.source ? [schema.source] : []), ...(schema?.notes ?? [])],
        sotkanet,
      },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        { code: "formatFailed", format: px ? "px" : "json-stat", reason: reason.slice(0, 200) },
      ],
      reading: null,
    };
  }
}

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
      const { rows, sheet, sheets } = await (await import("./xlsx.ts")).xlsxRows(
        bytes,
        options.sheet,
      );
      progress("read");
      return readTable(
        rows,
        {
          name,
          encoding: "xlsx",
          delimiter: null,
          ...(sheets.length > 1 ? { sheets, sheet } : {}),
        },
        gazetteer,
        options,
      );
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
  // PxWeb's own formats: PC-Axis and JSON-stat (or JSON records), read with their metadata.
  if (isPx(decoded.text) || isJson(decoded.text))
    return readStatFormat(bytes, decoded, name, gazetteer, options, progress);
  const delimiter = detectDelimiter(decoded.text);
  const rows = textRows(decoded.text, delimiter);
  progress("read");
  return readTable(rows, { name, encoding: decoded.encoding, delimiter }, gazetteer, options);
}
