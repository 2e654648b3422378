import { describe, expect, it } from "vitest";
import { reply } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { harnessForEachTest, modelRequests, typesOf } from "./harness.js";

const start = harnessForEachTest();

describe("finding the model to interview with, with no --model", () => {
  it("skips Ollama's embedding models and models without tools, as /api/show says, and says which it took", async () => {
    const { server, session, engine } = await start("openai-compatible", {
      local: {
        kind: "ollama",
        contextLength: 32_768,
        models: [
          { id: "nomic-embed-text:latest", capabilities: ["embedding"] },
          { id: "gemma3:4b", capabilities: ["completion", "vision"] },
          { id: "qwen3:8b", capabilities: ["completion", "tools", "thinking"] },
        ],
      },
      engine: { model: null },
      replies: [reply().text("Hi."), reply().text("Again.")],
    });
    await collect(session.start());
    await collect(session.sendMessage("Hello"));
    expect(modelRequests(server).map((request) => request.body.model)).toEqual(["qwen3:8b", "qwen3:8b"]);
    expect(engine.model).toBe("qwen3:8b");
    expect(engine.description).toBe(
      `openai-compatible at ${server.url}/v1, model qwen3:8b (the first model on the server that can chat and use tools, after nomic-embed-text:latest (an embedding model) and gemma3:4b (cannot use tools); choose another with --model)`,
    );
    // The models are asked about once; each turn then asks only for the chosen one's window.
    expect(server.requests.filter((request) => request.path === "/v1/models")).toHaveLength(1);
    const shown = server.requests.filter((request) => request.path === "/api/show");
    expect(shown.map((request) => request.body.model)).toEqual([
      "nomic-embed-text:latest",
      "gemma3:4b",
      "qwen3:8b",
      "qwen3:8b",
    ]);
    expect(server.requests.filter((request) => request.path === "/api/generate")).toHaveLength(1);
  });

  it("goes by the names when the server says nothing of its models", async () => {
    const { server, session, engine } = await start("openai-compatible", {
      models: ["nomic-embed-text", "bge-reranker-v2-m3", "mxbai-embed-large", "llama3.2"],
      engine: { model: null },
      replies: [reply().text("Hi.")],
    });
    await collect(session.start());
    expect(modelRequests(server)[0]?.body.model).toBe("llama3.2");
    expect(engine.description).toContain(
      "model llama3.2 (the first chat model the server lists, after nomic-embed-text (an embedding model), bge-reranker-v2-m3 (a reranking model) and mxbai-embed-large (an embedding model); choose another with --model)",
    );
  });

  it("says so, in plain words, when no model on the server can use tools", async () => {
    const { server, session } = await start("openai-compatible", {
      local: {
        kind: "ollama",
        models: [
          { id: "all-minilm", capabilities: ["embedding"] },
          { id: "llama2", capabilities: ["completion"] },
        ],
      },
      engine: { model: null },
    });
    const frames = await collect(session.start());
    expect(typesOf(frames)).toEqual(["error", "response_done"]);
    expect(frames[0]).toMatchObject({ code: "model_lacks_tools", retryable: false });
    expect(frames[0]).toHaveProperty(
      "content",
      expect.stringContaining(
        "has no model that can use tools, which the interview needs (none of its models can use tools: all-minilm (an embedding model), llama2 (cannot use tools)). Pull one that can",
      ),
    );
    expect(modelRequests(server)).toEqual([]);
  });

  it("takes LM Studio's word for which models are embeddings", async () => {
    const { server, session } = await start("openai-compatible", {
      local: {
        kind: "lmstudio",
        models: [
          { id: "text-embedding-granite", capabilities: ["embedding"] },
          { id: "qwen2.5-7b-instruct" },
        ],
      },
      engine: { model: null },
      replies: [reply().text("Hi.")],
    });
    await collect(session.start());
    expect(modelRequests(server)[0]?.body.model).toBe("qwen2.5-7b-instruct");
  });
});
