import { readdir } from "node:fs/promises";
import { extname, join } from "node:path";
import { MOCKUPS_DIR } from "../app-spec/paths.js";
import type { ImageMimeType, StoredAttachment } from "../types/attachments.js";
import type { ProjectTools } from "../workspace/index.js";
import type { CheckedImage } from "./image-check.js";

const EXTENSIONS: Record<ImageMimeType, string> = {
  "image/png": ".png",
  "image/jpeg": ".jpg",
  "image/gif": ".gif",
  "image/webp": ".webp",
};

/** A file name safe on every file system, keeping the person's own name where possible. */
function safeBaseName(filename: string): string {
  const withoutExtension = filename.slice(0, filename.length - extname(filename).length);
  const cleaned = withoutExtension
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 60);
  return cleaned.length > 0 ? cleaned : "mockup";
}

/**
 * Saves attached images into prompts/mockups/ so they stay with the spec for the coding
 * agent, whatever the engine. Names never collide within a message or with earlier files.
 */
export async function saveMockups(
  tools: ProjectTools,
  images: readonly CheckedImage[],
): Promise<StoredAttachment[]> {
  const stored: StoredAttachment[] = [];
  const existing = await existingMockups(tools.projectDir);
  for (const image of images) {
    const base = safeBaseName(image.attachment.filename);
    const extension = EXTENSIONS[image.attachment.mimeType];
    let name = `${base}${extension}`;
    for (let counter = 2; existing.has(name); counter++) name = `${base}-${counter}${extension}`;
    existing.add(name);
    const path = `${MOCKUPS_DIR}/${name}`;
    const outcome = await tools.saveFile(path, image.bytes);
    stored.push(outcome.isError ? { ...image.attachment } : { ...image.attachment, savedAs: path });
  }
  return stored;
}

async function existingMockups(projectDir: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(join(projectDir, MOCKUPS_DIR)));
  } catch {
    return new Set();
  }
}
