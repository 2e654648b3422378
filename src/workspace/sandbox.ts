import { lstat, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { APP_SPEC_PATH, PROMPTS_DIR } from "../app-spec/paths.js";
import { errorCode } from "./error-code.js";
import { refusalReasonOf } from "./refusal.js";

/**
 * A path the sandbox refused. The message tells a model what to do instead; `reason`
 * tells the person why, in a sentence (the outcome's `refused`).
 */
export class SandboxError extends Error {
  override readonly name = "SandboxError";
  readonly reason: string;

  constructor(message: string, reason: string = refusalReasonOf(message)) {
    super(message);
    this.reason = reason;
  }
}

/** Specwright's own records in a project: the interviews, the lock, every version of the spec. */
export const STATE_DIR = ".specwright";

/**
 * Why a tool may not touch a path, or null when it may: Specwright's own records are out
 * of an interviewer's reach, for reads as well as writes. `relative` is the resolved
 * path, so a link into the folder is refused like the folder itself.
 */
export function stateRefusal(relative: string): string | null {
  if (relative !== STATE_DIR && !relative.startsWith(`${STATE_DIR}/`)) return null;
  return `Refused: ${STATE_DIR}/ holds Specwright's own records (the interview and the spec's earlier versions), which interviewers do not read. Read the spec files in ${PROMPTS_DIR}/ instead.`;
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
  if (isDanglingLink) {
    // A link made since the first look may lead somewhere by now; where, is checked as usual.
    const target = await realpath(path).catch(() => null);
    if (target !== null) return target;
    throw new SandboxError(`Refused: ${shownAs} is a symbolic link to a file that does not exist.`);
  }
  const parent = dirname(path);
  if (parent === path) return path;
  return join(await realPathOf(parent, shownAs), basename(path));
}

/** True when `child` is `parent` or lies below it (so `/proj-evil` is not inside `/proj`). */
export function isWithin(parent: string, child: string): boolean {
  const fromParent = relative(parent, child);
  if (fromParent === "") return true;
  return fromParent !== ".." && !fromParent.startsWith(`..${sep}`) && !isAbsolute(fromParent);
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/** Characters that make a name show as something else: the bidirectional embeddings, overrides, isolates and marks. */
const DIRECTION_CHARACTERS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** C0 and C1 control characters, DEL included. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/u;
/** Names Windows keeps for devices, whatever the extension or case (`nul.txt` is the device NUL). */
const DEVICE_NAME = /^(con|prn|aux|nul|com[1-9\u00B9\u00B2\u00B3]|lpt[1-9\u00B9\u00B2\u00B3])$/iu;

function codePointOf(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * A path as a refusal quotes it: in JSON quotes, with the control and direction
 * characters that JSON leaves raw written as escapes, so a message never carries them.
 */
export function quotePath(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}

function checkPathText(filePath: unknown): string {
  if (typeof filePath !== "string" || filePath.trim() === "")
    throw new SandboxError(`Refused: the path is empty. Give a file path such as ${APP_SPEC_PATH}.`);
  if (filePath.includes("\0")) throw new SandboxError("Refused: the path contains a NUL byte.");
  return filePath;
}

/** The part of a path the project's own location does not account for: what the model chose. */
function chosenPart(text: string, projectDirs: readonly string[]): string {
  for (const dir of projectDirs) {
    if (text === dir) return "";
    if (text.startsWith(`${dir}${sep}`)) return text.slice(dir.length + 1);
  }
  return text;
}

/**
 * Refuses names that are not what they look like or that another system reads as
 * something else: backslashes (a folder separator on Windows, a plain character here),
 * control characters, the invisible characters that reverse how a name reads, and the
 * device names Windows reserves.
 */
function checkNames(chosen: string, shownAs: string): void {
  if (chosen.includes("\\"))
    throw new SandboxError(
      `Refused: ${shownAs} contains a backslash. Separate folders with a forward slash, as in ${APP_SPEC_PATH}.`,
    );
  const control = CONTROL_CHARACTERS.exec(chosen);
  if (control)
    throw new SandboxError(
      `Refused: ${shownAs} contains a control character (${codePointOf(control[0])}). Use a path of printable characters, such as ${APP_SPEC_PATH}.`,
    );
  const direction = DIRECTION_CHARACTERS.exec(chosen);
  if (direction)
    throw new SandboxError(
      `Refused: ${shownAs} contains an invisible text-direction character (${codePointOf(direction[0])}), which makes a name read differently from what it is. Use a path without it, such as ${APP_SPEC_PATH}.`,
    );
  for (const segment of chosen.split("/")) {
    const stem = (segment.split(".")[0] ?? "").trimEnd();
    if (DEVICE_NAME.test(stem))
      throw new SandboxError(
        `Refused: ${shownAs} uses the name ${JSON.stringify(segment)}, and ${stem.toUpperCase()} is a device name on Windows, with or without an extension. Choose another name, such as ${APP_SPEC_PATH}.`,
      );
  }
}

/** A resolved path together with the project folder's real path it was checked against. */
export interface ResolvedInProject extends ResolvedPath {
  /** The real path of the project folder at the time of the check. */
  project: string;
}

/**
 * `resolveInsideProject`, also answering the project folder's real path, for the code
 * that opens the file and checks afterwards that what it opened lies inside.
 */
export async function resolveInProject(
  projectDir: string,
  filePath: string,
  options: ResolveOptions = { forWrite: false },
): Promise<ResolvedInProject> {
  const text = checkPathText(filePath);
  const shownAs = quotePath(text);
  const realProject = await realpath(projectDir);
  checkNames(chosenPart(text, [realProject, resolve(projectDir)]), shownAs);
  const absolute = await realPathOf(resolve(realProject, text), shownAs);
  if (!isWithin(realProject, absolute))
    throw new SandboxError(
      `Refused: ${shownAs} is outside the project folder. Use a path inside ${realProject}, such as ${APP_SPEC_PATH}.`,
    );
  if (options.forWrite) await checkWritable(realProject, absolute, shownAs, options.allowFolder ?? false);
  return { project: realProject, absolute, relative: toPosix(relative(realProject, absolute)) };
}

/**
 * Resolves a path a model gave (absolute, or relative to the project folder) to where
 * it really is, and refuses it unless that lies inside the project folder. Symlinks are
 * resolved before the check, so a link never leads out, for reads as well as writes.
 * Names that read as something else (backslashes, control and direction characters,
 * Windows device names) are refused too. The answer is a check at one moment: open the
 * file with `openInsideProject` (checked-open.ts) and write it with `writeFileInside`
 * (atomic-write.ts), which check again what they opened.
 */
export async function resolveInsideProject(
  projectDir: string,
  filePath: string,
  options: ResolveOptions = { forWrite: false },
): Promise<ResolvedPath> {
  const { absolute, relative } = await resolveInProject(projectDir, filePath, options);
  return { absolute, relative };
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
