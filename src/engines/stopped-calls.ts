import type { ToolCall, ToolResult } from "../types/transcript.js";

/**
 * The result a tool call gets when the person stopped the turn before it ran. Every
 * engine gives the same words, so the model reads the same thing whichever ran it, and
 * the session can tell such a result from a call that ran and failed.
 */
export const NOT_RUN_OUTPUT =
  "Not run: the person stopped the turn before this call ran, so nothing was done. Do not repeat it unless they ask.";

export function notRunResult(call: Pick<ToolCall, "toolCallId" | "toolName">): ToolResult {
  return { toolCallId: call.toolCallId, toolName: call.toolName, output: NOT_RUN_OUTPUT, isError: true };
}

/** Whether a result says its call never ran because the turn was stopped. */
export function isNotRunResult(result: Pick<ToolResult, "output" | "isError">): boolean {
  return result.isError && result.output === NOT_RUN_OUTPUT;
}
