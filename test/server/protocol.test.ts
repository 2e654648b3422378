import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateAppSpec } from "../../src/app-spec/index.js";
import { engineError } from "../../src/types/engine-events.js";
import type { UserEntry } from "../../src/types/transcript.js";
import { audienceQuestion, platformQuestion } from "../support/questions.js";
import { stillStreaming } from "../support/reference-page.js";
import { asks, hangs, ScriptedEngine, says, waitsFor } from "../support/scripted-engine.js";
import { serversForEachTest, until } from "./support/harness.js";
import { rawUpgrade } from "./support/raw-http.js";
import { interviewToCompletion, RECIPE_IDEA, textOf, typesOf } from "./support/ws-client.js";

const start = serversForEachTest();

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString("base64");

function lastUserEntry(engine: ScriptedEngine): UserEntry {
  const transcript = engine.seen.at(-1)!.transcript;
  return transcript.findLast((entry) => entry.role === "user") as UserEntry;
}

describe("the WebSocket protocol with the guided engine", () => {
  it("streams the greeting after start and ends the turn with response_done", async () => {
    const { connect } = await start();
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    const frames = await client.turn();
    expect(frames.at(-1)).toEqual({ type: "response_done" });
    expect(typesOf(frames)).toContain("phase");
    expect(textOf(frames).length).toBeGreaterThan(0);
    expect(frames.filter((frame) => frame.type === "error")).toEqual([]);
  });

  it("runs a whole interview to a valid spec, reporting files, completion and the end of each turn in order", async () => {
    const { connect, projectsDir } = await start();
    const client = await connect("/api/spec/ws/recipes");
    const frames = await interviewToCompletion(client, RECIPE_IDEA);

    const question = frames.find((frame) => frame.type === "question");
    expect(question).toMatchObject({
      tool_id: expect.any(String),
      questions: [
        { question: expect.any(String), header: expect.any(String), multiSelect: expect.any(Boolean) },
      ],
    });
    expect(frames.filter((frame) => frame.type === "file_written")).toEqual([
      { type: "file_written", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/initializer_prompt.md" },
    ]);
    const types = typesOf(frames);
    // The spec is reported as it is written, before the interviewer's closing words.
    expect(types.slice(-2)).toEqual(["response_done", "complete"]);
    const completed = types.indexOf("spec_complete");
    expect(frames[completed]).toEqual({ type: "spec_complete", path: "prompts/app_spec.txt" });
    expect(types.slice(completed, completed + 3)).toEqual(["spec_complete", "file_written", "file_written"]);
    expect(types.lastIndexOf("text")).toBeGreaterThan(completed);
    expect(frames.at(-1)).toEqual({ type: "complete", path: "prompts/app_spec.txt" });
    // So the reference's page ends every reply it streamed: none keeps its cursor.
    expect(stillStreaming(frames)).toEqual([]);
    expect(frames.filter((frame) => frame.type === "error")).toEqual([]);
    const spec = await readFile(join(projectsDir, "recipes/prompts/app_spec.txt"), "utf8");
    expect(validateAppSpec(spec)).toMatchObject({ valid: true, errors: [] });
  });

  it("goes on with the live session from a new connection that sends no start", async () => {
    const { connect } = await start();
    const first = await connect("/api/spec/ws/demo");
    first.send({ type: "start" });
    await first.turn();
    first.close();
    await first.closed;

    const second = await connect("/api/spec/ws/demo");
    second.send({ type: "message", content: RECIPE_IDEA[0] });
    const frames = await second.turn();
    expect(frames.at(-1)).toEqual({ type: "response_done" });
    expect(frames.filter((frame) => frame.type === "error")).toEqual([]);
    expect(textOf(frames).length).toBeGreaterThan(0);
  });
});

describe("the WebSocket protocol's rules", () => {
  it("refuses message and answer before any start when the project has no live session", async () => {
    const { connect } = await start({ engine: new ScriptedEngine() });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "message", content: "hello" });
    client.send({ type: "answer", answers: {}, tool_id: "t1" });
    expect(await client.framesBeforePong()).toEqual([
      {
        type: "error",
        content: "No active session. Send 'start' first.",
        code: "session_not_started",
        retryable: false,
      },
      { type: "error", content: "No active session", code: "session_not_started", retryable: false },
    ]);
  });

  it("answers an empty or blank message with one error and nothing else", async () => {
    const { connect } = await start({ engine: new ScriptedEngine(says("Hello.")) });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "message", content: "" });
    client.send({ type: "message", content: "  \n\t " });
    expect(await client.framesBeforePong()).toEqual([
      { type: "error", content: "Empty message", code: "empty_message", retryable: false },
      { type: "error", content: "Empty message", code: "empty_message", retryable: false },
    ]);
  });

  it("answers each bad frame with one error and keeps the connection open", async () => {
    const { connect } = await start({ engine: new ScriptedEngine() });
    const client = await connect("/api/spec/ws/demo");
    client.send("{not json");
    client.send("[1, 2]");
    client.send("42");
    client.send({ type: "dance" });
    client.send({ content: "no type" });
    client.send({ type: "message", content: 42 });
    client.send({ type: "answer", answers: "yes", tool_id: "t" });
    client.sendBinary(new Uint8Array([1, 2, 3]));
    expect(await client.framesBeforePong()).toEqual([
      { type: "error", content: "Invalid JSON", code: "invalid_frame", retryable: false },
      {
        type: "error",
        content: "A frame must be a JSON object with a string field 'type'",
        code: "invalid_frame",
        retryable: false,
      },
      {
        type: "error",
        content: "A frame must be a JSON object with a string field 'type'",
        code: "invalid_frame",
        retryable: false,
      },
      { type: "error", content: "Unknown message type: dance", code: "invalid_frame", retryable: false },
      { type: "error", content: "Unknown message type: undefined", code: "invalid_frame", retryable: false },
      {
        type: "error",
        content: expect.stringMatching(/^Invalid 'message' frame: content/),
        code: "invalid_frame",
        retryable: false,
      },
      {
        type: "error",
        content: expect.stringMatching(/^Invalid 'answer' frame: answers/),
        code: "invalid_frame",
        retryable: false,
      },
      {
        type: "error",
        content: "Binary frames are not supported: send JSON text",
        code: "invalid_frame",
        retryable: false,
      },
    ]);
  });

  it("turns an answer into the person's turn as text, in question order", async () => {
    const engine = new ScriptedEngine(
      asks("q1", [...audienceQuestion.questions, ...platformQuestion.questions], "Hello."),
      asks("q2", [...platformQuestion.questions], "Noted."),
      says("Fine."),
    );
    const { connect } = await start({ engine });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "answer", tool_id: "q1", answers: { "1": ["Phone", "Web"], "0": "Families" } });
    expect(typesOf(await client.turn())).toEqual(["text", "question", "response_done"]);
    expect(lastUserEntry(engine).text).toBe("Families; Phone, Web");
    client.send({ type: "answer", tool_id: "q2", answers: {} });
    await client.turn();
    expect(lastUserEntry(engine).text).toBe("OK");
  });

  it("ends a turn that failed with its error and then response_done", async () => {
    const engine = new ScriptedEngine(async function* () {
      yield { type: "text-delta", text: "Let me" };
      yield engineError("provider_overloaded", "The model is overloaded");
    });
    const { connect } = await start({ engine });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    expect(await client.turn()).toEqual([
      { type: "text", content: "Let me" },
      { type: "error", content: "The model is overloaded", code: "provider_overloaded", retryable: true },
      { type: "response_done" },
    ]);
  });

  it("sends phase and usage frames inside the turn, before response_done", async () => {
    const usage = { input_tokens: 10, output_tokens: 5, cache_read_tokens: 0, cache_write_tokens: 0 };
    const engine = new ScriptedEngine(async function* () {
      yield { type: "phase", id: "idea", title: "Your idea", index: 1, total: 9 };
      yield* says("Hi.")([], undefined as never);
      yield { type: "usage", usage, costUsd: 0.5 };
    });
    const { connect } = await start({ engine });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    expect(await client.turn()).toEqual([
      { type: "phase", id: "idea", title: "Your idea", index: 1, total: 9 },
      { type: "text", content: "Hi." },
      { type: "usage", turn: usage, total: usage, cost_usd: 0.5 },
      { type: "response_done" },
    ]);
  });

  it("serves a second start the same way, on a fresh session", async () => {
    const { connect, server } = await start({
      engine: new ScriptedEngine(says("Hello."), says("Hello again.")),
    });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    const first = server.registry.get("demo");
    client.send({ type: "start" });
    expect(await client.turn()).toEqual([
      { type: "text", content: "Hello again." },
      { type: "response_done" },
    ]);
    expect(server.registry.get("demo")).not.toBe(first);
    expect(first?.isClosed()).toBe(true);
    expect(server.registry.list()).toEqual(["demo"]);
  });

  it("refuses a message while a turn runs, from this or another connection, with one error", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { connect, server } = await start({
      engine: new ScriptedEngine(says("Hello."), waitsFor(gate, "Done.")),
    });
    const first = await connect("/api/spec/ws/demo");
    first.send({ type: "start" });
    await first.turn();
    first.send({ type: "message", content: "Build me an app" });
    await until(() => server.registry.get("demo")?.isBusy() === true);
    const second = await connect("/api/spec/ws/demo");
    second.send({ type: "message", content: "Me too" });
    second.send({ type: "answer", answers: {}, tool_id: "t" });
    expect(await second.framesBeforePong()).toEqual([
      { type: "error", content: "a response is already in progress", code: "busy", retryable: true },
      { type: "error", content: "a response is already in progress", code: "busy", retryable: true },
    ]);
    first.send({ type: "message", content: "And again" });
    expect(await first.framesBeforePong()).toEqual([
      { type: "error", content: "a response is already in progress", code: "busy", retryable: true },
    ]);
    release();
    expect(await first.turn()).toEqual([{ type: "text", content: "Done." }, { type: "response_done" }]);
  });

  it("stops the running turn on cancel, which still ends with response_done", async () => {
    const { connect } = await start({ engine: new ScriptedEngine(says("Hello."), hangs()) });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "message", content: "Tell me everything" });
    expect(await client.nextFrame()).toEqual({ type: "text", content: "Thinking about" });
    client.send({ type: "cancel" });
    expect(await client.nextFrame()).toEqual({ type: "response_done" });
  });

  it("lets a turn whose client left run to its end, and a new connection go on with the session", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const engine = new ScriptedEngine(says("Hello."), waitsFor(gate, "Here is my answer."), says("Glad to."));
    const { connect, server } = await start({ engine });
    const leaving = await connect("/api/spec/ws/demo");
    leaving.send({ type: "start" });
    await leaving.turn();
    leaving.send({ type: "message", content: "A chore tracker" });
    await until(() => server.registry.get("demo")?.isBusy() === true);
    leaving.terminate();
    await leaving.closed;
    release();
    const session = server.registry.get("demo")!;
    await until(() => !session.isBusy());
    expect(session.isClosed()).toBe(false);
    expect(
      session.getMessages().map((entry) => [entry.role, entry.role === "tool" ? "" : entry.text]),
    ).toEqual([
      ["user", "Begin the spec creation process."],
      ["assistant", "Hello."],
      ["user", "A chore tracker"],
      ["assistant", "Here is my answer."],
    ]);

    const returning = await connect("/api/spec/ws/demo");
    returning.send({ type: "message", content: "Thanks" });
    expect(await returning.turn()).toEqual([
      { type: "text", content: "Glad to." },
      { type: "response_done" },
    ]);
    expect(server.registry.get("demo")).toBe(session);
  });

  it("refuses a bad attachment with one error and keeps the connection; saves a good one with the spec", async () => {
    const engine = new ScriptedEngine(says("Hello."), says("Nice sketch."));
    const { connect, projectsDir } = await start({ engine });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    const notAPng = Buffer.from("GIF89a, not really").toString("base64");
    client.send({
      type: "message",
      content: "Look",
      attachments: [{ filename: "home.png", mimeType: "image/png", base64Data: notAPng }],
    });
    expect(await client.framesBeforePong()).toEqual([
      {
        type: "error",
        content: "Invalid attachment: home.png is declared as image/png but its content is image/gif",
        code: "invalid_attachment",
        retryable: false,
      },
    ]);
    client.send({
      type: "message",
      content: "",
      attachments: [{ filename: "home.png", mimeType: "image/png", base64Data: PNG }],
    });
    expect(await client.turn()).toEqual([
      { type: "text", content: "Nice sketch." },
      { type: "response_done" },
    ]);
    expect(lastUserEntry(engine).attachments?.[0]?.savedAs).toBe("prompts/mockups/home.png");
    expect(await readdir(join(projectsDir, "demo/prompts/mockups"))).toEqual(["home.png"]);
  });
});

