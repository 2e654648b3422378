import {
  DEFAULT_ATTACHMENT_LIMITS,
  IMAGE_MIME_TYPES,
  type ImageMimeType,
  MAX_ATTACHMENT_FILENAME_LENGTH,
} from "../../../src/types/attachments.js";

/** What the server accepts unless told otherwise (docs/protocol.md); the page refuses the rest before sending. */
export const ATTACHMENT_LIMITS = {
  ...DEFAULT_ATTACHMENT_LIMITS,
  maxFilenameLength: MAX_ATTACHMENT_FILENAME_LENGTH,
} as const;

/** The facts of a picked, dropped or pasted file that decide whether it can be sent. */
export interface FileFacts {
  name: string;
  type: string;
  size: number;
}

export type AttachmentRefusal = { name: string; reason: string };

export interface AttachmentSorting<T extends FileFacts> {
  accepted: { file: T; mimeType: ImageMimeType; filename: string }[];
  refused: AttachmentRefusal[];
}

export function isImageMimeType(type: string): type is ImageMimeType {
  return (IMAGE_MIME_TYPES as readonly string[]).includes(type);
}

/**
 * Splits files into those that can be attached and those that cannot, each refusal
 * with a reason a person understands. `alreadyAttached` counts the images waiting in
 * the tray, so the limit holds across several picks.
 */
export function sortAttachments<T extends FileFacts>(
  files: readonly T[],
  alreadyAttached: number,
): AttachmentSorting<T> {
  const sorting: AttachmentSorting<T> = { accepted: [], refused: [] };
  for (const [index, file] of files.entries()) {
    const filename = attachmentFilename(file, alreadyAttached + index);
    if (!isImageMimeType(file.type)) {
      sorting.refused.push({
        name: filename,
        reason: `“${filename}” isn't an image the interviewer can take. Use PNG, JPEG, GIF or WebP.`,
      });
      continue;
    }
    if (file.size > ATTACHMENT_LIMITS.maxBytes) {
      sorting.refused.push({
        name: filename,
        reason: `“${filename}” is ${formatBytes(file.size)}; each image can be at most ${formatBytes(ATTACHMENT_LIMITS.maxBytes)}.`,
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
        reason: `“${filename}” was left out: at most ${ATTACHMENT_LIMITS.maxCount} images go with one message.`,
      });
      continue;
    }
    sorting.accepted.push({ file, mimeType: file.type, filename });
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
