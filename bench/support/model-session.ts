import { createModelEngine, type ModelEngine } from "../../src/engines/model/index.js";
import { SpecChatSession } from "../../src/session/index.js";
import { SessionStore } from "../../src/store/index.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import type { ScriptedTurn } from "./model-script.js";
import { answersFrom, QUICK_PERSON } from "./person.js";
import type { TimedProvider } from "./timed-provider.js";

export const FORMATS = ["anthropic", "openai-compatible"] as const;
export type Format = (typeof FORMATS)[number];

/** One turn, timed from the person's move to the last frame. */
export interface TimedTurn {
  wallMs: number;
  modelCalls: number;
  /** Summed provider windows of the turn's model calls (see TimedProvider). */
  providerMs: number;
  /** The largest request body the turn sent, in bytes. */
  requestBytes: number;
  /** Transcript entries after the turn. */
  transcriptEntries: number;
  frames: ServerFrame[];
}

/**
 * The engine as `specwright` builds it for each format, pointed at the fake provider; no
 * retries, so a fault shows. Anthropic gets `model`, or Specwright's default model.
 */
export function benchEngine(format: Format, provider: TimedProvider, model?: string): ModelEngine {
  return format === "anthropic"
    ? createModelEngine({
        provider: format,
        apiKey: "bench-key",
        baseUrl: provider.url,
        maxRetries: 0,
        ...(model ? { model } : {}),
      })
    : createModelEngine({
        provider: format,
        baseUrl: `${provider.url}/v1`,
        model: "fake-model",
        maxRetries: 0,
      });
}

/** A session on a model engine, kept in `projectsDir` with a session store, as the server runs one. */
export function benchSession(
  projectsDir: string,
  projectName: string,
  format: Format,
  provider: TimedProvider,
  model?: string,
): SpecChatSession {
  return new SpecChatSession({
    projectName,
    projects: new ProjectRegistry(projectsDir),
    engine: benchEngine(format, provider, model),
    store: new SessionStore(projectsDir),
  });
}

async function framesOf(turn: AsyncIterable<ServerFrame>): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  for await (const frame of turn) frames.push(frame);
  return frames;
}

/**
 * Plays scripted turns on a session: queues each turn's replies, makes the person's
 * move (answering the previous turn's question with the recommended option), and times it.
 */
export class ScriptedModelInterview {
  private lastFrames: ServerFrame[] = [];

  constructor(
    private readonly session: SpecChatSession,
    private readonly provider: TimedProvider,
  ) {}

  async play(turn: ScriptedTurn): Promise<TimedTurn> {
    this.provider.push(...turn.replies);
    const firstCall = this.provider.calls.length;
    const started = performance.now();
    const frames = await framesOf(this.moveFor(turn));
    const wallMs = performance.now() - started;
    await this.provider.settled();
    if (this.provider.pending > 0)
      throw new Error(
        `a turn left ${this.provider.pending} scripted replies unused; its frames: ${JSON.stringify(frames.filter((frame) => frame.type !== "text"))}`,
      );
    const calls = this.provider.calls.slice(firstCall);
    this.lastFrames = frames;
    return {
      wallMs,
      modelCalls: calls.length,
      providerMs: calls.reduce((total, call) => total + (call.endedAt - call.startedAt), 0),
      requestBytes: Math.max(0, ...calls.map((call) => call.requestBytes)),
      transcriptEntries: this.session.getMessages().length,
      frames,
    };
  }

  private moveFor(turn: ScriptedTurn): AsyncIterable<ServerFrame> {
    const move = turn.move;
    if (move.kind === "start") return this.session.start();
    if (move.kind === "message") return this.session.sendMessage(move.text);
    const question = this.lastFrames.find((frame) => frame.type === "question");
    if (!question) throw new Error("the script answers a question the previous turn did not ask");
    return this.session.answer(question.tool_id, answersFrom(QUICK_PERSON, question.questions));
  }
}
