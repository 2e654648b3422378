import { SPEC_FILE_PATHS } from "../app-spec/paths.js";
import { type ResolvedPath, resolveInsideProject } from "./sandbox.js";
import { isWritingTool } from "./tool-names.js";

/** A spec file, relative to the project folder: the app spec or the initializer prompt. */
export type SpecFilePath = (typeof SPEC_FILE_PATHS)[number];

/** Which spec file a project-relative path is, or null for any other file. */
export function specFileOf(relative: string): SpecFilePath | null {
  return (SPEC_FILE_PATHS as readonly string[]).includes(relative) ? (relative as SpecFilePath) : null;
}

/**
 * The file a Write or Edit call changes, as the sandbox resolves it for a write (the
 * real path, symlinks resolved, inside `prompts/`): null for any other call, or one
 * whose `file_path` is not text. A path the sandbox refuses throws its SandboxError.
 * For calls an engine runs with tools of its own (Claude Code); Specwright's own Write
 * and Edit resolve the path they were given themselves.
 */
export async function writeTargetOf(
  projectDir: string,
  toolName: string,
  input: unknown,
): Promise<ResolvedPath | null> {
  if (!isWritingTool(toolName)) return null;
  const filePath = (input as { file_path?: unknown } | null)?.file_path;
  if (typeof filePath !== "string") return null;
  return resolveInsideProject(projectDir, filePath, { forWrite: true });
}
