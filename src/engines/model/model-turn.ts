import { randomUUID } from "node:crypto";
import type { LanguageModel, ModelMessage, SystemModelMessage, ToolSet } from "ai";
import { type EngineEvent, engineError } from "../../types/engine-events.js";
import type {
  AssistantEntry,
  ToolCall,
  ToolEntry,
  ToolResult,
  Transcript,
  TranscriptEntry,
} from "../../types/transcript.js";
import { addUsage, type TokenUsage, ZERO_USAGE } from "../../types/usage.js";
import type { TurnContext } from "../engine.js";
import { cachedSystemPrompt, withCacheBreakpoint } from "./cache-markers.js";
import {
  answerRoom,
  type ContextWindow,
  messageTokens,
  toolTokens,
  tooSmallError,
} from "./context-budget.js";
import { describeFailure, type FailureContext, IMAGES_REFUSED_MESSAGE } from "./failure-message.js";
import { fitHistory } from "./history-fit.js";
import { withStubbedHistory } from "./history-stubs.js";
import { fitImages } from "./image-fit.js";
import { openingPhase, questionPhaseEvent, withOpeningPhase } from "./phase-announcements.js";
import { costOf, type ModelPrice } from "./prices.js";
import { refusesImages } from "./provider-failure.js";
import { cutNote, replyTooLongError } from "./reply-cap.js";
import type { RetryPolicy } from "./retry-delay.js";
import { streamStepWithRetries } from "./retrying-step.js";
import {
  judgeStep,
  RepeatedFailures,
  recordedCalls,
  rewriteRequest,
  unreadableCallsError,
} from "./step-finish.js";
import type { ReasoningUse, StepRequest } from "./step-stream.js";
import { runStepTools } from "./step-tools.js";
import { messagesHaveImages, transcriptToMessages } from "./transcript-messages.js";

/** Everything a turn needs that does not change from one turn to the next. */
export interface TurnSetup {
  model: LanguageModel;
  /** The model's id, kept with its thinking so that goes back to this model only. */
  modelId: string;
  /** `max_tokens` for every step; null leaves it to the server. */
  maxOutputTokens: number | null;
  /** The provider's limit on one image's base64 text; larger ones are made smaller. */
  imageBase64Limit: number | null;
  /** Provider options for every step, such as how a Claude model thinks. */
  providerOptions?: StepRequest["providerOptions"];
  /** Whether the model's reasoning is notes for the person or hidden thinking (step-stream.ts). */
  reasoning: ReasoningUse;
  /** Whether to read tool calls the model writes as text (text-tool-calls.ts). */
  textToolCalls: boolean;
  /** The window every request must fit, checked before it is sent; null when unknown. */
  contextWindow: ContextWindow | null;
  /** Asks the server for the window again, for one known only `untilLoaded`: after each request, until it is known. */
  refreshContextWindow?: () => Promise<ContextWindow | null>;
  tools: ToolSet;
  /** Marks cache breakpoints for Anthropic's prompt caching. */
  cachePrompts: boolean;
  maxSteps: number;
  /** The most characters of answer and notes in one turn (reply-cap.ts); null: no limit. */
  maxReplyLength: number | null;
  /** The most characters one tool call's input may hold (tool-input-cap.ts); null: no limit. */
  maxToolInputLength: number | null;
  retry: RetryPolicy;
  stallTimeoutMs: number;
  price: ModelPrice | null;
  /** Facts for error messages (everything but the retry count). */
  failureContext: Omit<FailureContext, "retries">;
  imagesAccepted: () => boolean;
  /** For a model the provider does not know: a sentence naming the ones it has, or null. */
  availableModels?: () => Promise<string | null>;
  /** Called when the model refused images, so later turns leave them out. */
  onImagesRefused: () => void;
  now: () => Date;
}

/**
 * One assistant turn: model calls in a loop, each followed by its tools, until the model
 * answers without calling a tool, asks the person a question, fails, or reaches the
 * step limit. Every step is recorded as it ends, so the transcript is valid for the
 * provider whenever the turn stops.
 */
