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
  // Every folder is read at once (this runs before an interview's first request); the paths come back in a stable order.
  const removed = await Promise.all(folders.map((folder) => sweep(projectDir, folder, DEPTH)));
  return removed.flat();
}

async function sweep(projectDir: string, relative: string, depth: number): Promise<string[]> {
  const entries = await readdir(join(projectDir, relative), { withFileTypes: true }).catch(() => []);
  const found = await Promise.all(
    entries.map(async (entry): Promise<string[]> => {
      const path = join(relative, entry.name);
      // Links are never followed: they may lead out of the project.
      if (entry.isDirectory() && depth > 1) return sweep(projectDir, path, depth - 1);
      if (!entry.isFile() || !TEMPORARY.test(entry.name)) return [];
      await rm(join(projectDir, path), { force: true });
      return [path];
    }),
  );
  return found.flat();
}
