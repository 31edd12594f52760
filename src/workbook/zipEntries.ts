// The entries of a ZIP archive (an .xlsx is one), unpacked with a budget: never more bytes than allowed.
import { WorkbookBudgetError } from "./budget.ts";

/** An entry as the central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0: stored, 8: deflated. */
  method: number;
  compressedSize: number;
  /** Where its local header starts. */
  offset: number;
}

/** The archive is not one this reader can read (no directory, ZIP64, encrypted, cut short). */
export class ZipError extends Error {
  override name = "ZipError";
}

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

/** The most entries read: a workbook has tens. */
const MAX_ENTRIES = 10_000;

/**
 * The entries of the central directory, found from its end record (searched
 * for in the last 64 KiB, past any comment). Throws a ZipError for a file
 * with no such record, a ZIP64 archive or a directory that runs off the file.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw new ZipError("no ZIP directory");
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError("ZIP64 is not read");
  if (count > MAX_ENTRIES) throw new ZipError(`${count} entries`);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50)
      throw new ZipError("the ZIP directory is cut short");
    const flags = u16(bytes, at + 8);
    if (flags & 0x41) throw new ZipError("the workbook is encrypted");
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      offset: u32(bytes, at + 42),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The entry's bytes as stored (compressed), from its local header. */
function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.offset;
  if (u32(bytes, at) !== 0x04034b50) throw new ZipError(`no local header for ${entry.name}`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) throw new ZipError(`${entry.name} is cut short`);
  return bytes.subarray(start, stop);
}

/**
 * An entry unpacked, counting every byte against `budget.left`: unpacking
 * stops (a WorkbookBudgetError of kind "memory") as soon as the entries
 * unpacked so far pass the budget, whatever sizes the archive declares. A
 * deflated entry is inflated as a stream, so no more than the budget is ever
 * held.
 */
export async function unpack(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: { used: number; max: number },
): Promise<Uint8Array> {
  const raw = storedBytes(bytes, entry);
  const charge = (n: number) => {
    budget.used += n;
    if (budget.used > budget.max) throw new WorkbookBudgetError("memory", budget.used, budget.max);
  };
  if (entry.method === 0) {
    charge(raw.length);
    return raw;
  }
  if (entry.method !== 8) throw new ZipError(`compression method ${entry.method}`);
  const input = new Blob([raw as Uint8Array<ArrayBuffer>]).stream();
  const reader = input.pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      charge(part.value.length);
      parts.push(part.value);
      length += part.value.length;
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof WorkbookBudgetError) throw error;
    throw new ZipError(`${entry.name} cannot be unpacked`);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
