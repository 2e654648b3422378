import { anthropicErrorType } from "./error-types.js";
import { blockText, layOutBlocks, type MessageBlock, type StopKind, stopKindOf } from "./message-blocks.js";
import type { Json } from "./recording.js";
import type { Usage } from "./script.js";
import { namedEvent } from "./sse.js";
import type { RenderContext, WireFormat } from "./wire-format.js";

/** The Anthropic Messages API (`POST /v1/messages`). */
export const anthropicFormat: WireFormat = {
  name: "anthropic",

  streamEvents(plan, context) {
    const blocks = layOutBlocks(plan, context.chunkSize, toolIdFor(context));
    const events = [
      event("message_start", {
        type: "message_start",
        message: {
          ...messageHeader(context),
          content: [],
          stop_reason: null,
          stop_sequence: null,
          // The real API reports a token or so of output up front and the total at the end.
          usage: { ...usageFields(plan.usage), output_tokens: 1, service_tier: "standard" },
        },
      }),
      event("ping", { type: "ping" }),
    ];
    blocks.forEach((block, index) => {
      events.push(...blockEvents(block, index));
    });
    events.push(
      event("message_delta", {
        type: "message_delta",
        delta: { stop_reason: STOP_REASONS[stopKindOf(plan)], stop_sequence: null },
        usage: usageFields(plan.usage),
      }),
      event("message_stop", { type: "message_stop" }),
    );
    return events;
  },

  streamErrorEvent(errorType, message) {
    return event("error", { type: "error", error: { type: errorType, message } });
  },

  message(plan, context) {
    const blocks = layOutBlocks(plan, context.chunkSize, toolIdFor(context));
    return {
      ...messageHeader(context),
      content: blocks.map(contentOf),
      stop_reason: STOP_REASONS[stopKindOf(plan)],
      stop_sequence: null,
      usage: { ...usageFields(plan.usage), service_tier: "standard" },
    };
  },

  errorBody(status, message, errorType) {
    return { type: "error", error: { type: errorType ?? anthropicErrorType(status), message } };
  },
};

const STOP_REASONS: Record<StopKind, string> = { end: "end_turn", tool: "tool_use", length: "max_tokens" };

type EventData = { [key: string]: Json };

function event(name: string, data: EventData): string {
  return namedEvent(name, data);
}

function messageHeader(context: RenderContext): EventData {
  return { id: `msg_fake_${context.sequence}`, type: "message", role: "assistant", model: context.model };
}

function toolIdFor(context: RenderContext): (ordinal: number) => string {
  return (ordinal) => `toolu_fake_${context.sequence}_${ordinal}`;
}

function usageFields(usage: Usage): EventData {
  return {
    input_tokens: usage.input,
    cache_creation_input_tokens: usage.cacheWrite,
    cache_read_input_tokens: usage.cacheRead,
    output_tokens: usage.output,
  };
}

function blockEvents(block: MessageBlock, index: number): string[] {
  const start = (contentBlock: EventData) =>
    event("content_block_start", { type: "content_block_start", index, content_block: contentBlock });
  const delta = (deltaData: EventData) =>
    event("content_block_delta", { type: "content_block_delta", index, delta: deltaData });
  const stop = event("content_block_stop", { type: "content_block_stop", index });

  if (block.type === "text") {
    return [
      start({ type: "text", text: "" }),
      ...block.pieces.map((text) => delta({ type: "text_delta", text })),
      stop,
    ];
  }
  // The real API opens every tool input with an empty fragment; clients must cope with it.
  const fragments = ["", ...block.argumentPieces];
  return [
    start({ type: "tool_use", id: block.id, name: block.name, input: {} }),
    ...fragments.map((partial_json) => delta({ type: "input_json_delta", partial_json })),
    stop,
  ];
}

function contentOf(block: MessageBlock): Json {
  if (block.type === "text") return { type: "text", text: blockText(block) };
  return { type: "tool_use", id: block.id, name: block.name, input: toJson(block.input) };
}

/** Script inputs are whatever a test wrote; a JSON round trip makes them plain JSON. */
function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? {}));
}
