import { shownText } from "../../store/index.js";
import { IMAGE_MIME_TYPES } from "../../types/attachments.js";
import { type ErrorFrame, errorFrame } from "../../types/wire.js";
import type { DocumentReader, ReadDocument } from "./document-reader.js";

/** How a message's documents are taken in: who reads them, and how many attachments a message may carry. */
export interface DocumentIntake {
  reader: DocumentReader;
  /** Images and documents together. */
  maxAttachments: number;
}

/**
 * Whether an attachment as it arrived is meant as a document: an object whose declared
 * type is not one of the image types (browsers declare a Markdown file as "" or
 * text/markdown, a Word file by its long name). Anything else stays with the image
 * checks, which refuse it as they always have.
 */
export function isDocumentAttachment(raw: unknown): boolean {
  if (typeof raw !== "object" || raw === null) return false;
  const { mimeType } = raw as Record<string, unknown>;
  return typeof mimeType === "string" && !(IMAGE_MIME_TYPES as readonly string[]).includes(mimeType);
}

export type TakenAttachments = { images: unknown[]; documents: ReadDocument[] } | { refusal: ErrorFrame };

/**
 * A message's attachments, documents read: the images are left as they came for the
 * session's own checks, each document is decoded and read (DocumentReader), and the
 * first that cannot be is the message's refusal, with its code.
 */
export async function takeAttachments(
  attachments: readonly unknown[],
  intake: DocumentIntake,
): Promise<TakenAttachments> {
  const images = attachments.filter((raw) => !isDocumentAttachment(raw));
  const candidates = attachments.filter(isDocumentAttachment) as Record<string, unknown>[];
  if (candidates.length === 0) return { images, documents: [] };
  if (attachments.length > intake.maxAttachments)
    return {
      refusal: errorFrame(
        "invalid_attachment",
        `Invalid attachment: at most ${intake.maxAttachments} attachments per message (got ${attachments.length})`,
      ),
    };
  const documents: ReadDocument[] = [];
  for (const [index, raw] of candidates.entries()) {
    const decoded = decode(raw, index, intake.reader.limits.maxBytes);
    if ("refusal" in decoded) return decoded;
    const outcome = await intake.reader.read(decoded);
    if (!outcome.ok)
      return { refusal: errorFrame(outcome.code, `${shownText(decoded.filename)} ${outcome.reason}.`) };
    documents.push(outcome.document);
  }
  return { images, documents };
}

function decode(
  raw: Record<string, unknown>,
  index: number,
  maxBytes: number,
): { filename: string; declaredType: string; bytes: Uint8Array } | { refusal: ErrorFrame } {
  const { filename, mimeType, base64Data } = raw;
  const invalid = (why: string) => ({
    refusal: errorFrame("invalid_attachment", `Invalid attachment: ${why}`),
  });
  if (typeof filename !== "string" || filename.length < 1 || filename.length > 255)
    return invalid(`attachment ${index + 1} needs a filename of 1 to 255 characters`);
  const shown = shownText(filename);
  if (typeof base64Data !== "string" || base64Data.length === 0)
    return invalid(`${shown}: base64Data is missing`);
  if (base64Data.startsWith("data:")) return invalid(`${shown}: send raw base64 without a "data:" prefix`);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64Data)) return invalid(`${shown}: base64Data is not valid base64`);
  // Measured before it is decoded, so a huge one costs nothing more.
  const size = Math.floor((base64Data.length * 3) / 4);
  if (size > maxBytes + 2)
    return {
      refusal: errorFrame(
        "document_too_large",
        `${shown} is larger than the ${Math.round((maxBytes / (1024 * 1024)) * 10) / 10} MiB a document may be.`,
      ),
    };
  return { filename, declaredType: String(mimeType ?? ""), bytes: Buffer.from(base64Data, "base64") };
}
