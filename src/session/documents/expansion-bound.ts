import { constants, inflateRawSync, inflateSync } from "node:zlib";
import type { ZipEntry } from "./zip-entries.js";

/**
 * How much a document's compressed parts really expand to, measured before any reader
 * library sees them, up to a limit. A 10 MiB file can hold ten thousand times more once
 * expanded (a zip bomb, a PDF whose page is a gigabyte of spaces), and the libraries
 * that read documents expand whatever they are given; measured here with Node's own
 * zlib, whose `maxOutputLength` stops at the limit, a bomb costs at most the limit.
 * Sizes an archive declares are never trusted: every part is expanded to be measured.
 */

/** Thrown when a document expands past the limit. */
export class ExpansionLimitError extends Error {
  override readonly name = "ExpansionLimitError";
  constructor(readonly limit: number) {
    super(`its compressed parts expand to more than ${limit} bytes`);
  }
}

/** Thrown when a compressed part cannot be expanded at all (a damaged file). */
export class DamagedPartError extends Error {
  override readonly name = "DamagedPartError";
}

/** Inflates `data` (zlib-wrapped, or raw deflate), refusing to produce more than `room` bytes. */
function expandedSize(data: Uint8Array, raw: boolean, room: number, limit: number): number {
  if (room <= 0) throw new ExpansionLimitError(limit);
  const options = { maxOutputLength: room, finishFlush: constants.Z_SYNC_FLUSH };
  try {
    return (raw ? inflateRawSync(data, options) : inflateSync(data, options)).length;
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
      throw new ExpansionLimitError(limit);
    throw new DamagedPartError((error as Error).message);
  }
}

/** The total a ZIP archive's parts expand to; ExpansionLimitError past `limit`. */
export function zipExpansion(bytes: Uint8Array, entries: readonly ZipEntry[], limit: number): number {
  let total = 0;
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === 0) total += data.length;
    else {
      try {
        total += expandedSize(data, true, limit - total, limit);
      } catch (error) {
        if (error instanceof DamagedPartError)
          throw new DamagedPartError(`its part ${entry.name} is damaged (${error.message})`);
        throw error;
      }
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
 * each `stream … endstream` whose bytes begin with a zlib header is expanded. A damaged
 * stream counts as its own size (the reader gives up on it there too); what other
 * filters could expand is left to the reader's time and memory bounds.
 */
export function pdfExpansion(bytes: Uint8Array, limit: number): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  let total = 0;
  for (const match of text.matchAll(STREAM_START)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    const data = bytes.subarray(start, end === -1 ? bytes.length : end);
    if (isZlibHeader(data[0], data[1])) {
      try {
        total += expandedSize(data, false, limit - total, limit);
      } catch (error) {
        if (!(error instanceof DamagedPartError)) throw error;
        total += data.length;
      }
    } else total += data.length;
    if (total > limit) throw new ExpansionLimitError(limit);
  }
  return total;
}
