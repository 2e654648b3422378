import { z } from "zod";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../app-spec/paths.js";
import { byteLength, writeFileInside } from "./atomic-write.js";
import { openInsideProject, readOpened } from "./checked-open.js";
import { defineTool } from "./define-tool.js";
import { modelWriteRefusal } from "./initializer-file.js";
import { promptQuotaRefusal } from "./prompt-quota.js";
import { resolveInsideProject } from "./sandbox.js";
import { writtenOutcome } from "./spec-feedback.js";
import { withVersionsKept } from "./spec-versions.js";
import type { ToolContext } from "./tool-context.js";
import { EDIT_TOOL } from "./tool-names.js";
import { failed, refusedOutcome, type ToolOutcome } from "./tool-outcome.js";

export const editInputSchema = z.object({
  file_path: z.string().describe("The file to change, inside the prompts/ folder."),
  old_string: z.string().min(1).describe("The exact text to replace, as it appears in the file."),
  new_string: z.string().describe("The text to put in its place."),
  replace_all: z.boolean().optional().describe("Replace every occurrence, not exactly one (default false)."),
});

export type EditInput = z.infer<typeof editInputSchema>;

/** Non-overlapping occurrences of `search`, as a replace would find them, counted without copying the text. */
function occurrences(text: string, search: string): number {
  let count = 0;
  for (let at = text.indexOf(search); at !== -1; at = text.indexOf(search, at + search.length)) count++;
  return count;
}

/**
 * The UTF-8 size the file would have after the edit, worked out before it is made: a
 * `replace_all` of a short string by a long one can turn a 1 MiB file into hundreds of
 * megabytes, which must be refused before such a string is ever built.
 */
function sizeAfter(text: string, input: EditInput, replaced: number): number {
  return byteLength(text) + replaced * (byteLength(input.new_string) - byteLength(input.old_string));
}

async function runEdit(context: ToolContext, input: EditInput): Promise<ToolOutcome> {
  if (input.old_string === input.new_string)
    return failed(
      "old_string and new_string are the same, so there is nothing to change. Nothing was written.",
    );
  const { absolute, relative } = await resolveInsideProject(context.projectDir, input.file_path, {
    forWrite: true,
  });
  const reserved = modelWriteRefusal(relative);
  if (reserved) return refusedOutcome(reserved);
  // Read through a checked handle, so what is edited is the file inside, never one a link leads to.
  const { resolved, file } = await openInsideProject(context.projectDir, input.file_path);
  if (file === null)
    return failed(`File not found: ${relative}. Edit changes existing files; use Write to create one.`);
  let bytes: Buffer | null;
  try {
    if (resolved.absolute !== absolute)
      return refusedOutcome(
        `Refused: ${relative} was replaced while it was being opened (a symbolic link now leads elsewhere). Nothing was written; try again.`,
      );
    bytes = file.stats.isFile() ? await readOpened(file, context.maxReadBytes) : null;
  } finally {
    await file.handle.close();
  }
  if (bytes === null)
    return failed(
      `${relative} is not a text file Edit can change (a folder, a special file, or more than ${context.maxReadBytes} bytes). Nothing was written.`,
    );
  if (bytes.includes(0))
    return failed(`${relative} is a binary file (it contains NUL bytes); Edit changes text files only.`);
  const text = bytes.toString("utf8");
  const count = occurrences(text, input.old_string);
  if (count === 0)
    return failed(
      `old_string was not found in ${relative}. Read the file and copy the text exactly, including spaces and line breaks. Nothing was written.`,
    );
  if (count > 1 && !input.replace_all)
    return failed(
      `old_string occurs ${count} times in ${relative}. Add surrounding text to make it unique, or set replace_all to replace every occurrence. Nothing was written.`,
    );
  const replaced = input.replace_all ? count : 1;
  const size = sizeAfter(text, input, replaced);
  if (size > context.maxWriteBytes)
    return refusedOutcome(
      `Refused: after this edit ${relative} would be ${size} bytes, more than the ${context.maxWriteBytes} bytes a file may hold. Nothing was written; make a smaller change${input.replace_all ? ` (replace_all would replace ${count} occurrences)` : ""}.`,
    );
  const overQuota = await promptQuotaRefusal(
    context.projectDir,
    { absolute, relative },
    size,
    context.promptQuota,
  );
  if (overQuota) return refusedOutcome(overQuota);
  const notKept = relative === APP_SPEC_PATH ? await context.beforeAppSpecWrite() : null;
  if (notKept) return refusedOutcome(notKept);
  // split/join and a replacer function keep `$&` and friends in new_string literal.
  const updated = input.replace_all
    ? text.split(input.old_string).join(input.new_string)
    : text.replace(input.old_string, () => input.new_string);
  await withVersionsKept(context.projectDir, relative, updated, () =>
    writeFileInside(context.projectDir, absolute, updated),
  );
  return writtenOutcome(
    context.projectDir,
    context.initializerTemplate,
    { path: relative, bytes: size },
    `Edited ${relative}: replaced ${replaced} ${replaced === 1 ? "occurrence" : "occurrences"}`,
    context.progress,
  );
}

export const editTool = defineTool({
  name: EDIT_TOOL,
  description: `Replaces text in an existing file inside the prompts/ folder. old_string must appear in the file exactly once, character for character (read the file first), unless replace_all is set; new_string must differ from it. The result may be at most 1 MiB. After editing ${APP_SPEC_PATH}, the reply says whether it is valid and lists every problem to fix. ${INITIALIZER_PROMPT_PATH} is Specwright's to write.`,
  inputSchema: editInputSchema,
  run: runEdit,
});
