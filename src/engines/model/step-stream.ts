import { randomUUID } from "node:crypto";
import {
  type FinishReason,
  InvalidResponseDataError,
  type LanguageModel,
  type ModelMessage,
  type SystemModelMessage,
  type ToolSet,
} from "ai";
import type { ThinkingBlock, ToolCall } from "../../types/transcript.js";
import { type TokenUsage, ZERO_USAGE } from "../../types/usage.js";
import { type ModelCall, modelParts } from "./model-parts.js";
import { reportActivity } from "./provider-activity.js";
import { classifyFailure, type ProviderFailure } from "./provider-failure.js";
import { cutAt, type ReplyCutOff } from "./reply-cap.js";
import { StallWatchdog } from "./stall-watchdog.js";
import { tokenUsageOf } from "./step-usage.js";
import { findTextToolCalls, HeldText, type UnreadableCall } from "./text-tool-calls.js";
import { capToolInputs, type OversizeInput, oversizeStub, pathInJsonStart } from "./tool-input-cap.js";

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
  providerOptions?: ModelCall["providerOptions"];
  /**
   * What the model's reasoning is to the person (see `ReasoningUse`); defaults to `notes`.
   */
  reasoning?: ReasoningUse;
  /**
   * Read tool calls the model wrote as text (text-tool-calls.ts), for servers that may
   * lack a tool parser: text that may be one is held back until it can be judged.
   */
  textToolCalls?: boolean;
  /**
   * What is left of the turn's allowance for the model's words (its answer and notes),
   * in characters (reply-cap.ts); past it the stream is stopped and the text cut there.
   * Unset: no limit.
   */
  maxTextLength?: number;
  /** The most hidden thinking one step may stream without a word; unset: no limit. */
  maxHiddenThinkingLength?: number;
  /**
   * The most characters one tool call's input may hold (tool-input-cap.ts): a larger call
   * is refused and kept as a stub, and one still streaming past it stops the stream.
   */
  maxToolInputLength?: number;
}

/**
 * Two things arrive as the SDK's reasoning parts, and they are not the same:
 * - `notes`: a Claude model's words between tool calls (`between_tools`, or adaptive
 *   thinking with `display: "updates"`, claude-models.ts). Anthropic returns them so
 *   they can be shown, and they are: to the person as paragraphs of the answer, and kept
 *   with their signature to be sent back as the API requires.
 * - `hidden`: a local model's chain of thought, which OpenAI-compatible servers put in
 *   `reasoning_content` (vLLM, llama.cpp, DeepSeek) or `reasoning` (newer vLLM, Ollama
 *   for gpt-oss) and @ai-sdk/openai-compatible turns into the same reasoning parts
 *   (https://docs.vllm.ai/en/v0.11.2/features/reasoning_outputs/). It is the model
 *   thinking aloud before it answers, often at length and in another voice: neither
 *   shown nor kept. It counts as a sign of life for the stall timeout all the same.
 */
export type ReasoningUse = "notes" | "hidden";

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
  /** Tool calls the model wrote as text whose arguments could not be read (text-tool-calls.ts). */
  unreadableCalls: UnreadableCall[];
  /**
   * Calls refused for the size of their input: in `toolCalls` their input is already a
   * stub, and they are answered without being run.
   */
  oversizeInputs: OversizeInput[];
  /** Set when Specwright stopped the step because the model wrote too much; `text` is cut there. */
  cutOff: ReplyCutOff | null;
}

export type StepOutcome =
  | FinishedStep
  /** `streamedText` tells whether the person already saw part of this step's answer. */
  | { kind: "failed"; failure: ProviderFailure; streamedText: boolean }
  | { kind: "cancelled" };

/**
 * Words for the person as they stream. A Claude model's progress notes between tool
 * calls arrive as thinking (see claude-models.ts) and are shown like its text.
 */
export interface TextDelta {
  type: "text-delta";
  text: string;
}

