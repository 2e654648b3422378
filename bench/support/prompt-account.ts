import {
  estimateTokens,
  type PromptBlock,
  promptBlocks,
} from "../../test/support/fake-provider/anthropic-request.js";
import {
  CURRENT_CLAUDE_MODELS,
  type Json,
  type JsonObject,
  type RecordedRequest,
} from "../../test/support/fake-provider/index.js";
import { PromptCache } from "../../test/support/fake-provider/prompt-cache.js";

/**
 * Reads Anthropic requests the fake provider recorded, to say where their cache
 * breakpoints sit, what changed since the request before, and what each one read from
 * and wrote to the cache. The cache is the fake's own (`prompt-cache.ts`), replayed over
 * the recorded requests in order at the times they arrived: it is deterministic, so it
 * gives each request the usage the fake reported for it, and the benchmark checks that
 * against the usage frames the session sent.
 */

/** The fake's default lifetime of a cache entry, as Anthropic's: five minutes, refreshed by each read. */
const CACHE_TTL_MS = 5 * 60_000;

/** Where a block of the prompt sits: `tools[2]`, `system[0]`, `messages[7][1] tool_result`. */
export function blockPlace(block: PromptBlock, body: JsonObject): string {
  if (block.section !== "messages") return `${block.section}`;
  const message = asObject(asArray(body.messages)[block.messageIndex ?? -1]);
  const content = message.content;
  const part = Array.isArray(content) ? asObject(content[block.contentIndex ?? -1]) : { type: "text" };
  return `messages[${block.messageIndex}][${block.contentIndex}] ${String(message.role)} ${String(part.type)}`;
}

export interface RequestAccount {
  /** 1 for the first model request of the run. */
  sequence: number;
  bytes: number;
  /** Blocks in cache order (tools, system, message blocks) and the tokens the fake counts for them. */
  blocks: number;
  promptTokens: number;
  /** Each `cache_control` breakpoint: its block index, place and the prompt tokens up to and including it. */
  breakpoints: { at: number; place: string; tokensThrough: number }[];
  /**
   * The first block that is not the same as in the request before (null for the first
   * request): everything before it can be read from the cache, nothing from it on.
   */
  firstChange: { at: number; place: string; tokensBefore: number; previousBlocks: number } | null;
  read: number;
  write: number;
  input: number;
}

/**
 * Replays the prompt cache over `requests` (Anthropic Messages bodies, in the order they
 * were sent), each at the time it was recorded plus `clockOffsetMs(request)`: how far
 * the fake's cache clock ran ahead of the real one then.
 */
export function accountRequests(
  requests: readonly RecordedRequest[],
  model: string,
  clockOffsetMs: (request: RecordedRequest) => number = () => 0,
): RequestAccount[] {
  const minTokens = CURRENT_CLAUDE_MODELS.find((candidate) => candidate.id === model)?.minCacheableTokens;
  if (minTokens === undefined) throw new Error(`the fake provider does not serve ${model}`);
  let now = 0;
  const cache = new PromptCache(() => now, CACHE_TTL_MS);
  let previous: PromptBlock[] = [];
  return requests.map((request) => {
    const blocks = promptBlocks(request.body);
    const through: number[] = [];
    let total = 0;
    for (const block of blocks) {
      total += block.tokens;
      through.push(total);
    }
    const breakpoints = blocks.flatMap((block, at) =>
      block.cacheTtl === undefined
        ? []
        : [{ at, place: blockPlace(block, request.body), tokensThrough: through[at]! }],
    );
    const changedAt = blocks.findIndex((block, at) => previous[at]?.key !== block.key);
    const firstChange =
      previous.length === 0
        ? null
        : {
            at: changedAt < 0 ? blocks.length : changedAt,
            place: changedAt < 0 ? "(nothing changed)" : blockPlace(blocks[changedAt]!, request.body),
            tokensBefore: changedAt <= 0 ? 0 : through[changedAt - 1]!,
            previousBlocks: previous.length,
          };
    now = request.time.getTime() + clockOffsetMs(request);
    const account = cache.account(model, blocks, { minTokens });
    previous = blocks;
    return {
      sequence: request.sequence,
      bytes: Buffer.byteLength(request.rawBody),
      blocks: blocks.length,
      promptTokens: total,
      breakpoints,
      firstChange,
      read: account.read,
      write: account.write,
      input: account.input,
    };
  });
}

/**
 * The prompt tokens the fake counts for a request: on the Anthropic format its tools,
 * system prompt and message blocks; on the OpenAI format, as a local server checks a
 * prompt against its context, a quarter of the characters of the messages' and tools' JSON.
 */
export function promptTokenCount(request: RecordedRequest): number {
  if (isOpenAiRequest(request))
    return (
      estimateTokens(JSON.stringify(request.body.messages ?? [])) +
      estimateTokens(JSON.stringify(request.body.tools ?? []))
    );
  return promptBlocks(request.body).reduce((sum, block) => sum + block.tokens, 0);
}

function isOpenAiRequest(request: RecordedRequest): boolean {
  return /\/chat\/completions\/?$/.test(request.path);
}

