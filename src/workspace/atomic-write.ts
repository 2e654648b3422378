import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The most a model may write in one Write or Edit: 1 MiB, in UTF-8 bytes. */
export const DEFAULT_MAX_WRITE_BYTES = 1024 * 1024;
/** The most `saveFile` (an attached image, say) may write: 5 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Size in bytes as it will land on disk (strings are written as UTF-8). */
export function byteLength(data: string | Uint8Array): number {
  return typeof data === "string" ? Buffer.byteLength(data, "utf8") : data.byteLength;
}

/**
 * Writes `data` to `path` so that a reader sees either the old file or the whole new
 * one, never a half-written file: the bytes go to a temporary file in the same folder
 * (same file system, so the rename is atomic), are flushed, then renamed over the target.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path).slice(0, 100)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  const handle = await open(temporary, "wx", 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
