import { afterEach, describe, expect, it } from "vitest";
import {
  type FakeProvider,
  type FakeProviderOptions,
  fault,
  type Json,
  parseScriptFile,
  repliesOf,
  reply,
} from "./fake-provider/index.js";
import { startFakeProvider } from "./fake-provider/server.js";

// The fake as a local model server: each behaviour here is the server's own, as its
// documentation or bug tracker shows it (the addresses are beside the code in
// fake-provider/local-server.ts).

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options: FakeProviderOptions): Promise<FakeProvider> {
  const server = await startFakeProvider(options);
  servers.push(server);
  return server;
}

async function call(server: FakeProvider, method: string, path: string, body?: Json) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, json, text, type: response.headers.get("content-type") };
}

const chat = (model: string, extra: Record<string, Json> = {}): Json => ({
  model,
  messages: [{ role: "user", content: "Hi" }],
  ...extra,
});
const TOOLS: Json = [{ type: "function", function: { name: "Glob", parameters: { type: "object" } } }];

describe("the fake as Ollama", () => {
  const models = [
    { id: "nomic-embed-text:latest", capabilities: ["embedding"], trainedContext: 2048 },
    { id: "gemma3:4b", capabilities: ["completion", "vision"] },
    { id: "qwen3:8b", capabilities: ["completion", "tools"], numCtx: 16_384, architecture: "qwen3" },
  ];

  it("lists its models on /api/tags and /v1/models, embedding model first, and describes each on /api/show", async () => {
    const server = await start({ local: { kind: "ollama", models } });
    const tags = await call(server, "GET", "/api/tags");
    expect((tags.json as { models: { name: string }[] }).models.map((model) => model.name)).toEqual([
      "nomic-embed-text:latest",
      "gemma3:4b",
      "qwen3:8b",
    ]);
    const listed = await call(server, "GET", "/v1/models");
    expect(listed.json).toMatchObject({ object: "list", data: [{ id: "nomic-embed-text:latest" }, {}, {}] });
    const shown = await call(server, "POST", "/api/show", { model: "qwen3:8b" });
    expect(shown.json).toMatchObject({
      capabilities: ["completion", "tools"],
      parameters: expect.stringContaining("num_ctx 16384"),
      model_info: { "general.architecture": "qwen3", "qwen3.context_length": 131_072 },
    });
    expect(await call(server, "POST", "/api/show", { name: "nomic-embed-text:latest" })).toMatchObject({
      json: { capabilities: ["embedding"], model_info: { "llama.context_length": 2048 } },
    });
    expect(await call(server, "POST", "/api/show", { model: "nope" })).toMatchObject({
      status: 404,
      json: { error: "model 'nope' not found" },
    });
  });

  it("loads a model on an empty /api/generate, and /api/ps then gives the context it runs with", async () => {
    const server = await start({ local: { kind: "ollama", models, contextLength: 8192 } });
    expect((await call(server, "GET", "/api/ps")).json).toEqual({ models: [] });
    expect((await call(server, "POST", "/api/generate", { model: "gemma3:4b" })).json).toMatchObject({
      model: "gemma3:4b",
      done: true,
      done_reason: "load",
    });
    await call(server, "POST", "/v1/chat/completions", chat("qwen3:8b"));
    const running = (await call(server, "GET", "/api/ps")).json as {
      models: { name: string; context_length: number }[];
    };
    expect(running.models.map((model) => [model.name, model.context_length])).toEqual([
      ["gemma3:4b", 8192],
      ["qwen3:8b", 16_384],
    ]);
  });

  it("refuses as Ollama does: an unknown model, an embedding model, tools for a model without them", async () => {
    const server = await start({ local: { kind: "ollama", models }, replies: [reply().text("Hello.")] });
    const error = (message: string) => ({ error: { message, type: "api_error", param: null, code: null } });
    expect(await call(server, "POST", "/v1/chat/completions", chat("llama9"))).toMatchObject({
      status: 404,
      json: error('model "llama9" not found, try pulling it first'),
    });
    expect(await call(server, "POST", "/v1/chat/completions", chat("nomic-embed-text:latest"))).toMatchObject(
      {
        status: 400,
        json: error('"nomic-embed-text:latest" does not support chat'),
      },
    );
    expect(
      await call(server, "POST", "/v1/chat/completions", chat("gemma3:4b", { tools: TOOLS })),
    ).toMatchObject({
      status: 400,
      json: error("registry.ollama.ai/library/gemma3:4b does not support tools"),
    });
    expect(server.requests.at(-1)?.rejection).toMatchObject({ status: 400, errorType: "api_error" });
    // Refusals take no reply from the script; an accepted request does.
    expect(server.pendingReplies).toBe(1);
    expect((await call(server, "POST", "/v1/chat/completions", chat("gemma3:4b"))).json).toMatchObject({
      choices: [{ message: { content: "Hello." } }],
    });
  });

  it("answers a prompt longer than the context anyway, or with `overflow: error` refuses it", async () => {
    const long = chat("qwen3:8b", { messages: [{ role: "user", content: "word ".repeat(20_000) }] });
    const truncating = await start({ local: { kind: "ollama", models }, replies: [reply().text("Hm.")] });
    expect((await call(truncating, "POST", "/v1/chat/completions", long)).status).toBe(200);
    const strict = await start({ local: { kind: "ollama", models, overflow: "error" } });
    const refused = await call(strict, "POST", "/v1/chat/completions", long);
    expect(refused.status).toBe(400);
    expect(refused.text).toMatch(
      /request \(\d+ tokens\) exceeds the available context size \(16384 tokens\)/,
    );
  });
});

