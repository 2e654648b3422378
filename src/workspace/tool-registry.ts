import { askUserQuestionTool } from "./ask-user-question.js";
import type { FileTool, ToolDefinition } from "./define-tool.js";
import { editTool } from "./edit-tool.js";
import { globTool } from "./glob-tool.js";
import { readTool } from "./read-tool.js";
import type { FileToolName, ToolName } from "./tool-names.js";
import { writeTool } from "./write-tool.js";

/** The tools Specwright runs itself, in the order a model is told about them. */
export const FILE_TOOLS = [readTool, writeTool, editTool, globTool] as const;

/** Every tool a model may call during an interview: the file tools, then the question. */
export const TOOL_DEFINITIONS: readonly ToolDefinition[] = [...FILE_TOOLS, askUserQuestionTool];

/** Each tool's description for the model, by name. */
export const TOOL_DESCRIPTIONS = Object.fromEntries(
  TOOL_DEFINITIONS.map((tool) => [tool.name, tool.description]),
) as Readonly<Record<ToolName, string>>;

type FileToolsByName = { [Name in FileToolName]: FileTool<Name> };

const BY_NAME: ReadonlyMap<string, FileTool> = new Map(FILE_TOOLS.map((tool) => [tool.name, tool]));

/** The file tool of that name, its `run` typed by the name; undefined for any other name a model may send. */
export function fileToolNamed<Name extends FileToolName>(name: Name): FileToolsByName[Name];
export function fileToolNamed(name: string): FileTool | undefined;
export function fileToolNamed(name: string): FileTool | undefined {
  return BY_NAME.get(name);
}
