import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "./atomic-write.js";
import { errorCode } from "./error-code.js";
import { modelWriteRefusal } from "./initializer-file.js";
import { resolveInsideProject } from "./sandbox.js";
import type { ToolContext } from "./tool-context.js";
import { failed } from "./tool-outcome.js";
import type { EditInput } from "./tool-schemas.js";
import type { ToolOutcome } from "./tools.js";
import { oversizeRefusal, withSpecFeedback } from "./write-tool.js";

function occurrences(text: string, search: string): number {
  return text.split(search).length - 1;
}

export async function runEdit(context: ToolContext, input: EditInput): Promise<ToolOutcome> {
  if (input.old_string === input.new_string)
    return failed(
      "old_string and new_string are the same, so there is nothing to change. Nothing was written.",
    );
  const { absolute, relative } = await resolveInsideProject(context.projectDir, input.file_path, {
    forWrite: true,
  });
  const reserved = modelWriteRefusal(relative);
  if (reserved) return failed(reserved);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR")
      return failed(`File not found: ${relative}. Edit changes existing files; use Write to create one.`);
    throw error;
  }
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
  // split/join and a replacer function keep `$&` and friends in new_string literal.
  const updated = input.replace_all
    ? text.split(input.old_string).join(input.new_string)
    : text.replace(input.old_string, () => input.new_string);
  const refusal = oversizeRefusal(updated, context.maxWriteBytes);
  if (refusal) return refusal;
  await writeFileAtomic(absolute, updated);
  const replaced = input.replace_all ? count : 1;
  return withSpecFeedback(
    context,
    relative,
    `Edited ${relative}: replaced ${replaced} ${replaced === 1 ? "occurrence" : "occurrences"}`,
  );
}
