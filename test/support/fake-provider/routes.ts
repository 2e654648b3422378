import { anthropicFormat } from "./anthropic-format.js";
import type { ClaudeModel } from "./anthropic-models.js";
import { openaiFormat } from "./openai-format.js";
import type { Json } from "./recording.js";
import type { WireFormat } from "./wire-format.js";

export type Route = { kind: "model"; format: WireFormat } | { kind: "models" } | { kind: "not-found" };

/**
 * Each route answers with and without the `/v1` prefix: the AI SDK's providers take a
 * base URL ending in `/v1`, Anthropic's own SDK one without it.
 */
export function routeOf(method: string, path: string): Route {
  const route = path.replace(/^\/v1(?=\/)/, "").replace(/\/+$/, "");
  if (method === "POST" && route === "/messages") return { kind: "model", format: anthropicFormat };
  if (method === "POST" && route === "/chat/completions") return { kind: "model", format: openaiFormat };
  if (method === "GET" && route === "/models") return { kind: "models" };
  return { kind: "not-found" };
}

/**
 * The model list in Anthropic's shape (https://platform.claude.com/docs/en/api/models-list):
 * `data` of `{ type: "model", id, display_name, created_at, max_input_tokens, max_tokens }`,
 * then `has_more`, `first_id` and `last_id`. Each entry also carries OpenAI's `object`,
 * `created` and `owned_by`, and the list `object: "list"`, so an OpenAI-style client
 * reads the same route; an Anthropic client ignores fields it does not know.
 */
export function modelList(models: readonly ClaudeModel[]): Json {
  const data = models.map((model) => ({
    type: "model",
    id: model.id,
    display_name: model.displayName,
    created_at: model.createdAt,
    max_input_tokens: model.maxInputTokens,
    max_tokens: model.maxOutputTokens,
    object: "model",
    created: Math.floor(Date.parse(model.createdAt) / 1000),
    owned_by: "fake-provider",
  }));
  return {
    data,
    has_more: false,
    first_id: models[0]?.id ?? null,
    last_id: models.at(-1)?.id ?? null,
    object: "list",
  };
}

/** An error body both error parsers accept: Anthropic's `type: "error"` and OpenAI's `error.code`. */
export function neutralError(errorType: string, message: string): Json {
  return { type: "error", error: { type: errorType, message, code: null } };
}
