import { z } from "zod";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../app-spec/paths.js";
import { byteLength, writeFileInside } from "./atomic-write.js";
import { defineTool } from "./define-tool.js";
import { modelWriteRefusal } from "./initializer-file.js";
import { promptQuotaRefusal } from "./prompt-quota.js";
import { resolveInsideProject } from "./sandbox.js";
import { writtenOutcome } from "./spec-feedback.js";
import { withVersionsKept } from "./spec-versions.js";
import { splitLines } from "./text-lines.js";
import type { ToolContext } from "./tool-context.js";
import { WRITE_TOOL } from "./tool-names.js";
import { refusedOutcome, type ToolOutcome } from "./tool-outcome.js";

export const writeInputSchema = z.object({
  file_path: z.string().describe("The file to write, inside the prompts/ folder."),
  content: z.string().describe("The whole new content of the file."),
});

export type WriteInput = z.infer<typeof writeInputSchema>;

/**
 * Why content of `size` bytes may not be written, or null when it fits. Every engine
 * refuses in these words: this Write, and Claude Code's before it writes itself.
 */
export function oversizeRefusal(size: number, maxBytes: number): string | null {
  if (size <= maxBytes) return null;
  return `Refused: the content is ${size} bytes, more than the ${maxBytes} bytes a file may hold. Nothing was written; write a shorter file.`;
}

async function runWrite(context: ToolContext, input: WriteInput): Promise<ToolOutcome> {
  const size = byteLength(input.content);
  const oversize = oversizeRefusal(size, context.maxWriteBytes);
  if (oversize) return refusedOutcome(oversize);
  const target = await resolveInsideProject(context.projectDir, input.file_path, { forWrite: true });
  const { absolute, relative } = target;
  const refusal =
    modelWriteRefusal(relative) ??
    (await promptQuotaRefusal(context.projectDir, target, size, context.promptQuota)) ??
    (relative === APP_SPEC_PATH ? await context.beforeAppSpecWrite() : null);
  if (refusal) return refusedOutcome(refusal);
  await withVersionsKept(context.projectDir, relative, input.content, () =>
    writeFileInside(context.projectDir, absolute, input.content),
  );
  const lineCount = splitLines(input.content).length;
  return writtenOutcome(
    context.projectDir,
    context.initializerTemplate,
    { path: relative, bytes: size },
    `Wrote ${relative} (${lineCount} ${lineCount === 1 ? "line" : "lines"})`,
    context.progress,
  );
}

export const writeTool = defineTool({
  name: WRITE_TOOL,
  description: `Writes a whole file inside the prompts/ folder (such as ${APP_SPEC_PATH}), replacing it if it exists; missing folders are created. At most 1 MiB. After writing ${APP_SPEC_PATH}, the reply says whether it is valid and lists every problem to fix. ${INITIALIZER_PROMPT_PATH} is written by Specwright itself, from the spec's feature count.`,
  inputSchema: writeInputSchema,
  run: runWrite,
});
