import { performance } from "node:perf_hooks";
import type { FastifyBaseLogger } from "fastify";
import type { RawData, WebSocket } from "ws";
import { GOING_AWAY } from "./connection.js";
import { RateLimiter } from "./limits/rate-limiter.js";
import type { OpenConnection, ServerContext } from "./server-context.js";

/** The `ws` library's name for an open socket's state (the same number as the browser's). */
const OPEN = 1;

/**
 * The messages of the original service's project socket that a spec-only project can
 * truthfully send: the coding agent is not running here, and no feature has passed.
 */
const AGENT_STOPPED = { type: "agent_status", status: "stopped" } as const;
const NO_PROGRESS = { type: "progress", passing: 0, total: 0, percentage: 0 } as const;
const PONG = { type: "pong" } as const;
/** The close reason a shutdown gives every socket. */
const SHUTTING_DOWN_CLOSE = "Server shutting down";

/** Whether a text frame is the original page's keep-alive, `{"type": "ping"}`. */
function isPing(text: string): boolean {
  try {
    const frame: unknown = JSON.parse(text);
    return typeof frame === "object" && frame !== null && (frame as { type?: unknown }).type === "ping";
  } catch {
    return false;
  }
}

/**
 * The original page's window on a project's build (`/ws/projects/{name}`). The page opens
 * it once a project is chosen and reconnects whenever it closes, so it is kept open: it
 * says once that the agent is stopped and nothing has passed, answers `ping` with
 * `pong`, and ignores anything else, as the original did.
 */
export class ProjectConnection implements OpenConnection {
  private readonly limiter: RateLimiter;
  private readonly log: FastifyBaseLogger;
  private readonly openedAt = performance.now();
  readonly closed: Promise<void>;

  constructor(
    private readonly socket: WebSocket,
    projectName: string,
    context: ServerContext,
    id: number,
    readonly remoteAddress: string = "",
  ) {
    const { limits } = context.settings;
    this.log = context.log.child({ project: projectName, connection: id, socket: "project" });
    this.limiter = new RateLimiter(limits.messagesPerSecond, limits.messageBurst);
    this.closed = new Promise((resolve) => {
      socket.once("close", (code: number) => {
        context.connections.delete(this);
        const durationMs = Math.round(performance.now() - this.openedAt);
        this.log.info({ event: "connection_closed", code, durationMs }, "connection closed");
        resolve();
      });
    });
    socket.on("message", (data: RawData, isBinary: boolean) => this.receive(data, isBinary));
    context.connections.add(this);
    this.log.info({ event: "connection_opened" }, "connection opened");
    // A socket opened while the server winds down would be missed by the shutdown's sweep.
    if (context.shuttingDown) {
      this.close(GOING_AWAY, SHUTTING_DOWN_CLOSE);
      return;
    }
    this.send(AGENT_STOPPED);
    this.send(NO_PROGRESS);
  }

  /** Nothing runs on this socket, so there is never anything to wait for. */
  async idle(): Promise<void> {}

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  terminate(): void {
    this.socket.terminate();
  }

  private send(message: object): void {
    if (this.socket.readyState === OPEN) this.socket.send(JSON.stringify(message));
  }

  private receive(data: RawData, isBinary: boolean): void {
    // A flood of pings gets no flood of pongs; the original page pings every 30 seconds.
    if (!this.limiter.take() || isBinary) return;
    if (isPing(String(data))) this.send(PONG);
  }
}
