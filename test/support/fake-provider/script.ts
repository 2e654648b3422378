import type { Json, RecordedRequest } from "./recording.js";

/**
 * How a scripted model turn ends. Either wire vocabulary is accepted; each format
 * translates to its own (end_turn = stop, tool_use = tool_calls, max_tokens = length).
 * `refusal` and `pause_turn` are Anthropic's own (OpenAI reports `content_filter` and
 * `stop` for them).
 */
export type StopReason =
  | "end_turn"
  | "tool_use"
  | "max_tokens"
  | "stop"
  | "tool_calls"
  | "length"
  | "refusal"
  | "pause_turn";

/**
 * Token counts for one reply. `input` is the uncached input, as Anthropic counts it;
 * the OpenAI format reports `prompt_tokens = input + cacheRead`, since OpenAI counts
 * cached tokens inside the prompt.
 */
export interface Usage {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

/**
 * What a scripted `usage(...)` starts from, and what the OpenAI format reports for a
 * reply that scripts none. The Anthropic format computes the usage of a reply that
 * scripts none from the request instead (README.md, "Usage").
 */
export const DEFAULT_USAGE: Readonly<Usage> = Object.freeze({
  input: 10,
  output: 5,
  cacheRead: 0,
  cacheWrite: 0,
});

/** Largest delta, in characters: streamed text and tool JSON are cut into pieces this size. */
export interface ChunkSize {
  text: number;
  json: number;
}

export const DEFAULT_CHUNK_SIZE: Readonly<ChunkSize> = Object.freeze({ text: 16, json: 16 });

/** Why a refusal happened, as Anthropic's `stop_details` reports it. */
export interface RefusalDetails {
  readonly category: string | null;
  readonly explanation: string | null;
}

export type ReplyPart =
  | { readonly type: "text"; readonly text: string }
  | {
      readonly type: "tool";
      readonly name: string;
      readonly input: unknown;
      readonly id?: string;
      /** The reply hit `max_tokens` after this many characters of the input's JSON. */
      readonly cutAt?: number;
    }
  | {
      readonly type: "thinking";
      readonly thinking: string;
      /** A progress note between tool calls rather than reasoning (see `display: "updates"`). */
      readonly update?: boolean;
    }
  | { readonly type: "redacted_thinking"; readonly data?: string }
  | {
      /** Nothing but `ping` events (or nothing at all) for `ms` before the next part. */
      readonly type: "pause";
      readonly ms: number;
      readonly pingEveryMs?: number;
      /**
       * The keep-alive is an SSE comment line instead of the format's own ping event, as
       * llama.cpp's server sends `:` (https://github.com/ggml-org/llama.cpp/pull/24013)
       * and proxies send `: ping` (https://github.com/theopenco/llmgateway/pull/1541).
       * Works on either route.
       */
      readonly comment?: string;
    }
  | {
      /**
       * A local model's reasoning (OpenAI route only): streamed as `delta.reasoning_content`,
       * as vLLM's reasoning parsers did (https://docs.vllm.ai/en/v0.10.0/features/reasoning_outputs.html),
       * or `delta.reasoning`, the newer name (https://docs.vllm.ai/en/v0.11.2/features/reasoning_outputs/).
       * The Anthropic route leaves it out.
       */
      readonly type: "reasoning";
      readonly text: string;
      readonly field: ReasoningField;
    };

/** The field a server puts a model's reasoning in. */
export type ReasoningField = "reasoning_content" | "reasoning";

/**
 * A stream that does not end well. `afterEvents` counts SSE events of whichever format
 * serves the reply; a stream error with no count arrives halfway through the stream.
 */
export type Interruption =
  | { readonly kind: "break"; readonly afterEvents: number }
  | { readonly kind: "hang"; readonly afterEvents: number }
  | {
      readonly kind: "stream-error";
      readonly errorType: string;
      readonly message: string;
      readonly afterEvents?: number;
    }
  | { readonly kind: "garbage"; readonly afterEvents: number; readonly bytes: string };

export interface MessagePlan {
  readonly parts: readonly ReplyPart[];
  readonly stopReason?: StopReason;
  /** Usage as scripted; when absent the Anthropic format computes it from the request. */
  readonly usage?: Usage;
  readonly interruption?: Interruption;
  readonly chunkSize?: Partial<ChunkSize>;
  readonly refusal?: RefusalDetails;
  /**
   * OpenAI route: the stream carries no chunk with a `finish_reason`, as some
   * OpenAI-compatible servers and proxies send it
   * (https://github.com/earendil-works/pi/issues/5793,
   * https://github.com/anomalyco/opencode/issues/43882); `[DONE]` still ends it.
   */
  readonly omitFinishReason?: boolean;
}

/**
 * A model turn, built step by step. Every step returns a new reply, so one reply can be
 * enqueued many times or extended without changing the original.
 */
export class MessageReply {
  readonly kind = "message";

