import { request } from "node:http";
import { isRecord } from "./model/http-json.js";
import { chooseChatModel } from "./model/model-discovery.js";
import { kindByName, ollamaModelOf, type ServerModel } from "./model/server-facts.js";
import { smallDefaultContextAdvice } from "./model/small-context.js";

/**
 * Looks for a model server already running on this machine, for a person who set
 * nothing up: Ollama where `OLLAMA_HOST` says its clients find it, else on its default
 * port 11434, whose `GET /api/tags` lists the models
 * pulled (https://docs.ollama.com/api/tags) and `POST /api/show` what each can do
 * (https://docs.ollama.com/api/show); LM Studio on its default port 1234, whose
 * `GET /v1/models` lists its models (https://lmstudio.ai/docs/app/api/endpoints/openai)
 * and `GET /api/v0/models` what each is (https://lmstudio.ai/docs/api/rest-api). Both
 * are asked at once with a short deadline, so a machine with neither waits a fraction
 * of a second at most (a closed port answers at once). A server counts only with a
 * model that can chat (and, where the server says, use tools). Ollama's `GET /api/ps`,
 * asked beside `/api/show`, says the context a loaded model runs with
 * (https://docs.ollama.com/api/ps): when that is Ollama's small default, the welcome
 * says how to raise it (small-context.ts).
 */

export const DEFAULT_OLLAMA_URL = "http://127.0.0.1:11434";
export const DEFAULT_LM_STUDIO_URL = "http://127.0.0.1:1234";
/** Long enough for a local server to answer, short enough not to delay a start noticeably. */
export const DEFAULT_PROBE_TIMEOUT_MS = 300;

export interface ProbeSettings {
  /** Where Ollama is looked for (its root, without `/v1`); before `ollamaHost`. */
  ollamaUrl?: string;
  /** `OLLAMA_HOST` as Ollama's own clients read it (`ollamaUrlFromHost`), when `ollamaUrl` is not set. */
  ollamaHost?: string;
  /** Where LM Studio is looked for (its root, without `/v1`). */
  lmStudioUrl?: string;
  timeoutMs?: number;
}

export interface FoundServer {
  name: "Ollama" | "LM Studio";
  /** The OpenAI-compatible base URL, with `/v1`. */
  baseUrl: string;
  modelId: string;
  /** How the model was chosen, for the person. */
  why: string;
  /** Advice for the person about the model's context, when it is too small (small-context.ts). */
  note?: string;
}

export async function probeLocalServers(settings: ProbeSettings = {}): Promise<FoundServer | null> {
  const signal = AbortSignal.timeout(settings.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS);
  const [ollama, lmStudio] = await Promise.all([
    probeOllama(
      root(settings.ollamaUrl ?? ollamaUrlFromHost(settings.ollamaHost) ?? DEFAULT_OLLAMA_URL),
      signal,
    ),
    probeLmStudio(root(settings.lmStudioUrl ?? DEFAULT_LM_STUDIO_URL), signal),
  ]);
  return ollama ?? lmStudio;
}

/**
 * The address `OLLAMA_HOST` gives Ollama, read the way Ollama reads it (`envconfig.Host`
 * in its source; https://docs.ollama.com/faq#how-do-i-configure-ollama-server): a host,
 * a `host:port`, a `:port`, each with or without `http://` or `https://`, and an optional
 * path after them. Without a scheme the port defaults to 11434, with `http://` to 80 and
 * with `https://` to 443; a port that is not a number in range is the default one. The
 * server is often started with `OLLAMA_HOST=0.0.0.0` so other machines can reach it:
 * an address that means "every address" (`0.0.0.0`, `::`), or no host at all, is
 * reached on this machine at 127.0.0.1. Null when unset or not an HTTP address.
 */
export function ollamaUrlFromHost(value: string | undefined): string | null {
  const text = value?.trim() ?? "";
  if (text === "") return null;
  const schemeEnd = text.indexOf("://");
  const scheme = schemeEnd < 0 ? "http" : text.slice(0, schemeEnd).toLowerCase();
  if (scheme !== "http" && scheme !== "https") return null;
  const fallbackPort = schemeEnd < 0 ? "11434" : scheme === "https" ? "443" : "80";
  const rest = schemeEnd < 0 ? text : text.slice(schemeEnd + 3);
  const slash = rest.indexOf("/");
  const hostPort = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? "" : rest.slice(slash).replace(/\/+$/, "");
  let host = hostPort;
  let port = "";
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(hostPort);
  if (bracketed) {
    host = bracketed[1] ?? "";
    port = bracketed[2] ?? "";
  } else if (hostPort.split(":").length === 2) {
    [host = "", port = ""] = hostPort.split(":");
  }
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) port = fallbackPort;
  if (host === "" || host === "0.0.0.0" || host === "::") host = "127.0.0.1";
  return `${scheme}://${host.includes(":") ? `[${host}]` : host}:${port}${path}`;
}

