import { type EngineError, engineError } from "../../types/engine-events.js";
import type { ToolCall, ToolResult } from "../../types/transcript.js";
import type { FinishedStep } from "./step-stream.js";
import type { UnreadableCall } from "./text-tool-calls.js";
import { oversizeResult } from "./tool-input-cap.js";

/**
 * What a step's stop reason means for the turn. Anthropic stops with `max_tokens` at the
 * output limit, part way through a sentence or a tool call's JSON, and with `refusal`
 * when it declines (https://docs.anthropic.com/en/api/handling-stop-reasons); the SDK
 * reports these as the finish reasons `length` and `content-filter`, which the
 * OpenAI-compatible servers use too.
 */
export type StepVerdict =
  /** Carry on: run the complete tool calls and answer the cut ones with `cutResults`. */
  | { kind: "go-on"; calls: ToolCall[]; cutResults: ToolResult[]; note: string | null }
  /** End the turn, with an error when something needs saying. */
  | { kind: "end"; error: EngineError | null };

/** A call whose input never arrived whole: the SDK hands on the unparsed text. */
function isCut(call: ToolCall): boolean {
  return typeof call.input !== "object" || call.input === null;
}

/** "the output limit (32000 tokens)", or without a number when the server chose it. */
function limitWords(maxOutputTokens: number | null): string {
  return maxOutputTokens === null ? "the output limit" : `the output limit (${maxOutputTokens} tokens)`;
}

export function cutCallResult(call: ToolCall, maxOutputTokens: number | null): ToolResult {
  return {
    toolCallId: call.toolCallId,
    toolName: call.toolName,
    isError: true,
    output: `Your answer reached ${limitWords(maxOutputTokens)} in the middle of this ${call.toolName} call, so its input was cut off and nothing was done. Write a large file in parts: first a short skeleton with Write (every section present, a line or two each), then fill in one section at a time with Edit.`,
  };
}

export function judgeStep(step: FinishedStep, maxOutputTokens: number | null): StepVerdict {
  if (step.finishReason === "content-filter")
    return {
      kind: "end",
      error: engineError(
        "model_refused",
        "The model declined to go on with this answer (it stopped with a refusal). Rephrase your last message, or choose another model with --model.",
      ),
    };
  const cut = step.finishReason === "length" ? step.toolCalls.filter(isCut) : [];
  if (step.finishReason === "length" && step.toolCalls.length === 0)
    return {
      kind: "end",
      error: engineError(
        "output_limit_reached",
        `The answer was cut off at ${limitWords(maxOutputTokens)}. Send a message such as "go on" to let it continue, or raise the limit with --max-output-tokens.`,
      ),
    };
  if (step.toolCalls.length === 0) return { kind: "end", error: null };
  // Calls refused for the size of their input are answered, never run (tool-input-cap.ts).
  const refused = new Set(step.oversizeInputs.map((oversize) => oversize.toolCallId));
  return {
    kind: "go-on",
    calls: step.toolCalls.filter((call) => !cut.includes(call) && !refused.has(call.toolCallId)),
    cutResults: [
      ...cut.map((call) => cutCallResult(call, maxOutputTokens)),
      ...step.oversizeInputs.map(oversizeResult),
    ],
    note:
      cut.length > 0
        ? "\n\n_(That answer was cut off at the output limit; the interviewer has been asked to write it in smaller parts.)_\n\n"
        : refused.size > 0
          ? "\n\n_(The interviewer tried to write more in one go than a file may hold; it has been asked to write it in smaller parts.)_\n\n"
          : null,
  };
}

/** The input kept in the transcript for a call: a cut call's partial text is dropped. */
export function recordedCalls(step: FinishedStep): ToolCall[] {
  if (step.finishReason !== "length") return step.toolCalls;
  return step.toolCalls.map((call) => (isCut(call) ? { ...call, input: {} } : call));
}

/**
 * Notices the same tool call failing the same way step after step: a model that keeps
 * repeating a refused call would spend the whole step budget, each step billed.
 */
export class RepeatedFailures {
  private lastKey: string | null = null;
  private count = 0;

  constructor(private readonly limit: number) {}

  /** Records a step's results; returns the failure repeated `limit` times in a row, if any. */
  observe(calls: readonly ToolCall[], results: readonly ToolResult[]): ToolResult | null {
    const failed = results.find((result) => result.isError);
    if (!failed) {
      this.lastKey = null;
      this.count = 0;
      return null;
    }
    const call = calls.find((candidate) => candidate.toolCallId === failed.toolCallId);
    const key = JSON.stringify([failed.toolName, call?.input ?? null, failed.output]);
    this.count = key === this.lastKey ? this.count + 1 : 1;
    this.lastKey = key;
    return this.count >= this.limit ? failed : null;
  }
}

/**
 * A tool call the model wrote as text but whose arguments could not be read is put to
 * it once more, as a call of that tool whose result says what went wrong: the model
 * sees its own call refused and why, in the place it expects a result, and can make
 * the call properly. (The transcript has no room for a message of Specwright's own.)
 */
export function rewriteRequest(
  unreadable: readonly UnreadableCall[],
  newId: () => string,
): { calls: ToolCall[]; results: ToolResult[] } {
  const calls = unreadable.map((call) => ({ toolCallId: newId(), toolName: call.toolName, input: {} }));
  const results = calls.map((call, index) => ({
    toolCallId: call.toolCallId,
    toolName: call.toolName,
    isError: true,
    output: `Your ${call.toolName} call was written out in your answer as text, and ${unreadable[index]?.reason ?? "it could not be read"}, so nothing was done. Call the ${call.toolName} tool itself, with a JSON object as its arguments, instead of writing the call in your answer.`,
  }));
  return { calls, results };
}

/** The turn's end when a model writes an unreadable call as text a second time. */
export function unreadableCallsError(unreadable: readonly UnreadableCall[]): EngineError {
  const names = [...new Set(unreadable.map((call) => call.toolName))].join(", ");
  return engineError(
    "repeated_tool_failure",
    `The interviewer wrote its ${names} call out as text again, and it could not be read, so the turn was stopped. The model's server may lack a tool-call parser for it (vLLM: --enable-auto-tool-choice with the right --tool-call-parser; llama.cpp: --jinja), or choose another model with --model. Send a message to let it try again.`,
  );
}
