import { type LanguageModel, type ModelMessage, type SystemModelMessage, streamText, type ToolSet } from "ai";
import type { ToolCall } from "../../types/transcript.js";
import type { TokenUsage } from "../../types/usage.js";
import { classifyFailure, type ProviderFailure } from "./provider-failure.js";
import { StallWatchdog } from "./stall-watchdog.js";
import { tokenUsageOf } from "./step-usage.js";

/** One model call: the conversation so far, and what may stop it. */
export interface StepRequest {
  model: LanguageModel;
  system: SystemModelMessage;
  messages: ModelMessage[];
  tools: ToolSet;
  /** Aborted when the person cancels the turn. */
  signal: AbortSignal;
  stallTimeoutMs: number;
}

export type StepOutcome =
  | { kind: "finished"; text: string; toolCalls: ToolCall[]; usage: TokenUsage }
  /** `streamedText` tells whether the person already saw part of this step's answer. */
  | { kind: "failed"; failure: ProviderFailure; streamedText: boolean }
  | { kind: "cancelled" };

export interface TextDelta {
  type: "text-delta";
  text: string;
}

/**
 * Runs one model call, yielding its text as it streams, and returns what the step
 * produced. Never throws: provider errors, stalls and cancellation are outcomes. The SDK
 * does not retry (`maxRetries: 0`) because whether a retry is safe depends on what the
 * person has already seen, which only we know.
 */
export async function* streamStep(request: StepRequest): AsyncGenerator<TextDelta, StepOutcome> {
  const stop = new AbortController();
  const watchdog = new StallWatchdog(request.stallTimeoutMs, () => stop.abort());
  const abortSignal = AbortSignal.any([request.signal, stop.signal]);
  const result = streamText({
    model: request.model,
    system: request.system,
    messages: request.messages,
    tools: request.tools,
    maxRetries: 0,
    abortSignal,
    // Errors arrive as stream parts and are handled there; the default would print them.
    onError: () => {},
  });
  const parts = result.fullStream[Symbol.asyncIterator]();
  let text = "";
  const toolCalls: ToolCall[] = [];
  let usage: TokenUsage | null = null;
  let error: { value: unknown } | null = null;
  let complete = false;
  watchdog.feed();
  try {
    while (error === null) {
      const next = await nextUnlessAborted(parts, abortSignal);
      if (next === null || next.done) break;
      const part = next.value;
      if (part.type === "text-delta" && part.text.length > 0) {
        text += part.text;
        // Time the consumer spends on a delta is not the provider's silence.
        watchdog.stop();
        yield { type: "text-delta", text: part.text };
      } else if (part.type === "tool-call") {
        toolCalls.push({ toolCallId: part.toolCallId, toolName: part.toolName, input: part.input });
      } else if (part.type === "finish-step") {
        usage = tokenUsageOf(part.usage, part.providerMetadata);
      } else if (part.type === "error") {
        error = { value: part.error };
      } else if (part.type === "abort") {
        break;
      }
      watchdog.feed();
    }
    complete = error === null && usage !== null;
  } catch (thrown) {
    error = { value: thrown };
  } finally {
    watchdog.stop();
    // Closes the connection when the step ends early, including when our consumer stops.
    if (!complete) stop.abort();
    parts.return?.().catch(() => {});
  }
  if (request.signal.aborted) return { kind: "cancelled" };
  const streamedText = text.length > 0;
  if (watchdog.stalled) return { kind: "failed", failure: { kind: "stalled" }, streamedText };
  if (error !== null) return { kind: "failed", failure: classifyFailure(error.value), streamedText };
  if (usage === null)
    return { kind: "failed", failure: { kind: "ended-early", message: "no finish event" }, streamedText };
  return { kind: "finished", text, toolCalls, usage };
}

/** The next part, or null as soon as `signal` aborts, even while the read is stuck. */
async function nextUnlessAborted<T>(
  iterator: AsyncIterator<T>,
  signal: AbortSignal,
): Promise<IteratorResult<T> | null> {
  if (signal.aborted) return null;
  const next = iterator.next();
  let onAbort = () => {};
  const aborted = new Promise<null>((resolve) => {
    onAbort = () => resolve(null);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([next, aborted]);
  } finally {
    signal.removeEventListener("abort", onAbort);
    // A read abandoned on abort may still fail later; that failure is expected.
    next.catch(() => {});
  }
}
