import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  ANTHROPIC_VERSION,
  listAnthropicModels,
  listOpenAiCompatibleModels,
  MAX_ANTHROPIC_PAGES,
} from "../../../src/engines/model/model-list.js";

interface Seen {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
}

/** A real HTTP server on 127.0.0.1 that answers every request with `answer(request)`. */
async function serve(answer: (seen: Seen) => { status?: number; body: unknown }) {
  const seen: Seen[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const entry = { path: url.pathname, query: url.searchParams, headers: request.headers };
    seen.push(entry);
    const { status = 200, body } = answer(entry);
    response.writeHead(status, { "content-type": "application/json" });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  open.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const open: Server[] = [];
afterEach(async () => {
  await Promise.all(
    open.splice(0).map((server) => new Promise((resolve) => server.close(() => resolve(undefined)))),
  );
});

/** Anthropic's list shape (https://platform.claude.com/docs/en/api/models-list), a page of `ids`. */
function page(ids: string[], hasMore: boolean) {
  return {
    data: ids.map((id) => ({
      type: "model",
      id,
      display_name: id.replace(/^claude-/, "Claude ").replace(/-/g, " "),
      created_at: "2026-10-15T00:00:00Z",
    })),
    has_more: hasMore,
    first_id: ids[0] ?? null,
    last_id: ids.at(-1) ?? null,
  };
}

describe("listing Anthropic's models", () => {
  it("asks GET /v1/models with the key and API version, and reads every page in order", async () => {
    const pages: Record<string, ReturnType<typeof page>> = {
      "": page(["claude-sonnet-5-5", "claude-opus-5-5"], true),
      "claude-opus-5-5": page(["claude-haiku-4-5", "claude-opus-4-6"], true),
      "claude-opus-4-6": page(["claude-sonnet-4-5"], false),
    };
    const api = await serve(({ query }) => ({ body: pages[query.get("after_id") ?? ""] }));
    const listed = await listAnthropicModels({ baseUrl: api.url, apiKey: "sk-test", timeoutMs: 5000 });
    expect(listed).toEqual({
      ok: true,
      models: [
        { id: "claude-sonnet-5-5", displayName: "Claude sonnet 5 5" },
        { id: "claude-opus-5-5", displayName: "Claude opus 5 5" },
        { id: "claude-haiku-4-5", displayName: "Claude haiku 4 5" },
        { id: "claude-opus-4-6", displayName: "Claude opus 4 6" },
        { id: "claude-sonnet-4-5", displayName: "Claude sonnet 4 5" },
      ],
    });
    expect(api.seen.map((request) => request.path)).toEqual(["/v1/models", "/v1/models", "/v1/models"]);
    expect(api.seen.map((request) => request.query.get("after_id"))).toEqual([
      null,
      "claude-opus-5-5",
      "claude-opus-4-6",
    ]);
    for (const request of api.seen) {
      expect(request.headers["x-api-key"]).toBe("sk-test");
      expect(request.headers["anthropic-version"]).toBe(ANTHROPIC_VERSION);
      expect(request.query.get("limit")).toBe("1000");
    }
  });

  it("takes the API root with or without /v1, as ANTHROPIC_BASE_URL may hold either", async () => {
    const api = await serve(() => ({ body: page(["claude-sonnet-5-5"], false) }));
    for (const baseUrl of [api.url, `${api.url}/`, `${api.url}/v1`])
      expect(await listAnthropicModels({ baseUrl, apiKey: "k" })).toMatchObject({ ok: true });
    expect(new Set(api.seen.map((request) => request.path))).toEqual(new Set(["/v1/models"]));
  });

  it("stops after a bounded number of pages, and says the list went on", async () => {
    let served = 0;
    const api = await serve(() => {
      served++;
      return { body: page([`model-${served}a`, `model-${served}b`], true) };
    });
    const listed = await listAnthropicModels({ baseUrl: api.url, apiKey: "k" });
    expect(listed).toMatchObject({ ok: true, truncated: true });
    expect(listed.ok && listed.models).toHaveLength(MAX_ANTHROPIC_PAGES * 2);
    expect(api.seen).toHaveLength(MAX_ANTHROPIC_PAGES);
  });

  it("does not ask for the same page twice when a server gives no new cursor", async () => {
    const api = await serve(() => ({ body: page(["claude-sonnet-5-5"], true) }));
    const listed = await listAnthropicModels({ baseUrl: api.url, apiKey: "k" });
    expect(listed).toEqual({
      ok: true,
      models: [{ id: "claude-sonnet-5-5", displayName: "Claude sonnet 5 5" }],
      truncated: true,
    });
    expect(api.seen).toHaveLength(2);
  });

  it("says why when the key is refused, with the API's own message and the status", async () => {
    const api = await serve(() => ({
      status: 401,
      body: { type: "error", error: { type: "authentication_error", message: "invalid x-api-key" } },
    }));
    expect(await listAnthropicModels({ baseUrl: api.url, apiKey: "bad" })).toEqual({
      ok: false,
      status: 401,
      reason: `GET ${api.url}/v1/models answered HTTP 401: invalid x-api-key`,
    });
  });

  it("says why when nobody answers, or the answer is not a model list", async () => {
    const gone = await serve(() => ({ body: {} }));
    await new Promise((resolve) => open.pop()?.close(resolve));
    const refused = await listAnthropicModels({ baseUrl: gone.url, apiKey: "k" });
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.reason).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v1\/models failed: .*ECONNREFUSED/,
    );

    const html = await serve(() => ({ body: "<html>" }));
    expect(await listAnthropicModels({ baseUrl: html.url, apiKey: "k" })).toEqual({
      ok: false,
      reason: `GET ${html.url}/v1/models did not answer with JSON`,
    });
    const other = await serve(() => ({ body: { models: [] } }));
    expect(await listAnthropicModels({ baseUrl: other.url, apiKey: "k" })).toEqual({
      ok: false,
      reason: `GET ${other.url}/v1/models did not answer with a list of models`,
    });
  });

  it("gives up on a server that does not answer in time, or when asked to stop", async () => {
    const hanging = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    open.push(hanging);
    const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
    expect(await listAnthropicModels({ baseUrl: url, apiKey: "k", timeoutMs: 50 })).toEqual({
      ok: false,
      reason: `GET ${url}/v1/models failed: no answer within 0.05 s`,
    });
    const stop = new AbortController();
    const listing = listAnthropicModels({ baseUrl: url, apiKey: "k", signal: stop.signal });
    stop.abort();
    expect(await listing).toEqual({ ok: false, reason: `GET ${url}/v1/models failed: stopped` });
    hanging.closeAllConnections();
  });
});

