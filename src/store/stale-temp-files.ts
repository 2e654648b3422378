import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";

/** The temporary files of `writeFileAtomic` (src/workspace/atomic-write.ts): `.<name>.<12 hex>.tmp`. */
const TEMPORARY = /^\..+\.[0-9a-f]{12}\.tmp$/;
const DEPTH = 4;

/**
 * Removes the temporary files an atomic write leaves when the process dies between
 * writing and renaming. Called only with the project's lock just taken, so no other
 * writer can be in the middle of one. Answers the paths removed, relative to `projectDir`.
 */
export async function removeStaleTempFiles(
  projectDir: string,
  folders: readonly string[],
): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of folders) await sweep(projectDir, folder, DEPTH, removed);
  return removed;
}

async function sweep(projectDir: string, relative: string, depth: number, removed: string[]): Promise<void> {
  const entries = await readdir(join(projectDir, relative), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(relative, entry.name);
    // Links are never followed: they may lead out of the project.
    if (entry.isDirectory() && depth > 1) await sweep(projectDir, path, depth - 1, removed);
    else if (entry.isFile() && TEMPORARY.test(entry.name)) {
      await rm(join(projectDir, path), { force: true });
      removed.push(path);
    }
  }
}
