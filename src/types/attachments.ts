/** The image MIME types Specwright accepts, checked against the bytes as well. */
export const IMAGE_MIME_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];

/** An image as it arrives on the wire (PROTOCOL.md): raw base64, no `data:` prefix. */
export interface ImageAttachment {
  filename: string;
  mimeType: ImageMimeType;
  base64Data: string;
}

/** An attachment kept in the transcript: the image, and where it was saved in the project. */
export interface StoredAttachment extends ImageAttachment {
  /** Path relative to the project folder, such as `prompts/mockups/home.png`. */
  savedAs?: string;
}
