import { describe, expect, it } from "vitest";
import { createModelEngine, DEFAULT_ANTHROPIC_MODEL } from "../../../src/engines/model/index.js";
import { reply } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { harnessForEachTest, modelRequests, typesOf } from "./harness.js";

const start = harnessForEachTest();

describe("choosing the model", () => {
  it("uses the first model an OpenAI-compatible server lists when none is given, asking once", async () => {
    const { server, session, engine } = await start("openai-compatible", {
      models: ["llama3.2", "qwen2.5"],
      engine: { model: null },
      replies: [reply().text("Hi."), reply().text("Again.")],
    });
    expect(engine.model).toBeNull();
    expect(engine.description).toContain("using the first chat model the server lists that can use tools");
    await collect(session.start());
    await collect(session.sendMessage("Hello"));
    expect(modelRequests(server).map((request) => request.body.model)).toEqual(["llama3.2", "llama3.2"]);
    expect(server.requests.filter((request) => request.path === "/v1/models")).toHaveLength(1);
    expect(engine.model).toBe("llama3.2");
    expect(engine.description).toBe(
      `openai-compatible at ${server.url}/v1, model llama3.2 (the first one the server lists; choose another with --model)`,
    );
  });

  it("asks for --model when the server cannot list its models", async () => {
    const { server, session } = await start("openai-compatible", {
      engineFor: (fake) =>
        createModelEngine({ provider: "openai-compatible", baseUrl: `${fake.url}/v1/nowhere` }),
    });
    const frames = await collect(session.start());
    expect(typesOf(frames)).toEqual(["error", "response_done"]);
    expect(frames[0]).toEqual({
      type: "error",
      content: `No model was chosen, and ${server.url}/v1/nowhere could not say which models it serves (GET ${server.url}/v1/nowhere/models answered HTTP 404: No route for GET /v1/nowhere/models). Pass --model (or set SPECWRIGHT_MODEL) to choose one.`,
      code: "model_not_chosen",
      retryable: false,
    });
    expect(modelRequests(server)).toEqual([]);
  });

  it("sends Anthropic's default model when none is given", async () => {
    const { server, session, engine } = await start("anthropic", { replies: [reply().text("Hi.")] });
    expect(engine.model).toBe(DEFAULT_ANTHROPIC_MODEL);
    expect(engine.description).toBe(
      `anthropic at ${server.url}/v1, model ${DEFAULT_ANTHROPIC_MODEL} (the default; choose another with --model)`,
    );
    await collect(session.start());
    expect(modelRequests(server)[0]!.body.model).toBe(DEFAULT_ANTHROPIC_MODEL);
  });

  it("sends the chosen model and its key", async () => {
    const { server, session, engine } = await start("anthropic", {
      engine: { model: "claude-haiku-4-5" },
      replies: [reply().text("Hi.")],
    });
    expect(engine.description).toBe(`anthropic at ${server.url}/v1, model claude-haiku-4-5`);
    await collect(session.start());
    expect(modelRequests(server)[0]!.body.model).toBe("claude-haiku-4-5");
    expect(modelRequests(server)[0]!.headers["x-api-key"]).toBe("test-key");
  });

  it("sends the OpenAI key as a bearer token when there is one", async () => {
    const { server, session } = await start("openai-compatible", {
      engineFor: (fake) =>
        createModelEngine({
          provider: "openai-compatible",
          baseUrl: `${fake.url}/v1`,
          apiKey: "sk-test",
          model: "m",
        }),
      replies: [reply().text("Hi.")],
    });
    await collect(session.start());
    expect(modelRequests(server)[0]!.headers.authorization).toBe("Bearer sk-test");
  });
});
