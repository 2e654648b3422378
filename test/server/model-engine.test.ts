import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { validateAppSpec } from "../../src/app-spec/index.js";
import { createModelEngine, DEFAULT_ANTHROPIC_MODEL } from "../../src/engines/model/index.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { platformQuestion } from "../support/questions.js";
import { validSpecText } from "../support/spec-text.js";
import { serversForEachTest } from "./support/harness.js";
import { textOf, typesOf } from "./support/ws-client.js";

const start = serversForEachTest();
const providers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close()));
});

describe("the WebSocket protocol with a model engine and the fake provider", () => {
  it("goes from greeting to a complete spec, frame by frame, with usage before each response_done", async () => {
    const provider = await startFakeProvider({
      replies: [
        reply().text("Hello! What would you like to build?").usage({ input: 10, output: 5 }),
        reply().text("One choice first.").tool("AskUserQuestion", platformQuestion),
        reply()
          .text("Writing it now.")
          .tool("Write", { file_path: "prompts/app_spec.txt", content: validSpecText(3) }),
        reply().text("Your spec is complete."),
      ],
    });
    providers.push(provider);
    const engine = createModelEngine({
      provider: "anthropic",
      apiKey: "test-key",
      baseUrl: provider.url,
      retryBaseDelayMs: 1,
      retryMaxWaitMs: 20,
    });
    const { connect, server, projectsDir } = await start({ engine });
    const health = await server.app.inject({ method: "GET", url: "/api/health" });
    expect(health.json()).toMatchObject({ engine: "anthropic", model: DEFAULT_ANTHROPIC_MODEL });

    const client = await connect("/api/spec/ws/chores");
    client.send({ type: "start" });
    const greeting = await client.turn();
    expect(textOf(greeting)).toBe("Hello! What would you like to build?");
    expect(typesOf(greeting).slice(-2)).toEqual(["usage", "response_done"]);
    expect(greeting.at(-2)).toMatchObject({
      type: "usage",
      turn: { input_tokens: 10, output_tokens: 5 },
      total: { input_tokens: 10, output_tokens: 5 },
    });

    client.send({ type: "message", content: "A chore tracker for families" });
    const asked = await client.turn();
    const question = asked.find((frame) => frame.type === "question");
    expect(question).toMatchObject({ questions: platformQuestion.questions, tool_id: expect.any(String) });
    expect(typesOf(asked).at(-1)).toBe("response_done");

    client.send({
      type: "answer",
      tool_id: (question as { tool_id: string }).tool_id,
      answers: { "0": "Web (Recommended)" },
    });
    const written = await client.turn();
    expect(written.filter((frame) => frame.type === "error")).toEqual([]);
    expect(written.filter((frame) => frame.type === "file_written")).toEqual([
      { type: "file_written", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/initializer_prompt.md" },
    ]);
    expect(typesOf(written).slice(-3)).toEqual(["usage", "response_done", "complete"]);
    expect(typesOf(written)).toContain("spec_complete");
    expect(textOf(written)).toBe("Writing it now.Your spec is complete.");
    const spec = await readFile(join(projectsDir, "chores/prompts/app_spec.txt"), "utf8");
    expect(validateAppSpec(spec).valid).toBe(true);
    expect(provider.pendingReplies).toBe(0);
  });

  it("reports a provider failure as an error that still ends with response_done", async () => {
    const provider = await startFakeProvider({ replies: [] });
    providers.push(provider);
    const engine = createModelEngine({
      provider: "anthropic",
      apiKey: "test-key",
      baseUrl: provider.url,
      maxRetries: 0,
    });
    const { connect } = await start({ engine });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    const frames = await client.turn();
    expect(typesOf(frames).slice(-2)).toEqual(["error", "response_done"]);
  });
});
