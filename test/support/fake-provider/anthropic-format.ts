import { anthropicErrorType } from "./error-types.js";
import { layOutBlocks, type MessageBlock, type StopKind, stopKindOf, textOf } from "./message-blocks.js";
import type { Json } from "./recording.js";
import { DEFAULT_USAGE, type MessagePlan, type Usage } from "./script.js";
import { namedEvent } from "./sse.js";
import type { RenderContext, StreamItem, WireFormat } from "./wire-format.js";

/**
 * The Anthropic Messages API (`POST /v1/messages`). The event flow is the one the
 * streaming page describes (https://platform.claude.com/docs/en/build-with-claude/streaming):
 * `message_start`, then per content block `content_block_start`, deltas and
 * `content_block_stop`, then `message_delta` and `message_stop`, with `ping` events
 * anywhere. A thinking block streams `thinking_delta`s and then one `signature_delta`
 * just before its `content_block_stop`.
 */
export const anthropicFormat: WireFormat = {
  name: "anthropic",

  pingEvent: namedEvent("ping", { type: "ping" }),

  streamEvents(plan, context) {
    const blocks = blocksFor(plan, context);
    const usage = usageOf(plan, context);
    const items: StreamItem[] = [
      event("message_start", {
        type: "message_start",
        message: {
          ...messageHeader(context),
          content: [],
          stop_reason: null,
          stop_sequence: null,
          // The real API reports a token or so of output up front and the total at the end.
          usage: { ...usageFields(usage), output_tokens: 1, service_tier: "standard" },
        },
      }),
      event("ping", { type: "ping" }),
    ];
    let index = 0;
    for (const block of blocks) {
      if (block.type === "pause") {
        items.push(block.mark);
        continue;
      }
      // A local model's reasoning is the OpenAI route's; the layout already leaves it out.
      if (block.type === "reasoning") continue;
      items.push(...blockEvents(block, index));
      index += 1;
    }
    items.push(
      event("message_delta", {
        type: "message_delta",
        delta: { ...stopFields(plan), stop_sequence: null },
        usage: usageFields(usage),
      }),
      event("message_stop", { type: "message_stop" }),
    );
    return items;
  },

  streamErrorEvent(errorType, message) {
    return event("error", { type: "error", error: { type: errorType, message } });
  },

  message(plan, context) {
    const blocks = blocksFor(plan, context).filter(
      (block): block is AnthropicBlock => block.type !== "pause" && block.type !== "reasoning",
    );
    return {
      ...messageHeader(context),
      content: blocks.map(contentOf),
      ...stopFields(plan),
      stop_sequence: null,
      usage: { ...usageFields(usageOf(plan, context)), service_tier: "standard" },
    };
  },

  // Errors carry a top-level `request_id` beside `error` (https://platform.claude.com/docs/en/api/errors).
  errorBody(status, message, errorType, requestId) {
    return {
      type: "error",
      error: { type: errorType ?? anthropicErrorType(status), message },
      ...(requestId === undefined ? {} : { request_id: requestId }),
    };
  },
};

/**
 * The `stop_reason` values of the Messages API
 * (https://platform.claude.com/docs/en/build-with-claude/handling-stop-reasons).
 */
const STOP_REASONS: Record<StopKind, string> = {
  end: "end_turn",
  tool: "tool_use",
  length: "max_tokens",
  refusal: "refusal",
  pause: "pause_turn",
};

type EventData = { [key: string]: Json };

function event(name: string, data: EventData): string {
  return namedEvent(name, data);
}

export function blocksFor(plan: MessagePlan, context: RenderContext): MessageBlock[] {
  return layOutBlocks(plan, context.chunkSize, toolIdFor(context), context.thinking);
}

/**
 * A refusal says why in `stop_details`, on `message_delta` when streaming
 * (https://platform.claude.com/docs/en/test-and-evaluate/strengthen-guardrails/handle-streaming-refusals).
 */
function stopFields(plan: MessagePlan): EventData {
  const kind = stopKindOf(plan);
  if (kind !== "refusal") return { stop_reason: STOP_REASONS[kind] };
  return {
    stop_reason: "refusal",
    stop_details: {
      type: "refusal",
      category: plan.refusal?.category ?? null,
      explanation: plan.refusal?.explanation ?? null,
    },
  };
}

function messageHeader(context: RenderContext): EventData {
  return { id: `msg_fake_${context.sequence}`, type: "message", role: "assistant", model: context.model };
}

function toolIdFor(context: RenderContext): (ordinal: number) => string {
  return (ordinal) => `toolu_fake_${context.sequence}_${ordinal}`;
}

function usageOf(plan: MessagePlan, context: RenderContext): Usage {
  return plan.usage ?? context.computedUsage ?? DEFAULT_USAGE;
}

function usageFields(usage: Usage): EventData {
  return {
    input_tokens: usage.input,
    cache_creation_input_tokens: usage.cacheWrite,
    cache_read_input_tokens: usage.cacheRead,
    output_tokens: usage.output,
  };
}

/** The blocks the Anthropic route renders. */
type AnthropicBlock = Exclude<MessageBlock, { type: "pause" | "reasoning" }>;

function blockEvents(block: AnthropicBlock, index: number): StreamItem[] {
  const start = (contentBlock: EventData) =>
    event("content_block_start", { type: "content_block_start", index, content_block: contentBlock });
  const delta = (deltaData: EventData) =>
    event("content_block_delta", { type: "content_block_delta", index, delta: deltaData });
  const stop = event("content_block_stop", { type: "content_block_stop", index });

  switch (block.type) {
    case "text":
      return [
        start({ type: "text", text: "" }),
        ...block.pieces.map((piece) =>
          typeof piece === "string" ? delta({ type: "text_delta", text: piece }) : piece,
        ),
        stop,
      ];
    case "thinking":
      return [
        start({ type: "thinking", thinking: "", signature: "" }),
        ...block.pieces.map((piece) =>
          typeof piece === "string" ? delta({ type: "thinking_delta", thinking: piece }) : piece,
        ),
        delta({ type: "signature_delta", signature: block.signature }),
        stop,
      ];
    case "redacted_thinking":
      return [start({ type: "redacted_thinking", data: block.data }), stop];
    case "tool": {
      // The real API opens every tool input with an empty fragment; clients must cope with it.
      // A call cut by max_tokens stops partway: its JSON is never completed.
      const fragments = ["", ...block.argumentPieces];
      return [
        start({ type: "tool_use", id: block.id, name: block.name, input: {} }),
        ...fragments.map((piece) =>
          typeof piece === "string" ? delta({ type: "input_json_delta", partial_json: piece }) : piece,
        ),
        stop,
      ];
    }
  }
}

function contentOf(block: AnthropicBlock): Json {
  switch (block.type) {
    case "text":
      return { type: "text", text: textOf(block.pieces) };
    case "thinking":
      return { type: "thinking", thinking: block.thinking, signature: block.signature };
    case "redacted_thinking":
      return { type: "redacted_thinking", data: block.data };
    case "tool":
      // A call cut short has no complete input to give; the fake reports an empty one.
      return {
        type: "tool_use",
        id: block.id,
        name: block.name,
        input: block.cut ? {} : toJson(block.input),
      };
  }
}

/** Script inputs are whatever a test wrote; a JSON round trip makes them plain JSON. */
function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? {}));
}
