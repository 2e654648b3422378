import { constants, deflateRawSync, deflateSync } from "node:zlib";

/**
 * Small, real documents made in the test, so no binary fixture is checked in: a PDF
 * (ISO 32000-1: header, objects, a cross-reference table, a trailer), a Word .docx
 * (ECMA-376: a ZIP archive with [Content_Types].xml, the package relationships and
 * word/document.xml) and the hostile files a server must survive: a zip bomb and a PDF
 * whose one page expands to far more than it weighs.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipPart {
  name: string;
  data: Uint8Array | string;
  /** Store the part as it is rather than deflate it. */
  stored?: boolean;
  /** The part already deflated (raw), with the size it expands to; its CRC is left 0. */
  deflated?: { packed: Buffer; size: number };
  /** The size the archive claims the part expands to (a lie, for a bomb that hides). */
  declaredSize?: number;
}

const SPACES = 1024 * 1024;

/**
 * Raw deflate (RFC 1951) of `prefix`, `count` MiB of spaces and `suffix`, made without
 * compressing the spaces more than once: each piece is compressed on its own and ended
 * with a full flush (byte-aligned, history reset), so the pieces chain into one stream
 * whose last piece is the final block. A bomb of gigabytes costs milliseconds to make.
 */
function deflatedSpaces(prefix: string, count: number, suffix: string, fill = " "): Buffer {
  const flushed = { finishFlush: constants.Z_FULL_FLUSH };
  const chunk = deflateRawSync(Buffer.alloc(SPACES, fill), flushed);
  return Buffer.concat([
    deflateRawSync(Buffer.from(prefix, "latin1"), flushed),
    ...Array.from({ length: count }, () => chunk),
    deflateRawSync(Buffer.from(suffix, "latin1")),
  ]);
}

/** Adler-32 (RFC 1950) of `prefix`, `count` MiB of `fill` repeated and `suffix`, for a zlib stream's trailer. */
function adler32OfSpaces(prefix: string, count: number, suffix: string, fill = " "): number {
  let a = 1;
  let b = 0;
  const pattern = Buffer.from(fill, "latin1");
  const add = (bytes: Uint8Array) => {
    for (const byte of bytes) {
      a = (a + byte) % 65521;
      b = (b + a) % 65521;
    }
  };
  add(Buffer.from(prefix, "latin1"));
  if (pattern.length === 1) {
    // n equal bytes c at once: a grows by n·c, b by n·a + c·n(n+1)/2 (in BigInt, as n² passes 2⁵³).
    const n = BigInt(count * SPACES);
    const c = BigInt(pattern[0] ?? 0);
    b = Number((BigInt(b) + n * BigInt(a) + (c * n * (n + 1n)) / 2n) % 65521n);
    a = Number((BigInt(a) + n * c) % 65521n);
  } else add(Buffer.alloc(count * SPACES, pattern));
  add(Buffer.from(suffix, "latin1"));
  return ((b << 16) | a) >>> 0;
}

