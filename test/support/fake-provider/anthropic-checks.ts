import { type ClaudeModel, findModel, type ThinkingDisplay } from "./anthropic-models.js";
import {
  cacheBreakpointCount,
  contentBlocks,
  type LocatedBlock,
  messagesOf,
  type Turn,
  turnsOf,
} from "./anthropic-request.js";
import { isJsonObject, type Json, type JsonObject, type Rejection } from "./recording.js";
import type { IssuedBlock, ThinkingLedger } from "./thinking-ledger.js";

/**
 * The checks the real Messages API makes before it answers, each with the status and
 * the message the API gives. Where a page of Anthropic's documentation states the rule,
 * it is cited beside the check; the messages are the API's words as it returns them.
 * The first check that fails decides the answer, as with the API.
 */

/** Why the API would refuse a request. */
export type Refusal = Rejection;

/** How the accepted request thinks. */
export interface ThinkingState {
  /** Whether the model may think in this request (explicitly, or by the model's default). */
  readonly active: boolean;
  /** The `thinking.type` in effect: what the request says, or `adaptive` by default. */
  readonly type: string;
  readonly display: ThinkingDisplay;
}

export type CheckResult =
  | {
      readonly ok: true;
      readonly model: ClaudeModel;
      readonly thinking: ThinkingState;
      readonly maxTokens: number;
    }
  | { readonly ok: false; readonly refusal: Refusal };

const refuse = (message: string): { refusal: Refusal } => ({
  refusal: { status: 400, errorType: "invalid_request_error", message },
});

const invalid = (message: string): CheckResult => ({ ok: false, ...refuse(message) });

export function checkAnthropicRequest(
  body: JsonObject,
  catalogue: readonly ClaudeModel[],
  ledger: ThinkingLedger,
): CheckResult {
  const modelId = body.model;
  if (typeof modelId !== "string" || modelId === "") return invalid("model: Field required");
  const model = findModel(catalogue, modelId);
  // An unknown or retired model is a 404 whose message names it.
  if (model === undefined)
    return {
      ok: false,
      refusal: { status: 404, errorType: "not_found_error", message: `model: ${modelId}` },
    };

  // `max_tokens` is required, and "different models have different maximum values for
  // this parameter" (https://platform.claude.com/docs/en/api/messages).
  const maxTokens = body.max_tokens;
  if (maxTokens === undefined || maxTokens === null) return invalid("max_tokens: Field required");
  if (typeof maxTokens !== "number" || !Number.isInteger(maxTokens))
    return invalid("max_tokens: Input should be a valid integer");
  if (maxTokens < 1) return invalid("max_tokens: Input should be greater than or equal to 1");
  if (maxTokens > model.maxOutputTokens)
    return invalid(
      `max_tokens: ${maxTokens} > ${model.maxOutputTokens}, which is the maximum allowed number of output tokens for ${modelId}`,
    );

  const messages = messagesOf(body);
  if (body.messages === undefined) return invalid("messages: Field required");
  if (messages.length === 0) return invalid("messages: at least one message is required");

  const thinking = thinkingOf(body, model, maxTokens);
  if ("refusal" in thinking) return { ok: false, refusal: thinking.refusal };

  const forced = forcedToolUse(body, model, thinking.state);
  if (forced) return forced;

  const turns = turnsOf(body);
  // Prefill: "Prefilling assistant messages returns a 400 error on Claude 4.6 models"
  // and the models after them (https://platform.claude.com/docs/en/about-claude/models/migration-guide).
  if (model.rejectsPrefill && turns.at(-1)?.role === "assistant")
    return invalid(
      "This model does not support assistant message prefill. The conversation must end with a user message.",
    );

  // "You can define up to 4 cache breakpoints", a top-level `cache_control` (automatic
  // caching) taking one of them (https://platform.claude.com/docs/en/build-with-claude/prompt-caching).
  const breakpoints = cacheBreakpointCount(body);
  if (breakpoints > 4)
    return invalid(`A maximum of 4 blocks with cache_control may be provided. Found ${breakpoints}.`);

  const image = oversizedImage(messages);
  if (image) return image;

  const pairing = toolPairing(turns);
  if (pairing) return pairing;

  if (thinking.state.active) {
    const blocks = thinkingBlocks(turns, model, ledger);
    if (blocks) return blocks;
  }
  return { ok: true, model, thinking: thinking.state, maxTokens };
}

/**
 * The `thinking` parameter against what the model accepts. Opus 5.5 thinks adaptively
 * and refuses `disabled` and budgets ("thinking.type.disabled" is not supported for this
 * model, https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5);
 * Sonnet 5.5 takes `adaptive` and `between_tools` instead
 * (https://platform.claude.com/docs/en/models/sonnet-5-5/whats-new-sonnet-5-5);
 * Haiku 4.5 takes a budget, which must be at least 1,024 and below `max_tokens`
 * (https://platform.claude.com/docs/en/build-with-claude/thinking).
 */