  constructor(readonly plan: MessagePlan) {}

  text(text: string): MessageReply {
    return this.#with({ parts: [...this.plan.parts, { type: "text", text }] });
  }

  /**
   * A tool call. `cutAt` ends the reply at `max_tokens` partway through the call: only
   * that many characters of the input's JSON are streamed, and nothing may follow it.
   */
  tool(name: string, input: unknown, options: { id?: string; cutAt?: number } = {}): MessageReply {
    const part: ReplyPart = {
      type: "tool",
      name,
      input,
      ...(options.id === undefined ? {} : { id: options.id }),
      ...(options.cutAt === undefined ? {} : { cutAt: options.cutAt }),
    };
    return this.#with({ parts: [...this.plan.parts, part] });
  }

  /**
   * A thinking block (Anthropic only): consecutive calls form one block, except that a
   * progress note (`update`) and reasoning never share one. The fake signs
   * it and later checks that it comes back unmodified. `update` marks a progress note
   * written between tool calls, which `display: "updates"` returns as text.
   */
  thinking(thinking: string, options: { update?: boolean } = {}): MessageReply {
    const part: ReplyPart =
      options.update === true ? { type: "thinking", thinking, update: true } : { type: "thinking", thinking };
    return this.#with({ parts: [...this.plan.parts, part] });
  }

  /** A `redacted_thinking` block; `data` defaults to an opaque value the fake can recognise. */
  redactedThinking(data?: string): MessageReply {
    const part: ReplyPart =
      data === undefined ? { type: "redacted_thinking" } : { type: "redacted_thinking", data };
    return this.#with({ parts: [...this.plan.parts, part] });
  }

  /**
   * A silence of `ms` before the next part: nothing at all, or only `ping` events every
   * `pingEveryMs` (Anthropic). Placed between two `thinking` or `text` calls, it falls
   * inside one block, between its deltas.
   */
  pause(ms: number, options: { pingEveryMs?: number; comment?: string } = {}): MessageReply {
    const part: ReplyPart = {
      type: "pause",
      ms,
      ...(options.pingEveryMs === undefined ? {} : { pingEveryMs: options.pingEveryMs }),
      ...(options.comment === undefined ? {} : { comment: options.comment }),
    };
    return this.#with({ parts: [...this.plan.parts, part] });
  }

  /**
   * A local model's reasoning on the OpenAI route (`reasoning_content` deltas by default,
   * `reasoning` with `{ field: "reasoning" }`); consecutive calls form one run.
   */
  reasoning(text: string, options: { field?: ReasoningField } = {}): MessageReply {
    const part: ReplyPart = { type: "reasoning", text, field: options.field ?? "reasoning_content" };
    return this.#with({ parts: [...this.plan.parts, part] });
  }

  /** OpenAI route: no chunk says why the model stopped; the stream just ends with `[DONE]`. */
  withoutFinishReason(): MessageReply {
    return this.#with({ omitFinishReason: true });
  }

  stop(reason: StopReason): MessageReply {
    return this.#with({ stopReason: reason });
  }

