import { constants, createInflateRaw } from "node:zlib";
import type { ZipEntry } from "./zip-entries.js";

/**
 * How much a document's compressed parts really expand to, measured before any reader
 * library sees them, up to a limit. A 10 MiB file can hold ten thousand times more once
 * expanded (a zip bomb, a PDF whose page is a gigabyte of spaces), and the libraries
 * that read documents expand whatever they are given. Measured here with Node's own
 * zlib, a piece at a time, counted and dropped, and stopped at the limit, a bomb costs
 * at most the limit in time and next to nothing in memory. Sizes an archive declares
 * are never trusted: every part is expanded to be measured. What a damaged part yields
 * before its damage counts too, since the readers keep that much.
 */

/** Expanded a piece this large at a time: few enough callbacks for hundreds of MiB, little memory each. */
const CHUNK_BYTES = 1024 * 1024;

/** Thrown when a document expands past the limit. */
export class ExpansionLimitError extends Error {
  override readonly name = "ExpansionLimitError";
  constructor(readonly limit: number) {
    super(`its compressed parts expand to more than ${limit} bytes`);
  }
}

/** Thrown when a Word document's part cannot be expanded at all (a damaged file). */
export class DamagedPartError extends Error {
  override readonly name = "DamagedPartError";
}

/**
 * What raw deflate data (RFC 1951) expands to, counted piece by piece; rejects with
 * ExpansionLimitError once it passes `room`. Data cut short or damaged ends the count
 * where it stops (`damaged` then says why), as the readers stop there too.
 */
function expandedSize(
  data: Uint8Array,
  room: number,
  limit: number,
): Promise<{ size: number; damaged: string | null }> {
  return new Promise((resolve, reject) => {
    if (room <= 0) return reject(new ExpansionLimitError(limit));
    const inflate = createInflateRaw({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: CHUNK_BYTES });
    let size = 0;
    let over = false;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > room && !over) {
        over = true;
        inflate.destroy();
        reject(new ExpansionLimitError(limit));
      }
    });
    inflate.on("error", (error) => resolve({ size, damaged: error.message }));
    inflate.on("end", () => resolve({ size, damaged: null }));
    inflate.end(data);
  });
}

/** The total a ZIP archive's parts expand to; ExpansionLimitError past `limit`, DamagedPartError for a broken part. */
export async function zipExpansion(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limit: number,
): Promise<number> {
  let total = 0;
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === 0) total += data.length;
    else {
      const expanded = await expandedSize(data, limit - total, limit);
      if (expanded.damaged !== null)
        throw new DamagedPartError(`its part ${entry.name} is damaged (${expanded.damaged})`);
      total += expanded.size;
    }
    if (total > limit) throw new ExpansionLimitError(limit);
  }
  return total;
}

/** A zlib header (RFC 1950): deflate, and a check value that is a multiple of 31. */
function isZlibHeader(first: number | undefined, second: number | undefined): boolean {
  if (first === undefined || second === undefined) return false;
  return (first & 0x0f) === 8 && first >> 4 <= 7 && ((first << 8) | second) % 31 === 0;
}

const STREAM_START = /(?<!end)stream(?:\r\n|\n|\r)/g;

/**
 * The total a PDF's Flate-compressed streams expand to (ISO 32000-1, 7.3.8 and 7.4.4):
 * each `stream … endstream` whose bytes begin with a zlib header is expanded after it
 * (the checksum at its end is not needed, and PDF.js does not check it either); other
 * streams count as their own size. What other filters could expand to is left to the
 * reader's time and memory bounds.
 */
export async function pdfExpansion(bytes: Uint8Array, limit: number): Promise<number> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  let total = 0;
  for (const match of text.matchAll(STREAM_START)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    const data = bytes.subarray(start, end === -1 ? bytes.length : end);
    if (isZlibHeader(data[0], data[1]))
      total += (await expandedSize(data.subarray(2), limit - total, limit)).size;
    else total += data.length;
    if (total > limit) throw new ExpansionLimitError(limit);
  }
  return total;
}
