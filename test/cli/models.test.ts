import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_ANTHROPIC_MODEL } from "../../src/engines/model/defaults.js";
import { CliProcess, offlineEnv } from "../support/cli-process.js";
import { type FakeProvider, startFakeProvider } from "../support/fake-provider/index.js";

/** Runs `specwright models …` as its own process; returns its stdout lines, stderr and exit code. */
async function models(args: string[], env: NodeJS.ProcessEnv = {}) {
  const cli = new CliProcess(["models", ...args], offlineEnv(env));
  cli.endInput();
  const lines: string[] = [];
  for (let line = await cli.nextLine(); line !== null; line = await cli.nextLine()) lines.push(line);
  return { lines, stderr: cli.stderr.join(""), exitCode: await cli.exited };
}

const servers: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function fake(modelIds: string[]): Promise<FakeProvider> {
  const server = await startFakeProvider({ replies: [], models: modelIds });
  servers.push(server);
  return server;
}

/**
 * A tiny Anthropic Models API (https://platform.claude.com/docs/en/api/models-list):
 * two models a page, `has_more` and `last_id` leading to the next page through `after_id`.
 */
async function pagedAnthropic(all: { id: string; name: string }[]) {
  const seen: IncomingMessage[] = [];
  const server: Server = createServer((request, response) => {
    seen.push(request);
    const query = new URL(request.url ?? "/", "http://127.0.0.1").searchParams;
    const after = query.get("after_id");
    const start = after === null ? 0 : all.findIndex((model) => model.id === after) + 1;
    const slice = all.slice(start, start + 2);
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify({
        data: slice.map((model) => ({
          type: "model",
          id: model.id,
          display_name: model.name,
          created_at: "2026-10-15T00:00:00Z",
        })),
        has_more: start + 2 < all.length,
        first_id: slice[0]?.id ?? null,
        last_id: slice.at(-1)?.id ?? null,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push({ close: () => new Promise((resolve) => server.close(resolve)) });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe("specwright models with the anthropic engine", () => {
  it("lists the models the API offers, one a line, and marks the default", async () => {
    const server = await fake([DEFAULT_ANTHROPIC_MODEL, "claude-opus-5-5", "proxy-model-1"]);
    const result = await models([], { ANTHROPIC_API_KEY: "sk-test", ANTHROPIC_BASE_URL: server.url });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.lines).toHaveLength(3);
    expect(result.lines.map((line) => line.split(/\s+/)[0])).toEqual([
      DEFAULT_ANTHROPIC_MODEL,
      "claude-opus-5-5",
      "proxy-model-1",
    ]);
    expect(result.lines[0]).toMatch(/\(default\)$/);
    expect(result.lines.slice(1).join("\n")).not.toContain("(default)");
    expect(result.stderr).toContain("engine anthropic");
    const request = server.lastRequest();
    expect(request).toMatchObject({ method: "GET", path: "/v1/models" });
    expect(request?.headers["x-api-key"]).toBe("sk-test");
    expect(request?.headers["anthropic-version"]).toBe("2023-06-01");
  });

  it("reads every page, shows the display names, and marks the model chosen with --model", async () => {
    const api = await pagedAnthropic([
      { id: "claude-opus-5-5", name: "Claude Opus 5.5" },
      { id: "claude-sonnet-5-5", name: "Claude Sonnet 5.5" },
      { id: "claude-haiku-4-5", name: "Claude Haiku 4.5" },
      { id: "claude-opus-4-6", name: "Claude Opus 4.6" },
      { id: "claude-sonnet-4-5", name: "Claude Sonnet 4.5" },
    ]);
    const result = await models(["--model", "claude-haiku-4-5"], {
      ANTHROPIC_API_KEY: "sk-test",
      ANTHROPIC_BASE_URL: api.url,
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.lines).toEqual([
      "claude-opus-5-5    Claude Opus 5.5    context 1,000,000",
      "claude-sonnet-5-5  Claude Sonnet 5.5  context 1,000,000",
      "claude-haiku-4-5   Claude Haiku 4.5   context 200,000  (chosen)",
      "claude-opus-4-6    Claude Opus 4.6    context 200,000",
      "claude-sonnet-4-5  Claude Sonnet 4.5",
    ]);
    expect(api.seen.map((request) => request.url)).toEqual([
      "/v1/models?limit=1000",
      "/v1/models?limit=1000&after_id=claude-sonnet-5-5",
      "/v1/models?limit=1000&after_id=claude-opus-4-6",
    ]);
  });

  it("marks the default when the API lists it as a dated snapshot of its alias", async () => {
    const api = await pagedAnthropic([
      { id: "claude-opus-5-5-20261015", name: "Claude Opus 5.5" },
      { id: `${DEFAULT_ANTHROPIC_MODEL}-20261015`, name: "Claude Sonnet 5.5" },
    ]);
    const result = await models([], { ANTHROPIC_API_KEY: "sk-test", ANTHROPIC_BASE_URL: api.url });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.lines).toEqual([
      "claude-opus-5-5-20261015    Claude Opus 5.5    context 1,000,000",
      `${DEFAULT_ANTHROPIC_MODEL}-20261015  Claude Sonnet 5.5  context 1,000,000  (default)`,
    ]);
    expect(result.stderr).not.toContain("is not among");
  });

  it("prints one JSON object with --json, and says so when the chosen model is not listed", async () => {
    const server = await fake([DEFAULT_ANTHROPIC_MODEL, "claude-opus-5-5"]);
    const result = await models(["--json"], {
      ANTHROPIC_API_KEY: "sk-test",
      ANTHROPIC_BASE_URL: server.url,
      SPECWRIGHT_MODEL: "claude-sonnet-4-5",
    });
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.lines.join("\n"));
    expect(report).toMatchObject({
      engine: "anthropic",
      reason: "ANTHROPIC_API_KEY is set",
      url: `${server.url}/v1/models`,
      selected: { id: "claude-sonnet-4-5", by: "SPECWRIGHT_MODEL", listed: false },
      truncated: false,
      error: null,
    });
    expect(
      report.models.map((model: { id: string; selected: boolean }) => [model.id, model.selected]),
    ).toEqual([
      [DEFAULT_ANTHROPIC_MODEL, false],
      ["claude-opus-5-5", false],
    ]);

    const text = await models([], {
      ANTHROPIC_API_KEY: "sk-test",
      ANTHROPIC_BASE_URL: server.url,
      SPECWRIGHT_MODEL: "claude-sonnet-4-5",
    });
    expect(text.exitCode).toBe(0);
    expect(text.stderr).toContain(
      "claude-sonnet-4-5 (chosen with SPECWRIGHT_MODEL) is not among the models this provider lists",
    );
  });

  it("fails in plain words, exit 1, when the key is refused or nobody answers", async () => {
    const refusing = createServer((_request, response) => {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          type: "error",
          error: { type: "authentication_error", message: "invalid x-api-key" },
        }),
      );
    });
    await new Promise<void>((resolve) => refusing.listen(0, "127.0.0.1", resolve));
    servers.push({ close: () => new Promise((resolve) => refusing.close(resolve)) });
    const url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
    const refused = await models([], { ANTHROPIC_API_KEY: "sk-wrong", ANTHROPIC_BASE_URL: url });
    expect(refused.exitCode).toBe(1);
    expect(refused.lines).toEqual([]);
    expect(refused.stderr).toContain(
      `Could not list the models: GET ${url}/v1/models answered HTTP 401: invalid x-api-key. The key was refused: check ANTHROPIC_API_KEY.`,
    );

    await servers.pop()?.close();
    const gone = await models(["--json"], { ANTHROPIC_API_KEY: "sk-test", ANTHROPIC_BASE_URL: url });
    expect(gone.exitCode).toBe(1);
    const report = JSON.parse(gone.lines.join("\n"));
    expect(report.error).toMatch(
      /failed: .*ECONNREFUSED.*Check ANTHROPIC_BASE_URL and that the server is running\.$/,
    );
    expect(gone.stderr).toContain(report.error);

    const noKey = await models(["--engine", "anthropic"]);
    expect(noKey.exitCode).toBe(1);
    expect(noKey.stderr).toContain("The anthropic engine needs an API key: set ANTHROPIC_API_KEY.");
  });
});

