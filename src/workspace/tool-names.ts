/**
 * The names of the interview's tools, as the spec-writing prompts and Claude Code know
 * them. Every part of Specwright that means one of these tools uses its constant, so a
 * name is spelled once.
 */
export const READ_TOOL = "Read";
export const WRITE_TOOL = "Write";
export const EDIT_TOOL = "Edit";
export const GLOB_TOOL = "Glob";
/** The structured question: answered by the person, never run by the file tools. */
export const QUESTION_TOOL = "AskUserQuestion";

/** The tools that touch files; `ProjectTools.run` runs these. */
export const FILE_TOOL_NAMES = [READ_TOOL, WRITE_TOOL, EDIT_TOOL, GLOB_TOOL] as const;
export type FileToolName = (typeof FILE_TOOL_NAMES)[number];

/** Every tool a model may call during an interview. */
export const TOOL_NAMES = [...FILE_TOOL_NAMES, QUESTION_TOOL] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** The tools that change a file (inside `prompts/`). */
export const WRITING_TOOL_NAMES = [WRITE_TOOL, EDIT_TOOL] as const;

export function isToolName(name: string): name is ToolName {
  return (TOOL_NAMES as readonly string[]).includes(name);
}

export function isWritingTool(name: string): name is (typeof WRITING_TOOL_NAMES)[number] {
  return (WRITING_TOOL_NAMES as readonly string[]).includes(name);
}
