import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { audienceQuestion } from "../support/questions.js";
import { asks, ScriptedEngine, says } from "../support/scripted-engine.js";
import { serversForEachTest } from "./support/harness.js";
import { typesOf } from "./support/ws-client.js";

const start = serversForEachTest();
const QUESTIONS = [...audienceQuestion.questions];

describe("resume over the WebSocket", () => {
  it("shows a reloaded page everything so far, then the pending question, and carries on", async () => {
    const engine = new ScriptedEngine(
      says("Hello!"),
      asks("q1", QUESTIONS, "Who is it for?"),
      says("Families, then."),
    );
    const { connect } = await start({ engine });
    const page = await connect("/api/spec/ws/demo");
    page.send({ type: "start" });
    await page.turn();
    page.send({ type: "message", content: "A recipe app." });
    await page.turn();
    page.close();

    const reloaded = await connect("/api/spec/ws/demo");
    reloaded.send({ type: "resume" });
    const history = await reloaded.nextFrame();
    expect(history).toMatchObject({
      type: "history",
      messages: [
        { role: "assistant", content: "Hello!" },
        { role: "user", content: "A recipe app." },
        { role: "assistant", content: "Who is it for?", question: { tool_id: "q1" } },
      ],
      pending_question: { tool_id: "q1", questions: QUESTIONS },
      complete: false,
      engine: "guided",
    });
    expect(await reloaded.nextFrame()).toEqual({ type: "question", questions: QUESTIONS, tool_id: "q1" });
    reloaded.send({ type: "answer", tool_id: "q1", answers: { "0": "Families" } });
    expect(await reloaded.turn()).toEqual([
      { type: "text", content: "Families, then." },
      { type: "response_done" },
    ]);
  });

  it("streams a turn to every window on the project, and refuses an answer from a stale one", async () => {
    const engine = new ScriptedEngine(
      asks("q1", QUESTIONS, "Who is it for?"),
      asks("q2", QUESTIONS, "And who pays?"),
      says("Hello again!"),
    );
    const { connect } = await start({ engine });
    const laptop = await connect("/api/spec/ws/demo");
    const phone = await connect("/api/spec/ws/demo");
    laptop.send({ type: "start" });
    const greeting = await laptop.turn();
    phone.send({ type: "resume" });
    expect((await phone.nextFrame()).type).toBe("history");
    expect(await phone.nextFrame()).toMatchObject({ type: "question", tool_id: "q1" });

    phone.send({ type: "answer", tool_id: "q1", answers: { "0": "Families" } });
    const onPhone = await phone.turn();
    expect(typesOf(onPhone)).toEqual(["text", "question", "response_done"]);
    expect(await laptop.turn()).toEqual(onPhone);
    expect(typesOf(greeting)).toEqual(["text", "question", "response_done"]);

    // The laptop still shows q1, answered on the phone meanwhile.
    laptop.send({ type: "answer", tool_id: "q1", answers: { "0": "Teams" } });
    expect(await laptop.framesBeforePong()).toEqual([
      expect.objectContaining({ type: "error", code: "question_not_pending", retryable: false }),
    ]);
    expect(await phone.framesBeforePong()).toEqual([]);

    // Starting over on the phone shows the laptop the new interview.
    phone.send({ type: "start" });
    expect(await phone.turn()).toEqual([
      { type: "text", content: "Hello again!" },
      { type: "response_done" },
    ]);
    expect(await laptop.nextFrame()).toMatchObject({ type: "history", messages: [], pending_question: null });
    expect(await laptop.turn()).toEqual([
      { type: "text", content: "Hello again!" },
      { type: "response_done" },
    ]);
  });

  it("carries an interview kept in the old session.json over, and shows it", async () => {
    const { connect, projectsDir } = await start({ engine: new ScriptedEngine(says("Carrying on.")) });
    const dir = join(projectsDir, "demo/.specwright");
    await mkdir(dir, { recursive: true });
    const at = "2026-11-20T08:00:00.000Z";
    await writeFile(
      join(dir, "session.json"),
      JSON.stringify({
        version: 1,
        projectName: "demo",
        engine: "guided",
        model: null,
        createdAt: at,
        updatedAt: at,
        complete: false,
        usage: { input_tokens: 0, output_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 },
        transcript: [
          { role: "user", text: "Begin.", kind: "kickoff", timestamp: at },
          { role: "assistant", text: "Hello from before.", toolCalls: [], timestamp: at },
        ],
      }),
    );
    const page = await connect("/api/spec/ws/demo");
    page.send({ type: "resume" });
    expect(await page.nextFrame()).toMatchObject({
      type: "history",
      messages: [{ role: "assistant", content: "Hello from before.", timestamp: at }],
    });
    page.send({ type: "message", content: "Still here." });
    expect(await page.turn()).toEqual([{ type: "text", content: "Carrying on." }, { type: "response_done" }]);
    expect((await readdir(dir)).sort()).toEqual([
      "lock",
      "session.json.converted",
      "session.jsonl",
      "state.json",
    ]);
  });
});