function root(url: string): string {
  return url.trim().replace(/\/+$/, "").replace(/\/v1$/, "");
}

async function probeOllama(url: string, signal: AbortSignal): Promise<FoundServer | null> {
  const tags = await localJson(`${url}/api/tags`, signal);
  const listed = isRecord(tags) ? tags.models : undefined;
  if (!Array.isArray(listed)) return null;
  const names = listed.flatMap((item) =>
    isRecord(item) && typeof (item.model ?? item.name) === "string" ? [String(item.model ?? item.name)] : [],
  );
  // What each model can do; one Ollama cannot describe in time is judged by its name.
  const [shown, running] = await Promise.all([
    Promise.all(
      names.map(async (name) =>
        ollamaModelOf(name, await localJson(`${url}/api/show`, signal, { model: name })),
      ),
    ),
    loadedContexts(url, signal),
  ]);
  const models = names.map((name, index): ServerModel => {
    const model = shown[index] ?? byName(name);
    const context = running?.get(name);
    if (running === null) return model;
    return { ...model, loaded: context !== undefined, contextWindow: context ?? model.numCtx ?? null };
  });
  const result = found("Ollama", url, models);
  if (result === null) return null;
  const chosen = models.find((model) => model.id === result.modelId);
  const note = chosen ? smallDefaultContextAdvice("ollama", chosen) : null;
  return note === null ? result : { ...result, note };
}

/** The context each loaded model runs with, by name (`GET /api/ps`); null when Ollama did not say in time. */
async function loadedContexts(url: string, signal: AbortSignal): Promise<Map<string, number> | null> {
  const answer = await localJson(`${url}/api/ps`, signal);
  const models = isRecord(answer) ? answer.models : undefined;
  if (!Array.isArray(models)) return null;
  const contexts = new Map<string, number>();
  for (const model of models) {
    if (!isRecord(model) || typeof model.context_length !== "number" || model.context_length <= 0) continue;
    for (const name of [model.model, model.name])
      if (typeof name === "string") contexts.set(name, model.context_length);
  }
  return contexts;
}

async function probeLmStudio(url: string, signal: AbortSignal): Promise<FoundServer | null> {
  const [listed, described] = await Promise.all([
    localJson(`${url}/v1/models`, signal),
    localJson(`${url}/api/v0/models`, signal),
  ]);
  const data = isRecord(listed) ? listed.data : undefined;
  if (!Array.isArray(data)) return null;
  const types = new Map<string, unknown>();
  const details = isRecord(described) ? described.data : undefined;
  if (Array.isArray(details))
    for (const item of details)
      if (isRecord(item) && typeof item.id === "string") types.set(item.id, item.type);
  const models = data.flatMap((item): ServerModel[] => {
    if (!isRecord(item) || typeof item.id !== "string") return [];
    const type = types.get(item.id);
    if (type === "embeddings") return [{ ...byName(item.id), kind: "embedding", kindFrom: "server" }];
    if (type === "llm" || type === "vlm") return [{ ...byName(item.id), kind: "chat", kindFrom: "server" }];
    return [byName(item.id)];
  });
  return found("LM Studio", url, models);
}

function byName(id: string): ServerModel {
  return {
    id,
    kind: kindByName(id),
    kindFrom: "name",
    tools: null,
    contextWindow: null,
    trainedContext: null,
  };
}

function found(name: FoundServer["name"], url: string, models: ServerModel[]): FoundServer | null {
  const server = name === "Ollama" ? "ollama" : "lmstudio";
  const chosen = chooseChatModel({ ok: true, server, models }, `${url}/v1/models`);
  return chosen.ok ? { name, baseUrl: `${url}/v1`, modelId: chosen.modelId, why: chosen.why } : null;
}

/**
 * One small JSON request to a server on this machine, or null for any failure. It uses
 * `node:http` rather than `fetch`: the first `fetch` of a process spends a good part of
 * the probe's deadline loading its HTTP client.
 */
function localJson(url: string, signal: AbortSignal, body?: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve(null);
      return;
    }
    if (signal.aborted || target.protocol !== "http:") {
      resolve(null);
      return;
    }
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const call = request(
      target,
      {
        method: payload === undefined ? "GET" : "POST",
        // A connection of its own, closed when done: nothing is left to keep the process alive.
        agent: false,
        headers: {
          accept: "application/json",
          ...(payload === undefined
            ? {}
            : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
        },
        signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", () => resolve(null));
        response.on("end", () => {
          if ((response.statusCode ?? 0) >= 300) return resolve(null);
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown);
          } catch {
            resolve(null);
          }
        });
      },
    );
    call.on("error", () => resolve(null));
    call.end(payload);
  });
}
