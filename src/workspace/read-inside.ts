import { openInsideProject, readOpened } from "./checked-open.js";
import { SandboxError } from "./sandbox.js";

/**
 * The bytes of a file of the project, or null when there is no such file. A path that
 * leads out of the project (a symlink pointing elsewhere, even one put in place while
 * the file was being opened) counts as no file, so nothing outside is ever read on a
 * project's behalf.
 */
export async function readProjectBytes(projectDir: string, filePath: string): Promise<Buffer | null> {
  try {
    const { file } = await openInsideProject(projectDir, filePath);
    if (file === null) return null;
    try {
      return file.stats.isFile() ? await readOpened(file) : null;
    } finally {
      await file.handle.close();
    }
  } catch (error) {
    if (error instanceof SandboxError) return null;
    throw error;
  }
}

/** The text of a file of the project, or null when there is no such file (see `readProjectBytes`). */
export async function readProjectText(projectDir: string, filePath: string): Promise<string | null> {
  const bytes = await readProjectBytes(projectDir, filePath);
  return bytes === null ? null : bytes.toString("utf8");
}
