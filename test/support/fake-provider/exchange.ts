import type { ServerResponse } from "node:http";
import { setImmediate, setTimeout } from "node:timers/promises";
import type { Json } from "./recording.js";
import { SSE_HEADERS } from "./sse.js";

/**
 * How a response ended: sent in full, cut off by the script (reset, breakAfter), or
 * disconnected before it was complete (the client went away, or the server closed).
 */
export type ResponseEnd = "completed" | "destroyed" | "disconnected";

/** One response in progress, with the few ways the fake provider writes to it. */
export class Exchange {
  readonly ended: Promise<ResponseEnd>;
  #destroyedByScript = false;

  constructor(
    private readonly response: ServerResponse,
    private readonly eventDelayMs: number,
  ) {
    // A client leaving mid-write is a case the fake provider exists to produce, not a fault.
    response.on("error", () => {});
    this.ended = new Promise((resolve) => {
      response.once("close", () => resolve(this.#endOf(response)));
    });
  }

  sendJson(status: number, body: Json, headers: Record<string, string> = {}): void {
    if (this.response.destroyed) return;
    const text = JSON.stringify(body);
    this.response.writeHead(status, {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(text)),
      ...headers,
    });
    this.response.end(text);
  }

  sendText(status: number, text: string, headers: Record<string, string> = {}): void {
    if (this.response.destroyed) return;
    this.response.writeHead(status, {
      "content-type": "text/plain; charset=utf-8",
      "content-length": String(Buffer.byteLength(text)),
      ...headers,
    });
    this.response.end(text);
  }

  /** Sends the headers of a response whose body is written piece by piece afterwards. */
  start(headers: Record<string, string>): void {
    if (this.response.destroyed) return;
    this.response.writeHead(200, headers);
    this.response.flushHeaders();
  }

  startStream(): void {
    this.start({ ...SSE_HEADERS });
  }

  /** Resolves once the chunk reached the socket, false if the client is gone. */
  write(chunk: string): Promise<boolean> {
    if (this.response.destroyed) return Promise.resolve(false);
    return new Promise((resolve) => {
      this.response.write(chunk, (error) => resolve(!error));
    });
  }

  end(): void {
    if (!this.response.destroyed) this.response.end();
  }

  /** Spaces events out, so a client sees them arrive one by one. */
  async pause(): Promise<void> {
    if (this.eventDelayMs > 0) await setTimeout(this.eventDelayMs);
    else await setImmediate();
  }

  /** True once the response is over, whoever ended it. */
  get isClosed(): boolean {
    return this.response.destroyed || this.response.writableEnded;
  }

  destroy(): void {
    this.#destroyedByScript = true;
    this.response.destroy();
  }

  #endOf(response: ServerResponse): ResponseEnd {
    if (this.#destroyedByScript) return "destroyed";
    return response.writableFinished ? "completed" : "disconnected";
  }
}
