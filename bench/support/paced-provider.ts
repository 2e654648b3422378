import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setImmediate, setTimeout as sleep } from "node:timers/promises";
import { anthropicFormat } from "../../test/support/fake-provider/anthropic-format.js";
import {
  CURRENT_CLAUDE_MODELS,
  estimateTokens,
  type JsonObject,
  type MessageReply,
  reply,
} from "../../test/support/fake-provider/index.js";
import { modelList } from "../../test/support/fake-provider/routes.js";
import { SSE_HEADERS } from "../../test/support/fake-provider/sse.js";
import type { RenderContext } from "../../test/support/fake-provider/wire-format.js";
import { fillStamp, STAMP_LENGTH, stampPlaceholder } from "./chunk-stamp.js";
import { standardInterview } from "./model-script.js";
import { sharedClockUs } from "./shared-clock.js";

/**
 * How the provider streams: the first content delta `firstTokenMs` after it has read the
 * request, then one delta of `chunkTokens` tokens (4 characters each, as the fake counts
 * them) every `chunkMs`. `chunkMs` 0 writes them as fast as the socket takes them.
 */
export interface PaceProfile {
  firstTokenMs: number;
  chunkTokens: number;
  chunkMs: number;
  /** Text chunks in each reply of the `stream` conversation. */
  replyChunks: number;
}

/**
 * What the provider answers:
 * - `stream`: every interview request gets a text reply of `replyChunks` chunks, each
 *   starting with a stamp (chunk-stamp.ts), so a client can time the relay;
 * - `standard`: the standard interview (model-script.ts), the reply chosen by how many
 *   assistant messages the request already holds, so any number of sessions can play it
 *   at once with no state kept here.
 * Requests that are not the interview's (no `AskUserQuestion` among their tools: a
 * title, a quota check from another client) get a one-line text reply in both modes.
 */
export type PacedMode = "stream" | "standard";

/** One request as the provider saw it: no bodies kept, so thousands of sessions cost it little. */
export interface PacedRequest {
  kind: "interview" | "side" | "count-tokens";
  bytes: number;
  /** The assistant messages so far: which reply of its interview this is (in `standard` mode, its index in the script). */
  replyIndex: number | null;
  /** On the shared clock: the request read, and its first content delta written (null if none). */
  arrivalUs: number;
  firstDeltaUs: number | null;
  /** Whether the request listed tools, and their JSON size in characters. */
  toolsChars: number;
  systemChars: number;
}

/** Where the process that started the provider reads its requests (a GET), and clears them (any method). */
export const BENCH_REQUESTS_PATH = "/_bench/requests";
export const BENCH_RESET_PATH = "/_bench/reset";

/** The one-line answer to any request that is not the interview's. */
const SIDE_REPLY = reply().text("OK.");

/** Words to fill a chunk after its stamp; any text would do, this reads like prose. */
const FILLER =
  "so the app keeps every recipe in one place and plans the week around what the household likes to eat ";

/**
 * A fake Anthropic Messages API for the end-to-end benchmarks, on 127.0.0.1: the fake
 * provider's own rendering of the streaming format (test/support/fake-provider), written
 * at a stated pace instead of all at once, with the write time of each text chunk
 * stamped into it. It keeps numbers, not requests, and checks nothing: the fake provider
 * is the one that imitates the API's refusals; this one only has to be fast and steady.
 */
export class PacedProvider {
  readonly requests: PacedRequest[] = [];
  private readonly server: Server;
  private readonly script: MessageReply[];
  private port = 0;
  private sequence = 0;