/** What a request body is made of: its size, and its parts in characters of their JSON. */
export interface BodyParts {
  /** The whole body in bytes (UTF-8), as it went over the wire. */
  bytes: number;
  /** The whole body in characters (UTF-16 code units), for estimating tokens. */
  characters: number;
  tools: number;
  system: number;
  /** Text blocks of the conversation: what the person and the model wrote. */
  conversationText: number;
  /** `AskUserQuestion` calls and the person's answers (their results): the structured part of the conversation. */
  questionsAndAnswers: number;
  /** Every other tool call and result: files written, read and edited, folders listed. */
  fileTools: number;
  /** Thinking blocks, images, the envelope of each message and the request's own fields. */
  other: number;
}

const QUESTION_TOOL = "AskUserQuestion";

/** Splits a request body into the parts that grow differently over an interview. */
export function bodyParts(request: RecordedRequest): BodyParts {
  if (isOpenAiRequest(request)) return openAiBodyParts(request);
  const body = request.body;
  const length = (value: Json | undefined) => (value === undefined ? 0 : JSON.stringify(value).length);
  const blocks = asArray(body.messages).flatMap((message) => {
    const content = asObject(message).content;
    return typeof content === "string" ? [{ type: "text", text: content } as JsonObject] : asArray(content);
  });
  const questionIds = new Set(
    blocks
      .map(asObject)
      .flatMap((block) =>
        block.type === "tool_use" && block.name === QUESTION_TOOL ? [String(block.id)] : [],
      ),
  );
  let conversationText = 0;
  let questionsAndAnswers = 0;
  let fileTools = 0;
  for (const block of blocks.map(asObject)) {
    if (block.type === "text") conversationText += length(block);
    if (block.type !== "tool_use" && block.type !== "tool_result") continue;
    const callId = String(block.type === "tool_use" ? block.id : block.tool_use_id);
    if (questionIds.has(callId)) questionsAndAnswers += length(block);
    else fileTools += length(block);
  }
  const characters = request.rawBody.length;
  const tools = length(body.tools);
  const system = length(body.system);
  return {
    bytes: Buffer.byteLength(request.rawBody),
    characters,
    tools,
    system,
    conversationText,
    questionsAndAnswers,
    fileTools,
    other: characters - tools - system - conversationText - questionsAndAnswers - fileTools,
  };
}

/**
 * `bodyParts` of an OpenAI chat completion: the system prompt is the `system` message,
 * tool calls sit in an assistant message's `tool_calls`, and each result is a message of
 * its own with role `tool`.
 */
function openAiBodyParts(request: RecordedRequest): BodyParts {
  const body = request.body;
  const length = (value: Json | undefined) => (value === undefined ? 0 : JSON.stringify(value).length);
  const messages = asArray(body.messages).map(asObject);
  const questionIds = new Set(
    messages.flatMap((message) =>
      asArray(message.tool_calls)
        .map(asObject)
        .filter((call) => asObject(call.function).name === QUESTION_TOOL)
        .map((call) => String(call.id)),
    ),
  );
  let system = 0;
  let conversationText = 0;
  let questionsAndAnswers = 0;
  let fileTools = 0;
  for (const message of messages) {
    if (message.role === "system") {
      system += length(message);
      continue;
    }
    if (message.role === "tool") {
      if (questionIds.has(String(message.tool_call_id))) questionsAndAnswers += length(message.content);
      else fileTools += length(message.content);
      continue;
    }
    const content = message.content;
    if (typeof content === "string") conversationText += length(content);
    else
      for (const part of asArray(content).map(asObject))
        if (part.type === "text") conversationText += length(part);
    for (const call of asArray(message.tool_calls).map(asObject)) {
      if (questionIds.has(String(call.id))) questionsAndAnswers += length(call);
      else fileTools += length(call);
    }
  }
  const characters = request.rawBody.length;
  const tools = length(body.tools);
  return {
    bytes: Buffer.byteLength(request.rawBody),
    characters,
    tools,
    system,
    conversationText,
    questionsAndAnswers,
    fileTools,
    other: characters - tools - system - conversationText - questionsAndAnswers - fileTools,
  };
}

/**
 * How much of a request's prompt is the same as the start of the request before it, in
 * characters: what a server that keeps the prompt it evaluated last (llama.cpp's
 * `cache_prompt`, Ollama and LM Studio alike, vLLM's prefix cache) need not evaluate
 * again, and what a prompt cache can serve. The prompt is taken in the order a server
 * reads it: the tools, the system prompt, then each message, with Anthropic's
 * `cache_control` markers set aside (they move every turn and are not prompt text).
 */
export function reusedPrefix(
  previous: RecordedRequest | undefined,
  request: RecordedRequest,
): { reused: number; characters: number } {
  const text = promptText(request);
  if (previous === undefined) return { reused: 0, characters: text.length };
  const before = promptText(previous);
  const limit = Math.min(before.length, text.length);
  let reused = 0;
  while (reused < limit && before.charCodeAt(reused) === text.charCodeAt(reused)) reused++;
  return { reused, characters: text.length };
}

function promptText(request: RecordedRequest): string {
  const withoutMarkers = (value: Json | undefined) =>
    JSON.stringify(value ?? null, (key, inner: unknown) => (key === "cache_control" ? undefined : inner));
  const body = request.body;
  return [
    withoutMarkers(body.tools),
    withoutMarkers(body.system),
    ...asArray(body.messages).map(withoutMarkers),
  ].join("\n");
}

function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

function asObject(value: Json | undefined): JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
