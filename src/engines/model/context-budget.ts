import { asSchema, type ModelMessage, type ToolSet } from "ai";
import { type EngineError, engineError } from "../../types/engine-events.js";
import { contextAdvice, SERVER_NAMES, type ServerKind } from "./context-advice.js";

/**
 * Whether a request fits the model's context window, checked before it is sent. A
 * local server's window is often small (Ollama gives a model 4,096 tokens unless told
 * otherwise, https://docs.ollama.com/context-length), and what happens past it is worse
 * than an error: Ollama drops part of the prompt and answers anyway
 * (https://github.com/ollama/ollama/pull/17944), so the interviewer would lose its
 * instructions or the spec mid-interview without anyone knowing. Counting tokens
 * exactly would take the model's tokenizer; a quarter of the characters is the usual
 * estimate, close enough to tell a request that fits from one that is far off.
 */

/** The window a turn's requests must fit, and whose window it is, for the advice. */
export interface ContextWindow {
  tokens: number;
  server: ServerKind;
  modelId: string;
  /** What the number is, for the person: "num_ctx", "--ctx-size", … */
  setting: string;
  /**
   * Set when the number is only the most the model could run with, until a request has
   * loaded it (an LM Studio model not loaded yet): the window is asked for again after
   * each request until it is known.
   */
  untilLoaded?: true;
}

/** Tokens an image is counted as: about what a 1,000 × 1,000 picture costs a vision model. */
const IMAGE_TOKENS = 1_600;

/** Room kept for the answer when no output limit is set. */
const ANSWER_ROOM = 1_024;

export function tokensOf(characters: number): number {
  return Math.ceil(characters / 4);
}

/**
 * The count for each set of tools counted: an engine sends the same set with every
 * request, and their schemas' JSON (several kilobytes) was made again for each.
 */
const countedTools = new WeakMap<ToolSet, number>();

/** The tool definitions' share of every request: names, descriptions and input schemas. */
export async function toolTokens(tools: ToolSet): Promise<number> {
  let count = countedTools.get(tools);
  if (count === undefined) {
    count = await countToolTokens(tools);
    countedTools.set(tools, count);
  }
  return count;
}

async function countToolTokens(tools: ToolSet): Promise<number> {
  let characters = 0;
  for (const [name, tool] of Object.entries(tools)) {
    const schema = tool.inputSchema === undefined ? {} : await asSchema(tool.inputSchema).jsonSchema;
    characters += name.length + (tool.description?.length ?? 0) + JSON.stringify(schema).length;
  }
  return tokensOf(characters);
}

/**
 * The estimated tokens of a request's system prompt and messages, counted on their JSON:
 * besides the words, every message and part has an envelope on the wire and a few
 * tokens of the model's chat template, and a file's text is escaped inside a tool
 * call's arguments. A request of many short messages (a long interview) is
 * underestimated by half a window's answer room if only the words are counted.
 * Images count as `IMAGE_TOKENS` each, not as their base64 text.
 */
export function messageTokens(system: string, messages: readonly ModelMessage[]): number {
  let images = 0;
  const text = JSON.stringify(messages, (_key, value: unknown) => {
    if (isMediaPart(value)) {
      images += 1;
      return undefined;
    }
    return value;
  });
  // `[system,messages]`: the two, their brackets and the comma between them.
  return tokensOf(1 + jsonLengthOfSystem(system) + 1 + text.length + 1) + images * IMAGE_TOKENS;
}

/**
 * The last system prompt counted and the length of its JSON. Every request of every
 * turn counts the same prompt (15 KB for the shipped skill), several times while its
 * history is fitted (history-fit.ts): its JSON was worked out anew each time.
 */
let lastSystem: { text: string; jsonLength: number } | null = null;

function jsonLengthOfSystem(system: string): number {
  if (lastSystem?.text !== system) lastSystem = { text: system, jsonLength: JSON.stringify(system).length };
  return lastSystem.jsonLength;
}

function isMediaPart(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const type = (value as { type?: unknown }).type;
  return type === "image" || type === "file";
}

/** The room a request leaves for the answer: the output limit when one is set, within reason. */
export function answerRoom(window: number, maxOutputTokens: number | null): number {
  return Math.min(maxOutputTokens ?? ANSWER_ROOM, Math.floor(window / 2));
}

/** The error for a request that would not fit, with the numbers and the fix. */
export function tooSmallError(needed: number, window: ContextWindow): EngineError {
  const where = window.server === "anthropic" ? "" : ` on ${SERVER_NAMES[window.server]}`;
  const truncates =
    window.server === "ollama"
      ? ", where Ollama would have cut the conversation short without saying so"
      : "";
  return engineError(
    "context_too_small",
    `The next request of this interview needs about ${needed.toLocaleString("en-GB")} tokens, more than the ${window.tokens.toLocaleString("en-GB")}-token context window ${window.modelId} has${where} (${window.setting}), so it was not sent${truncates}. ${contextAdvice(window.server, window.modelId, needed)}`,
  );
}
