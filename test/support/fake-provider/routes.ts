import { anthropicFormat } from "./anthropic-format.js";
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

/** A model list both styles of client can read: OpenAI's `object`/`owned_by`, Anthropic's `type`/`display_name`. */
export function modelList(models: readonly string[]): Json {
  const data = models.map((id) => ({
    id,
    object: "model",
    type: "model",
    display_name: id,
    created: 0,
    created_at: "1970-01-01T00:00:00Z",
    owned_by: "fake-provider",
  }));
  return {
    object: "list",
    data,
    has_more: false,
    first_id: models[0] ?? null,
    last_id: models.at(-1) ?? null,
  };
}

/** An error body both error parsers accept: Anthropic's `type: "error"` and OpenAI's `error.code`. */
export function neutralError(errorType: string, message: string): Json {
  return { type: "error", error: { type: errorType, message, code: null } };
}