describe("the fake as llama.cpp, vLLM and LM Studio", () => {
  it("llama.cpp: /props gives --ctx-size; tools without --jinja are a 500; a long prompt a 400", async () => {
    const server = await start({
      local: { kind: "llama.cpp", models: ["qwen"], tools: false, contextLength: 512 },
    });
    expect((await call(server, "GET", "/v1/models")).json).toMatchObject({
      data: [{ id: "qwen", owned_by: "llamacpp", meta: { n_ctx_train: 131_072 } }],
    });
    expect((await call(server, "GET", "/props")).json).toMatchObject({
      default_generation_settings: { n_ctx: 512 },
    });
    expect(await call(server, "POST", "/v1/chat/completions", chat("qwen", { tools: TOOLS }))).toMatchObject({
      status: 500,
      json: { error: { code: 500, message: "tools param requires --jinja flag", type: "server_error" } },
    });
    const long = await call(
      server,
      "POST",
      "/v1/chat/completions",
      chat("qwen", { messages: [{ role: "user", content: "word ".repeat(1000) }] }),
    );
    expect(long).toMatchObject({
      status: 400,
      json: { error: { code: 400, type: "exceed_context_size_error", n_ctx: 512 } },
    });
  });

  it.each([
    [false, (fields: Record<string, Json>) => ({ error: fields })],
    [true, (fields: Record<string, Json>) => ({ object: "error", ...fields })],
  ])(
    "vLLM (legacy errors %s): max_model_len on /v1/models, and its refusals",
    async (legacyErrors, shape) => {
      const server = await start({
        local: {
          kind: "vllm",
          models: [{ id: "Qwen/Qwen3-8B" }],
          tools: false,
          legacyErrors,
          contextLength: 1000,
        },
      });
      expect((await call(server, "GET", "/v1/models")).json).toMatchObject({
        data: [{ id: "Qwen/Qwen3-8B", owned_by: "vllm", root: "Qwen/Qwen3-8B", max_model_len: 1000 }],
      });
      expect(await call(server, "POST", "/v1/chat/completions", chat("other"))).toMatchObject({
        status: 404,
        json: shape({
          message: "The model `other` does not exist.",
          type: "NotFoundError",
          param: null,
          code: 404,
        }),
      });
      expect(
        await call(server, "POST", "/v1/chat/completions", chat("Qwen/Qwen3-8B", { tools: TOOLS })),
      ).toMatchObject({
        status: 400,
        json: shape({
          message: '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set',
          type: "BadRequestError",
          param: null,
          code: 400,
        }),
      });
      const long = await call(
        server,
        "POST",
        "/v1/chat/completions",
        chat("Qwen/Qwen3-8B", { max_tokens: 999 }),
      );
      expect(long.status).toBe(400);
      expect(long.text).toMatch(
        /This model's maximum context length is 1000 tokens\. However, you requested \d+ tokens/,
      );
    },
  );

  it("LM Studio: /api/v0/models says what each model is, and the context a loaded one runs with", async () => {
    const server = await start({
      local: {
        kind: "lmstudio",
        models: [
          { id: "text-embedding-nomic", capabilities: ["embedding"] },
          { id: "qwen3-8b", loaded: true },
        ],
        contextLength: 8192,
      },
    });
    expect((await call(server, "GET", "/api/v0/models")).json).toMatchObject({
      data: [
        { id: "text-embedding-nomic", type: "embeddings", state: "not-loaded", max_context_length: 131_072 },
        { id: "qwen3-8b", type: "llm", state: "loaded", loaded_context_length: 8192 },
      ],
    });
  });
});

