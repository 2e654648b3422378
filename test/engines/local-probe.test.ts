import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { resolveSettings, SettingsError } from "../../src/config.js";
import { ollamaUrlFromHost, probeLocalServers } from "../../src/engines/local-probe.js";
import type { ModelEngine } from "../../src/engines/model/index.js";
import { createEngine, selectEngine } from "../../src/engines/select.js";
import {
  type FakeProvider,
  type LocalServerOptions,
  startFakeProvider,
} from "../support/fake-provider/index.js";

const servers: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function local(options: LocalServerOptions): Promise<FakeProvider> {
  const server = await startFakeProvider({ local: options });
  servers.push(server);
  return server;
}

/** A port that takes connections and never answers, like a server stuck loading. */
async function silent(): Promise<string> {
  const server: Server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push({
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A port nothing listens on. */
async function closedPort(): Promise<string> {
  const server = await startFakeProvider();
  const url = server.url;
  await server.close();
  return url;
}

const settingsFrom = (env: Record<string, string>) => resolveSettings({}, env, "/work");

describe("looking for a model server on this machine", () => {
  it("finds Ollama with a model that can use tools, and the engine uses it", async () => {
    const ollama = await local({
      kind: "ollama",
      models: [
        { id: "nomic-embed-text:latest", capabilities: ["embedding"] },
        { id: "llama3.2:latest", capabilities: ["completion", "tools"] },
      ],
    });
    // A generous deadline: a test never depends on how fast the machine is.
    const settings = settingsFrom({
      SPECWRIGHT_PROBE_OLLAMA_URL: ollama.url,
      SPECWRIGHT_PROBE_LMSTUDIO_URL: await closedPort(),
      SPECWRIGHT_PROBE_TIMEOUT_MS: "10000",
    });
    const selection = await selectEngine(settings.engine);
    expect(selection).toMatchObject({
      name: "openai-compatible",
      baseUrl: `${ollama.url}/v1`,
      found: { modelId: "llama3.2:latest" },
    });
    expect(selection.reason).toBe(
      `Ollama is running at ${ollama.url} with llama3.2:latest, the first model on the server that can chat and use tools, after nomic-embed-text:latest (an embedding model) (SPECWRIGHT_PROBE_LOCAL=0 stops this search; set OPENAI_BASE_URL or ANTHROPIC_API_KEY to choose)`,
    );
    // The list first, then what each model is and which are loaded, at once.
    const asked = ollama.requests.map((request) => `${request.method} ${request.path}`);
    expect(asked[0]).toBe("GET /api/tags");
    expect(asked.slice(1).sort()).toEqual(["GET /api/ps", "POST /api/show", "POST /api/show"]);
    const engine = createEngine(selection) as ModelEngine;
    expect(engine.model).toBe("llama3.2:latest");
    expect(engine.description).toContain(`openai-compatible at ${ollama.url}/v1, model llama3.2:latest (`);
  });

  it("finds LM Studio when Ollama is not there, going by its own word on embeddings", async () => {
    const lmStudio = await local({
      kind: "lmstudio",
      models: [{ id: "text-embedding-nomic", capabilities: ["embedding"] }, { id: "qwen3-8b" }],
    });
    const found = await probeLocalServers({
      ollamaUrl: await closedPort(),
      lmStudioUrl: lmStudio.url,
      timeoutMs: 10_000,
    });
    expect(found).toMatchObject({ name: "LM Studio", baseUrl: `${lmStudio.url}/v1`, modelId: "qwen3-8b" });
  });

  it("says in the welcome when Ollama runs the model in its small default context, and how to raise it", async () => {
    // Ollama gives a model 4,096 tokens below 24 GiB of VRAM unless told otherwise
    // (https://docs.ollama.com/context-length); `/api/ps` says what a loaded model got
    // (https://docs.ollama.com/api/ps).
    const ollama = await local({
      kind: "ollama",
      models: [{ id: "qwen3:8b", trainedContext: 40_960, loaded: true }],
    });
    const settings = settingsFrom({
      SPECWRIGHT_PROBE_OLLAMA_URL: ollama.url,
      SPECWRIGHT_PROBE_LMSTUDIO_URL: await closedPort(),
      SPECWRIGHT_PROBE_TIMEOUT_MS: "10000",
    });
    const selection = await selectEngine(settings.engine);
    expect(selection).toMatchObject({ found: { modelId: "qwen3:8b" } });
    expect(selection.reason).toContain(
      "qwen3:8b is loaded with Ollama's default context, 4,096 tokens (its Modelfile sets no num_ctx): too small for a long interview",
    );
    expect(selection.reason).toContain(
      "Start Ollama with `OLLAMA_CONTEXT_LENGTH=16384 ollama serve` (or set the context length in the Ollama app's settings), within the 40,960 it can take",
    );
    // Said once: not again in what the engine says of itself.
    const engine = createEngine(selection) as ModelEngine;
    expect(engine.description).not.toContain("OLLAMA_CONTEXT_LENGTH");

    // A model that can take no more than that is not sent after a setting that cannot help.
    const small = await local({
      kind: "ollama",
      models: [{ id: "tinyllama", trainedContext: 2_048, loaded: true }],
      contextLength: 2_048,
    });
    const found = await probeLocalServers({
      ollamaUrl: small.url,
      lmStudioUrl: await closedPort(),
      timeoutMs: 10_000,
    });
    expect(found?.note).toContain("It can take no more: choose a model with a larger context with --model.");
  });

  it("says nothing of the context while it is unknown, set in the Modelfile, or roomy", async () => {
    const probe = async (options: LocalServerOptions) =>
      probeLocalServers({
        ollamaUrl: (await local(options)).url,
        lmStudioUrl: await closedPort(),
        timeoutMs: 10_000,
      });
    // Not loaded: Ollama chooses its context when it loads it.
    expect((await probe({ kind: "ollama", models: ["llama3.2"] }))?.note).toBeUndefined();
    // Its Modelfile's num_ctx: the person's choice.
    expect(
      (await probe({ kind: "ollama", models: [{ id: "llama3.2", numCtx: 8_192, loaded: true }] }))?.note,
    ).toBeUndefined();
    // OLLAMA_CONTEXT_LENGTH=32768.
    expect(
      (await probe({ kind: "ollama", models: [{ id: "llama3.2", loaded: true }], contextLength: 32_768 }))
        ?.note,
    ).toBeUndefined();
  });

  it("passes over a server with no model an interview can use", async () => {
    const ollama = await local({ kind: "ollama", models: [{ id: "bge-m3", capabilities: ["embedding"] }] });
    const found = await probeLocalServers({
      ollamaUrl: ollama.url,
      lmStudioUrl: await closedPort(),
      timeoutMs: 10_000,
    });
    expect(found).toBeNull();
    expect(ollama.requests.map((request) => request.path).sort()).toEqual([
      "/api/ps",
      "/api/show",
      "/api/tags",
    ]);
  });

  it("gives up on a server that does not answer in time, and the guided interviewer stays", async () => {
    const settings = settingsFrom({
      SPECWRIGHT_PROBE_OLLAMA_URL: await silent(),
      SPECWRIGHT_PROBE_LMSTUDIO_URL: await silent(),
      SPECWRIGHT_PROBE_TIMEOUT_MS: "50",
    });
    expect(await selectEngine(settings.engine)).toMatchObject({ name: "guided" });
  });

  it("does not look when told not to, or when a model is configured", async () => {
    const ollama = await local({ kind: "ollama", models: ["llama3.2"] });
    const off = settingsFrom({ SPECWRIGHT_PROBE_LOCAL: "0", SPECWRIGHT_PROBE_OLLAMA_URL: ollama.url });
    expect(await selectEngine(off.engine)).toMatchObject({ name: "guided" });
    const keyed = settingsFrom({ ANTHROPIC_API_KEY: "sk-test", SPECWRIGHT_PROBE_OLLAMA_URL: ollama.url });
    expect(await selectEngine(keyed.engine)).toMatchObject({ name: "anthropic" });
    const chosen = resolveSettings(
      { engine: "guided" },
      { SPECWRIGHT_PROBE_OLLAMA_URL: ollama.url },
      "/work",
    );
    expect(await selectEngine(chosen.engine)).toMatchObject({ name: "guided" });
    expect(ollama.requests).toEqual([]);
  });

  it("looks for Ollama where OLLAMA_HOST says it listens, 0.0.0.0 meaning this machine", async () => {
    const ollama = await local({ kind: "ollama", models: ["qwen3:8b"] });
    const port = new URL(ollama.url).port;
    const settings = settingsFrom({
      OLLAMA_HOST: `0.0.0.0:${port}`,
      SPECWRIGHT_PROBE_LMSTUDIO_URL: await closedPort(),
      SPECWRIGHT_PROBE_TIMEOUT_MS: "10000",
    });
    const selection = await selectEngine(settings.engine);
    expect(selection).toMatchObject({
      name: "openai-compatible",
      baseUrl: `http://127.0.0.1:${port}/v1`,
      found: { modelId: "qwen3:8b" },
    });
    expect(ollama.requests.map((request) => request.path).sort()).toEqual([
      "/api/ps",
      "/api/show",
      "/api/tags",
    ]);
    // Specwright's own variable comes first.
    const elsewhere = await local({ kind: "ollama", models: ["llama3.2"] });
    const both = settingsFrom({
      OLLAMA_HOST: `http://127.0.0.1:${port}`,
      SPECWRIGHT_PROBE_OLLAMA_URL: elsewhere.url,
      SPECWRIGHT_PROBE_LMSTUDIO_URL: await closedPort(),
      SPECWRIGHT_PROBE_TIMEOUT_MS: "10000",
    });
    expect(await selectEngine(both.engine)).toMatchObject({ found: { modelId: "llama3.2" } });
  });

  it.each([
    ["127.0.0.1:11500", "http://127.0.0.1:11500"],
    ["0.0.0.0", "http://127.0.0.1:11434"],
    [":11500", "http://127.0.0.1:11500"],
    ["http://localhost", "http://localhost:80"],
    ["https://ollama.example.com", "https://ollama.example.com:443"],
    ["gpu-box:11434/ollama/", "http://gpu-box:11434/ollama"],
    ["[::]:11500", "http://127.0.0.1:11500"],
    ["[::1]", "http://[::1]:11434"],
    ["example.com:notaport", "http://example.com:11434"],
    ["  ", null],
    ["ftp://example.com", null],
  ])("reads OLLAMA_HOST=%j as Ollama does: %s", (value, url) => {
    expect(ollamaUrlFromHost(value)).toBe(url);
  });

  it("refuses a switch it cannot read", () => {
    expect(() => settingsFrom({ SPECWRIGHT_PROBE_LOCAL: "maybe" })).toThrow(SettingsError);
    expect(settingsFrom({ SPECWRIGHT_PROBE_LOCAL: "off" }).engine).toMatchObject({ localSearch: null });
    expect(settingsFrom({}).engine).toMatchObject({ localSearch: { probe: {} } });
  });
});
