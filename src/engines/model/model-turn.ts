import type { LanguageModel, SystemModelMessage, ToolSet } from "ai";
import { type EngineEvent, engineError } from "../../types/engine-events.js";
import type { AssistantEntry, ToolEntry, Transcript, TranscriptEntry } from "../../types/transcript.js";
import { addUsage, type TokenUsage, ZERO_USAGE } from "../../types/usage.js";
import type { TurnContext } from "../engine.js";
import { cachedSystemPrompt, withCacheBreakpoint } from "./cache-markers.js";
import { describeFailure, type FailureContext, IMAGES_REFUSED_MESSAGE } from "./failure-message.js";
import { withPhaseAnnouncements } from "./phase-announcements.js";
import { costOf, type ModelPrice } from "./prices.js";
import { refusesImages } from "./provider-failure.js";
import type { RetryPolicy } from "./retry-delay.js";
import { streamStepWithRetries } from "./retrying-step.js";
import { runStepTools } from "./step-tools.js";
import { messagesHaveImages, transcriptToMessages } from "./transcript-messages.js";

/** Everything a turn needs that does not change from one turn to the next. */
export interface TurnSetup {
  model: LanguageModel;
  tools: ToolSet;
  /** Marks cache breakpoints for Anthropic's prompt caching. */
  cachePrompts: boolean;
  maxSteps: number;
  retry: RetryPolicy;
  stallTimeoutMs: number;
  price: ModelPrice | null;
  /** Facts for error messages (everything but the retry count). */
  failureContext: Omit<FailureContext, "retries">;
  imagesAccepted: () => boolean;
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

  for (let step = 0; step < setup.maxSteps; step++) {
    const messages = transcriptToMessages(entries, { imagesAccepted: setup.imagesAccepted() });
    const outcome = yield* withPhaseAnnouncements(
      streamStepWithRetries(
        {
          model: setup.model,
          system,
          messages: setup.cachePrompts ? withCacheBreakpoint(messages) : messages,
          tools: setup.tools,
          signal: context.signal,
          stallTimeoutMs: setup.stallTimeoutMs,
        },
        setup.retry,
      ),
    );
    if (outcome.kind === "cancelled") return;
    if (outcome.kind === "failed") {
      yield* usageReport();
      if (refusesImages(outcome.failure) && messagesHaveImages(messages)) {
        setup.onImagesRefused();
        yield engineError("images_refused", IMAGES_REFUSED_MESSAGE);
      } else {
        yield describeFailure(outcome.failure, { ...setup.failureContext, retries: outcome.retries });
      }
      return;
    }
    reachedProvider = true;
    usage = addUsage(usage, outcome.usage);
    const assistant: AssistantEntry = {
      role: "assistant",
      text: outcome.text,
      toolCalls: outcome.toolCalls,
      timestamp: setup.now().toISOString(),
    };
    entries.push(assistant);
    yield { type: "record", entry: assistant };
    if (outcome.toolCalls.length === 0) {
      yield* usageReport();
      return;
    }

    const ran = await runStepTools(outcome.toolCalls, context.tools);
    if (ran.results.length > 0) {
      const tools: ToolEntry = { role: "tool", results: ran.results, timestamp: setup.now().toISOString() };
      entries.push(tools);
      yield { type: "record", entry: tools };
    }
    if (context.signal.aborted) return;
    if (ran.question) {
      yield* usageReport();
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
