import { openaiErrorKind } from "./error-types.js";
import {
  blockText,
  layOutBlocks,
  type MessageBlock,
  type StopKind,
  stopKindOf,
  textOf,
} from "./message-blocks.js";
import type { Json } from "./recording.js";
import { DEFAULT_USAGE, type Usage } from "./script.js";
import { DONE_EVENT, dataEvent } from "./sse.js";
import type { RenderContext, StreamItem, WireFormat } from "./wire-format.js";

/** OpenAI chat completions (`POST /v1/chat/completions`), as OpenAI-compatible servers speak it. */
export const openaiFormat: WireFormat = {
  name: "openai",

  streamEvents(plan, context) {
    // Thinking is Anthropic's: the layout leaves it out without a thinking render.
    const blocks = layOutBlocks(plan, context.chunkSize, toolIdFor(context), undefined, true);
    const chunk = (delta: JsonFields, finishReason: string | null = null) =>
      dataEvent({
        ...completionHeader(context, "chat.completion.chunk"),
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      });

    const events: StreamItem[] = [chunk({ role: "assistant", content: "" })];
    let toolIndex = 0;
    for (const block of blocks) {
      if (block.type === "pause") {
        events.push(block.mark);
        continue;
      }
      if (block.type === "text") {
        events.push(
          ...block.pieces.map((piece) => (typeof piece === "string" ? chunk({ content: piece }) : piece)),
        );
        continue;
      }
      if (block.type === "reasoning") {
        // Reasoning arrives beside an empty content, as vLLM's reasoning parsers stream it.
        events.push(
          ...block.pieces.map((piece) =>
            typeof piece === "string" ? chunk({ [block.field]: piece }) : piece,
          ),
        );
        continue;
      }
      if (block.type !== "tool") continue;
      const index = toolIndex++;
      events.push(
        chunk({
          tool_calls: [
            { index, id: block.id, type: "function", function: { name: block.name, arguments: "" } },
          ],
        }),
        ...block.argumentPieces.map((piece) =>
          typeof piece === "string"
            ? chunk({ tool_calls: [{ index, function: { arguments: piece } }] })
            : piece,
        ),
      );
    }
    if (plan.omitFinishReason !== true) events.push(chunk({}, FINISH_REASONS[stopKindOf(plan)]));
    if (context.includeUsage) {
      events.push(
        dataEvent({
          ...completionHeader(context, "chat.completion.chunk"),
          choices: [],
          usage: usageFields(plan.usage ?? DEFAULT_USAGE),
        }),
      );
    }
    events.push(DONE_EVENT);
    return events;
  },

  streamErrorEvent(errorType, message) {
    return dataEvent({ error: { message, type: errorType, param: null, code: null } });
  },

  message(plan, context) {
    const blocks = layOutBlocks(plan, context.chunkSize, toolIdFor(context), undefined, true);
    const text = blocks.map(blockText).join("");
    const toolCalls = blocks.flatMap(toolCallOf);
    const reasoning = blocks.flatMap((block) => (block.type === "reasoning" ? [block] : []));
    return {
      ...completionHeader(context, "chat.completion"),
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            // OpenAI sends null, not "", when the turn is only tool calls.
            content: text === "" ? null : text,
            ...Object.fromEntries(reasoning.map((block) => [block.field, textOf(block.pieces)] as const)),
            ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
            refusal: null,
          },
          logprobs: null,
          finish_reason: FINISH_REASONS[stopKindOf(plan)],
        },
      ],
      usage: usageFields(plan.usage ?? DEFAULT_USAGE),
    };
  },

  errorBody(status, message, errorType) {
    const kind = openaiErrorKind(status);
    return { error: { message, type: errorType ?? kind.type, param: null, code: kind.code } };
  },
};

const FINISH_REASONS: Record<StopKind, string> = {
  end: "stop",
  tool: "tool_calls",
  length: "length",
  refusal: "content_filter",
  pause: "stop",
};

type JsonFields = { [key: string]: Json };

function completionHeader(context: RenderContext, object: string): JsonFields {
  return {
    id: `chatcmpl-fake-${context.sequence}`,
    object,
    created: context.createdSeconds,
    model: context.model,
    system_fingerprint: "fp_fake",
  };
}

function toolIdFor(context: RenderContext): (ordinal: number) => string {
  return (ordinal) => `call_fake_${context.sequence}_${ordinal}`;
}

function toolCallOf(block: MessageBlock): Json[] {
  if (block.type !== "tool") return [];
  const args = block.argumentPieces.filter((piece): piece is string => typeof piece === "string").join("");
  return [{ id: block.id, type: "function", function: { name: block.name, arguments: args } }];
}

function usageFields(usage: Usage): JsonFields {
  const promptTokens = usage.input + usage.cacheRead;
  return {
    prompt_tokens: promptTokens,
    completion_tokens: usage.output,
    total_tokens: promptTokens + usage.output,
    prompt_tokens_details: { cached_tokens: usage.cacheRead },
    completion_tokens_details: { reasoning_tokens: 0 },
  };
}
