import type { Stats } from "node:fs";
import { constants } from "node:fs";
import { type FileHandle, lstat, mkdir, open, readlink, realpath, rmdir, unlink } from "node:fs/promises";
import { dirname, relative, sep } from "node:path";
import { errorCode } from "./error-code.js";
import { isWithin, quotePath, type ResolvedPath, resolveInProject, SandboxError } from "./sandbox.js";

/*
 * The sandbox checks a path, then the file is opened by name: in between, a process
 * that can make links in the project folder could put a symbolic link where a file or a
 * folder was, and the open would follow it out. Node has no `openat`, so instead every
 * open here refuses a link as its last step (O_NOFOLLOW) and then confirms that what it
 * opened is what the checked path names: the handle's device and inode against an
 * `lstat` of the path, and, where `/proc/self/fd` exists, the kernel's own name for
 * the open file, which must lie inside the project. Only then is anything read or
 * written through the handle.
 */

/** O_NOFOLLOW and O_DIRECTORY where the system has them (all but Windows). */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const DIRECTORY = constants.O_DIRECTORY ?? 0;
/** O_NONBLOCK, so that opening a named pipe to read it answers at once instead of waiting for a writer. */
const NON_BLOCK = constants.O_NONBLOCK ?? 0;

export const READ_FLAGS = constants.O_RDONLY | NO_FOLLOW | NON_BLOCK;
export const FOLDER_FLAGS = constants.O_RDONLY | NO_FOLLOW | DIRECTORY;
/** A new file, never an existing one and never through a link: O_CREAT | O_EXCL | O_NOFOLLOW. */
export const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;

/** How many times a read is tried when the file changed between the check and the open. */
const OPEN_ATTEMPTS = 3;

let procFdWorks: boolean | undefined;

/**
 * Where the kernel says an open file or folder is, from `/proc/self/fd/<fd>`; null on a
 * system without it. A file unlinked since it was opened carries " (deleted)" at the end.
 */
export async function openedPath(fd: number): Promise<string | null> {
  if (procFdWorks === false) return null;
  try {
    const path = await readlink(`/proc/self/fd/${fd}`);
    procFdWorks = true;
    return path;
  } catch (error) {
    const code = errorCode(error);
    if (procFdWorks === undefined && (code === "ENOENT" || code === "ENOTDIR" || code === "EACCES")) {
      procFdWorks = false;
      return null;
    }
    throw error;
  }
}

const DELETED = " (deleted)";

export function withoutDeletedMark(path: string): string {
  return path.endsWith(DELETED) ? path.slice(0, -DELETED.length) : path;
}

function sameFile(a: Pick<Stats, "dev" | "ino">, b: Pick<Stats, "dev" | "ino">): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** The path's own entry (a link is not followed), or null when there is none. */
export async function entryAt(path: string): Promise<Stats | null> {
  return lstat(path).catch(() => null);
}

/** An open file of the project, confirmed to be the one its checked path names. */
export interface OpenedFile {
  handle: FileHandle;
  stats: Stats;
}

/**
 * Whether an open handle is what `absolute` names, and lies inside `project`. Without
 * `/proc`, the path's real path must still be itself (no link on its way) after the
 * open; together with the device and inode this leaves only a swap made and undone
 * between two system calls.
 */
async function isWhatWasChecked(project: string, absolute: string, opened: OpenedFile): Promise<boolean> {
  const where = await openedPath(opened.handle.fd);
  if (where !== null && !isWithin(project, withoutDeletedMark(where))) return false;
  const now = await entryAt(absolute);
  if (now === null || now.isSymbolicLink() || !sameFile(now, opened.stats)) return false;
  if (where !== null) return true;
  return (await realpath(absolute).catch(() => null)) === absolute;
}

async function openChecked(project: string, absolute: string): Promise<OpenedFile | "missing" | "changed"> {
  let handle: FileHandle;
  try {
    handle = await open(absolute, READ_FLAGS);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return "missing";
    // ELOOP: the last step of the path is a link now, though it was not when checked.
    if (code === "ELOOP" || code === "EMLINK") return "changed";
    throw error;
  }
  try {
    const opened = { handle, stats: await handle.stat() };
    if (await isWhatWasChecked(project, absolute, opened)) return opened;
  } catch (error) {
    await handle.close();
    throw error;
  }
  await handle.close();
  return "changed";
}

/** A file of the project opened to be read, or `file: null` when there is no such file. */
export interface OpenedInProject {
  resolved: ResolvedPath;
  file: OpenedFile | null;
}

/**
 * Resolves a path as the sandbox does, opens it to read, and confirms that what was
 * opened is what was checked. A file replaced in between (by a link, or by a concurrent
 * atomic write) is checked and opened again, a few times, then refused. The caller
 * closes `file.handle`.
 */