export function thinkingOf(
  body: JsonObject,
  model: ClaudeModel,
  maxTokens: number,
): { state: ThinkingState } | { refusal: Refusal } {
  const thinking = body.thinking;
  if (thinking === undefined || thinking === null) {
    return {
      state: { active: model.defaultThinking === "on", type: "adaptive", display: model.defaultDisplay },
    };
  }
  if (!isJsonObject(thinking) || typeof thinking.type !== "string")
    return refuse("thinking.type: Field required");
  const type = thinking.type;
  if (!model.thinkingTypes.includes(type)) {
    const advice = model.thinkingTypes.includes("adaptive")
      ? ' Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.'
      : "";
    return refuse(`"thinking.type.${type}" is not supported for this model.${advice}`);
  }
  if (type === "enabled") {
    const budget = thinking.budget_tokens;
    if (typeof budget !== "number") return refuse("thinking.enabled.budget_tokens: Field required");
    if (budget < 1024)
      return refuse("thinking.enabled.budget_tokens: Input should be greater than or equal to 1024");
    if (budget >= maxTokens)
      return refuse(
        "`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size",
      );
  }
  const display = thinking.display;
  const displayed: ThinkingDisplay =
    display === "summarized" || display === "omitted" || display === "updates"
      ? display
      : type === "enabled"
        ? "summarized"
        : model.defaultDisplay;
  return { state: { active: type !== "disabled", type, display: displayed } };
}

/**
 * Forced tool use (`tool_choice` `any` or `tool`) returns an error on the 5.5 models
 * (their "What's new" pages), and with manual extended thinking on any model
 * ("tool_choice options that force tool use return an error with manual extended
 * thinking", https://platform.claude.com/docs/en/build-with-claude/thinking-tool-workflows).
 */
function forcedToolUse(
  body: JsonObject,
  model: ClaudeModel,
  thinking: ThinkingState,
): CheckResult | undefined {
  const choice = body.tool_choice;
  if (!isJsonObject(choice) || (choice.type !== "any" && choice.type !== "tool")) return undefined;
  if (model.rejectsForcedToolUse)
    return invalid(
      `"tool_choice.type.${String(choice.type)}" is not supported for this model. Use "tool_choice.type.auto" and describe in the prompt which tool to use.`,
    );
  if (thinking.active && thinking.type === "enabled")
    return invalid("Thinking may not be enabled when tool_choice forces tool use.");
  return undefined;
}

/**
 * A base64 image over 5 MB (5,242,880 bytes of base64 text) is refused, in a message
 * or inside a tool result (https://platform.claude.com/docs/en/build-with-claude/vision).
 */
const IMAGE_LIMIT_BYTES = 5 * 1024 * 1024;

function oversizedImage(messages: readonly JsonObject[]): CheckResult | undefined {
  for (const [messageIndex, message] of messages.entries()) {
    for (const [contentIndex, block] of contentBlocks(message).entries()) {
      const path = `messages.${messageIndex}.content.${contentIndex}`;
      const found = imageOver(block, path);
      if (found) return found;
      if (block.type === "tool_result" && Array.isArray(block.content)) {
        for (const [innerIndex, inner] of block.content.entries()) {
          const innerFound = imageOver(inner, `${path}.tool_result.content.${innerIndex}`);
          if (innerFound) return innerFound;
        }
      }
    }
  }
  return undefined;
}

function imageOver(block: Json, path: string): CheckResult | undefined {
  if (!isJsonObject(block) || block.type !== "image" || !isJsonObject(block.source)) return undefined;
  const data = block.source.data;
  if (block.source.type !== "base64" || typeof data !== "string") return undefined;
  const bytes = Buffer.byteLength(data);
  if (bytes <= IMAGE_LIMIT_BYTES) return undefined;
  return invalid(
    `${path}.image.source.base64: image exceeds 5 MB maximum: ${bytes} bytes > ${IMAGE_LIMIT_BYTES} bytes`,
  );
}

/**
 * Every `tool_use` needs its `tool_result` in the next message, and the results come
 * first in that message; a result with no call before it is refused
 * (https://platform.claude.com/docs/en/agents-and-tools/tool-use/handle-tool-calls).
 */
function toolPairing(turns: readonly Turn[]): CheckResult | undefined {
  for (const [position, turn] of turns.entries()) {
    const previous = position > 0 ? turns[position - 1] : undefined;
    const calls = previous?.role === "assistant" ? toolUseIds(previous) : [];
    if (turn.role === "user") {
      for (const { block, messageIndex, contentIndex } of turn.blocks) {
        if (block.type !== "tool_result") continue;
        const id = String(block.tool_use_id ?? "");
        if (!calls.includes(id))
          return invalid(
            `messages.${messageIndex}.content.${contentIndex}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${id}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`,
          );
      }
    }
    if (turn.role !== "assistant") continue;
    const ids = toolUseIds(turn);
    const next = turns[position + 1];
    if (ids.length === 0 || next === undefined) continue;
    const results =
      next.role === "user" ? next.blocks.filter(({ block }) => block.type === "tool_result") : [];
    const answered = new Set(results.map(({ block }) => String(block.tool_use_id ?? "")));
    const missing = ids.filter((id) => !answered.has(id));
    if (missing.length > 0)
      return invalid(
        `messages.${turn.messageIndexes.at(-1)}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(", ")}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`,
      );
    const leading = next.blocks.findIndex(({ block }) => block.type !== "tool_result");
    if (leading !== -1 && leading < results.length)
      return invalid(
        `messages.${next.messageIndexes[0]}: Did not find ${ids.length} tool_result block(s) at the beginning of this message. Messages following tool_use blocks must begin with a matching number of tool_result blocks.`,
      );
  }
  return undefined;
}

