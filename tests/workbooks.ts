// Small .xlsx workbooks written in the test, hostile ones included: a zip bomb, a sheet that
// declares A1:XFD1048576, one stray value in XFD1048576. Deterministic; no file on disk.
import { constants, crc32, deflateRawSync } from "node:zlib";

/** One entry of an archive: its name, the bytes stored, and what they unpack to. */
interface Entry {
  name: string;
  /** Deflated bytes (method 8). */
  data: Buffer;
  size: number;
  crc: number;
}

const deflated = (name: string, text: string): Entry => {
  const raw = Buffer.from(text, "utf8");
  return { name, data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
};

/** A ZIP archive of deflated entries, as Excel writes one. */
function zip(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, e.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a one-sheet workbook around its sheet. */
function workbookParts(sheet: Entry): Entry[] {
  return [
    deflated(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflated(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Taulukko1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ];
}

const column = (c: number) => {
  let name = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

const cellXml = (value: string | number, r: number, c: number) =>
  typeof value === "number"
    ? `<c r="${column(c)}${r + 1}"><v>${value}</v></c>`
    : `<c r="${column(c)}${r + 1}" t="inlineStr"><is><t>${value}</t></is></c>`;

/**
 * A workbook of one sheet holding `rows` from A1, with the `<dimension>` it
 * declares (by default the real one) and any `extra` cells as [row, column,
 * value] from 0.
 */
export function workbook(
  rows: readonly (readonly (string | number)[])[],
  options: { dimension?: string; extra?: readonly [number, number, string | number][] } = {},
): Buffer {
  const width = Math.max(...rows.map((r) => r.length));
  const dimension = options.dimension ?? `A1:${column(width - 1)}${rows.length}`;
  const body = rows
    .map((r, i) => `<row r="${i + 1}">${r.map((v, c) => cellXml(v, i, c)).join("")}</row>`)
    .join("");
  const extra = (options.extra ?? [])
    .map(([r, c, v]) => `<row r="${r + 1}">${cellXml(v, r, c)}</row>`)
    .join("");
  const sheet = deflated(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><dimension ref="${dimension}"/><sheetData>${body}${extra}</sheetData></worksheet>`,
  );
  return zip(workbookParts(sheet));
}

/**
 * A workbook whose sheet unpacks to `gib` GiB of zero bytes from about a
 * thousandth of that: the same deflated 64 MiB block repeated (each ends on a
 * full flush, so blocks can follow one another), then an empty final block.
 */
export function zipBomb(gib = 2): Buffer {
  const block = deflateRawSync(Buffer.alloc(64 * 1024 * 1024), {
    level: 9,
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const blocks = Array.from({ length: gib * 16 }, () => block);
  const data = Buffer.concat([...blocks, Buffer.from([0x03, 0x00])]);
  const sheet: Entry = {
    name: "xl/worksheets/sheet1.xml",
    data,
    size: Math.min(gib * 2 ** 30, 2 ** 32 - 1),
    crc: 0,
  };
  return zip(workbookParts(sheet));
}
