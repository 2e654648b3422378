import type { ServerKind } from "./context-advice.js";
import { readServerFacts, type ServerFacts, type ServerModel } from "./server-facts.js";

/** What asking a server for its models gave: the model an interview should use, or why there is none. */
export type DiscoveredModel =
  | {
      ok: true;
      modelId: string;
      /** How it was chosen, for the person: "the first chat model the server lists, after …". */
      why: string;
      server: ServerKind;
    }
  | {
      ok: false;
      reason: string;
      /** Set when the server has chat models, but none that can use tools. */
      noneWithTools?: true;
      server?: ServerKind;
    };

export interface DiscoveryRequest {
  /** Includes the version path, such as `http://localhost:11434/v1`. */
  baseUrl: string;
  apiKey?: string | null;
  signal: AbortSignal;
  timeoutMs: number;
}

/**
 * Asks an OpenAI-compatible server which models it serves and picks the one an
 * interview can use: the first chat model that can use tools. Local servers list what
 * is pulled, embedding models among them (often first, by name); where the server says
 * what a model can do (server-facts.ts) that decides, and otherwise its name.
 */
export async function discoverChatModel(request: DiscoveryRequest): Promise<DiscoveredModel> {
  const facts = await readServerFacts(request);
  return chooseChatModel(facts, `${request.baseUrl.trim().replace(/\/+$/, "")}/models`);
}

export function chooseChatModel(facts: ServerFacts, listUrl: string): DiscoveredModel {
  if (!facts.ok) return { ok: false, reason: facts.reason };
  const { models, server } = facts;
  if (models.length === 0) return { ok: false, reason: `GET ${listUrl} listed no models`, server };
  const index = models.findIndex((model) => model.kind === "chat" && model.tools !== false);
  if (index < 0) {
    const reasons = models.map(skippedBecause).join(", ");
    return models.some((model) => model.kind === "chat")
      ? { ok: false, noneWithTools: true, server, reason: `none of its models can use tools: ${reasons}` }
      : { ok: false, server, reason: `it serves no chat model: ${reasons}` };
  }
  const chosen = models[index] as ServerModel;
  const skipped = models.slice(0, index).map(skippedBecause);
  const first =
    chosen.tools === true
      ? "the first model on the server that can chat and use tools"
      : index === 0
        ? "the first one the server lists"
        : "the first chat model the server lists";
  return {
    ok: true,
    modelId: chosen.id,
    server,
    why: skipped.length === 0 ? first : `${first}, after ${listWords(skipped)}`,
  };
}

function skippedBecause(model: ServerModel): string {
  if (model.kind === "embedding") return `${model.id} (an embedding model)`;
  if (model.kind === "rerank") return `${model.id} (a reranking model)`;
  return `${model.id} (cannot use tools)`;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
