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
