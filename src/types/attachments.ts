/** The image MIME types Specwright accepts, checked against the bytes as well. */
export const IMAGE_MIME_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];

/** An image as it arrives on the wire (docs/protocol.md): raw base64, no `data:` prefix. */
export interface ImageAttachment {
  filename: string;
  mimeType: ImageMimeType;
  base64Data: string;
}

export type { StoredAttachment } from "./transcript.js";

/** How many images one message may carry, and how large each may be once decoded. */
export interface AttachmentLimits {
  maxCount: number;
  maxBytes: number;
}

/**
 * The attachment limits unless a server is told otherwise (`--max-attachments`,
 * `--max-attachment-bytes`): what a terminal chat accepts, a server's defaults, and
 * what the page checks before it sends.
 */
export const DEFAULT_ATTACHMENT_LIMITS: Readonly<AttachmentLimits> = Object.freeze({
  maxCount: 5,
  maxBytes: 5 * 1024 * 1024,
});

/**
 * What the files of one message may add up to, decoded: base64 makes them a third
 * larger, and the message must still fit the server's default WebSocket frame (40 MiB)
 * with room for its text. The page refuses a file that would go over, before sending.
 */
export const MAX_MESSAGE_ATTACHMENT_BYTES = 28 * 1024 * 1024;

/** The longest file name an attached image may have, in characters. */
export const MAX_ATTACHMENT_FILENAME_LENGTH = 255;
