import { createHash, randomBytes } from "node:crypto";
import { link, readdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { errorCode } from "../workspace/error-code.js";
import { type LockHolder, lockHolderSchema } from "./lock-holder.js";

/** A lock file as read: its exact text (what a takeover compares) and who it names. */
export interface LockFileRead {
  text: string;
  holder: LockHolder | "unreadable";
}

/** A private name beside `path` for a file on its way in or out: `<name>.<12 hex>.<what>`. */
function besides(path: string, what: "new" | "old"): string {
  return `${path}.${randomBytes(6).toString("hex")}.${what}`;
}

/**
 * Writes the whole file beside, then links it into place: the file appears complete or
 * not at all, and only if nothing is there yet (link fails with EEXIST). Answers whether
 * it was made.
 */
export async function createExclusive(path: string, text: string): Promise<boolean> {
  const temporary = besides(path, "new");
  await writeFile(temporary, text, { flag: "wx" });
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  } finally {
    // One unlink: `rm` would look at the file twice first, and this runs before every interview.
    await unlinkIfThere(temporary);
  }
}

async function unlinkIfThere(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
}

export async function readLockFile(path: string): Promise<LockFileRead | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
  return { text, holder: parseHolder(text) };
}

export function parseHolder(text: string): LockHolder | "unreadable" {
  try {
    const parsed = lockHolderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : "unreadable";
  } catch {
    return "unreadable";
  }
}

/** A short name for a lock file's exact text, for the takeover mark that claims it. */
export function textDigest(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

/**
 * Removes `path` only if it still holds exactly `text`. The file is first renamed to a
 * private name, an atomic step that only one process can make on a given file; what was
 * moved is then read and compared. A file that changed meanwhile (a heartbeat, a new
 * holder) is linked back into place. Answers whether the file with that text was removed.
 */
export async function removeIfUnchanged(path: string, text: string): Promise<boolean> {
  const moved = besides(path, "old");
  try {
    await rename(path, moved);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
  try {
    const found = await readFile(moved, "utf8").catch(() => null);
    if (found === text) return true;
    // Not the file that was judged: put it back where its holder expects it.
    await link(moved, path).catch(() => {});
    return false;
  } finally {
    await unlinkIfThere(moved);
  }
}

/**
 * Removes what crashed lock takers leave beside the lock (`lock.*`: half-made files,
 * takeover marks, files on their way out) once they are older than `olderThanMs`, so a
 * taker still at work is never disturbed.
 */
export async function sweepLockLeftovers(lockPath: string, olderThanMs: number): Promise<void> {
  const folder = dirname(lockPath);
  const prefix = `${basename(lockPath)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  const now = Date.now();
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix))
      .map(async (name) => {
        const path = join(folder, name);
        const stats = await stat(path).catch(() => null);
        if (stats?.isFile() && now - stats.mtimeMs > olderThanMs) await rm(path, { force: true });
      }),
  );
}
