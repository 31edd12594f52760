// Turns a file's bytes into text: UTF-8 when they are valid UTF-8, else Windows-1252.

export type Encoding = "utf-8" | "windows-1252";

/**
 * Decodes bytes, detecting the encoding: a UTF-8 byte-order mark or bytes that
 * are valid UTF-8 mean UTF-8 (the BOM is dropped); anything else is read as
 * Windows-1252, the encoding of Finnish Excel's "CSV (semicolon)" exports, in
 * which "ä" is the single byte 0xE4.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\ufeff/, ""), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
