import { costOf, DEFAULT_ANTHROPIC_MODEL, type ModelPrice, priceOf } from "../../src/engines/model/index.js";
import type { SpecChatSession } from "../../src/session/index.js";
import { addUsage, type TokenUsage, ZERO_USAGE } from "../../src/types/usage.js";
import type { LocalServerOptions, RecordedRequest } from "../../test/support/fake-provider/index.js";
import type { PersonMove, ScriptedTurn } from "./model-script.js";
import { benchSession, ScriptedModelInterview } from "./model-session.js";
import { TimedProvider } from "./timed-provider.js";

/** One turn of a scripted interview on the Anthropic format, with what it cost. */
export interface TurnUsage {
  /** 1 for the greeting. */
  turn: number;
  move: PersonMove["kind"];
  modelCalls: number;
  /** The tokens the session reported for the turn (its `usage` frames), as the fake provider computed them. */
  usage: TokenUsage;
  /** `costOf(usage)` at the model's price. */
  costUsd: number;
  /** The turn's model requests, as the fake provider recorded them, in order. */
  requests: RecordedRequest[];
  /** Frame types other than text, in order: what the person saw happen. */
  events: string[];
  errors: string[];
  /** Whether the spec was complete after the turn. */
  complete: boolean;
  /** How far the fake provider's cache clock was ahead of the real one during the turn. */
  clockOffsetMs: number;
}

export interface PlayedInterview {
  model: string;
  price: ModelPrice;
  turns: TurnUsage[];
  /** The running cost the session itself reported in its last `usage` frame (null if it sent none). */
  sessionCostUsd: number | null;
}

/**
 * Plays `turns` on a fresh session of the model engine (Anthropic format, `model` or
 * Specwright's default) against a fake provider started for this interview alone, so
 * its prompt cache holds nothing from another run. No usage is scripted: the fake
 * computes input, cache reads and writes from each request and output from each reply.
 * `thinkMs` is the time the person takes before each turn after the greeting: the
 * fake's cache clock jumps ahead by that much (the turns themselves still run at once),
 * so entries older than the cache's five minutes expire as they would for a person that
 * slow. `afterTurn` sees each turn as it ends (for progress notes). Throws on an error
 * frame or a request the fake refused: a failed interview costs nothing worth reporting.
 */
export async function playWithUsage(
  projectsDir: string,
  projectName: string,
  turns: readonly ScriptedTurn[],
  options: { model?: string; thinkMs?: number; afterTurn?: (turn: TurnUsage) => void } = {},
): Promise<PlayedInterview> {
  const model = options.model ?? DEFAULT_ANTHROPIC_MODEL;
  const price = priceOf(model);
  if (!price) throw new Error(`no price is known for ${model}`);
  let clockOffsetMs = 0;
  const provider = await TimedProvider.start({ clock: () => Date.now() + clockOffsetMs });
  // The default model is left for the engine to choose, as `specwright` does when none is given.
  const chosen = model === DEFAULT_ANTHROPIC_MODEL ? undefined : model;
  const session = benchSession(projectsDir, projectName, "anthropic", provider, chosen);
  const played = await playTurns(session, provider, turns, {
    price,
    beforeTurn: (index) => {
      if (index > 0) clockOffsetMs += options.thinkMs ?? 0;
      return clockOffsetMs;
    },
    ...(options.afterTurn ? { afterTurn: options.afterTurn } : {}),
  });
  return { model, price, ...played };
}

/** The model id the OpenAI-compatible bench engine asks a local server for (model-session.ts). */
export const LOCAL_BENCH_MODEL = "fake-model";

/**
 * `playWithUsage` on an OpenAI-compatible engine against the fake as a server people
 * run models on at home (`local`: its kind and its context window), serving
 * `LOCAL_BENCH_MODEL`. Local models cost nothing, so every turn's `costUsd` is 0.
 */
export async function playOnLocalServer(
  projectsDir: string,
  projectName: string,
  turns: readonly ScriptedTurn[],
  options: { local: Omit<LocalServerOptions, "models">; afterTurn?: (turn: TurnUsage) => void },
): Promise<{ model: string; turns: TurnUsage[]; sessionCostUsd: number | null }> {
  const provider = await TimedProvider.start({ local: { ...options.local, models: [LOCAL_BENCH_MODEL] } });
  const session = benchSession(projectsDir, projectName, "openai-compatible", provider);
  const played = await playTurns(session, provider, turns, {
    price: null,
    beforeTurn: () => 0,
    ...(options.afterTurn ? { afterTurn: options.afterTurn } : {}),
  });
  return { model: LOCAL_BENCH_MODEL, ...played };
}

/** Plays `turns` on `session`, then closes it and the provider. */
async function playTurns(
  session: SpecChatSession,
  provider: TimedProvider,
  turns: readonly ScriptedTurn[],
  options: {
    price: ModelPrice | null;
    /** Called before turn `index` (0 for the greeting); returns the fake's cache clock offset for it. */
    beforeTurn: (index: number) => number;
    afterTurn?: (turn: TurnUsage) => void;
  },
): Promise<{ turns: TurnUsage[]; sessionCostUsd: number | null }> {
  const interview = new ScriptedModelInterview(session, provider);
  const played: TurnUsage[] = [];
  let sessionCostUsd: number | null = null;
  try {
    for (const [index, turn] of turns.entries()) {
      const clockOffsetMs = options.beforeTurn(index);
      const before = modelRequests(provider).length;
      const timed = await interview.play(turn);
      const requests = modelRequests(provider).slice(before);
      const refused = requests.find((request) => request.rejection);
      if (refused?.rejection)
        throw new Error(
          `turn ${index + 1}: the fake provider refused a request: ${refused.rejection.message}`,
        );
      let usage = ZERO_USAGE;
      for (const frame of timed.frames) {
        if (frame.type !== "usage") continue;
        usage = addUsage(usage, frame.turn);
        sessionCostUsd = frame.cost_usd ?? null;
      }
      const errors = timed.frames.flatMap((frame) => (frame.type === "error" ? [frame.content] : []));
      if (errors.length > 0) throw new Error(`turn ${index + 1} ended in an error: ${errors.join(" / ")}`);
      const result: TurnUsage = {
        turn: index + 1,
        move: turn.move.kind,
        modelCalls: timed.modelCalls,
        usage,
        costUsd: options.price ? costOf(usage, options.price) : 0,
        requests,
        events: timed.frames.filter((frame) => frame.type !== "text").map((frame) => frame.type),
        errors,
        complete: session.isComplete(),
        clockOffsetMs,
      };
      played.push(result);
      options.afterTurn?.(result);
    }
  } finally {
    await session.close();
    await provider.close();
  }
  return { turns: played, sessionCostUsd };
}

function modelRequests(provider: TimedProvider): RecordedRequest[] {
  return provider.server.requests.filter((request) => request.method === "POST");
}

/** Input tokens of every kind: not cached, written to the cache, read from it. */
export function promptTokens(usage: TokenUsage): number {
  return usage.input_tokens + usage.cache_write_tokens + usage.cache_read_tokens;
}

/** The share of a prompt's tokens read from the cache; NaN for no prompt. */
export function cacheShare(usage: TokenUsage): number {
  const prompt = promptTokens(usage);
  return prompt === 0 ? Number.NaN : usage.cache_read_tokens / prompt;
}

export function sumUsage(usages: readonly TokenUsage[]): TokenUsage {
  return usages.reduce(addUsage, ZERO_USAGE);
}
