import { describe, expect, it } from "vitest";
import type { ServerFrame } from "../../../src/types/wire.js";
import { type LocalServerOptions, OLLAMA_DEFAULT_CONTEXT, reply } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { harnessForEachTest, modelRequests, textOf, typesOf } from "./harness.js";

const start = harnessForEachTest();

const errorsIn = (frames: readonly ServerFrame[]) =>
  frames.flatMap((frame) => (frame.type === "error" ? [frame] : []));

describe("the context window, checked before a request is sent", () => {
  it("loads an Ollama model to learn its context, and does not send what would be cut short", async () => {
    // Started with OLLAMA_CONTEXT_LENGTH=2048: not even the instructions and the tools fit.
    const { server, session } = await start("openai-compatible", {
      local: { kind: "ollama", models: ["llama3.2"], contextLength: 2048 },
      engine: { model: "llama3.2" },
      replies: [reply().text("never sent")],
    });
    const frames = await collect(session.start());
    expect(typesOf(frames)).toEqual(["error", "response_done"]);
    const [error] = errorsIn(frames);
    expect(error).toMatchObject({ code: "context_too_small", retryable: false });
    expect(error?.content).toMatch(
      /^The next request of this interview needs about [\d,]+ tokens, more than the 2,048-token context window llama3.2 has on Ollama \(num_ctx\), so it was not sent, where Ollama would have cut the conversation short without saying so\./,
    );
    expect(error?.content).toContain("OLLAMA_CONTEXT_LENGTH=32768");
    expect(error?.content).toContain("`PARAMETER num_ctx 32768`");
    expect(error?.content).toContain("cannot set the context per request");
    expect(modelRequests(server)).toEqual([]);
    // What the server has and can do, then the model's window: not loaded, no num_ctx of its own, so loaded.
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      "GET /v1/models",
      "POST /api/show",
      "GET /api/ps",
      "GET /api/ps",
      "POST /api/show",
      "POST /api/generate",
      "GET /api/ps",
    ]);
    expect(server.requests.find((request) => request.path === "/api/generate")?.body).toEqual({
      model: "llama3.2",
    });
  });

  it("starts an interview in Ollama's default context, on the short form of the skill", async () => {
    const { server, session } = await start("openai-compatible", {
      local: { kind: "ollama", models: ["llama3.2"] },
      engine: { model: "llama3.2" },
      replies: [reply().text("Hello there.")],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    const [request] = modelRequests(server);
    const system = JSON.stringify(request?.body.messages).slice(0, 200);
    expect(system).toContain("Specwright interview, short form");
    expect(request?.rejection).toBeUndefined();
    expect(Math.ceil((request?.rawBody.length ?? 0) / 4)).toBeLessThan(OLLAMA_DEFAULT_CONTEXT);
  });

  it("sends the request when the Modelfile's num_ctx leaves room", async () => {
    const { server, session } = await start("openai-compatible", {
      local: { kind: "ollama", models: [{ id: "llama3.2", numCtx: 32_768 }] },
      engine: { model: "llama3.2" },
      replies: [reply().text("Hello there.")],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    expect(textOf(frames)).toBe("Hello there.");
    expect(modelRequests(server)).toHaveLength(1);
    // The Modelfile's num_ctx says the window: the model need not be loaded to learn it.
    expect(server.requests.some((request) => request.path === "/api/generate")).toBe(false);
  });

  it.each([
    ["llama.cpp", "llama.cpp's server (--ctx-size)", "`--ctx-size 32768`"],
    ["vllm", "vLLM (--max-model-len)", "larger `--max-model-len`"],
  ] as const)("reads %s's window and names its setting", async (kind, where, fix) => {
    const { server, session } = await start("openai-compatible", {
      local: { kind, models: ["small-model"], contextLength: 2_048 },
      engine: { model: "small-model" },
    });
    const [error] = errorsIn(await collect(session.start()));
    expect(error).toMatchObject({ code: "context_too_small" });
    expect(error?.content).toContain(`2,048-token context window small-model has on ${where}`);
    expect(error?.content).toContain(fix);
    expect(modelRequests(server)).toEqual([]);
  });

  it("reads the window again at the next turn, so a server restarted with a larger one is used at once", async () => {
    const local: LocalServerOptions = { kind: "vllm", models: ["m"], contextLength: 2_048 };
    const { server, session } = await start("openai-compatible", {
      local,
      engine: { model: "m" },
      replies: [reply().text("Now it fits.")],
    });
    expect(errorsIn(await collect(session.start()))).toMatchObject([{ code: "context_too_small" }]);
    // The person restarts vLLM with --max-model-len 32768, as the error advised.
    local.contextLength = 32_768;
    const frames = await collect(session.sendMessage("Hello again"));
    expect(errorsIn(frames)).toEqual([]);
    expect(textOf(frames)).toBe("Now it fits.");
    expect(modelRequests(server)).toHaveLength(1);
  });

  it("stubs the running turn's earlier files too when that is what makes a request fit", async () => {
    // Each file about 7,500 tokens: one fits beside the instructions and tools, two do not.
    const file = (name: string) =>
      `# ${name}\n${`A line of ${name} the interviewer keeps for itself.\n`.repeat(600)}`;
    const notes = file("notes");
    const ideas = file("ideas");
    const { server, session } = await start("openai-compatible", {
      local: { kind: "llama.cpp", models: ["m"], contextLength: 18_000 },
      engine: { model: "m" },
      replies: [
        reply().tool("Write", { file_path: "prompts/notes.md", content: notes }),
        reply().tool("Write", { file_path: "prompts/ideas.md", content: ideas }),
        reply().text("Written."),
      ],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    expect(textOf(frames)).toBe("Written.");
    const [, second, third] = modelRequests(server);
    // The first Write is answered in the second request whole; in the third it is a stub.
    expect(second?.rawBody).toContain("A line of notes");
    expect(third?.rawBody).not.toContain("A line of notes");
    expect(third?.rawBody).toContain(
      `[${notes.length} characters of prompts/notes.md, left out of the history`,
    );
    expect(third?.rawBody).toContain("A line of ideas");
    expect(third?.rejection).toBeUndefined();
  });

  it("knows a Claude model's window and refuses a message that cannot fit it", async () => {
    const { server, session } = await start("anthropic", {
      engine: { model: "claude-haiku-4-5" },
      replies: [reply().text("Hi.")],
    });
    await collect(session.start());
    const frames = await collect(session.sendMessage("word ".repeat(200_000)));
    const [error] = errorsIn(frames);
    expect(error).toMatchObject({ code: "context_too_small" });
    expect(error?.content).toContain("more than the 200,000-token context window claude-haiku-4-5 has (");
    expect(error?.content).toContain("Start a new interview, or choose a model with a larger context window");
    expect(modelRequests(server)).toHaveLength(1);
  });
});
