import {
  DEFAULT_ATTACHMENT_LIMITS,
  IMAGE_MIME_TYPES,
  type ImageMimeType,
  MAX_ATTACHMENT_FILENAME_LENGTH,
  MAX_MESSAGE_ATTACHMENT_BYTES,
} from "../../../src/types/attachments.js";
import {
  DEFAULT_DOCUMENT_LIMITS,
  DOCUMENT_MIME_TYPES,
  type DocumentKind,
} from "../../../src/types/documents.js";

/** What the server accepts unless told otherwise (docs/protocol.md); the page refuses the rest before sending. */
export const ATTACHMENT_LIMITS = {
  ...DEFAULT_ATTACHMENT_LIMITS,
  /** A document (Markdown, text, PDF, Word) may be larger than an image. */
  maxDocumentBytes: DEFAULT_DOCUMENT_LIMITS.maxBytes,
  maxFilenameLength: MAX_ATTACHMENT_FILENAME_LENGTH,
  /** All the files of one message together (five large documents would not fit one frame). */
  maxTotalBytes: MAX_MESSAGE_ATTACHMENT_BYTES,
} as const;

const DOCUMENT_EXTENSIONS: Record<string, DocumentKind> = {
  md: "markdown",
  markdown: "markdown",
  txt: "text",
  text: "text",
  pdf: "pdf",
  docx: "docx",
};

/**
 * The kind of document a file looks like, by its declared type or else its name, or
 * null for anything else. Only a first sort: the server tells the kind from the bytes
 * and refuses a file that is not what it looks like.
 */
export function documentKindOf(file: FileFacts): DocumentKind | null {
  const byType = (Object.entries(DOCUMENT_MIME_TYPES) as [DocumentKind, string][]).find(
    ([, type]) => type === file.type,
  );
  if (byType) return byType[0];
  if (file.type === "text/x-markdown") return "markdown";
  const extension = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? "";
  return DOCUMENT_EXTENSIONS[extension] ?? null;
}

/** The facts of a picked, dropped or pasted file that decide whether it can be sent. */
export interface FileFacts {
  name: string;
  type: string;
  size: number;
}

export type AttachmentRefusal = { name: string; reason: string };

export interface AttachmentSorting<T extends FileFacts> {
  /** `document` is the kind a document looks like; null for an image. `mimeType` is what is sent. */
  accepted: { file: T; mimeType: string; filename: string; document: DocumentKind | null }[];
  refused: AttachmentRefusal[];
}

export function isImageMimeType(type: string): type is ImageMimeType {
  return (IMAGE_MIME_TYPES as readonly string[]).includes(type);
}

/**
 * Splits files into those that can be attached and those that cannot, each refusal
 * with a reason a person understands: images (PNG, JPEG, GIF, WebP) and documents
 * (Markdown, text, PDF, Word). `alreadyAttached` and `alreadyAttachedBytes` count the
 * files waiting in the tray, so the limits hold across several picks.
 */
export function sortAttachments<T extends FileFacts>(
  files: readonly T[],
  alreadyAttached: number,
  alreadyAttachedBytes = 0,
): AttachmentSorting<T> {
  const sorting: AttachmentSorting<T> = { accepted: [], refused: [] };
  let totalBytes = alreadyAttachedBytes;
  for (const [index, file] of files.entries()) {
    const filename = attachmentFilename(file, alreadyAttached + index);
    const document = isImageMimeType(file.type) ? null : documentKindOf(file);
    if (!isImageMimeType(file.type) && document === null) {
      sorting.refused.push({
        name: filename,
        reason: `“${filename}” isn't an image or a document the interviewer can take. Use PNG, JPEG, GIF or WebP images, or Markdown, text, PDF or Word (.docx) documents.`,
      });
      continue;
    }
    const limit = document === null ? ATTACHMENT_LIMITS.maxBytes : ATTACHMENT_LIMITS.maxDocumentBytes;
    if (file.size > limit) {
      sorting.refused.push({
        name: filename,
        reason: `“${filename}” is ${formatBytes(file.size)}; each ${document === null ? "image" : "document"} can be at most ${formatBytes(limit)}.`,
      });
      continue;
    }
    if (file.size === 0) {
      sorting.refused.push({ name: filename, reason: `“${filename}” is empty.` });
      continue;
    }
    if (alreadyAttached + sorting.accepted.length >= ATTACHMENT_LIMITS.maxCount) {
      sorting.refused.push({
        name: filename,
        reason: `“${filename}” was left out: at most ${ATTACHMENT_LIMITS.maxCount} files go with one message.`,
      });
      continue;
    }
    if (totalBytes + file.size > ATTACHMENT_LIMITS.maxTotalBytes) {
      sorting.refused.push({
        name: filename,
        reason: `“${filename}” was left out: the files of one message can add up to at most ${formatBytes(ATTACHMENT_LIMITS.maxTotalBytes)}. Send it with your next message.`,
      });
      continue;
    }
    totalBytes += file.size;
    // A browser often declares a Markdown file as nothing at all; the server goes by the bytes.
    const mimeType = document === null ? file.type : file.type || DOCUMENT_MIME_TYPES[document];
    sorting.accepted.push({ file, mimeType, filename, document });
  }
  return sorting;
}

const EXTENSIONS: Record<ImageMimeType, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
};

/**
 * The name sent with the image: pasted images often have none, and a very long name is
 * shortened from the middle so its extension survives.
 */
export function attachmentFilename(file: FileFacts, position: number): string {
  const name = file.name.trim();
  if (name.length === 0) {
    const extension = isImageMimeType(file.type) ? EXTENSIONS[file.type] : "bin";
    return `pasted-image-${position + 1}.${extension}`;
  }
  const limit = ATTACHMENT_LIMITS.maxFilenameLength;
  if (name.length <= limit) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return `${name.slice(0, limit - extension.length)}${extension}`;
}

/** Raw base64 from a `data:` URL, as the wire wants it (no prefix). */
export function base64FromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(",");
  return comma === -1 ? dataUrl : dataUrl.slice(comma + 1);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
