import { describeDiskTrouble, diskTrouble, ProjectLockedError } from "../store/index.js";
import { DEFAULT_MAX_MESSAGE_LENGTH } from "../types/message-limits.js";
import { type ClientFrame, errorFrame, type ServerFrame } from "../types/wire.js";
import { parseClientFrame } from "./client-frame.js";
import { type DocumentIntake, isDocumentAttachment } from "./documents/attached-documents.js";
import { DocumentReader } from "./documents/document-reader.js";
import { sendMessageWithDocuments } from "./documents/send-with-documents.js";
import { historyFrame } from "./history-frame.js";
import { DEFAULT_ATTACHMENT_LIMITS } from "./image-check.js";
import type { TurnFrames } from "./session-events.js";
import type { SessionRegistry } from "./session-registry.js";
import { BUSY_MESSAGE, type SpecChatSession } from "./spec-chat-session.js";

export interface FrameHandlerOptions {
  registry: SessionRegistry;
  projectName: string;
  /** Delivers a frame to the client; a closed connection makes it a no-op, the turn runs on. */
  send: (frame: ServerFrame) => void;
  /** Longest message text accepted, in characters. */
  maxMessageLength?: number;
  /** The engine new interviews get, named in the `history` of a project with none. */
  engine?: { name: string; model: string | null };
  /**
   * Why one more live session cannot be had (the server's limit), or null: asked right
   * before a `start` makes one or a frame brings a kept interview back.
   */
  admit?: () => string | null;
  /** Who reads the documents a message carries; the default limits when not given. */
  documents?: DocumentIntake;
}

/**
 * One client's conversation with a project's interview, following docs/protocol.md's
 * rules in order. Shared by the WebSocket server and `chat --jsonl`, so both behave the
 * same. The client watches the project once it takes part: every turn's frames reach it
 * through the registry, whichever window began the turn; refusals reach only itself.
 * Turns run in the background so that `cancel` and `ping` are served while they stream.
 */
export class FrameHandler {
  private readonly options: Required<Omit<FrameHandlerOptions, "admit">> & Pick<FrameHandlerOptions, "admit">;
  private running: Promise<void> = Promise.resolve();
  private unwatch: (() => void) | null = null;
  /** The documents of this client's message being read, before its turn can begin. */
  private reading: { cancelled: boolean } | null = null;

  constructor(options: FrameHandlerOptions) {
    this.options = {
      maxMessageLength: DEFAULT_MAX_MESSAGE_LENGTH,
      engine: { name: "guided", model: null },
      documents: { reader: new DocumentReader(), maxAttachments: DEFAULT_ATTACHMENT_LIMITS.maxCount },
      ...options,
    };
  }

  /** Resolves when every turn this handler started has ended. */
  idle(): Promise<void> {
    return this.running;
  }

  /** Stops watching the project (the client has gone); turns it began run on. */
  dispose(): void {
    this.unwatch?.();
    this.unwatch = null;
  }

  /** Handles one raw frame. Returns once the frame is dispatched, not when its turn ends. */
  async handle(raw: string | Uint8Array, isBinary = false): Promise<void> {
    const parsed = parseClientFrame(raw, isBinary);
    if (!parsed.ok) return this.options.send(errorFrame("invalid_frame", parsed.error));
    return this.handleFrame(parsed.frame);
  }

  /** Handles a frame the caller has already read with the wire contract. */
  async handleFrame(frame: ClientFrame): Promise<void> {
    const { registry, projectName, send } = this.options;
    switch (frame.type) {
      case "ping":
        return send({ type: "pong" });
      case "cancel":
        if (this.reading) this.reading.cancelled = true;
        registry.get(projectName)?.cancel();
        return;
      case "resume":
        return this.resume();
      case "start": {
        if (!(await this.writable())) return;
        // Checked after the last await, so the check and the session's creation are one step.
        if (!registry.get(projectName) && this.refusedForCapacity()) return;
        this.watch();
        const session = await registry.create(projectName, this);
        return this.stream(session.start());
      }
      case "message": {
        if (this.reading) return send(errorFrame("busy", BUSY_MESSAGE));
        const session = await this.session("No active session. Send 'start' first.");
        if (!session) return;
        const attachments = frame.attachments ?? [];
        if (frame.content.trim().length === 0 && attachments.length === 0) {
          return send(errorFrame("empty_message", "Empty message"));
        }
        if (frame.content.length > this.options.maxMessageLength) {
          return send(
            errorFrame(
              "message_too_long",
              `Message too long: at most ${this.options.maxMessageLength} characters (got ${frame.content.length})`,
            ),
          );
        }
        if (!attachments.some(isDocumentAttachment))
          return this.stream(session.sendMessage(frame.content, attachments));
        return this.readThenSend(session, frame.content, attachments);
      }
      case "answer": {
        if (this.reading) return send(errorFrame("busy", BUSY_MESSAGE));
        const session = await this.session("No active session");
        if (session) this.stream(session.answer(frame.tool_id, frame.answers));
        return;
      }
      case "retry": {
        if (this.reading) return send(errorFrame("busy", BUSY_MESSAGE));
        const session = await this.session("No active session. Send 'start' first.");
        if (session) this.stream(session.retry());
        return;
      }
    }
  }

