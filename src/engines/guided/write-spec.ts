import { randomUUID } from "node:crypto";
import {
  APP_SPEC_PATH,
  type AppSpecModel,
  fillFeatureCount,
  INITIALIZER_PROMPT_PATH,
  initializerTemplate,
  renderAppSpec,
} from "../../app-spec/index.js";
import type { ToolCall, ToolResult } from "../../types/transcript.js";
import type { ProjectTools } from "../../workspace/tools.js";

export interface SpecWrite {
  calls: ToolCall[];
  results: ToolResult[];
  /** Why the spec is not on disk and valid, or null when it is. */
  failure: string | null;
}

/**
 * Writes the app spec and then the initializer prompt through the project's tools.
 * Stops at the first failure: a refused write, or a spec the tools report as invalid.
 */
export async function writeSpecFiles(tools: ProjectTools, model: AppSpecModel): Promise<SpecWrite> {
  const files = [
    { path: APP_SPEC_PATH, content: () => renderAppSpec(model) },
    {
      path: INITIALIZER_PROMPT_PATH,
      content: () => fillFeatureCount(initializerTemplate(), model.featureCount),
    },
  ];
  const write: SpecWrite = { calls: [], results: [], failure: null };
  for (const file of files) {
    const call: ToolCall = {
      toolCallId: `guided-write-${randomUUID()}`,
      toolName: "Write",
      input: { file_path: file.path, content: file.content() },
    };
    const outcome = await tools.run(call.toolName, call.input);
    write.calls.push(call);
    write.results.push({
      toolCallId: call.toolCallId,
      toolName: call.toolName,
      output: outcome.output,
      isError: outcome.isError,
    });
    if (outcome.isError || outcome.spec?.valid === false) {
      write.failure = `Writing ${file.path} did not work: ${outcome.output.split("\n").slice(0, 6).join(" ")}`;
      break;
    }
  }
  return write;
}