  constructor(
    private readonly mode: PacedMode,
    private readonly profile: PaceProfile,
  ) {
    this.script = mode === "standard" ? scriptReplies() : [];
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(() => response.destroy());
    });
    // Many sessions keep a connection each; none should be cut while idle between turns.
    this.server.keepAliveTimeout = 120_000;
  }

  static async start(mode: PacedMode, profile: PaceProfile): Promise<PacedProvider> {
    const provider = new PacedProvider(mode, profile);
    await new Promise<void>((resolve, reject) => {
      provider.server.once("error", reject);
      provider.server.listen(0, "127.0.0.1", 1024, () => resolve());
    });
    provider.port = (provider.server.address() as AddressInfo).port;
    return provider;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Forgets the requests seen so far (between the rounds of a benchmark). */
  reset(): void {
    this.requests.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const arrivalUs = sharedClockUs();
    const raw = Buffer.concat(chunks);
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname.replace(/^\/v1(?=\/)/, "");
    // The benchmark's own questions, from the process that started this one.
    if (path === BENCH_REQUESTS_PATH) return sendJson(response, this.requests);
    if (path === BENCH_RESET_PATH) {
      this.reset();
      return sendJson(response, { ok: true });
    }
    // The benchmark's own questions, from the process that started this one.
    if (path === BENCH_REQUESTS_PATH) return sendJson(response, this.requests);
    if (path === BENCH_RESET_PATH) {
      this.reset();
      return sendJson(response, { ok: true });
    }
    if (request.method === "GET" && path === "/models")
      return sendJson(response, modelList(CURRENT_CLAUDE_MODELS));
    if (request.method !== "POST" || (path !== "/messages" && path !== "/messages/count_tokens"))
      return sendJson(response, { type: "error", error: { type: "not_found_error", message: path } }, 404);
    const body = parseObject(raw.toString("utf8"));
    const tools = Array.isArray(body.tools) ? body.tools : [];
    const record: PacedRequest = {
      kind: "side",
      bytes: raw.length,
      replyIndex: null,
      arrivalUs,
      firstDeltaUs: null,
      toolsChars: tools.length === 0 ? 0 : JSON.stringify(tools).length,
      systemChars: body.system === undefined ? 0 : JSON.stringify(body.system).length,
    };
    this.requests.push(record);
    if (path === "/messages/count_tokens") {
      record.kind = "count-tokens";
      return sendJson(response, { input_tokens: estimateTokens(raw.toString("utf8")) });
    }
    const interview = tools.some((tool) => (tool as { name?: unknown } | null)?.name === "AskUserQuestion");
    let chosen = SIDE_REPLY;
    if (interview) {
      record.kind = "interview";
      record.replyIndex = assistantMessages(body);
      if (this.mode === "stream") chosen = this.streamReply(arrivalUs);
      else {
        const next = this.script[record.replyIndex];
        if (!next) return sendJson(response, errorBody(`no scripted reply ${record.replyIndex}`), 500);
        chosen = next;
      }
    }
    const sequence = ++this.sequence;
    const characters = this.chunkCharacters();
    const context: RenderContext = {
      model: typeof body.model === "string" ? body.model : "claude-sonnet-5-5",
      sequence,
      includeUsage: false,
      chunkSize: { text: characters, json: characters },
      createdSeconds: Math.floor(Date.now() / 1000),
      computedUsage: {
        input: estimateTokens(raw.toString("utf8")),
        output: Math.max(1, estimateTokens(JSON.stringify(chosen.plan.parts))),
        cacheRead: 0,
        cacheWrite: 0,
      },
    };
    if (body.stream !== true) return sendJson(response, anthropicFormat.message(chosen.plan, context));
    await this.stream(response, chosen, context, record);
  }

  /** Writes the reply's events, content deltas at the profile's pace, the rest at once. */
  private async stream(
    response: ServerResponse,
    chosen: MessageReply,
    context: RenderContext,
    record: PacedRequest,
  ): Promise<void> {
    response.writeHead(200, SSE_HEADERS);
    response.flushHeaders();
    const { firstTokenMs, chunkMs } = this.profile;
    let deltas = 0;
    for (const item of anthropicFormat.streamEvents(chosen.plan, context)) {
      if (typeof item !== "string") continue;
      if (response.destroyed) return;
      let event = item;
      if (event.includes('"type":"content_block_delta"')) {
        // Due times are counted from the request, so a late timer does not push back every later chunk.
        const dueUs = record.arrivalUs + (firstTokenMs + deltas * chunkMs) * 1000;
        const waitMs = (dueUs - sharedClockUs()) / 1000;
        if (waitMs >= 1) await sleep(waitMs);
        else if (chunkMs === 0 && deltas > 0) await setImmediate();
        deltas += 1;
        const now = sharedClockUs();
        record.firstDeltaUs ??= now;
        event = fillStamp(event, now);
      }
      if (!response.write(event)) await new Promise((resolve) => response.once("drain", resolve));
    }
    response.end();
  }

  /** A chunk's length in characters: the profile's tokens, and never less than a stamp and a space. */
  private chunkCharacters(): number {
    return Math.max(this.profile.chunkTokens * 4, STAMP_LENGTH + 1);
  }

  /** A reply of `replyChunks` chunks of `chunkTokens` tokens, each opening with a stamp. */
  private streamReply(arrivalUs: number): MessageReply {
    const characters = this.chunkCharacters();
    const stamp = stampPlaceholder(arrivalUs);
    const fill = FILLER.repeat(Math.ceil(characters / FILLER.length)).slice(0, characters - STAMP_LENGTH);
    const chunk = `${stamp}${fill.slice(0, -1)} `;
    return reply().text(chunk.repeat(this.profile.replyChunks));
  }
}

/** The standard interview's replies in the order its model calls ask for them. */
function scriptReplies(): MessageReply[] {
  return standardInterview().flatMap((turn) =>
    turn.replies.map((entry) => {
      if (entry.kind !== "message") throw new Error("the standard interview scripts only messages");
      return entry as MessageReply;
    }),
  );
}

/**
 * The model calls a session has made before this request: one assistant message each,
 * since each call's answer goes back as one assistant message (its tool results and the
 * person's next words as user messages between them).
 */
function assistantMessages(body: JsonObject): number {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  return messages.filter((message) => (message as { role?: unknown } | null)?.role === "assistant").length;
}

function parseObject(text: string): JsonObject {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
  } catch {
    return {};
  }
}

function errorBody(message: string) {
  return { type: "error", error: { type: "api_error", message } };
}

function sendJson(response: ServerResponse, body: unknown, status = 200): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
  });
  response.end(text);
}
