// A link's table is untrusted input: cut, changed, random or boastful bytes give a clear refusal, never a table.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteWriter } from "../../../src/publish/bytes.ts";
import { deflate, toBase64Url } from "../../../src/publish/compress.ts";
import { decodeLink, tableText } from "../../../src/publish/tableLink.ts";
import { readTable } from "../../../src/publish/tableRead.ts";
import { writeTable } from "../../../src/publish/tableWrite.ts";
import { linkGazetteer, municipalTable } from "./linkFixtures.ts";

const table = municipalTable(2, 2);
const bytes = writeTable(table, { lines: true });
const refused = (r: Awaited<ReturnType<typeof decodeLink>>) => !r.ok;

describe("a damaged link", () => {
  it("cut anywhere, is refused as damaged", async () => {
    const text = await tableText(table, true);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: text.length - 1 }), async (end) => {
        const r = await decodeLink(text.slice(0, end), linkGazetteer);
        expect(r).toMatchObject({ ok: false, problem: "damaged" });
      }),
      { numRuns: 60 },
    );
  });

  it("with any byte changed, is refused (the checksum, or the format)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, xor) => {
          const changed = bytes.slice();
          changed[at] = (changed[at] as number) ^ xor;
          expect(readTable(changed, linkGazetteer).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with a character of its text changed, is refused", async () => {
    const text = await tableText(table, true);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: text.length - 1 }),
        fc.constantFrom(..."AZaz09-_+/%.~"),
        async (at, c) => {
          fc.pre(text[at] !== c);
          const changed = text.slice(0, at) + c + text.slice(at + 1);
          expect(refused(await decodeLink(changed, linkGazetteer))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("of random text or random deflated bytes, is refused", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        expect(refused(await decodeLink(text, linkGazetteer))).toBe(true);
      }),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (random) => {
        const text = toBase64Url(await deflate(random));
        expect(refused(await decodeLink(text, linkGazetteer))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("that declares huge counts, is refused before anything that size is made", () => {
    // A valid header and name, then a level, then 2^40 periods declared in a few bytes.
    for (const huge of [2 ** 40, 2 ** 31, 10_000_000]) {
      const w = new ByteWriter();
      w.text("x.csv");
      w.text("municipality");
      w.byte(0);
      w.uint(huge);
      const body = w.bytes();
      const forged = writeHeader(body);
      expect(readTable(forged, linkGazetteer)).toMatchObject({ ok: false, problem: "damaged" });
    }
  });

  it("that inflates past the limit, is refused with the file's size message", async () => {
    // 90 MB of zeros deflate to about 90 kB: a small link that would inflate to a huge table.
    const zeros = new Uint8Array(90 * 1024 * 1024);
    const text = toBase64Url(await deflate(zeros));
    expect(await decodeLink(text, linkGazetteer)).toMatchObject({
      ok: false,
      issue: { code: "tooLarge" },
    });
  }, 30_000);

  it("naming a region the map does not have, is refused", () => {
    const forged = writeTable(
      { ...table, codes: table.codes.map((c, i) => (i ? c : "999")) },
      {
        lines: false,
      },
    );
    expect(readTable(forged, linkGazetteer)).toMatchObject({ ok: false, problem: "damaged" });
  });

  it("of a newer format, says so", () => {
    const newer = bytes.slice();
    newer[2] = 9;
    expect(readTable(newer, linkGazetteer)).toMatchObject({ ok: false, problem: "newer" });
  });
});

/** Bytes with the format's header (magic, version, CRC-32) before a body. */
function writeHeader(body: Uint8Array): Uint8Array {
  const whole = writeTable(table, { lines: false });
  const out = new Uint8Array(body.length + 7);
  out.set(whole.subarray(0, 3));
  new DataView(out.buffer).setUint32(3, crc(body), true);
  out.set(body, 7);
  return out;
}

function crc(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
