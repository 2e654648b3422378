import { describe, expect, it } from "vitest";
import type { ServerFrame } from "../../../src/types/wire.js";
import { fault, reply } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { harnessForEachTest, modelRequests, textOf, typesOf } from "./harness.js";

const start = harnessForEachTest();

const errorsIn = (frames: readonly ServerFrame[]) =>
  frames.flatMap((frame) => (frame.type === "error" ? [frame] : []));

describe("a local server's refusals, in plain words", () => {
  it("says an Ollama model without tool support cannot interview, and how to find one that can", async () => {
    const { server, session } = await start("openai-compatible", {
      local: {
        kind: "ollama",
        models: [{ id: "gemma3:4b", capabilities: ["completion", "vision"] }],
        contextLength: 32_768,
      },
      engine: { model: "gemma3:4b" },
    });
    const frames = await collect(session.start());
    expect(typesOf(frames)).toEqual(["error", "response_done"]);
    const [error] = errorsIn(frames);
    expect(error).toMatchObject({ code: "model_lacks_tools", retryable: false });
    expect(error?.content).toContain(
      '(the server said: "registry.ollama.ai/library/gemma3:4b does not support tools")',
    );
    expect(error?.content).toContain("`ollama list`");
    expect(error?.content).toContain('tagged "tools"');
    expect(modelRequests(server)).toHaveLength(1);
  });

  it("names --jinja for llama.cpp's 500 and does not retry it", async () => {
    const { server, session } = await start("openai-compatible", {
      local: { kind: "llama.cpp", models: ["qwen2.5-7b-instruct"], tools: false, contextLength: 32_768 },
      engine: { model: "qwen2.5-7b-instruct" },
    });
    const [error] = errorsIn(await collect(session.start()));
    expect(error).toMatchObject({ code: "model_lacks_tools", retryable: false });
    expect(error?.content).toContain("tools param requires --jinja flag");
    expect(error?.content).toContain("Restart llama-server with --jinja");
    expect(modelRequests(server)).toHaveLength(1);
    expect(server.requests.find((request) => request.path === "/v1/chat/completions")?.rejection).toEqual({
      status: 500,
      errorType: "server_error",
      message: "tools param requires --jinja flag",
    });
  });

  it.each([
    ["current", false],
    ["before 0.10.1", true],
  ])("names both flags vLLM (%s error shape) needs for tool calling", async (_shape, legacyErrors) => {
    const { session } = await start("openai-compatible", {
      local: { kind: "vllm", models: ["Qwen/Qwen2.5-7B-Instruct"], tools: false, legacyErrors },
      engine: { model: "Qwen/Qwen2.5-7B-Instruct" },
    });
    const [error] = errorsIn(await collect(session.start()));
    expect(error).toMatchObject({ code: "model_lacks_tools", retryable: false });
    expect(error?.content).toContain(
      '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set',
    );
    expect(error?.content).toContain("--enable-auto-tool-choice and the --tool-call-parser for your model");
  });

  it("says an embedding model is not a chat model", async () => {
    const { session } = await start("openai-compatible", {
      local: {
        kind: "ollama",
        models: [{ id: "nomic-embed-text", capabilities: ["embedding"] }],
        contextLength: 32_768,
      },
      engine: { model: "nomic-embed-text" },
    });
    const [error] = errorsIn(await collect(session.start()));
    expect(error).toMatchObject({ code: "model_not_chat", retryable: false });
    expect(error?.content).toContain('"nomic-embed-text" does not support chat');
    expect(error?.content).toContain("Choose a chat model with --model");
  });

  it.each([
    ["OpenAI's", { error: { message: "model is busy loading", type: "invalid_request_error" } }],
    // vLLM before 0.10.1 (https://github.com/foundation-model-stack/fms-guardrails-orchestrator/issues/511)
    [
      "vLLM's older",
      { object: "error", message: "model is busy loading", type: "BadRequestError", code: 400 },
    ],
    // Ollama's native API (https://github.com/ollama/ollama/issues/14795)
    ["Ollama's", { error: "model is busy loading" }],
    ["a plain text", "model is busy loading\n"],
  ])("reads and shows %s error body", async (_shape, body) => {
    const { session } = await start("openai-compatible", { replies: [fault.status(422, { body })] });
    const [error] = errorsIn(await collect(session.start()));
    expect(error).toMatchObject({
      code: "provider_refused",
      content: "The model provider refused the request (HTTP 422: model is busy loading).",
    });
  });

  it.each([
    [
      "llama.cpp's",
      // https://github.com/oobabooga/textgen/issues/7257
      {
        error: {
          code: 400,
          message:
            "the request exceeds the available context size. try increasing the context size or enable context shift",
          type: "exceed_context_size_error",
          n_prompt_tokens: 14429,
          n_ctx: 8192,
        },
      },
      "--ctx-size",
    ],
    [
      "vLLM's",
      // https://github.com/vllm-project/vllm/issues/12886
      {
        object: "error",
        message:
          "This model's maximum context length is 2048 tokens. However, you requested 2723 tokens (1699 in the messages, 1024 in the completion). Please reduce the length of the messages or completion.",
        type: "BadRequestError",
        param: null,
        code: 400,
      },
      "--max-model-len",
    ],
  ])(
    "turns %s context-length 400 into context_too_long with the fix, without retrying",
    async (_server, body, fix) => {
      const { server, session } = await start("openai-compatible", {
        replies: [fault.status(400, { body }), reply().text("never sent")],
      });
      const [error] = errorsIn(await collect(session.start()));
      expect(error).toMatchObject({ code: "context_too_long", retryable: false });
      expect(error?.content).toContain(fix);
      expect(modelRequests(server)).toHaveLength(1);
    },
  );

  it("reads Ollama's context refusal, its runner's JSON inside Ollama's own, and advises num_ctx", async () => {
    const { server, session } = await start("openai-compatible", {
      local: {
        kind: "ollama",
        models: [{ id: "qwen2.5:0.5b", trainedContext: 32_768 }],
        contextLength: 200_000,
      },
      engine: { model: "qwen2.5:0.5b" },
      replies: [
        // https://github.com/ollama/ollama/issues/16800
        fault.status(400, {
          body: {
            error:
              '{"error":{"code":400,"message":"request (351 tokens) exceeds the available context size (256 tokens), try increasing it","type":"exceed_context_size_error","n_prompt_tokens":351,"n_ctx":256}}',
          },
        }),
      ],
    });
    const [error] = errorsIn(await collect(session.start()));
    expect(error).toMatchObject({ code: "context_too_long", retryable: false });
    expect(error?.content).toContain(
      '(the server said: "request (351 tokens) exceeds the available context size (256 tokens), try increasing it")',
    );
    expect(error?.content).toContain("OLLAMA_CONTEXT_LENGTH=");
    expect(error?.content).toContain("PARAMETER num_ctx");
    expect(modelRequests(server)).toHaveLength(1);
  });
});

