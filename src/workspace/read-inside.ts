import { readFile } from "node:fs/promises";
import { errorCode } from "./error-code.js";
import { resolveInsideProject, SandboxError } from "./sandbox.js";

/**
 * The text of a file of the project, or null when there is no such file. A path that
 * leads out of the project (a symlink pointing elsewhere) counts as no file, so nothing
 * outside is ever read on a project's behalf.
 */
export async function readProjectText(projectDir: string, filePath: string): Promise<string | null> {
  try {
    const { absolute } = await resolveInsideProject(projectDir, filePath);
    return await readFile(absolute, "utf8");
  } catch (error) {
    if (error instanceof SandboxError) return null;
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return null;
    throw error;
  }
}