function toolUseIds(turn: Turn): string[] {
  return turn.blocks
    .filter(({ block }) => block.type === "tool_use")
    .map(({ block }) => String(block.id ?? ""));
}

/**
 * Thinking blocks sent back must be ones the API issued, unchanged; while a tool-use
 * loop is under way (the last assistant turn made tool calls and the request returns
 * their results) that turn must carry the thinking blocks issued with it, complete,
 * unmodified and first ("when you return a tool result, the thinking blocks from the
 * assistant message must come back with it"; "echo the assistant message exactly as
 * received: rebuilding the message or filtering out redacted_thinking blocks triggers a
 * 400 error", https://platform.claude.com/docs/en/build-with-claude/thinking-tool-workflows).
 * A block issued for another model is dropped without an error ("If the current model
 * can't read a block, the API drops it from that request without an error",
 * https://platform.claude.com/docs/en/build-with-claude/preserved-thinking).
 */
function thinkingBlocks(
  turns: readonly Turn[],
  model: ClaudeModel,
  ledger: ThinkingLedger,
): CheckResult | undefined {
  const lastAssistant = turns.findLastIndex((turn) => turn.role === "assistant");
  for (const [position, turn] of turns.entries()) {
    if (turn.role !== "assistant") continue;
    for (const located of turn.blocks) {
      const problem = signatureProblem(located, ledger, position === lastAssistant);
      if (problem) return invalid(problem);
    }
  }

  const assistant = turns[lastAssistant];
  const final = turns.at(-1);
  if (assistant === undefined || final === undefined || lastAssistant !== turns.length - 2) return undefined;
  const calls = toolUseIds(assistant);
  const answersCalls = final.blocks.some(
    ({ block }) => block.type === "tool_result" && calls.includes(String(block.tool_use_id ?? "")),
  );
  if (!answersCalls) return undefined;
  const issued = calls.map((id) => ledger.issuedWith(id)).find((blocks) => blocks !== undefined) ?? [];
  const readable = issued.filter((block) => block.model === model.id);
  if (readable.length === 0) return undefined;

  const sent = assistant.blocks.filter(
    ({ block }) => block.type === "thinking" || block.type === "redacted_thinking",
  );
  const first = assistant.blocks[0];
  if (first === undefined || (first.block.type !== "thinking" && first.block.type !== "redacted_thinking")) {
    const where = first ?? { messageIndex: assistant.messageIndexes[0] ?? 0, contentIndex: 0, block: {} };
    return invalid(
      `messages.${where.messageIndex}.content.${where.contentIndex}.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${String(where.block.type ?? "nothing")}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable \`thinking\`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking`,
    );
  }
  const mismatch = readable.findIndex((block, index) => !sameBlock(block, sent[index]));
  if (mismatch !== -1 || sent.length !== readable.length) {
    // Where the first difference is: the block sent there, or the place after the last one sent.
    const at = mismatch === -1 ? readable.length : mismatch;
    const last = sent.at(-1) ?? first;
    const where = sent[at] ?? { ...last, contentIndex: last.contentIndex + 1 };
    return invalid(modifiedMessage(where));
  }
  return undefined;
}

function signatureProblem(
  located: LocatedBlock,
  ledger: ThinkingLedger,
  latest: boolean,
): string | undefined {
  const { block, messageIndex, contentIndex } = located;
  const path = `messages.${messageIndex}.content.${contentIndex}`;
  if (block.type === "thinking") {
    if (typeof block.signature !== "string" || block.signature === "")
      return `${path}.thinking.signature: Field required`;
    const issued = ledger.bySignature(block.signature);
    if (issued === undefined || issued.type !== "thinking")
      return `${path}: Invalid \`signature\` in \`thinking\` block`;
    if (issued.thinking !== block.thinking)
      return latest ? modifiedMessage(located) : `${path}: Invalid \`signature\` in \`thinking\` block`;
  }
  if (block.type === "redacted_thinking") {
    if (typeof block.data !== "string" || ledger.byData(block.data) === undefined)
      return `${path}: Invalid \`data\` in \`redacted_thinking\` block`;
  }
  return undefined;
}

function modifiedMessage(located: LocatedBlock): string {
  return `messages.${located.messageIndex}.content.${located.contentIndex}: \`thinking\` or \`redacted_thinking\` blocks in the latest assistant message cannot be modified. These blocks must remain as they were in the original response.`;
}

function sameBlock(issued: IssuedBlock, sent: LocatedBlock | undefined): boolean {
  if (sent === undefined || sent.block.type !== issued.type) return false;
  if (issued.type === "redacted_thinking") return sent.block.data === issued.data;
  return sent.block.thinking === issued.thinking && sent.block.signature === issued.signature;
}
