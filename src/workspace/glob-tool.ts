import { stat } from "node:fs/promises";
import { isAbsolute, join, posix, relative as relativePath, sep } from "node:path";
import { glob } from "tinyglobby";
import { z } from "zod";
import { defineTool } from "./define-tool.js";
import { errorCode } from "./error-code.js";
import { resolveInsideProject, SandboxError, stateRefusal } from "./sandbox.js";
import type { ToolContext } from "./tool-context.js";
import { MAX_GLOB_RESULTS } from "./tool-limits.js";
import { GLOB_TOOL } from "./tool-names.js";
import { failed, refusedOutcome, succeeded, type ToolOutcome } from "./tool-outcome.js";

export const globInputSchema = z.object({
  pattern: z.string().min(1).describe('A glob pattern such as "**/*.md" or "prompts/*".'),
  path: z.string().optional().describe("The folder to search in (default the project folder)."),
});

export type GlobInput = z.infer<typeof globInputSchema>;

/** Folders that hold a built app's dependencies or history, never spec material. */
const IGNORED = ["**/node_modules/**", "**/.git/**"];

/**
 * Why a pattern may not be searched, or null when it may: it must not reach above the
 * folder it searches, by an absolute path or a `..` (one hidden in a brace list, `{..,x}`,
 * climbs out as much as a plain one). Every engine refuses in these words: this Glob,
 * and Claude Code's before it searches itself.
 */
export function globPatternRefusal(pattern: string): string | null {
  if (isAbsolute(pattern) || posix.isAbsolute(pattern))
    return 'Refused: the pattern must be relative. Choose the folder with path, such as path "prompts".';
  if (pattern.split(/[\\/{},]/).includes(".."))
    return 'Refused: the pattern contains "..". Patterns cannot climb out of the search folder.';
  return null;
}

interface Match {
  path: string;
  modified: number;
}

/** A match, if it really lies inside the project (a link to a file outside does not). */
async function matchInside(context: ToolContext, searchFolder: string, found: string): Promise<Match | null> {
  const absolute = join(searchFolder, found);
  try {
    const resolved = await resolveInsideProject(context.projectDir, absolute);
    if (stateRefusal(resolved.relative) !== null) return null;
    const stats = await stat(resolved.absolute);
    if (!stats.isFile()) return null;
    // The path as found, not the link's target, is the one the model asked about.
    const path = relativePath(context.projectDir, absolute).split(sep).join(posix.sep);
    return { path, modified: stats.mtimeMs };
  } catch (error) {
    if (error instanceof SandboxError || errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

function newestFirst(a: Match, b: Match): number {
  return b.modified - a.modified || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

async function runGlob(context: ToolContext, input: GlobInput): Promise<ToolOutcome> {
  const badPattern = globPatternRefusal(input.pattern);
  if (badPattern) return refusedOutcome(badPattern);
  const folder = await resolveInsideProject(context.projectDir, input.path ?? ".");
  const refusal = stateRefusal(folder.relative);
  if (refusal !== null) return refusedOutcome(refusal);
  const shownFolder = folder.relative === "" ? "the project folder" : folder.relative;
  const isFolder = await stat(folder.absolute).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (!isFolder) return failed(`${shownFolder} is not a folder. Give path as a folder inside the project.`);
  const found = await glob(input.pattern, {
    cwd: folder.absolute,
    absolute: false,
    followSymbolicLinks: false,
    expandDirectories: false,
    onlyFiles: true,
    ignore: IGNORED,
  });
  const matches: Match[] = [];
  for (const path of found) {
    const match = await matchInside(context, folder.absolute, path);
    if (match) matches.push(match);
  }
  if (matches.length === 0) return succeeded(`No files match "${input.pattern}" in ${shownFolder}.`);
  matches.sort(newestFirst);
  const listed = matches
    .slice(0, MAX_GLOB_RESULTS)
    .map((match) => match.path)
    .join("\n");
  if (matches.length <= MAX_GLOB_RESULTS) return succeeded(listed);
  return succeeded(
    `${listed}\n\n(Showing the ${MAX_GLOB_RESULTS} most recently changed of ${matches.length} matching files. Use a narrower pattern or path to see the rest.)`,
  );
}

export const globTool = defineTool({
  name: GLOB_TOOL,
  description: `Lists the files matching a glob pattern, searched from path. Paths in the reply are relative to the project folder, the most recently changed first, at most ${MAX_GLOB_RESULTS}. Patterns cannot contain ".." or be absolute; nothing outside the project folder is listed, and symbolic links to folders are not followed.`,
  inputSchema: globInputSchema,
  run: runGlob,
});