describe("specwright models with the other engines", () => {
  it("lists an OpenAI-compatible server's models and marks the first, the one an interview takes", async () => {
    const server = await fake(["llama3.2", "qwen3"]);
    const result = await models([], { OPENAI_BASE_URL: `${server.url}/v1` });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.lines).toEqual(["llama3.2  (default)", "qwen3"]);
    expect(result.stderr).toContain(`engine openai-compatible at ${server.url}/v1/models`);

    const chosen = await models(["--model", "qwen3", "--json"], { OPENAI_BASE_URL: `${server.url}/v1` });
    expect(JSON.parse(chosen.lines.join("\n"))).toMatchObject({
      engine: "openai-compatible",
      selected: { id: "qwen3", by: "--model", listed: true },
      models: [
        { id: "llama3.2", selected: false },
        { id: "qwen3", selected: true },
      ],
    });
  });

  it("lists a local server's models with their context windows, and marks the first that can chat and use tools", async () => {
    const ollama = await startFakeProvider({
      local: {
        kind: "ollama",
        models: [
          { id: "nomic-embed-text:latest", capabilities: ["embedding"], trainedContext: 2048 },
          { id: "gemma3:4b", capabilities: ["completion"], trainedContext: 131_072 },
          { id: "qwen3:8b", capabilities: ["completion", "tools"], trainedContext: 40_960, numCtx: 16_384 },
        ],
      },
    });
    servers.push(ollama);
    const result = await models([], { OPENAI_BASE_URL: `${ollama.url}/v1` });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.lines).toEqual([
      "nomic-embed-text:latest  not loaded; model's maximum context 2,048, embedding model",
      "gemma3:4b                not loaded; model's maximum context 131,072, no tools",
      "qwen3:8b                 context 16,384 (model's maximum 40,960)  (default)",
    ]);

    const vllm = await startFakeProvider({
      local: {
        kind: "vllm",
        models: [{ id: "Qwen/Qwen3-8B", trainedContext: 40_960 }],
        contextLength: 8_192,
      },
    });
    servers.push(vllm);
    const json = await models(["--json"], { OPENAI_BASE_URL: `${vllm.url}/v1` });
    expect(JSON.parse(json.lines.join("\n")).models).toEqual([
      {
        id: "Qwen/Qwen3-8B",
        displayName: "Qwen/Qwen3-8B",
        selected: true,
        contextWindow: 8_192,
        trainedContext: null,
        loaded: null,
        kind: "chat",
        tools: null,
      },
    ]);

    const llama = await startFakeProvider({
      local: { kind: "llama.cpp", models: ["qwen2.5-coder-7b"], contextLength: 32_768 },
    });
    servers.push(llama);
    const props = await models([], { OPENAI_BASE_URL: `${llama.url}/v1` });
    expect(props.lines).toEqual(["qwen2.5-coder-7b  context 32,768 (model's maximum 131,072)  (default)"]);
  });

  it("shows an LM Studio model's maximum context whether it is loaded or not, and the context a loaded one has", async () => {
    // LM Studio's own list gives every model its `max_context_length` and a `state`, and a
    // loaded one the `loaded_context_length` it runs with
    // (https://lmstudio.ai/docs/developer/rest/endpoints).
    const lmStudio = await startFakeProvider({
      local: {
        kind: "lmstudio",
        models: [
          { id: "qwen3-8b", trainedContext: 32_768 },
          { id: "llama-3.2-3b-instruct", trainedContext: 131_072, loaded: true },
          { id: "text-embedding-nomic-embed-text-v1.5", capabilities: ["embedding"], trainedContext: 2_048 },
        ],
        contextLength: 4_096,
      },
    });
    servers.push(lmStudio);
    const result = await models([], { OPENAI_BASE_URL: `${lmStudio.url}/v1` });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.lines).toEqual([
      "qwen3-8b                              not loaded; model's maximum context 32,768  (default)",
      "llama-3.2-3b-instruct                 context 4,096 (model's maximum 131,072)",
      "text-embedding-nomic-embed-text-v1.5  not loaded; model's maximum context 2,048, embedding model",
    ]);
    const json = await models(["--json"], { OPENAI_BASE_URL: `${lmStudio.url}/v1` });
    expect(JSON.parse(json.lines.join("\n")).models).toMatchObject([
      { id: "qwen3-8b", contextWindow: null, trainedContext: 32_768, loaded: false },
      { id: "llama-3.2-3b-instruct", contextWindow: 4_096, trainedContext: 131_072, loaded: true },
      { id: "text-embedding-nomic-embed-text-v1.5", loaded: false, kind: "embedding" },
    ]);
  });

  it("says how to raise Ollama's small default context for the model an interview would use", async () => {
    // Loaded in Ollama's default 4,096 tokens (https://docs.ollama.com/context-length,
    // https://docs.ollama.com/api/ps); the OpenAI-compatible API cannot ask for more
    // (https://docs.ollama.com/api/openai-compatibility).
    const ollama = await startFakeProvider({
      local: { kind: "ollama", models: [{ id: "qwen3:8b", trainedContext: 40_960, loaded: true }] },
    });
    servers.push(ollama);
    const result = await models([], { OPENAI_BASE_URL: `${ollama.url}/v1` });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.lines).toEqual(["qwen3:8b  context 4,096 (model's maximum 40,960)  (default)"]);
    expect(result.stderr).toContain(
      "specwright models: qwen3:8b is loaded with Ollama's default context, 4,096 tokens (its Modelfile sets no num_ctx): too small for a long interview",
    );
    expect(result.stderr).toContain("`OLLAMA_CONTEXT_LENGTH=16384 ollama serve`");
    const json = await models(["--json"], { OPENAI_BASE_URL: `${ollama.url}/v1` });
    expect(JSON.parse(json.lines.join("\n")).contextAdvice).toContain("OLLAMA_CONTEXT_LENGTH=16384");

    // Found with nothing configured, the advice is in the line that says so, once.
    const probed = await models([], {
      SPECWRIGHT_PROBE_LOCAL: "1",
      SPECWRIGHT_PROBE_OLLAMA_URL: ollama.url,
      SPECWRIGHT_PROBE_LMSTUDIO_URL: ollama.url.replace(/:\d+$/, ":9"),
      SPECWRIGHT_PROBE_TIMEOUT_MS: "10000",
    });
    expect(probed.stderr.split("OLLAMA_CONTEXT_LENGTH=16384").length - 1).toBe(1);
  });

  it("finds a running Ollama when nothing is configured, as chat and serve do", async () => {
    const ollama = await startFakeProvider({ local: { kind: "ollama", models: ["llama3.2"] } });
    servers.push(ollama);
    const result = await models([], {
      SPECWRIGHT_PROBE_LOCAL: "1",
      SPECWRIGHT_PROBE_OLLAMA_URL: ollama.url,
      SPECWRIGHT_PROBE_LMSTUDIO_URL: ollama.url.replace(/:\d+$/, ":9"),
      SPECWRIGHT_PROBE_TIMEOUT_MS: "10000",
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      `engine openai-compatible at ${ollama.url}/v1/models, Ollama is running at ${ollama.url} with llama3.2`,
    );
    expect(result.lines).toEqual(["llama3.2  not loaded; model's maximum context 131,072  (default)"]);
  });

  it("says there is no model for the guided interviewer, and points to Claude Code's own for claude-code", async () => {
    const guided = await models([], { SPECWRIGHT_PROBE_LOCAL: "0" });
    expect(guided).toMatchObject({
      exitCode: 0,
      lines: ["The guided engine uses no model: it interviews offline."],
    });
    const claudeCode = await models(["--engine", "claude-code", "--json"]);
    expect(claudeCode.exitCode).toBe(0);
    expect(JSON.parse(claudeCode.lines.join("\n"))).toMatchObject({
      engine: "claude-code",
      models: [],
      selected: null,
      note: expect.stringContaining("Claude Code's own models"),
    });
  });

  it("has help, and refuses what it does not understand with exit 2", async () => {
    const help = await models(["--help"]);
    expect(help.exitCode).toBe(0);
    expect(help.lines[0]).toBe("Usage: specwright models [options]");
    expect(help.lines.join("\n")).toContain(DEFAULT_ANTHROPIC_MODEL);
    const wrong = await models(["--modle", "x"]);
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toContain("specwright models --help");
    const extra = await models(["my-app"]);
    expect(extra.exitCode).toBe(2);
  });
});
