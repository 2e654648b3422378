import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import {
  type AcceptedCall,
  acceptAnthropicCall,
  computeUsage,
  recordIssuedThinking,
  thinkingRenderFor,
} from "./anthropic-call.js";
import { type ClaudeModel, catalogueOf } from "./anthropic-models.js";
import { Exchange, type ResponseEnd } from "./exchange.js";
import { LocalServer, type LocalServerOptions } from "./local-server.js";
import { type ModelCall, sendError } from "./model-call.js";
import { playReply } from "./play-reply.js";
import { PromptCache } from "./prompt-cache.js";
import { isJsonObject, type RecordedRequest, recordRequest } from "./recording.js";
import { ReplyQueue } from "./reply-queue.js";
import { modelList, neutralError, routeOf } from "./routes.js";
import {
  type ChunkSize,
  DEFAULT_CHUNK_SIZE,
  type Reply,
  type Responder,
  type ScriptEntry,
} from "./script.js";
import { ThinkingLedger } from "./thinking-ledger.js";
import type { RenderContext, WireFormat } from "./wire-format.js";

export interface FakeProviderOptions {
  /** Replies in the order requests will get them. */
  replies?: readonly ScriptEntry[];
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Starts over at the first reply once the last one is used, instead of running out. */
  loop?: boolean;
  /** Answers model requests when the queue is empty, instead of the "ran out" error. */
  respond?: Responder;
  /**
   * The models served, instead of the current Claude lineup: names (a name the lineup
   * lacks gets generous limits) or full descriptions. `GET /v1/models` lists them; the
   * first also answers OpenAI requests that name no model.
   */
  models?: readonly (string | ClaudeModel)[];
  /**
   * Refuse Anthropic requests the real API would refuse (unknown model, `max_tokens`,
   * cache breakpoints, image size, tool results, thinking blocks, …). On by default.
   */
  strict?: boolean;
  /** The clock the prompt cache runs on, in milliseconds (default `Date.now`). */
  clock?: () => number;
  /** The lifetime of a default (5-minute) cache entry, in milliseconds; `1h` entries live 12 times as long. */
  cacheTtlMs?: number;
  chunkSize?: Partial<ChunkSize>;
  /** Time between streamed events; 0 (the default) still sends each event separately. */
  eventDelayMs?: number;
  /** Receives one line per request, for a human watching. */
  log?: (line: string) => void;
  /**
   * Behave like a server people run models on locally (Ollama, llama.cpp, vLLM, LM
   * Studio): its model list and native routes, and its refusals on the OpenAI route
   * (local-server.ts). Off by default.
   */
  local?: LocalServerOptions;
}

/** A model server on 127.0.0.1 that answers from a script and records every request. */
export interface FakeProvider {
  /** `http://127.0.0.1:PORT`, no trailing slash. Routes answer with and without `/v1`. */
  readonly url: string;
  readonly port: number;
  /** Every request received so far, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** Replies still queued (a looping script never runs out). */
  readonly pendingReplies: number;
  lastRequest(): RecordedRequest | undefined;
  enqueue(...entries: ScriptEntry[]): void;
  /** Resolves when the response to `request` is over, saying how it ended. */
  responseEnd(request: RecordedRequest): Promise<ResponseEnd>;
  /** Stops listening and destroys every open connection, hanging ones included. */
  close(): Promise<void>;
}

export async function startFakeProvider(options: FakeProviderOptions = {}): Promise<FakeProvider> {
  const provider = new FakeProviderServer(options);
  await provider.listen(options.port ?? 0);
  return provider;
}

const DEFAULT_MODEL = "fake-model";

/** The default lifetime of a prompt cache entry (https://platform.claude.com/docs/en/build-with-claude/prompt-caching). */
const FIVE_MINUTES = 5 * 60 * 1000;

class FakeProviderServer implements FakeProvider {
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  readonly #requests: RecordedRequest[] = [];
  readonly #ends = new Map<number, Promise<ResponseEnd>>();
  readonly #queue: ReplyQueue;
  readonly #models: readonly ClaudeModel[];
  readonly #ledger = new ThinkingLedger();
  readonly #cache: PromptCache;
  readonly #local: LocalServer | undefined;
  #sequence = 0;
  #port = 0;
  #closing: Promise<void> | undefined;