describe("what a local server's stream may carry", () => {
  it("reads past `: ping` comment lines, which also keep a slow answer from counting as a stall", async () => {
    const { session } = await start("openai-compatible", {
      engine: { stallTimeoutMs: 150 },
      replies: [reply().text("Still ").pause(400, { pingEveryMs: 40, comment: ": ping" }).text("here.")],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    expect(textOf(frames)).toBe("Still here.");
  });

  it("takes an answer whose stream ends without a finish reason as it stands", async () => {
    const { server, session } = await start("openai-compatible", {
      replies: [
        reply().tool("Glob", { pattern: "prompts/*" }).withoutFinishReason(),
        reply().text("Nothing written yet.").withoutFinishReason(),
      ],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    expect(textOf(frames)).toBe("Nothing written yet.");
    expect(modelRequests(server)).toHaveLength(2);
  });

  it("asks again when a stream without a finish reason brought nothing at all", async () => {
    const { server, session } = await start("openai-compatible", {
      replies: [reply().withoutFinishReason(), reply().text("Here now.")],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    expect(textOf(frames)).toBe("Here now.");
    expect(modelRequests(server)).toHaveLength(2);
  });

  it.each(["reasoning_content", "reasoning"] as const)(
    "keeps a local model's %s to itself: neither shown nor kept",
    async (field) => {
      const { session } = await start("openai-compatible", {
        replies: [
          reply()
            .reasoning("The person wants a habit tracker. I should ask about", { field })
            .reasoning(" their platform first.", { field })
            .text("What would you like to build?"),
        ],
      });
      const frames = await collect(session.start());
      expect(errorsIn(frames)).toEqual([]);
      expect(textOf(frames)).toBe("What would you like to build?");
      const assistant = session.getMessages().filter((entry) => entry.role === "assistant");
      expect(assistant).toHaveLength(1);
      expect(assistant[0]).toMatchObject({ text: "What would you like to build?" });
      expect(assistant[0]).not.toHaveProperty("thinking");
    },
  );
});