describe("interviews after a restart", () => {
  it("lists an unfinished interview kept on disk, brings it back on first use, and serves its history", async () => {
    const first = await start({
      engine: new ScriptedEngine(says("Hello!"), says("Noted."), says("Hello again!")),
    });
    const page = await first.connect("/api/spec/ws/demo");
    page.send({ type: "start" });
    await page.turn();
    page.send({ type: "message", content: "A recipe app." });
    await page.turn();
    page.send({ type: "start" });
    await page.turn();
    await first.server.close();

    const { server, connect } = await start({
      engine: new ScriptedEngine(says("Welcome back.")),
      projectsDir: first.projectsDir,
      limits: { maxSessions: 1 },
    });
    const inject = async (url: string) => (await server.app.inject({ method: "GET", url })).json();
    expect(await inject("/api/spec/sessions")).toEqual(["demo"]);
    expect(server.registry.size).toBe(0);
    expect(await inject("/api/spec/sessions/demo")).toEqual({
      project_name: "demo",
      is_active: false,
      is_complete: false,
      message_count: 2,
    });

    const interviews = await inject("/api/projects/demo/interviews");
    expect(interviews).toEqual([
      expect.objectContaining({ current: true, message_count: 1, complete: false }),
      expect.objectContaining({ current: false, message_count: 3, complete: false }),
    ]);
    const earlier = await inject(`/api/projects/demo/interviews/${interviews[1].id}`);
    expect(earlier).toMatchObject({
      id: interviews[1].id,
      current: false,
      messages: [
        { role: "assistant", content: "Hello!" },
        { role: "user", content: "A recipe app." },
        { role: "assistant", content: "Noted." },
      ],
    });
    expect(
      (await server.app.inject({ method: "GET", url: "/api/projects/demo/interviews/nope" })).statusCode,
    ).toBe(404);
    expect(
      (await server.app.inject({ method: "GET", url: "/api/projects/demo/interviews/..%2Fx" })).statusCode,
    ).toBe(400);

    const again = await connect("/api/spec/ws/demo");
    again.send({ type: "message", content: "Hello?" });
    expect(await again.turn()).toEqual([
      { type: "text", content: "Welcome back." },
      { type: "response_done" },
    ]);
    expect(server.registry.list()).toEqual(["demo"]);
  });
});

describe("disk trouble over REST", () => {
  it("answers 507 for a full disk with a code, and leaves no half-made project", async () => {
    class FullDisk extends ProjectRegistry {
      override async create(name: string): ReturnType<ProjectRegistry["create"]> {
        await mkdir(join(this.projectsDir, name), { recursive: true });
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      }
    }
    const { server, projectsDir } = await start({ projects: (dir) => new FullDisk(dir), listen: false });
    const response = await server.app.inject({
      method: "POST",
      url: "/api/projects",
      payload: { name: "demo" },
    });
    expect(response.statusCode).toBe(507);
    expect(response.json()).toEqual({
      detail: expect.stringMatching(/^The disk is full, so nothing was changed\. Free some space/),
      code: "disk_full",
    });
    expect(await stat(join(projectsDir, "demo")).catch(() => null)).toBeNull();
  });

  it("answers 503 for a read-only folder", async () => {
    class ReadOnly extends ProjectRegistry {
      override async create(): ReturnType<ProjectRegistry["create"]> {
        throw Object.assign(new Error("EROFS: read-only file system, mkdir"), { code: "EROFS" });
      }
    }
    const { server } = await start({ projects: (dir) => new ReadOnly(dir), listen: false });
    const response = await server.app.inject({
      method: "POST",
      url: "/api/projects",
      payload: { name: "demo" },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({
      code: "disk_read_only",
      detail: expect.stringMatching(/read-only disk/),
    });
  });
});