export async function openInsideProject(projectDir: string, filePath: string): Promise<OpenedInProject> {
  for (let attempt = 1; ; attempt++) {
    const { project, absolute, relative: relativePath } = await resolveInProject(projectDir, filePath);
    const resolved = { absolute, relative: relativePath };
    const opened = await openChecked(project, absolute);
    if (opened === "missing") return { resolved, file: null };
    if (opened !== "changed") return { resolved, file: opened };
    if (attempt >= OPEN_ATTEMPTS)
      throw new SandboxError(
        `Refused: ${quotePath(relativePath)} was replaced while it was being opened (a symbolic link or another file took its place), so it was not read. Try again; if this keeps happening, something on this machine is changing files in the project folder.`,
      );
  }
}

/** Reads an open file to its end; null when it holds more than `limit` bytes. */
export async function readOpened(file: OpenedFile, limit = Number.POSITIVE_INFINITY): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const { bytesRead } = await file.handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > limit) return null;
    chunks.push(chunk.subarray(0, bytesRead));
  }
  return Buffer.concat(chunks, total);
}

/** The path a refusal shows: relative to the project folder when it lies inside. */
export function shownPath(inside: string | undefined, path: string): string {
  if (inside === undefined || !isWithin(inside, path)) return quotePath(path);
  return quotePath(relative(inside, path).split(sep).join("/"));
}

/** A folder as it was when opened: its device and inode, and where it really is. */
export interface FolderIdentity {
  stats: Stats;
  /** The folder's real path (the kernel's name for it, or `realpath` without /proc). */
  real: string;
}

/**
 * Opens a folder (never through a link as its last step) and answers what it is and
 * where it really is; with `inside`, refuses one that does not lie inside that folder.
 */
export async function folderIdentity(folder: string, inside?: string): Promise<FolderIdentity> {
  const handle = await open(folder, FOLDER_FLAGS).catch((error: unknown) => {
    const code = errorCode(error);
    if (code === "ELOOP" || code === "ENOTDIR")
      throw new SandboxError(
        `Refused: the folder ${shownPath(inside, folder)} is not a folder any more (a symbolic link or a file took its place). Nothing was written.`,
      );
    throw error;
  });
  try {
    const stats = await handle.stat();
    const real = (await openedPath(handle.fd)) ?? (await realpath(folder));
    if (inside !== undefined && !isWithin(inside, real))
      throw new SandboxError(
        `Refused: the folder ${shownPath(inside, folder)} now leads outside the project folder (a symbolic link took its place). Nothing was written.`,
      );
    return { stats, real };
  } finally {
    await handle.close();
  }
}

/** Whether `folder` is still the folder `identity` describes (not a link, not another folder). */
export async function isSameFolder(folder: string, identity: FolderIdentity): Promise<boolean> {
  const now = await entryAt(folder);
  return now?.isDirectory() === true && sameFile(now, identity.stats);
}

/**
 * Removes a file this process made and then found in the wrong place, if what is at
 * `path` is still that file. Best effort: it is already refused either way.
 */
export async function removeIfSame(path: string, stats: Stats): Promise<void> {
  const now = await entryAt(path);
  if (now !== null && !now.isSymbolicLink() && sameFile(now, stats)) await unlink(path).catch(() => {});
}

/**
 * Makes `folder` and the folders above it that are missing, one at a time, and checks
 * each one made (or found) is a real folder inside `inside`, not a link that a racing
 * process put in its place. A folder made in the wrong place is removed again (only
 * when still empty) and the write refused.
 */
export async function makeFolderInside(inside: string, folder: string): Promise<void> {
  const missing: string[] = [];
  for (let current = folder; isWithin(inside, current) && current !== inside; current = dirname(current)) {
    const entry = await entryAt(current);
    if (entry?.isDirectory()) break;
    missing.unshift(current);
  }
  for (const path of missing) {
    let made = true;
    try {
      await mkdir(path);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
      made = false;
    }
    const handle = await open(path, FOLDER_FLAGS).catch((error: unknown) => {
      const code = errorCode(error);
      if (code === "ELOOP" || code === "ENOTDIR")
        throw new SandboxError(
          `Refused: ${shownPath(inside, path)} is not a folder (a symbolic link or a file is in its place). Nothing was written.`,
        );
      throw error;
    });
    let where: string;
    try {
      where = (await openedPath(handle.fd)) ?? (await realpath(path));
    } finally {
      await handle.close();
    }
    if (isWithin(inside, where)) continue;
    if (made) await rmdir(where).catch(() => {});
    throw new SandboxError(
      `Refused: ${shownPath(inside, path)} led outside the project folder while it was being made (a symbolic link took the place of a folder on its way). Nothing was written.`,
    );
  }
}
