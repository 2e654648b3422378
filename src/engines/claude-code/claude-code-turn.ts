import type { EngineEvent } from "../../types/engine-events.js";
import type { Transcript } from "../../types/transcript.js";
import type { TurnContext } from "../engine.js";
import { openingPhase, withOpeningPhase } from "../opening-phase.js";
import { describeThrown } from "./failure-message.js";
import { MessageMapper } from "./message-mapper.js";
import { createPermissionHandlers } from "./permission-handlers.js";
import { buildQueryOptions, type ClaudeCodeSettings } from "./query-options.js";
import { replayPrompt } from "./replay-prompt.js";
import type { SdkLoader } from "./sdk-loader.js";
import type { ClaudeAgentSdk, SdkMessage } from "./sdk-types.js";
import { type ResumableSession, resumableSessionOf } from "./session-meta.js";
import { turnPrompt } from "./turn-prompt.js";
import { TurnState } from "./turn-state.js";

export interface TurnSetup {
  loadSdk: SdkLoader;
  settings: ClaudeCodeSettings;
  now: () => Date;
  /** Told which model Claude Code ran on, once it has said. */
  onModel: (model: string) => void;
}

/** How Claude Code words a session id it does not know (its files were deleted, say). */
const UNKNOWN_SESSION = /no conversation found with session id/i;

/**
 * One assistant turn through Claude Code. The session to continue is read from the
 * transcript; when there is one, only the person's new message is sent. When there is
 * none, or Claude Code no longer knows it, a new session gets the conversation replayed.
 */
export async function* runClaudeCodeTurn(
  transcript: Transcript,
  context: TurnContext,
  setup: TurnSetup,
): AsyncGenerator<EngineEvent> {
  let sdk: ClaudeAgentSdk;
  try {
    sdk = await setup.loadSdk();
  } catch (error) {
    yield describeThrown(error);
    return;
  }
  // The greeting opens the interview's first phase; later ones come with the questions.
  const opening = { phase: openingPhase(transcript) };
  const resumed = resumableSessionOf(transcript);
  if (resumed) {
    const outcome = yield* withOpeningPhase(runQuery(sdk, transcript, context, setup, resumed), opening);
    if (outcome !== "unknown-session") return;
  }
  yield* withOpeningPhase(runQuery(sdk, transcript, context, setup, null), opening);
}

async function* runQuery(
  sdk: ClaudeAgentSdk,
  transcript: Transcript,
  context: TurnContext,
  setup: TurnSetup,
  resumed: ResumableSession | null,
): AsyncGenerator<EngineEvent, "done" | "unknown-session"> {
  if (context.signal.aborted) return "done";
  const state = new TurnState();
  const handlers = createPermissionHandlers({ tools: context.tools, state, signal: context.signal });
  const mapper = new MessageMapper({
    state,
    resumed,
    maxTurns: setup.settings.maxTurns,
    model: setup.settings.model,
    now: setup.now,
    projectDir: context.projectDir,
  });
  const abortController = new AbortController();
  const stop = () => abortController.abort();
  context.signal.addEventListener("abort", stop, { once: true });
  let emitted = false;
  let ended = false;
  let thrown: unknown = null;
  try {
    const messages = sdk.query({
      prompt: resumed ? turnPrompt(transcript) : replayPrompt(transcript),
      options: buildQueryOptions({
        context,
        handlers,
        abortController,
        resumeSessionId: resumed?.sessionId ?? null,
        settings: setup.settings,
      }),
    });
    for await (const received of messages) {
      const message = received as SdkMessage;
      if (resumed && !emitted && isUnknownSessionResult(message)) return "unknown-session";
      for (const event of mapper.accept(message)) {
        emitted = true;
        yield event;
      }
    }
    ended = true;
  } catch (error) {
    thrown = error;
  } finally {
    context.signal.removeEventListener("abort", stop);
    // Stops Claude Code when the turn ends early, including when our consumer stops reading.
    if (!ended) abortController.abort();
  }
  if (context.signal.aborted) return "done";
  if (mapper.model) setup.onModel(mapper.model);
  yield* mapper.finish(thrown);
  return "done";
}

function isUnknownSessionResult(message: SdkMessage): boolean {
  if (message.type !== "result" || !message.is_error) return false;
  return UNKNOWN_SESSION.test([...(message.errors ?? []), message.result ?? ""].join("\n"));
}
