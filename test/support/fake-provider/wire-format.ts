import type { PauseMark, ThinkingRender } from "./message-blocks.js";
import type { Json } from "./recording.js";
import type { ChunkSize, MessagePlan, Usage } from "./script.js";

export type FormatName = "anthropic" | "openai";

/** What a format needs to know about the request it answers. */
export interface RenderContext {
  /** The model the request named, echoed back as real APIs do. */
  readonly model: string;
  /** The request's sequence number, used to make ids unique and repeatable. */
  readonly sequence: number;
  /** OpenAI sends a usage chunk only when `stream_options.include_usage` asks for it. */
  readonly includeUsage: boolean;
  readonly chunkSize: ChunkSize;
  readonly createdSeconds: number;
  /** How thinking parts are rendered; absent where the request does not think (they are left out). */
  readonly thinking?: ThinkingRender;
  /** The usage computed from the request, for a reply that scripts none (Anthropic). */
  readonly computedUsage?: Usage;
}

/** One item of a stream: an SSE event, framed, or a silence before the next one. */
export type StreamItem = string | PauseMark;

/** One provider's wire format: how a scripted reply and an error look on its route. */
export interface WireFormat {
  readonly name: FormatName;
  /** Every SSE event of the reply, framed and in order, with the scripted silences. */
  streamEvents(plan: MessagePlan, context: RenderContext): StreamItem[];
  /** What keeps a silent stream alive, if the format has such an event. */
  readonly pingEvent?: string;
  /** The error event sent in place of the rest of a stream. */
  streamErrorEvent(errorType: string, message: string): string;
  /** The whole reply as one JSON body, for requests without `stream: true`. */
  message(plan: MessagePlan, context: RenderContext): Json;
  /** The body of an HTTP error response; `errorType` defaults to the status's usual type. */
  errorBody(status: number, message: string, errorType?: string, requestId?: string): Json;
}
