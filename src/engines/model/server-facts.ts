import type { ServerKind } from "./context-advice.js";
import { isRecord, positiveInteger, requestJson, withTimeout } from "./http-json.js";

/**
 * What an OpenAI-compatible server can say about its models beyond their names: which
 * server it is, which models can chat and use tools, and the context window each runs
 * with. OpenAI's model list has none of this; each local server says it its own way:
 * - Ollama: `POST /api/show` gives a model's `capabilities` (`completion`, `tools`,
 *   `embedding`, …), its trained context in `model_info` as `<architecture>.context_length`,
 *   and a Modelfile's `num_ctx` in `parameters` (https://docs.ollama.com/api/show);
 *   `GET /api/ps` gives the `context_length` a loaded model runs with
 *   (https://docs.ollama.com/api/ps).
 * - vLLM: each `/v1/models` entry carries the `max_model_len` it serves
 *   (https://github.com/modal-labs/modal-examples/issues/843).
 * - llama.cpp's server: `/v1/models` entries are `owned_by: "llamacpp"`
 *   (https://github.com/tontinton/maki/pull/242), and `GET /props` gives the context it
 *   was started with as `default_generation_settings.n_ctx`
 *   (https://mvysny.github.io/llama-server-endpoints/).
 * - LM Studio: `GET /api/v0/models` gives each model's `type` (`llm`, `vlm`,
 *   `embeddings`), `max_context_length`, and for a loaded one `loaded_context_length`
 *   (https://lmstudio.ai/docs/api/rest-api).
 * The native routes live at the server's root, the base URL without its `/v1`; they are
 * asked only when the model list gives no answer, and a server that has none of them is
 * an OpenAI-compatible server like any other.
 */

export type ModelKind = "chat" | "embedding" | "rerank";

export interface ServerModel {
  id: string;
  /** What the model is for, as the server says or, failing that, as its name suggests. */
  kind: ModelKind;
  /** Whether the server says so (`server`) or the name suggests it (`name`). */
  kindFrom: "server" | "name";
  /** Whether it can use tools, where the server says; null when it does not. */
  tools: boolean | null;
  /** The context window it runs with now, where the server says; null when unknown. */
  contextWindow: number | null;
  /** The context it was trained for, where known. */
  trainedContext: number | null;
  /** Ollama: the `num_ctx` of its Modelfile, where it sets one. */
  numCtx?: number | null;
  /** Ollama and LM Studio: whether the model is loaded now (`/api/ps`, `state`); absent where the server does not say. */
  loaded?: boolean;
}

export type ServerFacts =
  | { ok: true; server: ServerKind; models: ServerModel[] }
  | { ok: false; reason: string; status?: number };

