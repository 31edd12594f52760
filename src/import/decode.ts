// Turns a file's bytes into text, or says what kind of file it is when it is no text at all.

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** What the bytes are: text in an encoding, an Excel workbook, or another binary file. */
export type Decoded =
  | { kind: "text"; text: string; encoding: Encoding }
  | { kind: "xlsx" }
  | { kind: "binary"; what: BinaryKind };

export type BinaryKind = "xls" | "zip" | "png" | "jpeg" | "gif" | "pdf" | "gzip" | "other";

const MAGIC: [number[], BinaryKind][] = [
  [[0x89, 0x50, 0x4e, 0x47], "png"],
  [[0xff, 0xd8, 0xff], "jpeg"],
  [[0x47, 0x49, 0x46, 0x38], "gif"],
  [[0x25, 0x50, 0x44, 0x46], "pdf"],
  [[0x1f, 0x8b], "gzip"],
  // The old binary Excel format (OLE2 compound file).
  [[0xd0, 0xcf, 0x11, 0xe0], "xls"],
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** A ZIP archive holding `xl/` entries is an .xlsx workbook; any other ZIP is not a table. */
function isXlsx(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 65536)));
  return head.includes("xl/") || head.includes("[Content_Types].xml");
}

/** UTF-16 without a byte-order mark: most odd (LE) or even (BE) bytes of the first kilobyte are zero. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * Reads the bytes: a byte-order mark decides UTF-8, UTF-16 LE or BE (the mark
 * is dropped); UTF-16 without one is recognised by its zero bytes (Excel's
 * "Unicode text"); bytes that are valid UTF-8 are UTF-8; anything else is
 * Windows-1252, the encoding of Finnish Excel's "CSV (semicolon)" exports, in
 * which "ä" is the single byte 0xE4. Files that are no text (PNG, PDF, ZIP,
 * old .xls, or any with NUL bytes) are named, never read as rows of garbage.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return {
      kind: "text",
      text: new TextDecoder("utf-8").decode(bytes.subarray(3)),
      encoding: "utf-8",
    };
  if (startsWith(bytes, [0xff, 0xfe]))
    return {
      kind: "text",
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
    };
  if (startsWith(bytes, [0xfe, 0xff]))
    return {
      kind: "text",
      text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
      encoding: "utf-16be",
    };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return isXlsx(bytes) ? { kind: "xlsx" } : { kind: "binary", what: "zip" };
  for (const [magic, what] of MAGIC) if (startsWith(bytes, magic)) return { kind: "binary", what };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { kind: "text", text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (bytes.subarray(0, 65536).includes(0)) return { kind: "binary", what: "other" };
  try {
    return {
      kind: "text",
      text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
      encoding: "utf-8",
    };
  } catch {
    return {
      kind: "text",
      text: new TextDecoder("windows-1252").decode(bytes),
      encoding: "windows-1252",
    };
  }
}
