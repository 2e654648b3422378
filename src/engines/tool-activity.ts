import { isAbsolute, relative, sep } from "node:path";
import type { ActivityEvent } from "../types/engine-events.js";
import { QUESTION_TOOL } from "../workspace/index.js";

/** A path longer than this is cut: it is a line for the person, and a model chose it. */
const MAX_SHOWN_PATH = 200;

/**
 * The activity a tool call is about to be: its name and the file (or pattern) it names,
 * relative to the project folder when it lies inside it. The question is no activity:
 * it reaches the person as a question. Only what the input says is shown; whether the
 * call may touch that path is the sandbox's to decide when it runs.
 */
export function toolActivity(toolName: string, input: unknown, projectDir: string): ActivityEvent | null {
  if (toolName === QUESTION_TOOL) return null;
  return { type: "activity", activity: { kind: "tool", tool: toolName, path: namedPath(input, projectDir) } };
}

function namedPath(input: unknown, projectDir: string): string | null {
  if (typeof input !== "object" || input === null) return null;
  const { file_path: filePath, pattern } = input as { file_path?: unknown; pattern?: unknown };
  const named = typeof filePath === "string" ? filePath : typeof pattern === "string" ? pattern : null;
  if (named === null || named.trim().length === 0) return null;
  let shown = named;
  if (isAbsolute(named)) {
    const inside = relative(projectDir, named);
    if (inside.length > 0 && !inside.startsWith("..") && !isAbsolute(inside))
      shown = inside.split(sep).join("/");
  }
  return shown.length > MAX_SHOWN_PATH ? `${shown.slice(0, MAX_SHOWN_PATH)}…` : shown;
}
