import { SPEC_FILE_PATHS } from "../../app-spec/paths.js";
import { toProjectRelative } from "../../workspace/index.js";

const WRITING_TOOLS = new Set(["Write", "Edit"]);

/** The spec file (relative to the project folder) a Write or Edit call changes, or null. */
export async function specFileTarget(
  projectDir: string,
  toolName: string,
  input: unknown,
): Promise<string | null> {
  if (!WRITING_TOOLS.has(toolName)) return null;
  const filePath = (input as { file_path?: unknown } | null)?.file_path;
  if (typeof filePath !== "string") return null;
  const relative = await toProjectRelative(projectDir, filePath);
  return relative !== null && (SPEC_FILE_PATHS as readonly string[]).includes(relative) ? relative : null;
}
