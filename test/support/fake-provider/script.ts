import type { RecordedRequest } from "./recording.js";

/**
 * How a scripted model turn ends. Either wire vocabulary is accepted; each format
 * translates to its own (end_turn = stop, tool_use = tool_calls, max_tokens = length).
 */
export type StopReason = "end_turn" | "tool_use" | "max_tokens" | "stop" | "tool_calls" | "length";

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

export type ReplyPart =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "tool"; readonly name: string; readonly input: unknown; readonly id?: string };

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
    };

export interface MessagePlan {
  readonly parts: readonly ReplyPart[];
  readonly stopReason?: StopReason;
  readonly usage: Usage;
  readonly interruption?: Interruption;
  readonly chunkSize?: Partial<ChunkSize>;
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

  tool(name: string, input: unknown, options: { id?: string } = {}): MessageReply {
    const part: ReplyPart =
      options.id === undefined
        ? { type: "tool", name, input }
        : { type: "tool", name, input, id: options.id };
    return this.#with({ parts: [...this.plan.parts, part] });
  }

  stop(reason: StopReason): MessageReply {
    return this.#with({ stopReason: reason });
  }

  usage(usage: Partial<Usage>): MessageReply {
    return this.#with({ usage: { ...this.plan.usage, ...usage } });
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
  return new MessageReply({ parts: [], usage: { ...DEFAULT_USAGE } });
}

/** Text for faults that need a reply to cut short; long enough to span several deltas. */
const INTERRUPTED_TEXT = "This answer is cut short before it can finish.";

export const fault = {
  status(
    status: number,
    options: { retryAfter?: number; errorType?: string; message?: string } = {},
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