/**
 * Runs one model call, yielding its text as it streams, and returns what the step
 * produced. Never throws: provider errors, stalls and cancellation are outcomes. The call
 * is made once, never retried below (as the SDK's `maxRetries: 0` would have it), because
 * whether a retry is safe depends on what the person has already seen, which only we know.
 */
export async function* streamStep(request: StepRequest): AsyncGenerator<TextDelta, StepOutcome> {
  const stop = new AbortController();
  const watchdog = new StallWatchdog(request.stallTimeoutMs, () => stop.abort());
  const abortSignal = AbortSignal.any([request.signal, stop.signal]);
  // Any byte from the provider is a sign of life, pings and silent thinking included.
  // The signal is this step's own, so no other step's bytes can feed this watchdog.
  const stopReporting = reportActivity(abortSignal, () => watchdog.feed());
  // The provider's parts as the SDK's `streamText` would hand them on, without its
  // stages per chunk (model-parts.ts).
  const parts = modelParts({
    model: request.model,
    system: request.system,
    messages: request.messages,
    tools: request.tools,
    maxOutputTokens: request.maxOutputTokens,
    ...(request.providerOptions ? { providerOptions: request.providerOptions } : {}),
    // The step's own signal, handed to `fetch` as it is: the provider's bytes find this step by it.
    abortSignal,
  });
  const reader = new AbortableReader(parts, abortSignal);
  let text = "";
  let shown = "";
  const thinking = new ThinkingCollector();
  const toolCalls: ToolCall[] = [];
  let usage: TokenUsage | null = null;
  let finishReason: FinishReason = "other";
  let lastShownKind: "text" | "notes" | null = null;
  let error: { value: unknown } | null = null;
  let complete = false;
  let noFinishReason = false;
  const showsReasoning = (request.reasoning ?? "notes") === "notes";
  const held = request.textToolCalls ? new HeldText() : null;
  const textRoom = request.maxTextLength ?? Number.POSITIVE_INFINITY;
  const thinkingRoom = request.maxHiddenThinkingLength ?? Number.POSITIVE_INFINITY;
  const inputRoom = request.maxToolInputLength ?? Number.POSITIVE_INFINITY;
  /** The answer and notes so far, against `textRoom`; hidden thinking so far, against `thinkingRoom`. */
  let written = 0;
  let hiddenThinking = 0;
  let cutOff: ReplyCutOff | null = null;
  /**
   * Each tool input as it streams: its name, its length, and its text while that is
   * within the limit (a call whose input came whole but whose `tool-call` part had not
   * arrived when the stream was stopped is read from it).
   */
  const inputs = new Map<string, StreamedInput>();
  let stoppedInput: OversizeInput | null = null;
  /** The part of `words` that fits what is left of the turn's allowance; marks the cut when it does not all fit. */
  const within = (words: string): string => {
    if (written + words.length <= textRoom) {
      written += words.length;
      return words;
    }
    const kept = cutAt(words, textRoom - written);
    written += kept.length;
    cutOff = { kind: "text", limit: request.maxTextLength ?? 0 };
    return kept;
  };
  /** The step's words for the person, each paragraph kind apart from the other. */
  const show = (kind: "text" | "notes", words: string): TextDelta | null => {
    if (words.length === 0) return null;
    // Notes and answer are separate paragraphs for the person, as they were for the model.
    const gap = shown.length > 0 && kind !== lastShownKind ? "\n\n" : "";
    lastShownKind = kind;
    shown += gap + words;
    return { type: "text-delta", text: gap + words };
  };
  watchdog.feed();
  try {
    while (error === null) {
      const next = await reader.next();
      if (next === null || next.done) break;
      const part = next.value;
      const isReasoning =
        part.type === "reasoning-start" || part.type === "reasoning-delta" || part.type === "reasoning-end";
      const words =
        part.type === "text-delta" || (part.type === "reasoning-delta" && showsReasoning)
          ? within(part.text)
          : "";
      if (part.type === "text-delta") text += words;
      if (isReasoning && showsReasoning)
        thinking.add(part.type === "reasoning-delta" ? { ...part, text: words } : part);
      if (part.type === "reasoning-delta" && !showsReasoning) {
        hiddenThinking += part.text.length;
        if (hiddenThinking > thinkingRoom)
          cutOff = { kind: "thinking", limit: request.maxHiddenThinkingLength ?? 0 };
      }
      const delta =
        part.type === "text-delta"
          ? show("text", held ? held.push(words) : words)
          : part.type === "reasoning-delta" && showsReasoning
            ? show("notes", words)
            : null;
      if (delta !== null) {
        // Time the consumer spends on a delta is not the provider's silence.
        watchdog.pause();
        yield delta;
      } else if (part.type === "tool-input-start") {
        inputs.set(part.id, { toolName: part.toolName, length: 0, text: "" });
      } else if (part.type === "tool-input-delta") {
        const input = inputs.get(part.id);
        if (input) {
          input.length += part.delta.length;
          input.text += part.delta;
          // An input that will be refused anyway is not worth another byte: the stream stops here.
          if (input.length > inputRoom) {
            stoppedInput = {
              toolCallId: part.id,
              toolName: input.toolName,
              size: input.length,
              path: pathInJsonStart(input.text.slice(0, 1024)),
              partial: true,
              limit: inputRoom,
            };
            input.text = "";
          }
        }
      } else if (part.type === "tool-call") {
        toolCalls.push({ toolCallId: part.toolCallId, toolName: part.toolName, input: part.input });
        // The call is whole: its text is not needed any more.
        const input = inputs.get(part.toolCallId);
        if (input) input.text = "";
      } else if (part.type === "finish-step") {
        usage = tokenUsageOf(part.usage, part.providerMetadata);
        finishReason = part.finishReason;
      } else if (part.type === "error") {
        if (endsWithoutFinishReason(part.error)) noFinishReason = true;
        else error = { value: part.error };
      }
      if (cutOff !== null || stoppedInput !== null) break;
      watchdog.feed();
    }
    complete = error === null && usage !== null && cutOff === null && stoppedInput === null;
  } catch (thrown) {
    error = { value: thrown };
  } finally {
    stopReporting();
    reader.close();
    watchdog.stop();
    // Closes the connection when the step ends early, including when our consumer stops.
    if (!complete) stop.abort();
    parts.return(undefined).catch(() => {});
  }
  if (request.signal.aborted) return { kind: "cancelled" };
  const streamedText = shown.length > 0;
  if (cutOff !== null || stoppedInput !== null) {
    // Stopped by Specwright, not by the provider: what arrived is the step, as far as it went.
    // A reply cut for its length ends the turn, so its calls are dropped; an input stopped
    // part way is answered as refused, after the calls that came whole before it.
    const whole = cutOff === null ? [...toolCalls, ...callsNotYetMade(inputs, toolCalls)] : [];
    const capped = capToolInputs(whole, inputRoom, measuredInputs(inputs));
    if (cutOff === null && stoppedInput !== null) {
      capped.oversize.push(stoppedInput);
      capped.calls.push({
        toolCallId: stoppedInput.toolCallId,
        toolName: stoppedInput.toolName,
        input: oversizeStub(stoppedInput),
      });
    }
    const rest = held ? show("text", held.rest(text)) : null;
    if (rest !== null) yield rest;
    return {
      kind: "finished",
      text,
      thinking: thinking.blocks(),
      toolCalls: capped.calls,
      // The provider never said; what it would have counted is unknown.
      usage: usage ?? ZERO_USAGE,
      finishReason: cutOff === null ? "tool-calls" : "length",
      unreadableCalls: [],
      oversizeInputs: capped.oversize,
      cutOff,
    };
  }
  if (watchdog.stalled) return { kind: "failed", failure: { kind: "stalled" }, streamedText };
  if (error !== null) return { kind: "failed", failure: classifyFailure(error.value), streamedText };
  if (usage === null)
    return { kind: "failed", failure: { kind: "ended-early", message: "no finish event" }, streamedText };
  if (noFinishReason) {
    // An answer that arrived, then ended without saying why: take it as it stands.
    // One that brought nothing at all is an answer that never came.
    if (text.length === 0 && toolCalls.length === 0)
      return {
        kind: "failed",
        failure: { kind: "ended-early", message: "the stream ended without a finish reason" },
        streamedText,
      };
    finishReason = toolCalls.length > 0 ? "tool-calls" : "stop";
  }
  let unreadableCalls: UnreadableCall[] = [];
  if (held) {
    const written =
      toolCalls.length === 0
        ? findTextToolCalls(text, new Set(Object.keys(request.tools)), () => `call_text_${randomUUID()}`)
        : null;
    if (written) {
      text = written.text;
      toolCalls.push(...written.calls);
      unreadableCalls = written.unreadable;
      if (written.calls.length > 0 && finishReason === "stop") finishReason = "tool-calls";
    }
    const rest = show("text", held.rest(text));
    if (rest !== null) yield rest;
  }
  const capped = capToolInputs(toolCalls, inputRoom, measuredInputs(inputs));
  return {
    kind: "finished",
    text,
    thinking: thinking.blocks(),
    toolCalls: capped.calls,
    usage,
    finishReason,
    unreadableCalls,
    oversizeInputs: capped.oversize,
    cutOff: null,
  };
}

