import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { DocumentReader, type ReadDocument } from "../session/index.js";
import type { ImageAttachment, ImageMimeType } from "../types/attachments.js";
import { DOCUMENT_KIND_LABELS, type DocumentLimits } from "../types/documents.js";

/** What `--attach` gives the first message: images as the wire carries them, documents read. */
export interface AttachedFiles {
  images: ImageAttachment[];
  documents: ReadDocument[];
  /** One line per file for the person: its name, kind and size. */
  lines: string[];
}

/** The image types, by their first bytes; anything else is taken as a document. */
function imageType(bytes: Uint8Array): ImageMimeType | null {
  const startsWith = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (startsWith(0x89, 0x50, 0x4e, 0x47)) return "image/png";
  if (startsWith(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (startsWith(0x47, 0x49, 0x46, 0x38)) return "image/gif";
  const webp = bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50;
  if (startsWith(0x52, 0x49, 0x46, 0x46) && webp) return "image/webp";
  return null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Reads the files given with `--attach`, before the interview begins, so that a file that
 * cannot be used stops the command at once with the reason (and the error code the
 * server would give) rather than after the greeting. Documents are read here exactly as
 * the server reads them (DocumentReader, with the same limits); images are checked by
 * the session when the message is sent, as the page's are.
 */
export async function readAttachFiles(
  paths: readonly string[],
  cwd: string,
  limits: Partial<DocumentLimits>,
  maxAttachments: number,
): Promise<AttachedFiles | { error: string }> {
  if (paths.length > maxAttachments)
    return { error: `at most ${maxAttachments} files may be attached to a message (got ${paths.length})` };
  const reader = new DocumentReader(limits);
  const attached: AttachedFiles = { images: [], documents: [], lines: [] };
  for (const path of paths) {
    let bytes: Buffer;
    try {
      bytes = await readFile(resolve(cwd, path));
    } catch (error) {
      return { error: `cannot read --attach file ${path}: ${(error as Error).message}` };
    }
    const filename = basename(path);
    const image = imageType(bytes);
    if (image !== null) {
      attached.images.push({ filename, mimeType: image, base64Data: bytes.toString("base64") });
      attached.lines.push(`${filename} (image, ${formatSize(bytes.length)})`);
      continue;
    }
    const outcome = await reader.read({ filename, declaredType: "", bytes });
    if (!outcome.ok) return { error: `--attach ${path}: ${filename} ${outcome.reason} (${outcome.code})` };
    const { document } = outcome;
    const pages =
      document.pages === undefined ? "" : `, ${document.pages} ${document.pages === 1 ? "page" : "pages"}`;
    const cut = document.cut ? ", text cut at the limit" : "";
    attached.documents.push(document);
    attached.lines.push(
      `${filename} (${DOCUMENT_KIND_LABELS[document.kind]}${pages}, ${formatSize(bytes.length)}${cut})`,
    );
  }
  return attached;
}