export async function* runModelTurn(
  transcript: Transcript,
  context: TurnContext,
  setup: TurnSetup,
): AsyncGenerator<EngineEvent> {
  const entries: TranscriptEntry[] = [...transcript];
  const opening = { phase: openingPhase(transcript) };
  const system: SystemModelMessage = setup.cachePrompts
    ? cachedSystemPrompt(context.systemPrompt)
    : { role: "system", content: context.systemPrompt };
  let usage: TokenUsage = ZERO_USAGE;
  let reachedProvider = false;
  const usageReport = function* (): Generator<EngineEvent> {
    if (!reachedProvider) return;
    yield setup.price
      ? { type: "usage", usage, costUsd: costOf(usage, setup.price) }
      : { type: "usage", usage };
  };

  const repeated = new RepeatedFailures(SAME_FAILURE_LIMIT);
  let askedToRewrite = false;
  const imageReplacements =
    setup.imageBase64Limit === null ? undefined : await fitImages(entries, setup.imageBase64Limit);
  let window = setup.contextWindow;
  const fixedTokens = window === null ? 0 : await toolTokens(setup.tools);
  /** The model's words for the person so far this turn, against `maxReplyLength`. */
  let written = 0;
  for (let step = 0; step < setup.maxSteps; step++) {
    // Between steps too: a stopped turn asks the model nothing more.
    if (context.signal.aborted) return;
    if (step > 0 && window?.untilLoaded && setup.refreshContextWindow) {
      // The request before loaded the model: the context it was loaded with is known now.
      window = (await setup.refreshContextWindow()) ?? window;
      if (context.signal.aborted) return;
    }
    const toMessages = (history: TranscriptEntry[]) =>
      transcriptToMessages(history, {
        imagesAccepted: setup.imagesAccepted(),
        modelId: setup.modelId,
        ...(imageReplacements ? { imageReplacements } : {}),
      });
    let messages: ModelMessage[];
    if (window === null) messages = toMessages(withStubbedHistory(entries));
    else {
      const fitted = fitHistory(entries, {
        room: window.tokens - answerRoom(window.tokens, setup.maxOutputTokens),
        tokens: (list) => fixedTokens + messageTokens(context.systemPrompt, list),
        toMessages,
      });
      if (!fitted.ok) {
        yield* usageReport();
        yield tooSmallError(fitted.needed + answerRoom(window.tokens, setup.maxOutputTokens), window);
        return;
      }
      messages = fitted.messages;
    }
    const outcome = yield* withOpeningPhase(
      streamStepWithRetries(
        {
          model: setup.model,
          system,
          messages: setup.cachePrompts ? withCacheBreakpoint(messages) : messages,
          tools: setup.tools,
          signal: context.signal,
          stallTimeoutMs: setup.stallTimeoutMs,
          maxOutputTokens: setup.maxOutputTokens,
          reasoning: setup.reasoning,
          textToolCalls: setup.textToolCalls,
          ...(setup.maxReplyLength !== null
            ? {
                maxTextLength: Math.max(0, setup.maxReplyLength - written),
                maxHiddenThinkingLength: setup.maxReplyLength,
              }
            : {}),
          ...(setup.maxToolInputLength !== null ? { maxToolInputLength: setup.maxToolInputLength } : {}),
          ...(setup.providerOptions ? { providerOptions: setup.providerOptions } : {}),
        },
        setup.retry,
      ),
      opening,
    );
    if (outcome.kind === "cancelled") return;
    if (outcome.kind === "failed") {
      yield* usageReport();
      if (refusesImages(outcome.failure) && messagesHaveImages(messages)) {
        setup.onImagesRefused();
        yield engineError("images_refused", IMAGES_REFUSED_MESSAGE);
      } else {
        const error = describeFailure(outcome.failure, { ...setup.failureContext, retries: outcome.retries });
        const known = error.code === "model_not_found" ? await setup.availableModels?.() : null;
        yield known ? { ...error, message: `${error.message} ${known}` } : error;
      }
      return;
    }
    reachedProvider = true;
    usage = addUsage(usage, outcome.usage);
    written += outcome.text.length + outcome.thinking.reduce((sum, block) => sum + block.text.length, 0);
    const unreadable = outcome.toolCalls.length === 0 ? outcome.unreadableCalls : [];
    const rewrite = unreadable.length > 0 && !askedToRewrite ? rewriteRequest(unreadable, newCallId) : null;
    // A reply stopped for its length is kept cut, with a line that says so, as the person saw it.
    const note = outcome.cutOff?.kind === "text" ? cutNote(outcome.cutOff.limit) : "";
    const assistant: AssistantEntry = {
      role: "assistant",
      text: outcome.text + note,
      toolCalls: rewrite ? rewrite.calls : recordedCalls(outcome),
      timestamp: setup.now().toISOString(),
    };
    if (outcome.thinking.length > 0) {
      assistant.thinking = outcome.thinking;
      assistant.model = setup.modelId;
    }
    // The note is shown before the step is recorded, so the session counts it as part of the step.
    if (note) yield { type: "text-delta", text: note };
    entries.push(assistant);
    yield { type: "record", entry: assistant };
    if (outcome.cutOff) {
      yield* usageReport();
      yield replyTooLongError(outcome.cutOff);
      return;
    }
    if (rewrite) {
      // Once per turn, the model is asked to make the call it wrote as text properly.
      askedToRewrite = true;
      const tools: ToolEntry = {
        role: "tool",
        results: rewrite.results,
        timestamp: setup.now().toISOString(),
      };
      entries.push(tools);
      yield { type: "record", entry: tools };
      continue;
    }
    if (unreadable.length > 0) {
      yield* usageReport();
      yield unreadableCallsError(unreadable);
      return;
    }
    const verdict = judgeStep(outcome, setup.maxOutputTokens);
    if (verdict.kind === "end") {
      yield* usageReport();
      if (verdict.error) yield verdict.error;
      return;
    }
    if (verdict.note) yield { type: "text-delta", text: verdict.note };

    const ran = yield* runStepTools(verdict.calls, context.tools, context.signal);
    const results = inCallOrder(assistant.toolCalls, [...ran.results, ...verdict.cutResults]);
    if (results.length > 0) {
      const tools: ToolEntry = { role: "tool", results, timestamp: setup.now().toISOString() };
      entries.push(tools);
      yield { type: "record", entry: tools };
    }
    if (context.signal.aborted) return;
    const stuck = repeated.observe(assistant.toolCalls, results);
    if (stuck) {
      yield* usageReport();
      yield engineError(
        "repeated_tool_failure",
        `The interviewer tried the same ${stuck.toolName} call ${SAME_FAILURE_LIMIT} times in a row and it failed each time, so the turn was stopped: ${firstLine(stuck.output)} Send a message to let it try another way.`,
      );
      return;
    }
    if (ran.question) {
      yield* usageReport();
      const phase = questionPhaseEvent(assistant.toolCalls, ran.question.toolCallId);
      if (phase) yield phase;
      yield { type: "question", toolCallId: ran.question.toolCallId, questions: ran.question.questions };
      return;
    }
  }
  yield* usageReport();
  yield engineError(
    "step_limit_reached",
    `The interviewer made ${setup.maxSteps} model calls in this turn without finishing, so it was stopped. Send a message to let it go on.`,
  );
}

function newCallId(): string {
  return `call_text_${randomUUID()}`;
}

/** The same failing call this many times in a row ends the turn. */
const SAME_FAILURE_LIMIT = 3;

/** Results in the order of the calls they answer, as providers pair them. */
function inCallOrder(calls: readonly ToolCall[], results: readonly ToolResult[]): ToolResult[] {
  const position = new Map(calls.map((call, index) => [call.toolCallId, index]));
  return [...results].sort((a, b) => (position.get(a.toolCallId) ?? 0) - (position.get(b.toolCallId) ?? 0));
}

function firstLine(text: string): string {
  const line = text.trim().split("\n", 1)[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