describe("LM Studio loading a model on demand", () => {
  it("loads a model not loaded at the first request, with its default context, and refuses a prompt past it", async () => {
    const server = await start({
      replies: [reply().text("Hi.")],
      local: { kind: "lmstudio", models: [{ id: "qwen3-8b", trainedContext: 32_768 }], contextLength: 1000 },
    });
    const listed = async () =>
      ((await call(server, "GET", "/api/v0/models")).json as { data: Json[] }).data[0];
    expect(await listed()).toEqual(
      expect.objectContaining({ state: "not-loaded", max_context_length: 32_768 }),
    );
    expect(await listed()).not.toHaveProperty("loaded_context_length");
    const long = await call(server, "POST", "/v1/chat/completions", {
      model: "qwen3-8b",
      messages: [{ role: "user", content: "word ".repeat(2000) }],
    });
    expect(long.status).toBe(400);
    expect(long.json).toEqual({
      error: expect.stringMatching(
        /^The number of tokens to keep from the initial prompt is greater than the context length \(n_keep: \d+>= n_ctx: 1000\)\. Try to load the model with a larger context length, or provide a shorter input\.$/,
      ),
    });
    // Refused, but loaded: it stays loaded with the context it was given.
    expect(await listed()).toEqual(expect.objectContaining({ state: "loaded", loaded_context_length: 1000 }));
    expect((await call(server, "POST", "/v1/chat/completions", chat("qwen3-8b"))).status).toBe(200);
  });
});

describe("what local servers' streams and errors look like", () => {
  it("streams reasoning_content or reasoning deltas before the answer, and puts them in a whole message", async () => {
    const server = await start({
      replies: [
        reply().reasoning("Thinking.").text("Hi."),
        reply().reasoning("Hmm.", { field: "reasoning" }).text("Yes."),
      ],
    });
    const streamed = await call(server, "POST", "/v1/chat/completions", chat("m", { stream: true }));
    expect(streamed.text).toContain('"delta":{"reasoning_content":"Thinking."}');
    expect(streamed.text.indexOf("reasoning_content")).toBeLessThan(streamed.text.indexOf('"content":"Hi."'));
    const whole = await call(server, "POST", "/v1/chat/completions", chat("m"));
    expect(whole.json).toMatchObject({ choices: [{ message: { content: "Yes.", reasoning: "Hmm." } }] });
    // Anthropic's route has no such thing.
    server.enqueue(reply().reasoning("unseen").text("Plain."));
    const anthropic = await call(server, "POST", "/v1/messages", {
      model: "claude-haiku-4-5",
      max_tokens: 100,
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(anthropic.json).toMatchObject({ content: [{ type: "text", text: "Plain." }] });
  });

  it("sends `: ping` comment lines in a pause, and can end a stream without a finish reason", async () => {
    const server = await start({
      replies: [
        reply().text("a").pause(60, { pingEveryMs: 20, comment: ": ping" }).text("b").withoutFinishReason(),
      ],
    });
    const streamed = await call(server, "POST", "/v1/chat/completions", chat("m", { stream: true }));
    expect(streamed.text).toContain(": ping\n\n");
    expect(streamed.text).not.toContain('"finish_reason":"stop"');
    expect(streamed.text.trimEnd().endsWith("data: [DONE]")).toBe(true);
  });

  it("answers a scripted error with the body exactly as given", async () => {
    const server = await start({
      replies: [
        fault.status(400, { body: { error: "bad thing" } }),
        fault.status(502, { body: "Bad Gateway\n" }),
      ],
    });
    expect(await call(server, "POST", "/v1/chat/completions", chat("m"))).toMatchObject({
      status: 400,
      json: { error: "bad thing" },
    });
    const plain = await call(server, "POST", "/v1/chat/completions", chat("m"));
    expect(plain).toMatchObject({ status: 502, text: "Bad Gateway\n" });
    expect(plain.type).toContain("text/plain");
  });

  it("reads all of it from a script file", async () => {
    const script = parseScriptFile(
      JSON.stringify({
        local: { kind: "ollama", models: [{ id: "llama3.2", capabilities: ["completion"] }] },
        replies: [
          {
            parts: [
              { reasoning: "hm", field: "reasoning" },
              { text: "Hi" },
              { pause: 10, pingEveryMs: 5, comment: ":" },
            ],
            withoutFinishReason: true,
          },
          { fault: "status", status: 400, body: { object: "error", message: "nope" } },
        ],
      }),
    );
    expect(script.local?.kind).toBe("ollama");
    const [first, second] = repliesOf(script);
    expect(first).toMatchObject({
      plan: {
        omitFinishReason: true,
        parts: [{ type: "reasoning", field: "reasoning" }, {}, { comment: ":" }],
      },
    });
    expect(second).toMatchObject({ kind: "status", status: 400, body: { object: "error", message: "nope" } });
  });
});
