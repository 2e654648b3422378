import { performance } from "node:perf_hooks";
import type { FastifyBaseLogger } from "fastify";
import type { RawData, WebSocket } from "ws";
import { DocumentReader, FrameHandler, parseClientFrame } from "../session/index.js";
import { errorFrame, type ServerFrame } from "../types/wire.js";
import { answerTooLong } from "./limits/answer-size.js";
import { RateLimiter, TOO_MANY_MESSAGES } from "./limits/rate-limiter.js";
import { CLIENT_TOO_SLOW, isTooFarBehind, tooSlowReason } from "./limits/slow-client.js";
import { OutgoingFrames } from "./outgoing-frames.js";
import type { ServerContext } from "./server-context.js";

export const SHUTTING_DOWN = "The server is shutting down";
export const GOING_AWAY = 1001;

/** The `ws` library's name for an open socket's state (the same number as the browser's). */
const OPEN = 1;

function bytesOf(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

/**
 * One client's WebSocket to a project. The protocol itself is FrameHandler's; this
 * adds what only a network server needs: a rate limit, the session cap, the length of
 * an answer, logging, and a send that quietly does nothing once the socket is gone, so
 * a turn whose client left runs to its end and leaves the transcript and files whole
 * for the next connection. A client that stops reading is let go (slow-client.ts)
 * rather than have frames pile up for it without end.
 */
export class SpecConnection {
  private readonly handler: FrameHandler;
  private readonly limiter: RateLimiter;
  private readonly log: FastifyBaseLogger;
  private readonly openedAt = performance.now();
  /** Frames are dispatched in the order they came: a frame after `start` meets the session it made, not the one it replaced. */
  private dispatching: Promise<void> = Promise.resolve();
  private throttled = false;
  /** Frames on their way to the client, text joined while its socket is busy. */
  private readonly outgoing: OutgoingFrames;
  private droppedForBackpressure = false;
  readonly closed: Promise<void>;

  constructor(
    private readonly socket: WebSocket,
    private readonly projectName: string,
    private readonly context: ServerContext,
    id: number,
    /** Where the client connects from, for the per-address connection cap. */
    readonly remoteAddress: string = "",
  ) {
    const { limits } = context.settings;
    this.outgoing = new OutgoingFrames(socket);
    this.log = context.log.child({ project: projectName, connection: id });
    this.limiter = new RateLimiter(limits.messagesPerSecond, limits.messageBurst);
    this.handler = new FrameHandler({
      registry: context.registry,
      projectName,
      send: (frame) => this.send(frame),
      maxMessageLength: limits.maxMessageLength,
      engine: { name: context.engine.name, model: context.engine.model },
      admit: () => this.capacityRefusal(),
      documents: {
        reader: new DocumentReader(context.settings.documentLimits),
        maxAttachments: limits.maxAttachments,
      },
    });
    this.closed = new Promise((resolve) => {
      socket.once("close", (code: number) => {
        context.connections.delete(this);
        this.handler.dispose();
        const durationMs = Math.round(performance.now() - this.openedAt);
        this.log.info({ event: "connection_closed", code, durationMs }, "connection closed");
        resolve();
      });
    });
    socket.on("message", (data: RawData, isBinary: boolean) => this.receive(data, isBinary));
    context.connections.add(this);
    this.log.info({ event: "connection_opened" }, "connection opened");
  }

  send(frame: ServerFrame): void {
    if (this.socket.readyState !== OPEN) return;
    const limit = this.context.settings.limits.maxSendBufferBytes;
    if (isTooFarBehind(this.outgoing.queuedBytes, limit)) {
      this.dropTooSlow(limit);
      return;
    }
    this.outgoing.send(frame);
  }

  /** Resolves once every frame received so far is dispatched and every turn it began has ended. */
  async idle(): Promise<void> {
    await this.dispatching;
    await this.handler.idle();
  }

  close(code: number, reason: string): void {
    this.outgoing.flush();
    this.socket.close(code, reason);
  }

  terminate(): void {
    this.socket.terminate();
  }

  /**
   * Lets go of a client that stopped reading: the close frame waits behind what is
   * queued (a client that reads again gets it, with the reason), nothing more is
   * queued, and `ws` destroys the socket if the close is not answered in 30 s.
   */
  private dropTooSlow(limit: number): void {
    if (this.droppedForBackpressure) return;
    this.droppedForBackpressure = true;
    this.log.warn(
      { event: "connection_dropped", reason: "client-too-slow", bufferedAmount: this.outgoing.queuedBytes },
      "connection dropped: the client stopped reading",
    );
    this.outgoing.discard();
    this.handler.dispose();
    this.socket.close(CLIENT_TOO_SLOW, tooSlowReason(limit));
  }

  private receive(data: RawData, isBinary: boolean): void {
    // A client let go for not reading gets nothing more done for it while its socket closes.
    if (this.droppedForBackpressure) return;
    if (!this.limiter.take()) {
      // One log line per flood, not one per dropped frame.
      if (!this.throttled) this.log.warn({ event: "frame_refused", reason: "rate-limit" }, "frame refused");
      this.throttled = true;
      this.send(errorFrame("rate_limited", TOO_MANY_MESSAGES));
      return;
    }
    this.throttled = false;
    const raw = isBinary ? new Uint8Array(bytesOf(data)) : bytesOf(data).toString("utf8");
    this.dispatching = this.dispatching.then(() => this.dispatch(raw, isBinary));
  }

  private async dispatch(raw: string | Uint8Array, isBinary: boolean): Promise<void> {
    if (this.context.shuttingDown) return this.send(errorFrame("shutting_down", SHUTTING_DOWN));
    const parsed = parseClientFrame(raw, isBinary);
    if (!parsed.ok) return this.send(errorFrame("invalid_frame", parsed.error));
    if (parsed.frame.type === "answer") {
      const tooLong = answerTooLong(parsed.frame, this.context.settings.limits.maxMessageLength);
      if (tooLong) return this.send(errorFrame("message_too_long", tooLong));
    }
    try {
      await this.handler.handleFrame(parsed.frame);
    } catch (error) {
      this.log.error({ event: "frame_failed", err: error }, "frame failed");
      this.send(errorFrame("internal_error", "Internal error: the frame could not be handled"));
    }
  }

  /**
   * Why one more live session cannot be had: the handler asks right before a `start`
   * makes one or a frame brings a kept interview back, in the same tick as it does, so
   * two clients cannot both take the last place.
   */
  private capacityRefusal(): string | null {
    const { registry, settings } = this.context;
    const limit = settings.limits.maxSessions;
    if (registry.size < limit || registry.get(this.projectName)) return null;
    this.log.warn({ event: "frame_refused", reason: "session-limit" }, "frame refused");
    return `Too many active sessions (${limit}); try again later`;
  }
}
