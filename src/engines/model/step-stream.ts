import {
  type FinishReason,
  type LanguageModel,
  type ModelMessage,
  type SystemModelMessage,
  streamText,
  type ToolSet,
} from "ai";
import type { ThinkingBlock, ToolCall } from "../../types/transcript.js";
import type { TokenUsage } from "../../types/usage.js";
import { whileReceiving } from "./provider-activity.js";
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
  /** The most tokens the model may write in this step (`max_tokens`); null leaves it to the server. */
  maxOutputTokens: number | null;
  /** Provider-specific options, such as how an Anthropic model thinks. */
  providerOptions?: Parameters<typeof streamText>[0]["providerOptions"];
}

export interface FinishedStep {
  kind: "finished";
  /** The answer's text, without the thinking. */
  text: string;
  /** The model's thinking blocks, in order, to be sent back with this step. */
  thinking: ThinkingBlock[];
  toolCalls: ToolCall[];
  usage: TokenUsage;
  /** Why the model stopped: `length` at the output limit, `content-filter` for a refusal. */
  finishReason: FinishReason;
}

export type StepOutcome =
  | FinishedStep
  /** `streamedText` tells whether the person already saw part of this step's answer. */
  | { kind: "failed"; failure: ProviderFailure; streamedText: boolean }
  | { kind: "cancelled" };

/**
 * Words for the person as they stream. The model's progress notes between tool calls
 * arrive as thinking (see claude-models.ts) and are shown like its text.
 */
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
  // Any byte from the provider is a sign of life, pings and silent thinking included.
  const result = whileReceiving(
    () => watchdog.feed(),
    () =>
      streamText({
        model: request.model,
        system: request.system,
        messages: request.messages,
        tools: request.tools,
        ...(request.maxOutputTokens !== null ? { maxOutputTokens: request.maxOutputTokens } : {}),
        ...(request.providerOptions ? { providerOptions: request.providerOptions } : {}),
        maxRetries: 0,
        abortSignal,
        // Errors arrive as stream parts and are handled there; the default would print them.
        onError: () => {},
      }),
  );
  const parts = result.fullStream[Symbol.asyncIterator]();
  let text = "";
  let shown = "";
  const thinking = new ThinkingCollector();
  const toolCalls: ToolCall[] = [];
  let usage: TokenUsage | null = null;
  let finishReason: FinishReason = "other";
  let lastShownKind: "text" | "notes" | null = null;
  let error: { value: unknown } | null = null;
  let complete = false;
  watchdog.feed();
  try {
    while (error === null) {
      const next = await nextUnlessAborted(parts, abortSignal);
      if (next === null || next.done) break;
      const part = next.value;
      const words = part.type === "text-delta" || part.type === "reasoning-delta" ? part.text : "";
      if (part.type === "text-delta") text += part.text;
      if (part.type === "reasoning-start" || part.type === "reasoning-delta" || part.type === "reasoning-end")
        thinking.add(part);
      if (words.length > 0) {
        // Notes and answer are separate paragraphs for the person, as they were for the model.
        const kind = part.type === "text-delta" ? "text" : "notes";
        const gap = shown.length > 0 && kind !== lastShownKind ? "\n\n" : "";
        lastShownKind = kind;
        shown += gap + words;
        // Time the consumer spends on a delta is not the provider's silence.
        watchdog.stop();
        yield { type: "text-delta", text: gap + words };
      } else if (part.type === "tool-call") {
        toolCalls.push({ toolCallId: part.toolCallId, toolName: part.toolName, input: part.input });
      } else if (part.type === "finish-step") {
        usage = tokenUsageOf(part.usage, part.providerMetadata);
        finishReason = part.finishReason;
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
  const streamedText = shown.length > 0;
  if (watchdog.stalled) return { kind: "failed", failure: { kind: "stalled" }, streamedText };
  if (error !== null) return { kind: "failed", failure: classifyFailure(error.value), streamedText };
  if (usage === null)
    return { kind: "failed", failure: { kind: "ended-early", message: "no finish event" }, streamedText };
  return { kind: "finished", text, thinking: thinking.blocks(), toolCalls, usage, finishReason };
}

type ReasoningPart = {
  type: string;
  id: string;
  text?: string;
  providerMetadata?: { [provider: string]: { [key: string]: unknown } } | undefined;
};

/**
 * Gathers thinking blocks from the SDK's reasoning parts: the text from its deltas, and
 * from Anthropic's metadata the signature (on a delta at the block's end) or, for a
 * redacted block, its data (on the block's start).
 */
class ThinkingCollector {
  private readonly byId = new Map<string, ThinkingBlock>();

  add(part: ReasoningPart): void {
    let block = this.byId.get(part.id);
    if (!block) {
      block = { text: "" };
      this.byId.set(part.id, block);
    }
    if (part.type === "reasoning-delta" && part.text) block.text += part.text;
    const anthropic = part.providerMetadata?.anthropic;
    if (typeof anthropic?.signature === "string") block.signature = anthropic.signature;
    if (typeof anthropic?.redactedData === "string") block.redactedData = anthropic.redactedData;
  }

  blocks(): ThinkingBlock[] {
    return [...this.byId.values()];
  }
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