export interface FactsRequest {
  /** Includes the version path, such as `http://localhost:11434/v1`. */
  baseUrl: string;
  apiKey?: string | null;
  signal?: AbortSignal;
  /** For every request together (default 15 s). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Names of embedding and reranking models, for servers that do not say what a model is
 * for: `nomic-embed-text`, `mxbai-embed-large`, `bge-m3`, `all-minilm`, `e5-…`,
 * `bge-reranker-…` (Ollama's embedding models, https://ollama.com/search?c=embedding).
 */
export function kindByName(id: string): ModelKind {
  if (/rerank/i.test(id)) return "rerank";
  if (/embed|(^|[/:_-])(bge|gte|e5)([_-]|$)|minilm|arctic-embed/i.test(id)) return "embedding";
  return "chat";
}

/** The server's root: the base URL without a trailing `/v1`, or null when it has none. */
export function serverRoot(baseUrl: string): string | null {
  const trimmed = baseUrl.trim().replace(/\/+$/, "");
  return /\/v1$/.test(trimmed) ? trimmed.slice(0, -3) : null;
}

export async function readServerFacts(request: FactsRequest): Promise<ServerFacts> {
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = withTimeout(request.signal, timeoutMs);
  const base = request.baseUrl.trim().replace(/\/+$/, "");
  const headers: Record<string, string> = request.apiKey ? { authorization: `Bearer ${request.apiKey}` } : {};
  const listed = await requestJson({ url: `${base}/models`, headers, signal, timeoutMs });
  if (!listed.ok) return listed;
  const data = isRecord(listed.body) ? listed.body.data : undefined;
  if (!Array.isArray(data))
    return { ok: false, reason: `GET ${base}/models did not answer with a list of models` };
  const entries = data.filter(
    (item): item is Record<string, unknown> & { id: string } =>
      isRecord(item) && typeof item.id === "string" && item.id.length > 0,
  );
  const unique = entries.filter(
    (entry, index) => entries.findIndex((other) => other.id === entry.id) === index,
  );
  const named = (entry: { id: string }): ServerModel => ({
    id: entry.id,
    kind: kindByName(entry.id),
    kindFrom: "name",
    tools: null,
    contextWindow: null,
    trainedContext: null,
  });

  if (unique.some((entry) => positiveInteger(entry.max_model_len) !== null))
    return {
      ok: true,
      server: "vllm",
      models: unique.map((entry) => ({
        ...named(entry),
        contextWindow: positiveInteger(entry.max_model_len),
      })),
    };

  const root = serverRoot(base);
  const ask = { headers, signal, timeoutMs };
  if (unique.some((entry) => entry.owned_by === "llamacpp")) {
    const props = root === null ? null : await requestJson({ url: `${root}/props`, ...ask });
    const nCtx = props?.ok ? contextOfProps(props.body) : null;
    return {
      ok: true,
      server: "llama.cpp",
      models: unique.map((entry) => ({
        ...named(entry),
        contextWindow: nCtx,
        trainedContext: isRecord(entry.meta) ? positiveInteger(entry.meta.n_ctx_train) : null,
      })),
    };
  }
  if (root === null || unique.length === 0)
    return { ok: true, server: "openai-compatible", models: unique.map(genericModel(named)) };

  const first = unique[0] as { id: string };
  const shown = await showOllamaModel(root, first.id, ask);
  if (shown !== null) {
    const rest = await Promise.all(unique.slice(1).map((entry) => showOllamaModel(root, entry.id, ask)));
    const running = await ollamaRunning(root, ask);
    const models = unique.map((entry, index) => {
      const facts = index === 0 ? shown : rest[index - 1];
      if (!facts) return named(entry);
      // Loaded, it runs with what /api/ps says; else with its Modelfile's num_ctx, when set.
      const loaded = running.get(entry.id);
      return {
        ...facts,
        id: entry.id,
        contextWindow: loaded ?? facts.numCtx ?? null,
        loaded: loaded !== undefined,
      };
    });
    return { ok: true, server: "ollama", models };
  }

  const lmStudio = await requestJson({ url: `${root}/api/v0/models`, ...ask });
  const lmData = lmStudio.ok && isRecord(lmStudio.body) ? lmStudio.body.data : undefined;
  if (Array.isArray(lmData) && lmData.some((item) => isRecord(item) && typeof item.type === "string")) {
    const byId = new Map(lmData.filter(isRecord).map((item) => [String(item.id), item] as const));
    return {
      ok: true,
      server: "lmstudio",
      models: unique.map((entry) => {
        const item = byId.get(entry.id);
        if (!item) return named(entry);
        const type = item.type;
        return {
          id: entry.id,
          kind:
            type === "embeddings"
              ? "embedding"
              : type === "llm" || type === "vlm"
                ? "chat"
                : kindByName(entry.id),
          kindFrom: type === "embeddings" || type === "llm" || type === "vlm" ? "server" : "name",
          tools: null,
          contextWindow: positiveInteger(item.loaded_context_length),
          trainedContext: positiveInteger(item.max_context_length),
          ...lmStudioLoaded(item),
        };
      }),
    };
  }
  return { ok: true, server: "openai-compatible", models: unique.map(genericModel(named)) };
}

/**
 * Whether LM Studio has a model loaded: its `state` (`loaded`, `not-loaded`), or failing
 * that whether it reports the `loaded_context_length` only a loaded model has
 * (https://lmstudio.ai/docs/developer/rest/endpoints).
 */
function lmStudioLoaded(item: Record<string, unknown>): { loaded?: boolean } {
  if (item.state === "loaded") return { loaded: true };
  if (item.state === "not-loaded") return { loaded: false };
  return positiveInteger(item.loaded_context_length) === null ? {} : { loaded: true };
}

/** Other servers: OpenRouter and a few more put a model's window in `context_length`. */
function genericModel(named: (entry: { id: string }) => ServerModel) {
  return (entry: Record<string, unknown> & { id: string }): ServerModel => ({
    ...named(entry),
    contextWindow: positiveInteger(entry.context_length),
  });
}

function contextOfProps(body: unknown): number | null {
  if (!isRecord(body)) return null;
  const settings = body.default_generation_settings;
  return (isRecord(settings) ? positiveInteger(settings.n_ctx) : null) ?? positiveInteger(body.n_ctx);
}

interface Ask {
  headers: Record<string, string>;
  signal: AbortSignal;
  timeoutMs: number;
}

/**
 * One model as Ollama's `/api/show` describes it, or null when the server does not
 * answer like Ollama. The context it runs with is not here: `/api/ps` says it for a
 * loaded model.
 */
export async function showOllamaModel(root: string, id: string, ask: Ask): Promise<ServerModel | null> {
  const answer = await requestJson({ url: `${root}/api/show`, method: "POST", body: { model: id }, ...ask });
  return answer.ok ? ollamaModelOf(id, answer.body) : null;
}

/** A model as an `/api/show` body describes it, or null when the body is not Ollama's. */
export function ollamaModelOf(id: string, body: unknown): ServerModel | null {
  if (!isRecord(body)) return null;
  const { capabilities, model_info: info, parameters } = body;
  if (!Array.isArray(capabilities) && !isRecord(info)) return null;
  const caps = Array.isArray(capabilities) ? capabilities.filter((cap) => typeof cap === "string") : null;
  const numCtx =
    typeof parameters === "string"
      ? positiveInteger(Number(/\bnum_ctx\s+(\d+)/.exec(parameters)?.[1]))
      : null;
  let kind: ModelKind = kindByName(id);
  let kindFrom: ServerModel["kindFrom"] = "name";
  if (caps !== null && caps.length > 0) {
    kindFrom = "server";
    kind = caps.includes("completion") ? "chat" : caps.includes("embedding") ? "embedding" : kind;
  }
  return {
    id,
    kind,
    kindFrom,
    tools: caps === null || caps.length === 0 ? null : caps.includes("tools"),
    contextWindow: null,
    trainedContext: trainedContextOf(info),
    numCtx,
  };
}

/** `<architecture>.context_length` in Ollama's `model_info`. */
function trainedContextOf(info: unknown): number | null {
  if (!isRecord(info)) return null;
  const architecture = info["general.architecture"];
  if (typeof architecture === "string") {
    const found = positiveInteger(info[`${architecture}.context_length`]);
    if (found !== null) return found;
  }
  for (const [key, value] of Object.entries(info))
    if (/\.context_length$/.test(key) && positiveInteger(value) !== null) return positiveInteger(value);
  return null;
}

/** The models Ollama has loaded, and the context each runs with (`GET /api/ps`). */
export async function ollamaRunning(root: string, ask: Ask): Promise<Map<string, number>> {
  const answer = await requestJson({ url: `${root}/api/ps`, ...ask });
  const running = new Map<string, number>();
  const models = answer.ok && isRecord(answer.body) ? answer.body.models : undefined;
  if (!Array.isArray(models)) return running;
  for (const model of models) {
    if (!isRecord(model)) continue;
    const context = positiveInteger(model.context_length);
    const name =
      typeof model.model === "string" ? model.model : typeof model.name === "string" ? model.name : null;
    if (name !== null && context !== null) {
      running.set(name, context);
      // Ollama names a model with its tag; a request may leave `:latest` out.
      if (name.endsWith(":latest")) running.set(name.slice(0, -":latest".length), context);
    }
  }
  return running;
}

/**
 * Loads a model in Ollama so `/api/ps` can say the context it runs with: "If an empty
 * prompt is provided, the model will be loaded into memory"
 * (https://github.com/ollama/ollama/blob/main/docs/api.md#load-a-model). The first
 * request would load it anyway; this only does it a moment sooner.
 */
export async function loadOllamaModel(root: string, id: string, ask: Ask): Promise<boolean> {
  const answer = await requestJson({
    url: `${root}/api/generate`,
    method: "POST",
    body: { model: id },
    ...ask,
  });
  return answer.ok;
}

/** The context a model runs with, and whether that is only the most it could be loaded with. */
export interface CurrentContext {
  tokens: number;
  /**
   * Set for an LM Studio model that is not loaded yet: `tokens` is its
   * `max_context_length`, and the context it really gets is known once the first
   * request has loaded it (LM Studio loads it then, with that model's default settings).
   */
  untilLoaded?: true;
}

/**
 * The context window `modelId` runs with now, asked of the server again (a local one
 * may have been restarted with a larger context since an error advised it), or null
 * when the server does not say. Ollama says it only for a loaded model (`/api/ps`), or
 * through a Modelfile's `num_ctx`; with neither, the model is loaded first, as the
 * turn's first request would do anyway. LM Studio says it for a loaded model
 * (`loaded_context_length`); for one that is not loaded, the most it can be loaded
 * with (`max_context_length`) stands in until a request has loaded it.
 */
export async function currentContextWindow(
  server: ServerKind,
  request: FactsRequest & { signal: AbortSignal },
  modelId: string,
): Promise<CurrentContext | null> {
  if (server === "lmstudio") {
    const facts = await readServerFacts(request);
    const model = facts.ok ? facts.models.find((candidate) => candidate.id === modelId) : undefined;
    if (model?.contextWindow) return { tokens: model.contextWindow };
    return model?.trainedContext ? { tokens: model.trainedContext, untilLoaded: true } : null;
  }
  const tokens = await contextTokens(server, request, modelId);
  return tokens === null ? null : { tokens };
}

async function contextTokens(
  server: ServerKind,
  request: FactsRequest & { signal: AbortSignal },
  modelId: string,
): Promise<number | null> {
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = request.apiKey ? { authorization: `Bearer ${request.apiKey}` } : {};
  const ask = { headers, signal: withTimeout(request.signal, timeoutMs), timeoutMs };
  const base = request.baseUrl.trim().replace(/\/+$/, "");
  const root = serverRoot(base);
  switch (server) {
    case "ollama": {
      if (root === null) return null;
      const running = (await ollamaRunning(root, ask)).get(modelId);
      if (running !== undefined) return running;
      const shown = await showOllamaModel(root, modelId, ask);
      if (shown?.numCtx) return shown.numCtx;
      if (!(await loadOllamaModel(root, modelId, ask))) return null;
      return (await ollamaRunning(root, ask)).get(modelId) ?? null;
    }
    case "llama.cpp": {
      const props = root === null ? null : await requestJson({ url: `${root}/props`, ...ask });
      return props?.ok ? contextOfProps(props.body) : null;
    }
    case "vllm": {
      const facts = await readServerFacts(request);
      return facts.ok ? (facts.models.find((model) => model.id === modelId)?.contextWindow ?? null) : null;
    }
    default:
      return null;
  }
}
