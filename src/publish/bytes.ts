// A byte writer and a bounds-checked byte reader: unsigned and zigzag varints, text, float64.

/** Thrown by the reader for input that ends early or breaks the format; the decoder turns it into a message. */
export class DamagedInput extends Error {}

/** Varints are read up to 2^52: beyond it a number is not exact in a double, and is refused. */
const MAX_VARINT = 2 ** 52;

export class ByteWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;
  private reserve(n: number) {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
  byte(v: number): void {
    this.reserve(1);
    this.buffer[this.length++] = v & 0xff;
  }
  /** An unsigned integer (0 ≤ v < 2^52), seven bits a byte. */
  uint(v: number): void {
    if (!Number.isInteger(v) || v < 0 || v >= MAX_VARINT)
      throw new RangeError(`not a varint: ${v}`);
    let n = v;
    while (n >= 0x80) {
      this.byte((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.byte(n);
  }
  /** A signed integer (|v| < 2^51), zigzagged: 0, -1, 1, -2… become 0, 1, 2, 3… */
  int(v: number): void {
    this.uint(v >= 0 ? v * 2 : -v * 2 - 1);
  }
  float(v: number): void {
    this.reserve(8);
    new DataView(this.buffer.buffer).setFloat64(this.length, v, true);
    this.length += 8;
  }
  /** UTF-8 text, its byte length first. */
  text(s: string): void {
    const bytes = new TextEncoder().encode(s);
    this.uint(bytes.length);
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

export class ByteReader {
  private at = 0;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  constructor(private readonly input: Uint8Array) {}
  get done(): boolean {
    return this.at >= this.input.length;
  }
  /** Bytes not yet read: a count declared larger than these cannot be true. */
  get left(): number {
    return this.input.length - this.at;
  }
  byte(): number {
    if (this.at >= this.input.length) throw new DamagedInput("ends early");
    return this.input[this.at++] as number;
  }
  uint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      v += (b & 0x7f) * scale;
      if (v >= MAX_VARINT) throw new DamagedInput("number too large");
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  }
  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
  /** A count of items, each at least `each` bytes long: refused when the input cannot hold them. */
  count(max: number, each = 1): number {
    const n = this.uint();
    if (n > max || n * each > this.left) throw new DamagedInput(`count ${n} beyond what fits`);
    return n;
  }
  float(): number {
    if (this.left < 8) throw new DamagedInput("ends early");
    const v = new DataView(this.input.buffer, this.input.byteOffset + this.at, 8).getFloat64(
      0,
      true,
    );
    this.at += 8;
    return v;
  }
  /** UTF-8 text of at most `max` characters; malformed UTF-8 is damage. */
  text(max: number): string {
    const n = this.count(max * 4);
    const slice = this.input.subarray(this.at, this.at + n);
    this.at += n;
    let s: string;
    try {
      s = this.decoder.decode(slice);
    } catch {
      throw new DamagedInput("not UTF-8");
    }
    if (s.length > max) throw new DamagedInput("text too long");
    return s;
  }
}

/** CRC-32 (IEEE), to tell a link that was cut or changed from one as written. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
