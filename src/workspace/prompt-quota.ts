import { lstat, readdir, realpath } from "node:fs/promises";
import { join } from "node:path";
import { APP_SPEC_PATH, PROMPTS_DIR } from "../app-spec/paths.js";
import { errorCode } from "./error-code.js";

/**
 * How much a project's `prompts/` may hold, whoever wrote it (the model, attached
 * mockups, backups of earlier specs). A model that writes a file per thought filled a
 * folder with 3,000 files in 16 s; one file is capped (1 MiB), so the count and the sum
 * are capped too. The app spec itself is never refused for them: it is one file, and the
 * interview cannot end without it.
 */
export interface PromptQuota {
  /** Files under `prompts/`, its subfolders included. */
  maxFiles: number;
  /** Their bytes together. */
  maxBytes: number;
}

/** What `prompts/` holds now. */
export interface PromptUsage {
  files: number;
  bytes: number;
}

/**
 * Counts the files under the project's `prompts/` and adds up their sizes. Links are
 * counted as what they are (a link), never followed; a folder that vanishes mid-count
 * counts as empty.
 */
export async function promptUsage(projectDir: string): Promise<PromptUsage> {
  let root: string;
  try {
    root = await realpath(join(projectDir, PROMPTS_DIR));
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { files: 0, bytes: 0 };
    throw error;
  }
  const usage: PromptUsage = { files: 0, bytes: 0 };
  const folders = [root];
  while (folders.length > 0) {
    const folder = folders.pop() as string;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        folders.push(path);
        continue;
      }
      usage.files += 1;
      if (entry.isFile()) usage.bytes += (await lstat(path).catch(() => null))?.size ?? 0;
    }
  }
  return usage;
}

/** The size of the file at `absolute` now, or null when there is none. */
async function currentSize(absolute: string): Promise<number | null> {
  const stats = await lstat(absolute).catch(() => null);
  return stats?.isFile() ? stats.size : null;
}

/**
 * Why a write of `newBytes` to `relative` (resolved to `absolute`) would take `prompts/`
 * past its quota, in words a model can act on; null when it may go ahead. A rewrite
 * that makes nothing bigger is always allowed, so a full folder can still be tidied.
 */
export async function promptQuotaRefusal(
  projectDir: string,
  target: { absolute: string; relative: string },
  newBytes: number,
  quota: PromptQuota,
): Promise<string | null> {
  if (target.relative === APP_SPEC_PATH) return null;
  const [usage, existing] = await Promise.all([promptUsage(projectDir), currentSize(target.absolute)]);
  if (existing === null && usage.files >= quota.maxFiles)
    return `Refused: ${PROMPTS_DIR}/ already holds ${usage.files} files, the most one project may have (${quota.maxFiles}). Nothing was written. Put this text into a file that exists (Glob "${PROMPTS_DIR}/**" lists them), such as ${APP_SPEC_PATH}, which is all the spec needs.`;
  const after = usage.bytes - (existing ?? 0) + newBytes;
  if (newBytes > (existing ?? 0) && after > quota.maxBytes)
    return `Refused: with this write the files under ${PROMPTS_DIR}/ would hold ${after} bytes, more than the ${quota.maxBytes} bytes one project may have. Nothing was written. Write less, or make a file you wrote earlier shorter; ${APP_SPEC_PATH} can always be written.`;
  return null;
}
