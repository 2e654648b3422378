import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { type FileHandle, open, realpath, rename } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { SPEC_FILE_PATHS } from "../app-spec/paths.js";
import {
  CREATE_FLAGS,
  entryAt,
  type FolderIdentity,
  folderIdentity,
  isSameFolder,
  makeFolderInside,
  openedPath,
  removeIfSame,
  shownPath,
  withoutDeletedMark,
} from "./checked-open.js";
import { forgetSpecPart } from "./project-state.js";
import { SandboxError } from "./sandbox.js";

/** The most a model may write in one Write or Edit: 1 MiB, in UTF-8 bytes. */
export const DEFAULT_MAX_WRITE_BYTES = 1024 * 1024;
/** The most `saveFile` (an attached image, say) may write: 5 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Size in bytes as it will land on disk (strings are written as UTF-8). */
export function byteLength(data: string | Uint8Array): number {
  return typeof data === "string" ? Buffer.byteLength(data, "utf8") : data.byteLength;
}

export interface AtomicWriteOptions {
  /**
   * The real path of a folder the file must land in (the project folder): the target's
   * folder is refused unless it really lies inside, when the write starts and after it.
   */
  inside?: string;
}

function movedAway(inside: string | undefined, path: string): SandboxError {
  return new SandboxError(
    `Refused: the folder of ${shownPath(inside, path)} was replaced while the file was being written (a symbolic link took its place). Nothing was written.`,
  );
}

/**
 * Whether the file just made through `handle` is at `expected` in the folder described
 * by `folder`: by the kernel's name for it where /proc exists, and by device and inode
 * (the folder's, and the file's at its path) in every case.
 */
async function isWhereExpected(
  handle: FileHandle,
  stats: Stats,
  folderPath: string,
  folder: FolderIdentity,
  path: string,
  expected: string,
): Promise<boolean> {
  // "(deleted)": another write replaced this file at the same place since; it still landed there.
  const where = await openedPath(handle.fd);
  if (where !== null && withoutDeletedMark(where) !== expected) return false;
  if (!(await isSameFolder(folderPath, folder))) return false;
  if (where !== null) return true;
  const entry = await entryAt(path);
  return entry !== null && entry.dev === stats.dev && entry.ino === stats.ino;
}

/**
 * Writes `data` to `path` so that a reader sees either the old file or the whole new
 * one, never a half-written file: the bytes go to a temporary file in the same folder
 * (same file system, so the rename is atomic), are flushed, then renamed over the target.
 *
 * Nothing is written through a link a racing process put in place: the temporary file is
 * created new (O_CREAT | O_EXCL | O_NOFOLLOW) and confirmed to be in the folder that was
 * opened before a byte goes into it; the folder's device and inode are checked before
 * and after the rename, and the file's own location after it. A folder replaced in
 * between gets the write refused (SandboxError): the temporary file removed, or once
 * renamed, the written file emptied where it landed.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { inside } = options;
  const folderPath = dirname(path);
  const temporaryName = `.${basename(path).slice(0, 100)}.${randomBytes(6).toString("hex")}.tmp`;
  const temporary = join(folderPath, temporaryName);
  const folder = await folderIdentity(folderPath, inside);
  const handle = await open(temporary, CREATE_FLAGS, 0o644);
  let stats: Stats | null = null;
  let renamed = false;
  try {
    stats = await handle.stat();
    if (
      !(await isWhereExpected(handle, stats, folderPath, folder, temporary, join(folder.real, temporaryName)))
    )
      throw movedAway(inside, path);
    await handle.writeFile(data);
    await handle.sync();
    if (!(await isSameFolder(folderPath, folder))) throw movedAway(inside, path);
    await rename(temporary, path);
    renamed = true;
    if (!(await isWhereExpected(handle, stats, folderPath, folder, path, join(folder.real, basename(path)))))
      throw movedAway(inside, path);
  } catch (error) {
    // Once renamed, the file carries the target's name, and a name can be unlinked only
    // by path, which a racing process could by then route through a link to a file of
    // that name outside. So it is emptied through the handle instead, touching only the
    // file this write made, wherever its folder went. The temporary file's random name
    // exists nowhere else, so removing it by path is safe.
    if (renamed) await handle.truncate(0).catch(() => {});
    else if (stats !== null) await removeWritten(handle, stats, temporary);
    throw error;
  } finally {
    await handle.close();
  }
  const project = projectOfSpecFile(path);
  if (project !== null) await forgetSpecPart(project);
}

/**
 * The project folder of a spec file (`<project>/prompts/app_spec.txt` or the initializer
 * prompt beside it), or null for any other file: the state file's spec part is worked
 * out again after every write of one (src/workspace/project-state.ts).
 */
function projectOfSpecFile(path: string): string | null {
  const tail = path.split(sep).slice(-2).join("/");
  return (SPEC_FILE_PATHS as readonly string[]).includes(tail) ? dirname(dirname(path)) : null;
}

/** Removes the file written through `handle`, wherever it ended up, if it is still there. */
async function removeWritten(handle: FileHandle, stats: Stats, path: string): Promise<void> {
  const where = await openedPath(handle.fd).catch(() => null);
  if (where !== null) await removeIfSame(where, stats);
  else await removeIfSame(path, stats);
}

/**
 * Writes a file of the project: its folder is made if missing (each new folder checked
 * to be inside), then the file is written atomically and confirmed to have landed
 * inside. `absolute` is what the sandbox resolved (resolveInsideProject).
 */
export async function writeFileInside(
  projectDir: string,
  absolute: string,
  data: string | Uint8Array,
): Promise<void> {
  const inside = await realpath(projectDir);
  await makeFolderInside(inside, dirname(absolute));
  await writeFileAtomic(absolute, data, { inside });
}
