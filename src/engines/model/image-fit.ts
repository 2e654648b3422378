import { createHash } from "node:crypto";
import type { StoredAttachment, Transcript } from "../../types/transcript.js";

/**
 * Anthropic refuses an image whose base64 text is over 5 MB ("image exceeds 5 MB
 * maximum": https://docs.anthropic.com/en/docs/build-with-claude/vision), while a
 * person may attach up to 5 MiB of image bytes, which is about 7 MB of base64. An image
 * over the limit is made smaller before it is sent: scaled down and saved as JPEG until
 * it fits. The file in prompts/mockups/ stays as the person gave it.
 */
export const ANTHROPIC_IMAGE_BASE64_LIMIT = 5 * 1024 * 1024;

/** What is sent in place of an attachment: smaller image data, or a reason it is left out. */
export type FittedImage =
  | { base64Data: string; mimeType: StoredAttachment["mimeType"] }
  | { leftOut: string };

/** The longest sides tried, largest first; each try is re-encoded as JPEG. */
const SIDES = [4096, 2560, 1920, 1280, 1024];

/** Images shrunk before, by content, so a long interview shrinks each image once. */
const fitted = new Map<string, FittedImage>();

/**
 * Replacements for the transcript's images that are over `limit` (base64 characters),
 * keyed by their base64 data; images within the limit are not in the map.
 */
export async function fitImages(transcript: Transcript, limit: number): Promise<Map<string, FittedImage>> {
  const replacements = new Map<string, FittedImage>();
  for (const entry of transcript) {
    if (entry.role !== "user") continue;
    for (const attachment of entry.attachments ?? []) {
      if (attachment.base64Data.length <= limit || replacements.has(attachment.base64Data)) continue;
      replacements.set(attachment.base64Data, await fitImage(attachment, limit));
    }
  }
  return replacements;
}

async function fitImage(attachment: StoredAttachment, limit: number): Promise<FittedImage> {
  const key = createHash("sha256").update(attachment.base64Data).digest("hex");
  const known = fitted.get(key);
  if (known) return known;
  const result = await shrink(attachment, limit);
  fitted.set(key, result);
  return result;
}

async function shrink(attachment: StoredAttachment, limit: number): Promise<FittedImage> {
  const name = attachment.savedAs ?? attachment.filename;
  let sharp: typeof import("sharp");
  try {
    sharp = (await import("sharp")).default;
  } catch {
    return {
      leftOut: `[Image ${name} is larger than the model accepts and could not be made smaller here.]`,
    };
  }
  const bytes = Buffer.from(attachment.base64Data, "base64");
  try {
    for (const side of SIDES) {
      const smaller = await sharp(bytes, { animated: false })
        .resize({ width: side, height: side, fit: "inside", withoutEnlargement: true })
        .flatten({ background: "#ffffff" })
        .jpeg({ quality: 82 })
        .toBuffer();
      const base64Data = smaller.toString("base64");
      if (base64Data.length <= limit) return { base64Data, mimeType: "image/jpeg" };
    }
  } catch {
    return { leftOut: `[Image ${name} could not be read to make it smaller, so it was left out.]` };
  }
  return {
    leftOut: `[Image ${name} is larger than the model accepts even when scaled down, so it was left out.]`,
  };
}