  /** Ends the turn with `stop_reason: "refusal"` and `stop_details`, as streaming classifiers do. */
  refusal(details: Partial<RefusalDetails> = {}): MessageReply {
    return this.#with({
      stopReason: "refusal",
      refusal: { category: details.category ?? null, explanation: details.explanation ?? null },
    });
  }

  /** Scripted usage: the fields given, the rest from `DEFAULT_USAGE`. */
  usage(usage: Partial<Usage>): MessageReply {
    return this.#with({ usage: { ...(this.plan.usage ?? DEFAULT_USAGE), ...usage } });
  }

  chunkSize(size: Partial<ChunkSize>): MessageReply {
    return this.#with({ chunkSize: { ...this.plan.chunkSize, ...size } });
  }

  /** Sends `events` SSE events, then destroys the socket. */
  breakAfter(events: number): MessageReply {
    return this.#with({ interruption: { kind: "break", afterEvents: events } });
  }

  /** Sends the headers and `events` SSE events, then nothing until the client goes away. */
  hangAfter(events: number): MessageReply {
    return this.#with({ interruption: { kind: "hang", afterEvents: events } });
  }

  /** Sends `events` SSE events, then bytes that are not SSE at all, then ends the response. */
  garbageAfter(events: number, bytes = GARBAGE): MessageReply {
    return this.#with({ interruption: { kind: "garbage", afterEvents: events, bytes } });
  }

  /** Replaces the rest of the stream with an error event, as the API does when overloaded mid-answer. */
  streamError(
    errorType = "overloaded_error",
    options: { afterEvents?: number; message?: string } = {},
  ): MessageReply {
    const message = options.message ?? defaultStreamErrorMessage(errorType);
    const interruption: Interruption =
      options.afterEvents === undefined
        ? { kind: "stream-error", errorType, message }
        : { kind: "stream-error", errorType, message, afterEvents: options.afterEvents };
    return this.#with({ interruption });
  }

  #with(change: Partial<MessagePlan>): MessageReply {
    return new MessageReply({ ...this.plan, ...change });
  }
}

/** An HTTP error status in the route's error shape, with `retry-after` (seconds) when given. */
export interface StatusFault {
  readonly kind: "status";
  readonly status: number;
  readonly retryAfter?: number;
  readonly errorType?: string;
  readonly message?: string;
  /**
   * The body exactly as a server sends it, instead of the route's own error shape: a
   * JSON value, or a string sent as `text/plain`. For servers whose errors look
   * different, such as vLLM before 0.10.1 or Ollama's native API (local-server.ts).
   */
  readonly body?: Json | string;
}

/** The socket is destroyed as soon as the request has been read. */
export interface ResetFault {
  readonly kind: "reset";
}

export type Reply = MessageReply | StatusFault | ResetFault;

/** Decides a reply from the request itself, for scripts that adapt to what was sent. */
export type Responder = (request: RecordedRequest) => Reply | Promise<Reply>;

export type ScriptEntry = Reply | Responder;

export function reply(): MessageReply {
  return new MessageReply({ parts: [] });
}

/** Text for faults that need a reply to cut short; long enough to span several deltas. */
const INTERRUPTED_TEXT = "This answer is cut short before it can finish.";

/** What a proxy in the way might send instead of events: an HTML error page. */
const GARBAGE = "<html><body><h1>502 Bad Gateway</h1></body></html>\r\n\u0000\u0001\u00ff";

export const fault = {
  status(
    status: number,
    options: { retryAfter?: number; errorType?: string; message?: string; body?: Json | string } = {},
  ): StatusFault {
    return { kind: "status", status, ...options };
  },

  reset(): ResetFault {
    return { kind: "reset" };
  },

  hang(afterEvents = 0): MessageReply {
    return reply().text(INTERRUPTED_TEXT).hangAfter(afterEvents);
  },

  breakAfter(events: number): MessageReply {
    return reply().text(INTERRUPTED_TEXT).breakAfter(events);
  },

  garbageAfter(events: number, bytes?: string): MessageReply {
    return reply().text(INTERRUPTED_TEXT).garbageAfter(events, bytes);
  },

  streamError(
    errorType = "overloaded_error",
    options: { afterEvents?: number; message?: string } = {},
  ): MessageReply {
    return reply().text(INTERRUPTED_TEXT).streamError(errorType, options);
  },
};

function defaultStreamErrorMessage(errorType: string): string {
  return errorType === "overloaded_error" ? "Overloaded" : `Scripted stream error: ${errorType}`;
}