  /**
   * `resume`: the interview so far, then the question it waits on, then every frame from
   * here on. A kept interview is brought back when it can be; one another process writes,
   * one a disk will not let be opened, or one over the session limit, is shown as it is on
   * disk, and can be read.
   */
  private async resume(): Promise<void> {
    const { registry, projectName, send } = this.options;
    let session = registry.get(projectName);
    // Why the kept interview could not be brought back (another process has it, a disk refused): said after it is shown.
    let refusal: ServerFrame | null = null;
    if (!session && !this.options.admit?.()) {
      try {
        session = await registry.getOrRestore(projectName);
      } catch (error) {
        refusal = this.failureFrame(error);
      }
    }
    if (session) {
      const history = session.history();
      send(history);
      this.watch();
      const question = history.pending_question;
      if (question && !history.busy) send({ type: "question", ...question });
      return;
    }
    const kept = await registry.readKept(projectName).catch(() => null);
    const engine = kept ? { name: kept.engine, model: kept.model } : this.options.engine;
    send(historyFrame(kept, { engine: engine.name, model: engine.model }));
    this.watch();
    if (refusal) send(refusal);
  }

  /** The live session, or the kept one brought back; null (and the client told why) when there is none. */
  private async session(missing: string): Promise<SpecChatSession | null> {
    const { registry, projectName, send } = this.options;
    let session = registry.get(projectName);
    if (!session) {
      if (this.refusedForCapacity()) return null;
      try {
        session = await registry.getOrRestore(projectName);
      } catch (error) {
        send(this.failureFrame(error));
        return null;
      }
    }
    if (!session) {
      send(errorFrame("session_not_started", missing));
      return null;
    }
    this.watch();
    return session;
  }

  /** False (and the client told who) when another process writes the project. */
  private async writable(): Promise<boolean> {
    try {
      await this.options.registry.assertWritable(this.options.projectName);
      return true;
    } catch (error) {
      this.options.send(this.failureFrame(error));
      return false;
    }
  }

  private refusedForCapacity(): boolean {
    const refusal = this.options.admit?.() ?? null;
    if (refusal) this.options.send(errorFrame("too_many_sessions", refusal));
    return refusal !== null;
  }

  private failureFrame(error: unknown): ServerFrame {
    if (error instanceof ProjectLockedError) return errorFrame("project_locked", error.message);
    const trouble = diskTrouble(error, this.options.projectName);
    if (trouble)
      return errorFrame(trouble.code, describeDiskTrouble(trouble, "the interview could not be opened"));
    return errorFrame("internal_error", `Internal error: ${String(error)}`);
  }

  private watch(): void {
    if (this.unwatch) return;
    const { registry, projectName, send } = this.options;
    this.unwatch = registry.watch(projectName, {
      frame: send,
      // Another window started over: this one is shown the new interview.
      replaced: (session, origin) => {
        if (origin !== this) send(session.history());
      },
    });
  }

  /**
   * A message with documents: they are read first, in the background, so that this
   * client's `ping` and `cancel` are served meanwhile; its next message waits (`busy`)
   * until they are read. A `cancel` meanwhile stops the turn as soon as it begins, before
   * the message is recorded.
   */
  private readThenSend(session: SpecChatSession, text: string, attachments: readonly unknown[]): void {
    const reading = { cancelled: false };
    this.reading = reading;
    const frames = sendMessageWithDocuments(session, text, attachments, this.options.documents)
      .then((turn) => {
        if (reading.cancelled && turn.began) session.cancel();
        return turn;
      })
      .finally(() => {
        if (this.reading === reading) this.reading = null;
      });
    this.stream(frames);
  }

  private stream(turn: TurnFrames | Promise<TurnFrames>): void {
    const previous = this.running;
    const current = (async () => {
      try {
        const frames = await turn;
        // A turn that began reaches this client through the registry, like every other window.
        const told = frames.began && this.unwatch !== null;
        for await (const frame of frames) if (!told) this.options.send(frame);
      } catch (error) {
        // A session's turn reports its own errors; this only guards against a bug escaping it.
        this.options.send(errorFrame("internal_error", `Internal error: ${String(error)}`));
        this.options.send({ type: "response_done" });
      }
    })();
    this.running = Promise.all([previous, current]).then(() => {});
  }
}