describe("listing an OpenAI-compatible server's models", () => {
  it("reads GET {baseUrl}/models in the server's order, with the key when there is one", async () => {
    const api = await serve(() => ({
      body: { object: "list", data: [{ id: "llama3.2" }, { id: "qwen3" }, { id: "llama3.2" }, { nope: 1 }] },
    }));
    expect(await listOpenAiCompatibleModels({ baseUrl: `${api.url}/v1/`, apiKey: "sk-local" })).toEqual({
      ok: true,
      models: [
        { id: "llama3.2", displayName: "llama3.2" },
        { id: "qwen3", displayName: "qwen3" },
      ],
    });
    expect(api.seen[0]?.path).toBe("/v1/models");
    expect(api.seen[0]?.headers.authorization).toBe("Bearer sk-local");
    await listOpenAiCompatibleModels({ baseUrl: `${api.url}/v1` });
    expect(api.seen[1]?.headers.authorization).toBeUndefined();
  });

  it("says why when the server refuses", async () => {
    const api = await serve(() => ({ status: 404, body: { error: "not found" } }));
    expect(await listOpenAiCompatibleModels({ baseUrl: `${api.url}/v1` })).toEqual({
      ok: false,
      status: 404,
      reason: `GET ${api.url}/v1/models answered HTTP 404: not found`,
    });
  });
});
