import { randomUUID } from "node:crypto";
import { APP_SPEC_PATH, type AppSpecModel, renderAppSpec } from "../../../app-spec/index.js";
import type { ToolCall, ToolResult } from "../../../types/transcript.js";
import { type ProjectTools, WRITE_TOOL } from "../../../workspace/index.js";

export interface SpecWrite {
  calls: ToolCall[];
  results: ToolResult[];
  /** Why the app spec is not on disk and valid, or null when it is. */
  failure: string | null;
}

/**
 * Writes the app spec through the project's tools, as a model would. The initializer
 * prompt is not this engine's to write: the session writes it from the spec's count
 * once the app spec is valid, for every engine alike. A refused write, or a spec the
 * tools report as invalid, is a failure.
 */
export async function writeAppSpec(tools: ProjectTools, model: AppSpecModel): Promise<SpecWrite> {
  const call: ToolCall = {
    toolCallId: `guided-write-${randomUUID()}`,
    toolName: WRITE_TOOL,
    input: { file_path: APP_SPEC_PATH, content: renderAppSpec(model) },
  };
  const outcome = await tools.run(call.toolName, call.input);
  const result: ToolResult = {
    toolCallId: call.toolCallId,
    toolName: call.toolName,
    output: outcome.output,
    isError: outcome.isError,
    ...(outcome.refused === undefined ? {} : { refused: outcome.refused }),
  };
  const failed = outcome.isError || outcome.spec?.valid === false;
  return {
    calls: [call],
    results: [result],
    failure: failed
      ? `Writing ${APP_SPEC_PATH} did not work: ${outcome.output.split("\n").slice(0, 6).join(" ")}`
      : null,
  };
}