describe("project names on the WebSocket", () => {
  const refused = [
    ["..", "/api/spec/ws/.."],
    ["%2e%2e", "/api/spec/ws/%2e%2e"],
    ["a/b", "/api/spec/ws/a/b"],
    ["an encoded slash", "/api/spec/ws/a%2Fb"],
    ["51 characters", `/api/spec/ws/${"x".repeat(51)}`],
    ["a trailing newline", "/api/spec/ws/name%0A"],
    ["nothing", "/api/spec/ws/"],
  ];

  it.each(refused)(
    "accepts the upgrade for %s, says why and closes with 4000, touching nothing",
    async (_label, path) => {
      const { port, projectsDir } = await start({ engine: new ScriptedEngine() });
      const answer = await rawUpgrade(port, path);
      expect(answer).toEqual({
        status: 101,
        texts: [
          JSON.stringify({
            type: "error",
            content: "Invalid project name",
            code: "invalid_project_name",
            retryable: false,
          }),
        ],
        closeCode: 4000,
        closeReason: "Invalid project name",
      });
      expect(await readdir(projectsDir)).toEqual([]);
    },
  );

  it("accepts 50 characters", async () => {
    const { connect } = await start({ engine: new ScriptedEngine(says("Hello.")) });
    const client = await connect(`/api/spec/ws/${"x".repeat(50)}`);
    client.send({ type: "start" });
    expect(await client.turn()).toEqual([{ type: "text", content: "Hello." }, { type: "response_done" }]);
  });
});
