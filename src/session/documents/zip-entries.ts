/**
 * The entries of a ZIP archive (a Word .docx is one), read from its central directory
 * without expanding anything (PKWARE APPNOTE.TXT, sections 4.3.12 to 4.3.16). Only what
 * a Word document needs is understood: no ZIP64, no encryption, stored or deflated
 * entries; anything else is not a document Specwright reads.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** What the archive says the entry expands to; a zip bomb may lie, so it is never trusted alone. */
  declaredSize: number;
  /** Where the entry's compressed bytes begin. */
  dataOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** An archive comment is at most 65,535 bytes, so the directory's end lies within this of the file's end. */
const END_SEARCH = 22 + 0xffff;
/** Far more parts than any Word document has; an archive of more is refused before each is looked at. */
export const MAX_ZIP_ENTRIES = 10_000;

/** Whether the bytes begin as a ZIP archive does (a local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/** The archive's entries, or a ZipFormatError saying what is wrong with it. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new ZipFormatError("it is a ZIP64 archive, which no Word document needs");
  if (count > MAX_ZIP_ENTRIES)
    throw new ZipFormatError(`it holds ${count} parts, more than the ${MAX_ZIP_ENTRIES} a document may have`);
  if (directoryOffset + directorySize > end) throw new ZipFormatError("its table of contents is damaged");
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new ZipFormatError("its table of contents is damaged");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if ((flags & 0x1) !== 0) throw new ZipFormatError(`its part ${name} is encrypted`);
    if (method !== 0 && method !== 8)
      throw new ZipFormatError(
        `its part ${name} is compressed in a way Word does not use (method ${method})`,
      );
    entries.push({
      name,
      method,
      compressedSize,
      declaredSize,
      dataOffset: localDataOffset(view, localOffset, name),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  for (const entry of entries)
    if (entry.dataOffset + entry.compressedSize > bytes.length)
      throw new ZipFormatError(`its part ${entry.name} runs past the end of the file`);
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - END_SEARCH);
  for (let at = view.byteLength - 22; at >= lowest; at--)
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  throw new ZipFormatError("it has no ZIP table of contents (it is cut short or damaged)");
}

function localDataOffset(view: DataView, offset: number, name: string): number {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_HEADER)
    throw new ZipFormatError(`its part ${name} is damaged`);
  return offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
}
