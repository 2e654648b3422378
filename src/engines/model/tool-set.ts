import { type ToolSet, tool } from "ai";
import { TOOL_DEFINITIONS } from "../../workspace/index.js";

/**
 * The interview's tools as the SDK describes them to the model. None has an `execute`:
 * the turn loop runs every call itself, through the project's sandboxed tools, so the
 * results, their order and the transcript stay in our hands.
 */
export function interviewToolSet(): ToolSet {
  const tools: ToolSet = {};
  for (const definition of TOOL_DEFINITIONS) {
    tools[definition.name] = tool({
      description: definition.description,
      inputSchema: definition.inputSchema,
    });
  }
  return tools;
}