/** A ZIP archive (PKWARE APPNOTE.TXT 4.3): local headers and data, the central directory, its end. */
export function makeZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.data === "string" ? Buffer.from(part.data, "utf8") : Buffer.from(part.data);
    const packed = part.deflated?.packed ?? (part.stored ? data : deflateRawSync(data));
    const name = Buffer.from(part.name, "utf8");
    const size = part.declaredSize ?? part.deflated?.size ?? data.length;
    const crc = part.deflated ? 0 : crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(part.stored ? 0 : 8, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    locals.push(header, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.stored ? 0 : 8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    directory.push(entry, name);
    offset += header.length + name.length + packed.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const PACKAGE_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The body of word/document.xml: one paragraph per item. */
export function wordDocumentXml(paragraphs: readonly string[]): string {
  const body = paragraphs.map(
    (text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join("")}</w:body></w:document>`;
}

/** A Word document with one paragraph per item. */
export function makeDocx(paragraphs: readonly string[]): Buffer {
  return makeZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: PACKAGE_RELATIONSHIPS },
    { name: "word/document.xml", data: wordDocumentXml(paragraphs) },
  ]);
}

/**
 * A Word document that is a zip bomb: its word/document.xml is one real paragraph, then
 * `mebibytes` MiB of spaces that deflate to about a thousandth of that, and the archive
 * claims the part is 1 KiB so a reader that trusts the directory is fooled.
 */
export function makeZipBomb(mebibytes: number): Buffer {
  const xml = wordDocumentXml(["Nothing to see here."]);
  const prefix = xml.slice(0, -"</w:document>".length);
  return makeZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: PACKAGE_RELATIONSHIPS },
    {
      name: "word/document.xml",
      data: "",
      deflated: { packed: deflatedSpaces(prefix, mebibytes, "</w:document>"), size: 0 },
      declaredSize: 1024,
    },
  ]);
}

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (character) => `\\${character}`)})`;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function assemblePdf(objects: readonly PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n", "latin1")];
  let offset = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(offset);
    const chunks = object.stream
      ? [
          Buffer.from(`${index + 1} 0 obj\n${object.dict}\nstream\n`, "latin1"),
          object.stream,
          Buffer.from("\nendstream\nendobj\n", "latin1"),
        ]
      : [Buffer.from(`${index + 1} 0 obj\n${object.dict}\nendobj\n`, "latin1")];
    for (const chunk of chunks) {
      parts.push(chunk);
      offset += chunk.length;
    }
  });
  const table = offsets.map((at) => `${String(at).padStart(10, "0")} 00000 n \n`).join("");
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
      "latin1",
    ),
  );
  return Buffer.concat(parts);
}

/**
 * A PDF with one page per item, each line of it drawn in Helvetica (a standard font, so
 * nothing is embedded); its content streams are Flate-compressed as most PDFs' are.
 * Only Latin-1 text.
 */
export function makePdf(pages: readonly string[]): Buffer {
  const objects: PdfObject[] = [
    { dict: "<< /Type /Catalog /Pages 2 0 R >>" },
    { dict: "" },
    { dict: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" },
  ];
  const kids: number[] = [];
  for (const page of pages) {
    const lines = page.split("\n").map((line) => `${pdfString(line)} Tj T*`);
    const content = deflateSync(
      Buffer.from(`BT /F1 12 Tf 72 720 Td 14 TL\n${lines.join("\n")}\nET`, "latin1"),
    );
    objects.push({ dict: `<< /Length ${content.length} /Filter /FlateDecode >>`, stream: content });
    const contentId = objects.length;
    objects.push({
      dict: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`,
    });
    kids.push(objects.length);
  }
  objects[1] = {
    dict: `<< /Type /Pages /Kids [${kids.map((id) => `${id} 0 R`).join(" ")}] /Count ${kids.length} >>`,
  };
  return assemblePdf(objects);
}

/**
 * A PDF whose one page's content is a line of text and then `mebibytes` MiB of `fill`
 * repeated (spaces, or operators such as "q Q " that a reader must work through),
 * Flate-compressed to about a thousandth of that (zlib: header, deflate, Adler-32).
 */
export function makePdfBomb(mebibytes: number, fill = " "): Buffer {
  const prefix = "BT /F1 12 Tf 72 720 Td (Still here) Tj ET\n";
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler32OfSpaces(prefix, mebibytes, "", fill), 0);
  const content = Buffer.concat([
    Buffer.from([0x78, 0x9c]),
    deflatedSpaces(prefix, mebibytes, "", fill),
    trailer,
  ]);
  return assemblePdf([
    { dict: "<< /Type /Catalog /Pages 2 0 R >>" },
    { dict: "<< /Type /Pages /Kids [4 0 R] /Count 1 >>" },
    { dict: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" },
    {
      dict: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
    },
    { dict: `<< /Length ${content.length} /Filter /FlateDecode >>`, stream: content },
  ]);
}
