import {
  type AttachmentLimits,
  DEFAULT_ATTACHMENT_LIMITS,
  IMAGE_MIME_TYPES,
  type ImageAttachment,
  type ImageMimeType,
  MAX_ATTACHMENT_FILENAME_LENGTH,
} from "../types/attachments.js";

// The limits are defined with the attachment's shape, where the page reads them too.
export { type AttachmentLimits, DEFAULT_ATTACHMENT_LIMITS };

/** The first bytes of each accepted image type: the declared type must match what the bytes are. */
function sniffImageType(bytes: Uint8Array): ImageMimeType | null {
  const startsWith = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (startsWith(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (startsWith(0x47, 0x49, 0x46, 0x38)) return "image/gif";
  const riff = startsWith(0x52, 0x49, 0x46, 0x46);
  const webp = bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50;
  if (riff && webp) return "image/webp";
  return null;
}

export interface CheckedImage {
  attachment: ImageAttachment;
  bytes: Uint8Array;
}

/**
 * Checks attachments as they arrive from a client. Returns the decoded images, or the
 * reason the frame must be refused ("Invalid attachment: <why>" is the caller's prefix).
 */
export function checkAttachments(
  attachments: readonly unknown[],
  limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
): { ok: true; images: CheckedImage[] } | { ok: false; reason: string } {
  if (attachments.length > limits.maxCount) {
    return { ok: false, reason: `at most ${limits.maxCount} images per message (got ${attachments.length})` };
  }
  const images: CheckedImage[] = [];
  for (const [index, raw] of attachments.entries()) {
    const label = `attachment ${index + 1}`;
    if (typeof raw !== "object" || raw === null) return { ok: false, reason: `${label} is not an object` };
    const { filename, mimeType, base64Data } = raw as Record<string, unknown>;
    if (
      typeof filename !== "string" ||
      filename.length < 1 ||
      filename.length > MAX_ATTACHMENT_FILENAME_LENGTH
    ) {
      return {
        ok: false,
        reason: `${label} needs a filename of 1 to ${MAX_ATTACHMENT_FILENAME_LENGTH} characters`,
      };
    }
    if (typeof mimeType !== "string" || !(IMAGE_MIME_TYPES as readonly string[]).includes(mimeType)) {
      return { ok: false, reason: `${filename}: type must be one of ${IMAGE_MIME_TYPES.join(", ")}` };
    }
    if (typeof base64Data !== "string" || base64Data.length === 0) {
      return { ok: false, reason: `${filename}: base64Data is missing` };
    }
    if (base64Data.startsWith("data:")) {
      return { ok: false, reason: `${filename}: send raw base64 without a "data:" prefix` };
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64Data)) {
      return { ok: false, reason: `${filename}: base64Data is not valid base64` };
    }
    // Estimate first so a huge frame is refused before it is decoded.
    if (Math.floor((base64Data.length * 3) / 4) > limits.maxBytes + 2) {
      return { ok: false, reason: `${filename} is larger than ${formatMiB(limits.maxBytes)}` };
    }
    const bytes = Buffer.from(base64Data, "base64");
    if (bytes.length > limits.maxBytes) {
      return { ok: false, reason: `${filename} is larger than ${formatMiB(limits.maxBytes)}` };
    }
    const wrong = imageBytesProblem(bytes, mimeType as ImageMimeType);
    if (wrong !== null) return { ok: false, reason: `${filename} ${wrong}` };
    images.push({ attachment: { filename, mimeType: mimeType as ImageMimeType, base64Data }, bytes });
  }
  return { ok: true, images };
}

/**
 * What is wrong with `bytes` as an image of type `mimeType` ("is not a PNG, …"), or
 * null when they are one: the declared type must be what the bytes are.
 */
export function imageBytesProblem(bytes: Uint8Array, mimeType: ImageMimeType): string | null {
  const actual = sniffImageType(bytes);
  if (actual === null) return "is not a PNG, JPEG, GIF or WebP image";
  if (actual !== mimeType) return `is declared as ${mimeType} but its content is ${actual}`;
  return null;
}

function formatMiB(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
}
