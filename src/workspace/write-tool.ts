import { byteLength, writeFileInside } from "./atomic-write.js";
import { modelWriteRefusal } from "./initializer-file.js";
import { promptQuotaRefusal } from "./prompt-quota.js";
import { splitLines } from "./read-tool.js";
import { resolveInsideProject } from "./sandbox.js";
import { specFeedback } from "./spec-feedback.js";
import { withVersionsKept } from "./spec-versions.js";
import type { ToolContext } from "./tool-context.js";
import { failed, succeeded } from "./tool-outcome.js";
import type { WriteInput } from "./tool-schemas.js";
import type { ToolOutcome } from "./tools.js";

/** The refusal for content over the cap, or null when it fits. */
export function oversizeRefusal(content: string, maxBytes: number): ToolOutcome | null {
  const size = byteLength(content);
  if (size <= maxBytes) return null;
  return failed(
    `Refused: the content is ${size} bytes, more than the ${maxBytes} bytes a file may hold. Nothing was written; write a shorter file.`,
  );
}

/** The reply after a spec-relevant write: what happened, then the validator's verdict. */
export async function withSpecFeedback(
  context: ToolContext,
  relative: string,
  summary: string,
): Promise<ToolOutcome> {
  const feedback = await specFeedback(context.projectDir, relative);
  const outcome = succeeded(feedback.text === "" ? summary : `${summary}\n\n${feedback.text}`);
  return feedback.verdict ? { ...outcome, spec: feedback.verdict } : outcome;
}

export async function runWrite(context: ToolContext, input: WriteInput): Promise<ToolOutcome> {
  const refusal = oversizeRefusal(input.content, context.maxWriteBytes);
  if (refusal) return refusal;
  const { absolute, relative } = await resolveInsideProject(context.projectDir, input.file_path, {
    forWrite: true,
  });
  const reserved = modelWriteRefusal(relative);
  if (reserved) return failed(reserved);
  const overQuota = await promptQuotaRefusal(
    context.projectDir,
    { absolute, relative },
    byteLength(input.content),
    context.promptQuota,
  );
  if (overQuota) return failed(overQuota);
  await withVersionsKept(context.projectDir, relative, input.content, () =>
    writeFileInside(context.projectDir, absolute, input.content),
  );
  const lineCount = splitLines(input.content).length;
  return withSpecFeedback(
    context,
    relative,
    `Wrote ${relative} (${lineCount} ${lineCount === 1 ? "line" : "lines"})`,
  );
}
