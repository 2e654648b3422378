import { checkAnthropicRequest, type Refusal, type ThinkingState, thinkingOf } from "./anthropic-checks.js";
import { blocksFor } from "./anthropic-format.js";
import { type ClaudeModel, customModel, findModel } from "./anthropic-models.js";
import { estimateTokens, promptBlocks } from "./anthropic-request.js";
import type { ThinkingRender } from "./message-blocks.js";
import type { PromptCache } from "./prompt-cache.js";
import { isJsonObject, type RecordedRequest } from "./recording.js";
import type { MessagePlan, Usage } from "./script.js";
import type { IssuedBlock, ThinkingLedger } from "./thinking-ledger.js";
import type { RenderContext } from "./wire-format.js";

/** What the fake knows of an Anthropic request it accepted. */
export interface AcceptedCall {
  readonly model: ClaudeModel;
  readonly thinking: ThinkingState;
  readonly maxTokens: number;
}

/**
 * Decides whether an Anthropic request would be accepted. With `strict` off nothing is
 * refused: the model is looked up leniently and the thinking settings fall back to the
 * model's defaults.
 */
export function acceptAnthropicCall(
  recorded: RecordedRequest,
  catalogue: readonly ClaudeModel[],
  ledger: ThinkingLedger,
  strict: boolean,
): { accepted: AcceptedCall } | { refusal: Refusal } {
  if (strict) {
    const result = checkAnthropicRequest(recorded.body, catalogue, ledger);
    if (!result.ok) return { refusal: result.refusal };
    return { accepted: result };
  }
  const id = typeof recorded.body.model === "string" ? recorded.body.model : "";
  const model = findModel(catalogue, id) ?? catalogue[0] ?? customModel(id);
  const maxTokens =
    typeof recorded.body.max_tokens === "number" ? recorded.body.max_tokens : model.maxOutputTokens;
  const thinking = thinkingOf(recorded.body, model, maxTokens);
  const state: ThinkingState =
    "state" in thinking
      ? thinking.state
      : { active: model.defaultThinking === "on", type: "adaptive", display: model.defaultDisplay };
  return { accepted: { model, thinking: state, maxTokens } };
}

/**
 * How thinking blocks show on the wire
 * (https://platform.claude.com/docs/en/build-with-claude/thinking): with
 * `display: "summarized"` a block carries its text; with `"omitted"` (the 5.5 models'
 * default) it comes back with an empty `thinking` and only its signature; with
 * `"updates"` only the progress notes between tool calls carry text; and under
 * `between_tools` thinking, the notes between tool calls are what comes back, with text
 * (https://platform.claude.com/docs/en/models/sonnet-5-5/whats-new-sonnet-5-5).
 */
export function thinkingRenderFor(
  call: AcceptedCall,
  sequence: number,
  ledger: ThinkingLedger,
): ThinkingRender | undefined {
  if (!call.thinking.active) return undefined;
  const { type, display } = call.thinking;
  return {
    visible(parts) {
      if (type === "between_tools" || display === "summarized") return true;
      if (display === "updates") return parts.some((part) => part.update === true);
      return false;
    },
    sign: (index, thinking) => ledger.sign(call.model.id, sequence, index, thinking),
    redactedData: (index) => ledger.redactedData(call.model.id, sequence, index),
  };
}

/** Records the thinking blocks a reply issues, and the tool calls it makes with them. */
export function recordIssuedThinking(
  plan: MessagePlan,
  context: RenderContext,
  call: AcceptedCall,
  ledger: ThinkingLedger,
): void {
  if (context.thinking === undefined) return;
  const blocks = blocksFor(plan, context);
  const issued: IssuedBlock[] = [];
  const toolUseIds: string[] = [];
  for (const block of blocks) {
    if (block.type === "thinking")
      issued.push({
        type: "thinking",
        thinking: block.thinking,
        signature: block.signature,
        model: call.model.id,
        sequence: context.sequence,
      });
    if (block.type === "redacted_thinking")
      issued.push({
        type: "redacted_thinking",
        data: block.data,
        model: call.model.id,
        sequence: context.sequence,
      });
    if (block.type === "tool") toolUseIds.push(block.id);
  }
  ledger.record(issued, toolUseIds);
}

/**
 * The usage of a reply that scripts none: input from the request (through the prompt
 * cache), output from the reply. Output tokens are the same estimate over the reply's
 * text, its thinking (all of it, even where the display omits it: thinking is billed as
 * output) and its tool input; a reply stopped at `max_tokens` reports `max_tokens`.
 */
export function computeUsage(
  plan: MessagePlan,
  recorded: RecordedRequest,
  call: AcceptedCall,
  cache: PromptCache,
): Usage {
  const automatic = isJsonObject(recorded.body.cache_control)
    ? recorded.body.cache_control.ttl === "1h"
      ? "1h"
      : "5m"
    : undefined;
  const account = cache.account(call.model.id, promptBlocks(recorded.body), {
    ...(automatic === undefined ? {} : { automatic }),
    minTokens: call.model.minCacheableTokens,
  });
  return {
    input: account.input,
    cacheRead: account.read,
    cacheWrite: account.write,
    output: outputTokens(plan, call),
  };
}

function outputTokens(plan: MessagePlan, call: AcceptedCall): number {
  const cut = plan.stopReason === "max_tokens" || plan.stopReason === "length" || plan.parts.some(isCutTool);
  if (cut) return call.maxTokens;
  let tokens = 0;
  for (const part of plan.parts) {
    if (part.type === "text") tokens += estimateTokens(part.text);
    if (part.type === "thinking" && call.thinking.active) tokens += estimateTokens(part.thinking);
    if (part.type === "tool") tokens += estimateTokens(`${part.name}${JSON.stringify(part.input ?? {})}`);
  }
  return Math.max(1, tokens);
}

function isCutTool(part: MessagePlan["parts"][number]): boolean {
  return part.type === "tool" && part.cutAt !== undefined;
}
