import { z } from "zod";
import { openInsideProject, readOpened } from "./checked-open.js";
import { defineTool } from "./define-tool.js";
import { stateRefusal } from "./sandbox.js";
import { splitLines } from "./text-lines.js";
import type { ToolContext } from "./tool-context.js";
import { DEFAULT_READ_LINE_LIMIT, MAX_READ_LINE_LENGTH } from "./tool-limits.js";
import { READ_TOOL } from "./tool-names.js";
import { failed, refusedOutcome, succeeded, type ToolOutcome } from "./tool-outcome.js";

export const readInputSchema = z.object({
  file_path: z.string().describe("The file to read: relative to the project folder, or absolute inside it."),
  offset: z.number().int().min(0).optional().describe("The first line to show (1-based)."),
  limit: z.number().int().min(1).optional().describe("How many lines to read (default 2000)."),
});

export type ReadInput = z.infer<typeof readInputSchema>;

const PATH_RULES =
  "Paths are relative to the project folder (or absolute inside it); nothing outside it can be reached, symbolic links included.";

function numbered(lineNumber: number, line: string): string {
  const shown =
    line.length > MAX_READ_LINE_LENGTH
      ? `${line.slice(0, MAX_READ_LINE_LENGTH)} [line cut at ${MAX_READ_LINE_LENGTH} characters]`
      : line;
  return `${String(lineNumber).padStart(6)}\t${shown}`;
}

/** `cat -n` style lines from `offset` (1-based), with a note when part of the file is not shown. */
function formatLines(relative: string, text: string, offset: number, limit: number): ToolOutcome {
  const lines = splitLines(text);
  if (lines.length === 0) return succeeded(`${relative} is empty.`);
  if (offset > lines.length)
    return failed(
      `${relative} has ${lines.length} lines, so offset ${offset} is past its end. Use an offset from 1 to ${lines.length}.`,
    );
  const shown = lines.slice(offset - 1, offset - 1 + limit);
  const output = shown.map((line, index) => numbered(offset + index, line)).join("\n");
  const last = offset + shown.length - 1;
  if (offset === 1 && last === lines.length) return succeeded(output);
  return succeeded(
    `${output}\n\n(Showing lines ${offset} to ${last} of ${lines.length}. Use offset and limit to read the rest.)`,
  );
}

async function runRead(context: ToolContext, input: ReadInput): Promise<ToolOutcome> {
  const { resolved, file } = await openInsideProject(context.projectDir, input.file_path);
  const { relative } = resolved;
  const refusal = stateRefusal(relative);
  if (refusal !== null) {
    await file?.handle.close();
    return refusedOutcome(refusal);
  }
  if (file === null) return failed(`File not found: ${relative}`);
  let bytes: Buffer | null;
  try {
    const shownAs = relative === "" ? "The project folder" : relative;
    if (file.stats.isDirectory())
      return failed(
        `${shownAs} is a folder, not a file. Use Glob to list its files, for example pattern "**/*" with path "${relative || "."}".`,
      );
    if (!file.stats.isFile())
      return failed(
        `${relative} is not a regular file (a device, pipe or socket); Read shows text files only.`,
      );
    const size = file.stats.size;
    if (size > context.maxReadBytes)
      return failed(`${relative} is ${size} bytes, more than Read shows (${context.maxReadBytes} bytes).`);
    bytes = await readOpened(file, context.maxReadBytes);
  } finally {
    await file.handle.close();
  }
  if (bytes === null)
    return failed(
      `${relative} grew past what Read shows (${context.maxReadBytes} bytes) while it was being read.`,
    );
  if (bytes.includes(0))
    return failed(`${relative} is a binary file (it contains NUL bytes); Read shows text files only.`);
  const offset = Math.max(input.offset ?? 1, 1);
  return formatLines(relative, bytes.toString("utf8"), offset, input.limit ?? DEFAULT_READ_LINE_LIMIT);
}

export const readTool = defineTool({
  name: READ_TOOL,
  description: `Reads a text file of the project, its lines numbered like \`cat -n\` (number, tab, line). ${PATH_RULES} Shows up to ${DEFAULT_READ_LINE_LIMIT} lines, or limit lines from offset. Lines longer than ${MAX_READ_LINE_LENGTH} characters are cut. Folders and binary files cannot be read; use Glob to list a folder.`,
  inputSchema: readInputSchema,
  run: runRead,
});