interface StreamedInput {
  toolName: string;
  length: number;
  text: string;
}

/**
 * Calls whose input streamed whole but whose `tool-call` part had not come yet when the
 * stream was stopped (@ai-sdk/openai-compatible hands calls on when the stream ends):
 * without them, a small Write made before a huge one would vanish unanswered.
 */
function callsNotYetMade(inputs: ReadonlyMap<string, StreamedInput>, made: readonly ToolCall[]): ToolCall[] {
  const calls: ToolCall[] = [];
  for (const [toolCallId, input] of inputs) {
    if (made.some((call) => call.toolCallId === toolCallId) || input.text === "") continue;
    try {
      const parsed: unknown = JSON.parse(input.text);
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
        calls.push({ toolCallId, toolName: input.toolName, input: parsed });
    } catch {
      // Not whole yet: the call was cut by the stop, and is left out.
    }
  }
  return calls;
}

/** The length of each tool input that streamed, by call id. */
function measuredInputs(inputs: ReadonlyMap<string, { length: number }>): Map<string, number> {
  return new Map([...inputs].map(([id, input]) => [id, input.length]));
}

/**
 * Some OpenAI-compatible servers and proxies end a stream without a chunk that says why
 * the model stopped (https://github.com/earendil-works/pi/issues/5793,
 * https://github.com/anomalyco/opencode/issues/43882). @ai-sdk/openai-compatible then
 * reports this error after the content it received, which is whole.
 */
function endsWithoutFinishReason(error: unknown): boolean {
  return (
    InvalidResponseDataError.isInstance(error) && /stream ended without a finish reason/i.test(error.message)
  );
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

/**
 * Reads an iterator's parts, each read giving way to `signal`: `next` resolves to null as
 * soon as it aborts, even while a read is stuck. The abort listener is added once per
 * step rather than once per part, since a step reads a part for every streamed chunk.
 */
class AbortableReader<T> {
  private settlePending: ((result: IteratorResult<T> | null) => void) | null = null;
  private readonly onAbort = () => this.settlePending?.(null);

  constructor(
    private readonly iterator: AsyncIterator<T>,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener("abort", this.onAbort, { once: true });
  }

  next(): Promise<IteratorResult<T> | null> {
    if (this.signal.aborted) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      this.settlePending = resolve;
      // A read abandoned on abort may still fail later; the promise is settled by then,
      // so that failure goes nowhere.
      this.iterator.next().then(resolve, reject);
    });
  }

  close(): void {
    this.signal.removeEventListener("abort", this.onAbort);
    this.settlePending = null;
  }
}
