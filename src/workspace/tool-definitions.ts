import type { z } from "zod";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../app-spec/paths.js";
import { DEFAULT_READ_LINE_LIMIT, MAX_GLOB_RESULTS, MAX_READ_LINE_LENGTH } from "./tool-limits.js";
import {
  askUserQuestionInputSchema,
  editInputSchema,
  globInputSchema,
  QUESTION_RULES,
  readInputSchema,
  writeInputSchema,
} from "./tool-schemas.js";

/** The tools that touch files; `run` executes these. */
export const FILE_TOOL_NAMES = ["Read", "Write", "Edit", "Glob"] as const;
export type FileToolName = (typeof FILE_TOOL_NAMES)[number];

/** Every tool a model may call during an interview; `AskUserQuestion` is answered by the person. */
export const TOOL_NAMES = [...FILE_TOOL_NAMES, "AskUserQuestion"] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export interface ToolDefinition {
  name: ToolName;
  /** What a model reads to decide when and how to call the tool. */
  description: string;
  inputSchema: z.ZodType;
}

const PATH_RULES =
  "Paths are relative to the project folder (or absolute inside it); nothing outside the project folder can be reached, symbolic links included.";

export const TOOL_DESCRIPTIONS: Record<ToolName, string> = {
  Read: `Reads a text file of the project and shows its lines numbered like \`cat -n\` (line number, a tab, the line). ${PATH_RULES} Shows up to ${DEFAULT_READ_LINE_LIMIT} lines from the start unless you give offset (the first line to show, 1-based) and limit (how many lines). Lines longer than ${MAX_READ_LINE_LENGTH} characters are cut. Folders and binary files cannot be read; use Glob to list a folder.`,
  Write: `Writes a whole file, replacing it if it exists. Only files inside the prompts/ folder can be written, such as ${APP_SPEC_PATH}; missing folders inside prompts/ are created. The content may be at most 1 MiB. After writing ${APP_SPEC_PATH}, the reply says whether it is valid and lists every problem to fix. ${INITIALIZER_PROMPT_PATH} is written by Specwright itself from the spec's feature count, so it cannot be written here.`,
  Edit: `Replaces text in an existing file inside the prompts/ folder. old_string must appear in the file exactly once, character for character (read the file first); to change every occurrence, set replace_all. new_string must differ from old_string. The result may be at most 1 MiB. After editing ${APP_SPEC_PATH}, the reply says whether it is valid and lists every problem to fix. ${INITIALIZER_PROMPT_PATH} is Specwright's to write, so it cannot be edited here.`,
  Glob: `Lists the files whose paths match a glob pattern (such as "**/*.md" or "prompts/*"), searched from path (a folder, default the project folder). Paths in the reply are relative to the project folder, the most recently changed first, at most ${MAX_GLOB_RESULTS}. Patterns cannot contain ".." or be absolute; nothing outside the project folder is listed, and symbolic links to folders are not followed.`,
  AskUserQuestion: `Asks the person structured questions and ends your turn; their answers arrive as their next message. ${QUESTION_RULES} Each option has a label and a one-line description; the person can always type their own answer instead. Set multiSelect when several options may be chosen, and phase to the interview phase the question belongs to.`,
};

export const TOOL_DEFINITIONS: readonly ToolDefinition[] = [
  { name: "Read", description: TOOL_DESCRIPTIONS.Read, inputSchema: readInputSchema },
  { name: "Write", description: TOOL_DESCRIPTIONS.Write, inputSchema: writeInputSchema },
  { name: "Edit", description: TOOL_DESCRIPTIONS.Edit, inputSchema: editInputSchema },
  { name: "Glob", description: TOOL_DESCRIPTIONS.Glob, inputSchema: globInputSchema },
  {
    name: "AskUserQuestion",
    description: TOOL_DESCRIPTIONS.AskUserQuestion,
    inputSchema: askUserQuestionInputSchema,
  },
];