  constructor(private readonly options: FakeProviderOptions) {
    this.#queue = new ReplyQueue(options.replies ?? [], options.loop ?? false);
    this.#models = catalogueOf(options.models);
    this.#cache = new PromptCache(options.clock ?? Date.now, options.cacheTtlMs ?? FIVE_MINUTES);
    this.#local = options.local === undefined ? undefined : new LocalServer(options.local);
    this.#server = createServer((request, response) => {
      this.#handle(request, response).catch((error: unknown) => {
        this.#log(`internal error: ${describeError(error)}`);
        response.destroy();
      });
    });
    this.#server.on("connection", (socket) => {
      this.#sockets.add(socket);
      socket.once("close", () => this.#sockets.delete(socket));
    });
  }

  get port(): number {
    return this.#port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get requests(): readonly RecordedRequest[] {
    return this.#requests;
  }

  get pendingReplies(): number {
    return this.#queue.size;
  }

  lastRequest(): RecordedRequest | undefined {
    return this.#requests.at(-1);
  }

  enqueue(...entries: ScriptEntry[]): void {
    this.#queue.enqueue(...entries);
  }

  responseEnd(request: RecordedRequest): Promise<ResponseEnd> {
    const ended = this.#ends.get(request.sequence);
    if (ended === undefined)
      return Promise.reject(new Error(`No request #${request.sequence} on this server`));
    return ended;
  }

  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(port, "127.0.0.1", () => {
        this.#server.off("error", reject);
        this.#port = (this.#server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  close(): Promise<void> {
    this.#closing ??= new Promise((resolve) => {
      this.#server.close(() => resolve());
      for (const socket of this.#sockets) socket.destroy();
    });
    return this.#closing;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const sequence = ++this.#sequence;
    const exchange = new Exchange(response, this.options.eventDelayMs ?? 0);
    this.#ends.set(sequence, exchange.ended);
    const recorded = await recordRequest(request, sequence);
    this.#requests.push(recorded);

    const route = routeOf(recorded.method, recorded.path);
    const label = `#${sequence} ${recorded.method} ${recorded.path}`;
    const local = this.#local?.answer(recorded);
    if (local) {
      this.#log(`${label} -> ${this.#local?.kind} ${local.status}`);
      exchange.sendJson(local.status, local.body);
      return;
    }
    if (route.kind === "models") {
      this.#log(`${label} -> model list`);
      exchange.sendJson(200, modelList(this.#models));
      return;
    }
    if (route.kind === "not-found") {
      this.#log(`${label} -> 404`);
      exchange.sendJson(
        404,
        neutralError("not_found_error", `No route for ${recorded.method} ${recorded.path}`),
      );
      return;
    }
    await this.#answerModelCall(recorded, exchange, route.format, label);
  }

  async #answerModelCall(
    recorded: RecordedRequest,
    exchange: Exchange,
    format: WireFormat,
    label: string,
  ): Promise<void> {
    const streaming = recorded.body.stream === true;
    const baseCall: ModelCall = { exchange, format, streaming, context: this.#contextFor(recorded) };
    const mode = `${format.name}${streaming ? " stream" : ""}`;

    let anthropic: AcceptedCall | undefined;
    if (format.name === "anthropic") {
      const decision = acceptAnthropicCall(recorded, this.#models, this.#ledger, this.options.strict ?? true);
      if ("refusal" in decision) {
        const { status, errorType, message } = decision.refusal;
        recorded.rejection = decision.refusal;
        this.#log(`${label} (${mode}) -> refused ${status} ${errorType}: ${message}`);
        sendError(baseCall, status, message, { errorType });
        return;
      }
      anthropic = decision.accepted;
    }
    if (format.name === "openai" && this.#local) {
      const refusal = this.#local.refusal(recorded);
      if (refusal) {
        const { status, errorType, message } = refusal;
        recorded.rejection = { status, errorType, message };
        this.#log(`${label} (${mode}) -> ${this.#local.kind} refused ${status}: ${message}`);
        exchange.sendJson(status, refusal.body);
        return;
      }
      this.#local.served(recorded);
    }

    const entry = this.#queue.next() ?? this.options.respond;
    if (entry === undefined) {
      this.#log(`${label} (${mode}) -> script ran out of replies`);
      sendError(baseCall, 500, `The fake provider's script ran out of replies at request ${label}.`);
      return;
    }
    let reply: Reply;
    try {
      reply = typeof entry === "function" ? await entry(recorded) : entry;
    } catch (error) {
      this.#log(`${label} (${mode}) -> responder failed: ${describeError(error)}`);
      sendError(baseCall, 500, `The fake provider's responder failed: ${describeError(error)}`);
      return;
    }
    this.#log(`${label} (${mode}) -> ${describeReply(reply)}`);
    let context: RenderContext = baseCall.context;
    if (reply.kind === "message") {
      context = { ...context, chunkSize: { ...context.chunkSize, ...reply.plan.chunkSize } };
      if (anthropic !== undefined) {
        const thinking = thinkingRenderFor(anthropic, recorded.sequence, this.#ledger);
        const computedUsage = computeUsage(reply.plan, recorded, anthropic, this.#cache);
        context = { ...context, computedUsage, ...(thinking === undefined ? {} : { thinking }) };
        recordIssuedThinking(reply.plan, context, anthropic, this.#ledger);
      }
    }
    await playReply(reply, { ...baseCall, context });
  }

  #contextFor(recorded: RecordedRequest): RenderContext {
    const { model, stream_options: streamOptions } = recorded.body;
    return {
      model: typeof model === "string" && model !== "" ? model : (this.#models[0]?.id ?? DEFAULT_MODEL),
      sequence: recorded.sequence,
      includeUsage: isJsonObject(streamOptions) && streamOptions.include_usage === true,
      chunkSize: { ...DEFAULT_CHUNK_SIZE, ...this.options.chunkSize },
      createdSeconds: Math.floor(recorded.time.getTime() / 1000),
    };
  }

  #log(line: string): void {
    this.options.log?.(line);
  }
}

function describeReply(reply: Reply): string {
  if (reply.kind === "reset") return "reset";
  if (reply.kind === "status") return `status ${reply.status}`;
  const parts = reply.plan.parts.map((part) => (part.type === "tool" ? `tool ${part.name}` : part.type));
  const interruption = reply.plan.interruption ? `, ${reply.plan.interruption.kind}` : "";
  return `message [${parts.join(", ")}]${interruption}`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
