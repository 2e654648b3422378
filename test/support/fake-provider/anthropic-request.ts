import { isJsonObject, type Json, type JsonObject } from "./recording.js";

/**
 * Reading an Anthropic Messages request: its blocks in prompt order, a token estimate
 * for each, and its messages as the API sees them (consecutive same-role messages
 * combined into one turn).
 */

/**
 * The fake's token estimate: a quarter of the characters (UTF-16 code units), rounded up,
 * per content block; an image counts 1,600 tokens, about what the API charges for an
 * image at the largest size it takes without resizing
 * (https://platform.claude.com/docs/en/build-with-claude/vision). Real counts come from
 * the model's tokenizer; tests need only counts that are stable and grow with the text.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export const IMAGE_TOKENS = 1_600;

export type Section = "tools" | "system" | "messages";

/** One block of the prompt, in the order the cache reads them: tools, system, messages. */
export interface PromptBlock {
  readonly section: Section;
  /** For messages: the index of the message in the request, and of the block in its content. */
  readonly messageIndex?: number;
  readonly contentIndex?: number;
  readonly tokens: number;
  /** The block without its `cache_control`, as JSON: equal keys mean an equal prefix. */
  readonly key: string;
  /** Set when the block carries `cache_control`: its TTL ("5m" unless "1h" is asked for). */
  readonly cacheTtl?: "5m" | "1h";
}

/** A message as the API treats it, after combining consecutive messages of the same role. */
export interface Turn {
  readonly role: string;
  /** The index in the request of each message combined into this turn. */
  readonly messageIndexes: readonly number[];
  readonly blocks: readonly LocatedBlock[];
}

export interface LocatedBlock {
  readonly block: JsonObject;
  readonly messageIndex: number;
  readonly contentIndex: number;
}

export function messagesOf(body: JsonObject): JsonObject[] {
  return Array.isArray(body.messages) ? body.messages.filter(isJsonObject) : [];
}

/** A message's content as blocks: a string is one text block. */
export function contentBlocks(message: JsonObject): JsonObject[] {
  const content = message.content;
  if (typeof content === "string") return [{ type: "text", text: content }];
  return Array.isArray(content) ? content.filter(isJsonObject) : [];
}

/**
 * "Consecutive `user` or `assistant` turns in your request will be combined into a single
 * turn" (the `messages` parameter, https://platform.claude.com/docs/en/api/messages).
 */
export function turnsOf(body: JsonObject): Turn[] {
  const turns: { role: string; messageIndexes: number[]; blocks: LocatedBlock[] }[] = [];
  messagesOf(body).forEach((message, messageIndex) => {
    const role = typeof message.role === "string" ? message.role : "";
    const blocks = contentBlocks(message).map((block, contentIndex) => ({
      block,
      messageIndex,
      contentIndex,
    }));
    const last = turns.at(-1);
    if (last?.role === role) {
      last.messageIndexes.push(messageIndex);
      last.blocks.push(...blocks);
    } else {
      turns.push({ role, messageIndexes: [messageIndex], blocks });
    }
  });
  return turns;
}

export function promptBlocks(body: JsonObject): PromptBlock[] {
  const blocks: PromptBlock[] = [];
  const tools = Array.isArray(body.tools) ? body.tools.filter(isJsonObject) : [];
  for (const tool of tools) blocks.push(promptBlock("tools", tool, toolTokens(tool)));
  const system = body.system;
  if (typeof system === "string")
    blocks.push(promptBlock("system", { type: "text", text: system }, estimateTokens(system)));
  else if (Array.isArray(system)) {
    for (const block of system.filter(isJsonObject))
      blocks.push(promptBlock("system", block, blockTokens(block)));
  }
  messagesOf(body).forEach((message, messageIndex) => {
    contentBlocks(message).forEach((block, contentIndex) => {
      // The role is part of what the model reads: the same block said by someone else is another prefix.
      const keyed = { ...block, role: message.role ?? null };
      blocks.push({ ...promptBlock("messages", keyed, blockTokens(block)), messageIndex, contentIndex });
    });
  });
  return blocks;
}

function promptBlock(section: Section, block: JsonObject, tokens: number): PromptBlock {
  const { cache_control: cacheControl, ...rest } = block;
  const ttl = isJsonObject(cacheControl) ? (cacheControl.ttl === "1h" ? "1h" : "5m") : undefined;
  return { section, tokens, key: JSON.stringify(rest), ...(ttl === undefined ? {} : { cacheTtl: ttl }) };
}

function toolTokens(tool: JsonObject): number {
  const { cache_control: _cacheControl, ...definition } = tool;
  return estimateTokens(JSON.stringify(definition));
}

/** The estimate for one content block (text, image, tool use and result, thinking, …). */
export function blockTokens(block: JsonObject): number {
  switch (block.type) {
    case "text":
      return estimateTokens(String(block.text ?? ""));
    case "image":
      return IMAGE_TOKENS;
    case "tool_use":
      return estimateTokens(`${String(block.name ?? "")}${JSON.stringify(block.input ?? {})}`);
    case "tool_result":
      return contentTokens(block.content);
    case "thinking":
      return estimateTokens(String(block.thinking ?? ""));
    case "redacted_thinking":
      return estimateTokens(String(block.data ?? ""));
    default: {
      const { cache_control: _cacheControl, ...rest } = block;
      return estimateTokens(JSON.stringify(rest));
    }
  }
}

function contentTokens(content: Json | undefined): number {
  if (typeof content === "string") return estimateTokens(content);
  if (!Array.isArray(content)) return 0;
  return content.filter(isJsonObject).reduce((sum, block) => sum + blockTokens(block), 0);
}

/** Every `cache_control` in the request: on tools, system blocks and message blocks, and at the top level. */
export function cacheBreakpointCount(body: JsonObject): number {
  const marked = (value: Json | undefined) =>
    isJsonObject(value) && isJsonObject(value.cache_control) ? 1 : 0;
  let count = isJsonObject(body.cache_control) ? 1 : 0;
  if (Array.isArray(body.tools)) for (const tool of body.tools) count += marked(tool);
  if (Array.isArray(body.system)) for (const block of body.system) count += marked(block);
  for (const message of messagesOf(body)) {
    for (const block of contentBlocks(message)) {
      count += marked(block);
      if (block.type === "tool_result" && Array.isArray(block.content)) {
        for (const inner of block.content) count += marked(inner);
      }
    }
  }
  return count;
}
