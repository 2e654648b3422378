import { type ClientFrame, errorFrame, type ServerFrame } from "../types/wire.js";
import { parseClientFrame } from "./client-frame.js";
import type { SessionRegistry } from "./session-registry.js";

export interface FrameHandlerOptions {
  registry: SessionRegistry;
  projectName: string;
  /** Delivers a frame to the client; a closed connection makes it a no-op, the turn runs on. */
  send: (frame: ServerFrame) => void;
  /** Longest message text accepted, in characters. */
  maxMessageLength?: number;
}

export const DEFAULT_MAX_MESSAGE_LENGTH = 100_000;

/**
 * One client's conversation with a project's session, following docs/protocol.md's rules in
 * order. Shared by the WebSocket server and `chat --jsonl`, so both behave the same.
 * Turns run in the background so that `cancel` and `ping` are served while they stream.
 */
export class FrameHandler {
  private readonly options: Required<FrameHandlerOptions>;
  private running: Promise<void> = Promise.resolve();

  constructor(options: FrameHandlerOptions) {
    this.options = {
      maxMessageLength: DEFAULT_MAX_MESSAGE_LENGTH,
      ...options,
    };
  }

  /** Resolves when every turn this handler started has ended. */
  idle(): Promise<void> {
    return this.running;
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
        registry.get(projectName)?.cancel();
        return;
      case "start": {
        const session = await registry.create(projectName);
        return this.stream(session.start());
      }
      case "message": {
        const session = await registry.getOrRestore(projectName);
        if (!session)
          return send(errorFrame("session_not_started", "No active session. Send 'start' first."));
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
        return this.stream(session.sendMessage(frame.content, attachments));
      }
      case "answer": {
        const session = await registry.getOrRestore(projectName);
        if (!session) return send(errorFrame("session_not_started", "No active session"));
        return this.stream(session.answer(frame.tool_id, frame.answers));
      }
    }
  }

  private stream(frames: AsyncIterable<ServerFrame>): void {
    const previous = this.running;
    const current = (async () => {
      try {
        for await (const frame of frames) this.options.send(frame);
      } catch (error) {
        // A session's turn reports its own errors; this only guards against a bug escaping it.
        this.options.send(errorFrame("internal_error", `Internal error: ${String(error)}`));
        this.options.send({ type: "response_done" });
      }
    })();
    this.running = Promise.all([previous, current]).then(() => {});
  }
}
