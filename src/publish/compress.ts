// Deflate (raw) through the browser's own CompressionStream, and base64url: the text a link carries.

/** Compresses bytes with deflate-raw. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Thrown when inflating would give more than the limit: a link cannot declare its way past it. */
export class TooLarge extends Error {}

/**
 * Inflates deflate-raw bytes, stopping as soon as the output passes `max`
 * bytes (a small link that inflates to gigabytes is refused after `max`).
 * Rejects on bytes that are not deflate data or end early.
 */
export async function inflate(bytes: Uint8Array, max: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge(`more than ${max} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes as base64url without padding: letters, digits, "-" and "_", safe in a URL fragment as they are. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/**
 * The bytes of base64url text; null for a character outside the alphabet, an
 * impossible length, or a last character that is not the one toBase64Url
 * writes (one text per bytes: any change to a link's text is a change).
 */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    const chars = Math.min(4, text.length - i);
    for (let k = 0; k < 4; k++) {
      const v = k < chars ? VALUE.get(text[i + k] as string) : 0;
      if (v === undefined) return null;
      n = (n << 6) | v;
    }
    // A last character with bits beyond the last byte set is another text for the same bytes: refused.
    if (chars < 4 && (n & ((1 << (24 - 8 * (chars - 1))) - 1)) !== 0) return null;
    for (let k = 0; k < chars - 1; k++) out[at++] = (n >> (16 - 8 * k)) & 255;
  }
  return out;
}
