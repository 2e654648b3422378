import { performance } from "node:perf_hooks";
import { SpecChatSession, type SpecChatSessionOptions } from "../session/index.js";
import type { Answers } from "../types/questions.js";
import type { ServerFrame } from "../types/wire.js";

export type TurnKind = "start" | "message" | "answer";

/** What the server wants to know about a session's life, for logs and idle tracking. */
export interface SessionObserver {
  turnStarted(session: SpecChatSession, kind: TurnKind): void;
  /** Every frame of a running turn: the session is in use. */
  turnActive(session: SpecChatSession): void;
  turnEnded(session: SpecChatSession, kind: TurnKind, durationMs: number): void;
  closed(session: SpecChatSession): void;
}

/**
 * A session that reports its turns. A call that the session refuses (busy, not started,
 * a bad attachment) claims no turn, so only calls that leave the session busy count.
 */
export class ObservedSession extends SpecChatSession {
  constructor(
    options: SpecChatSessionOptions,
    private readonly observer: SessionObserver,
  ) {
    super(options);
  }

  override start(): AsyncIterable<ServerFrame> {
    return this.observe("start", () => super.start());
  }

  override sendMessage(text: string, attachments: readonly unknown[] = []): AsyncIterable<ServerFrame> {
    return this.observe("message", () => super.sendMessage(text, attachments));
  }

  override answer(toolCallId: string, answers: Answers): AsyncIterable<ServerFrame> {
    return this.observe("answer", () => super.answer(toolCallId, answers));
  }

  override async close(): Promise<void> {
    const wasClosed = this.isClosed();
    await super.close();
    if (!wasClosed) this.observer.closed(this);
  }

  private observe(kind: TurnKind, begin: () => AsyncIterable<ServerFrame>): AsyncIterable<ServerFrame> {
    const wasBusy = this.isBusy();
    const frames = begin();
    if (wasBusy || !this.isBusy()) return frames;
    this.observer.turnStarted(this, kind);
    return this.reportEnd(kind, frames, performance.now());
  }

  private async *reportEnd(
    kind: TurnKind,
    frames: AsyncIterable<ServerFrame>,
    startedAt: number,
  ): AsyncGenerator<ServerFrame> {
    try {
      for await (const frame of frames) {
        this.observer.turnActive(this);
        yield frame;
      }
    } finally {
      this.observer.turnEnded(this, kind, Math.round(performance.now() - startedAt));
    }
  }
}
