import { isRecord, requestJson, withTimeout } from "./http-json.js";
import type { DiscoveryRequest } from "./model-discovery.js";
import { anthropicSdkBaseUrl } from "./provider.js";

/** A model a provider offers: its id, and the name it shows people (the id when it has none). */
export interface ListedModel {
  id: string;
  displayName: string;
}

/**
 * What asking a provider for its models gave. `truncated` is set when the list went on
 * beyond the pages Specwright reads. `status` is the HTTP status of a refusal.
 */
export type ModelList =
  | { ok: true; models: ListedModel[]; truncated?: true }
  | { ok: false; reason: string; status?: number };

export interface AnthropicListRequest {
  /** The API root as `ANTHROPIC_BASE_URL` holds it (`https://api.anthropic.com`); absent, Anthropic's own. */
  baseUrl?: string | null;
  apiKey: string;
  signal?: AbortSignal;
  /** For the whole listing, every page included (default 15 s). */
  timeoutMs?: number;
}

/** The Models API version the request is written for. */
export const ANTHROPIC_VERSION = "2023-06-01";

/** The most models one page may hold (the API's maximum). */
const PAGE_LIMIT = 1000;

/** Pages read at most: far more models than Anthropic offers, and a stop for a server that never ends. */
export const MAX_ANTHROPIC_PAGES = 10;

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Lists the models an Anthropic API key can use: `GET {root}/v1/models` with the
 * `x-api-key` and `anthropic-version` headers, page after page while `has_more` is set,
 * each page starting `after_id` the previous one's `last_id`. The newest models come
 * first. https://platform.claude.com/docs/en/api/models-list
 */
export async function listAnthropicModels(request: AnthropicListRequest): Promise<ModelList> {
  const url = `${anthropicSdkBaseUrl(request.baseUrl)}/models`;
  const headers = {
    accept: "application/json",
    "x-api-key": request.apiKey,
    "anthropic-version": ANTHROPIC_VERSION,
  };
  const signal = withTimeout(request.signal, request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const models: ListedModel[] = [];
  const seen = new Set<string>();
  let afterId: string | null = null;
  for (let page = 0; page < MAX_ANTHROPIC_PAGES; page++) {
    const query = new URLSearchParams({ limit: String(PAGE_LIMIT) });
    if (afterId !== null) query.set("after_id", afterId);
    const answer = await requestJson({
      url: `${url}?${query}`,
      shown: url,
      headers,
      signal,
      timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    if (!answer.ok) return answer;
    const parsed = anthropicPage(answer.body);
    if (parsed === null) return { ok: false, reason: `GET ${url} did not answer with a list of models` };
    for (const model of parsed.models) {
      if (seen.has(model.id)) continue;
      seen.add(model.id);
      models.push(model);
    }
    const next = parsed.lastId ?? parsed.models.at(-1)?.id ?? null;
    if (!parsed.hasMore) return { ok: true, models };
    // A server that says there is more but gives no new cursor would be asked the same page forever.
    if (next === null || next === afterId) return { ok: true, models, truncated: true };
    afterId = next;
  }
  return { ok: true, models, truncated: true };
}

/**
 * Lists the models an OpenAI-compatible server serves (`GET {baseUrl}/models`, an
 * OpenAI-style `{ data: [{ id }] }`), in the server's order: the request
 * `readServerFacts` (server-facts.ts) begins with.
 */
export async function listOpenAiCompatibleModels(
  request: Omit<DiscoveryRequest, "signal" | "timeoutMs"> & { signal?: AbortSignal; timeoutMs?: number },
): Promise<ModelList> {
  const url = `${request.baseUrl.trim().replace(/\/+$/, "")}/models`;
  const headers: Record<string, string> = { accept: "application/json" };
  if (request.apiKey) headers.authorization = `Bearer ${request.apiKey}`;
  const signal = withTimeout(request.signal, request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const answer = await requestJson({
    url,
    headers,
    signal,
    timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  if (!answer.ok) return answer;
  const data = isRecord(answer.body) ? answer.body.data : undefined;
  if (!Array.isArray(data)) return { ok: false, reason: `GET ${url} did not answer with a list of models` };
  const models: ListedModel[] = [];
  for (const item of data) {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id === "string" && id.length > 0 && !models.some((model) => model.id === id))
      models.push({ id, displayName: id });
  }
  return { ok: true, models };
}

/** One page of Anthropic's model list: `{ data: [{ id, display_name }], has_more, last_id }`. */
function anthropicPage(
  body: unknown,
): { models: ListedModel[]; hasMore: boolean; lastId: string | null } | null {
  if (!isRecord(body) || !Array.isArray(body.data)) return null;
  const models: ListedModel[] = [];
  for (const item of body.data) {
    if (!isRecord(item) || typeof item.id !== "string" || item.id.length === 0) continue;
    const name =
      typeof item.display_name === "string" && item.display_name.trim() ? item.display_name : item.id;
    models.push({ id: item.id, displayName: name.trim() });
  }
  const lastId = typeof body.last_id === "string" && body.last_id.length > 0 ? body.last_id : null;
  return { models, hasMore: body.has_more === true, lastId };
}
