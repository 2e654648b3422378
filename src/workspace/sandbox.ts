import { lstat, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { APP_SPEC_PATH, PROMPTS_DIR } from "../app-spec/paths.js";
import { errorCode } from "./error-code.js";

/** A path the sandbox refused. The message tells a model what to do instead. */
export class SandboxError extends Error {
  override readonly name = "SandboxError";
}

export interface ResolvedPath {
  /** The real path, with every existing symlink resolved; use it for the file operation. */
  absolute: string;
  /** Posix path relative to the project folder, such as `prompts/app_spec.txt`. */
  relative: string;
}

export interface ResolveOptions {
  /** Writes must land strictly inside `prompts/` and never on a folder. */
  forWrite: boolean;
  /** For a write target that is a folder to create things in, rather than a file. */
  allowFolder?: boolean;
}

/**
 * The real path of `path`: the longest existing prefix goes through `realpath` (so
 * symlinked folders are followed to where they really are) and the part that does not
 * exist yet is appended as written.
 */
async function realPathOf(path: string, shownAs: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP") throw new SandboxError(`Refused: ${shownAs} goes through a symbolic link loop.`);
    if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
  }
  // A link whose target is missing exists for lstat but not for realpath; writing
  // through it would create its target wherever it points, so it is never followed.
  const isDanglingLink = await lstat(path).then(
    (stats) => stats.isSymbolicLink(),
    () => false,
  );
  if (isDanglingLink)
    throw new SandboxError(`Refused: ${shownAs} is a symbolic link to a file that does not exist.`);
  const parent = dirname(path);
  if (parent === path) return path;
  return join(await realPathOf(parent, shownAs), basename(path));
}

/** True when `child` is `parent` or lies below it (so `/proj-evil` is not inside `/proj`). */
function isWithin(parent: string, child: string): boolean {
  const fromParent = relative(parent, child);
  if (fromParent === "") return true;
  return fromParent !== ".." && !fromParent.startsWith(`..${sep}`) && !isAbsolute(fromParent);
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

function checkPathText(filePath: unknown): string {
  if (typeof filePath !== "string" || filePath.trim() === "")
    throw new SandboxError(`Refused: the path is empty. Give a file path such as ${APP_SPEC_PATH}.`);
  if (filePath.includes("\0")) throw new SandboxError("Refused: the path contains a NUL byte.");
  return filePath;
}

/**
 * Resolves a path a model gave (absolute, or relative to the project folder) to where
 * it really is, and refuses it unless that lies inside the project folder. Symlinks are
 * resolved before the check, so a link never leads out, for reads as well as writes.
 */
export async function resolveInsideProject(
  projectDir: string,
  filePath: string,
  options: ResolveOptions = { forWrite: false },
): Promise<ResolvedPath> {
  const text = checkPathText(filePath);
  const shownAs = JSON.stringify(text);
  const realProject = await realpath(projectDir);
  const absolute = await realPathOf(resolve(realProject, text), shownAs);
  if (!isWithin(realProject, absolute))
    throw new SandboxError(
      `Refused: ${shownAs} is outside the project folder. Use a path inside ${realProject}, such as ${APP_SPEC_PATH}.`,
    );
  if (options.forWrite) await checkWritable(realProject, absolute, shownAs, options.allowFolder ?? false);
  return { absolute, relative: toPosix(relative(realProject, absolute)) };
}

async function checkWritable(
  realProject: string,
  absolute: string,
  shownAs: string,
  allowFolder: boolean,
): Promise<void> {
  const realPrompts = await realPathOf(join(realProject, PROMPTS_DIR), shownAs);
  if (absolute === realPrompts)
    throw new SandboxError(
      `Refused: ${shownAs} is the ${PROMPTS_DIR}/ folder itself. Give the path of a file inside it, such as ${APP_SPEC_PATH}.`,
    );
  if (!isWithin(realPrompts, absolute))
    throw new SandboxError(
      `Refused: ${shownAs} is not inside the ${PROMPTS_DIR}/ folder. You can write only to files under ${join(realProject, PROMPTS_DIR)}${sep}, such as ${APP_SPEC_PATH}.`,
    );
  if (allowFolder) return;
  const isFolder = await stat(absolute).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (isFolder)
    throw new SandboxError(`Refused: ${shownAs} is a folder. Give the path of a file inside it to write.`);
}

/**
 * Which file of the project a path names, relative to the project folder, or null
 * when it lies outside (or cannot be a path at all).
 */
export async function toProjectRelative(projectDir: string, filePath: string): Promise<string | null> {
  try {
    return (await resolveInsideProject(projectDir, filePath)).relative;
  } catch (error) {
    if (error instanceof SandboxError) return null;
    throw error;
  }
}
