import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { IdleReaper, RateLimiter, SessionActivity } from "../../src/server/index.js";
import { SessionRegistry, SpecChatSession } from "../../src/session/index.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { ScriptedEngine, says, waitsFor } from "../support/scripted-engine.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";
import { serversForEachTest, until } from "./support/harness.js";
import { typesOf } from "./support/ws-client.js";

const start = serversForEachTest();
const tempDir = tempDirsForEachTest();

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString("base64");
const image = (filename: string, base64Data = PNG) => ({ filename, mimeType: "image/png", base64Data });

describe("frame size", () => {
  it("closes the connection with 1009 and says the limit when a frame is too large", async () => {
    const { connect, logEvents } = await start({
      engine: new ScriptedEngine(),
      limits: { maxFrameBytes: 2048 },
    });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "message", content: "x".repeat(4096) });
    expect(await client.closed).toEqual({ code: 1009, reason: "Frame too large: at most 2048 bytes" });
    expect(logEvents()).toContainEqual(expect.objectContaining({ event: "socket_error" }));

    const next = await connect("/api/spec/ws/demo");
    next.send({ type: "message", content: "x".repeat(1000) });
    expect(await next.framesBeforePong()).toEqual([
      {
        type: "error",
        content: "No active session. Send 'start' first.",
        code: "session_not_started",
        retryable: false,
      },
    ]);
  });
});

describe("message text and attachments", () => {
  it("refuses a message longer than the limit with one error, and no turn", async () => {
    const engine = new ScriptedEngine(says("Hello."));
    const { connect } = await start({ engine, limits: { maxMessageLength: 10 } });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "message", content: "x".repeat(11) });
    expect(await client.framesBeforePong()).toEqual([
      {
        type: "error",
        content: "Message too long: at most 10 characters (got 11)",
        code: "message_too_long",
        retryable: false,
      },
    ]);
    expect(engine.seen).toHaveLength(1);
  });

  it("passes the attachment limits to the session: count and decoded size", async () => {
    const engine = new ScriptedEngine(says("Hello."));
    const { connect } = await start({ engine, limits: { maxAttachments: 1, maxAttachmentBytes: 16 } });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "message", content: "two", attachments: [image("a.png"), image("b.png")] });
    const large = Buffer.concat([Buffer.from(PNG, "base64"), Buffer.alloc(64)]).toString("base64");
    client.send({ type: "message", content: "big", attachments: [image("big.png", large)] });
    expect(await client.framesBeforePong()).toEqual([
      {
        type: "error",
        content: "Invalid attachment: at most 1 images per message (got 2)",
        code: "invalid_attachment",
        retryable: false,
      },
      {
        type: "error",
        content: expect.stringMatching(/^Invalid attachment: big\.png is larger than/),
        code: "invalid_attachment",
        retryable: false,
      },
    ]);
    expect(engine.seen).toHaveLength(1);
  });
});

describe("live sessions", () => {
  it("refuses the start (or restore) of one session too many, and makes nothing for it", async () => {
    const engine = new ScriptedEngine(says("A."), says("B."), says("A again."), says("C."));
    const { connect, server, projectsDir } = await start({ engine, limits: { maxSessions: 2 } });
    const a = await connect("/api/spec/ws/alpha");
    const b = await connect("/api/spec/ws/beta");
    const c = await connect("/api/spec/ws/gamma");
    a.send({ type: "start" });
    await a.turn();
    b.send({ type: "start" });
    await b.turn();

    c.send({ type: "start" });
    // A message could bring a kept interview back to life: it counts as one session more too.
    c.send({ type: "message", content: "Carry on" });
    expect(await c.framesBeforePong()).toEqual([
      {
        type: "error",
        content: "Too many active sessions (2); try again later",
        code: "too_many_sessions",
        retryable: true,
      },
      {
        type: "error",
        content: "Too many active sessions (2); try again later",
        code: "too_many_sessions",
        retryable: true,
      },
    ]);
    expect(server.registry.list().sort()).toEqual(["alpha", "beta"]);
    expect((await readdir(projectsDir)).sort()).toEqual(["alpha", "beta"]);

    // Starting over on a live project opens no extra session.
    a.send({ type: "start" });
    expect(await a.turn()).toEqual([{ type: "text", content: "A again." }, { type: "response_done" }]);

    await server.app.inject({ method: "DELETE", url: "/api/spec/sessions/beta" });
    c.send({ type: "start" });
    expect(await c.turn()).toEqual([{ type: "text", content: "C." }, { type: "response_done" }]);
  });
});

describe("idle sessions", () => {
  it("closes a session nobody uses and removes it; the next message brings it back from the store", async () => {
    const { connect, server, logEvents } = await start({
      engine: new ScriptedEngine(says("Hello."), says("Welcome back.")),
      limits: { idleTimeoutMs: 40 },
    });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    const session = server.registry.get("demo")!;
    await until(() => server.registry.size === 0);
    expect(session.isClosed()).toBe(true);
    // The reaper says so once the session has let its project go, a moment after it left the registry.
    await until(() => logEvents().some((line) => line.event === "session_idle_expired"));
    expect(logEvents()).toContainEqual(
      expect.objectContaining({ event: "session_idle_expired", project: "demo" }),
    );

    client.send({ type: "message", content: "Still there?" });
    expect(await client.turn()).toEqual([
      { type: "text", content: "Welcome back." },
      { type: "response_done" },
    ]);
    const restored = server.registry.get("demo")!;
    expect(restored).not.toBe(session);
    expect(restored.getMessages().map((entry) => entry.role)).toEqual([
      "user",
      "assistant",
      "user",
      "assistant",
    ]);
    expect(logEvents()).toContainEqual(
      expect.objectContaining({ event: "session_restored", project: "demo" }),
    );
  });

  it("counts frames and turns as use, never closes a busy session, and leaves a replaced one alone", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let now = 0;
    const projects = new ProjectRegistry(await tempDir());
    const engine = new ScriptedEngine(says("Hi."), waitsFor(gate));
    const registry = new SessionRegistry(
      (projectName) => new SpecChatSession({ projectName, projects, engine, now: () => new Date(now) }),
    );
    const activity = new SessionActivity(() => now);
    const reaper = new IdleReaper({ registry, activity, idleTimeoutMs: 100, now: () => now });
    const session = await registry.create("demo");
    for await (const _frame of session.start());

    now = 99;
    expect(await reaper.sweep()).toEqual([]);
    activity.clientFrame(session);
    now = 150;
    expect(await reaper.sweep()).toEqual([]);

    const turn = session.sendMessage("Go")[Symbol.asyncIterator]();
    const first = turn.next();
    now = 10_000;
    expect(session.isBusy()).toBe(true);
    expect(await reaper.sweep()).toEqual([]);
    release();
    await first;
    while (!(await turn.next()).done);

    activity.clientFrame(session);
    now = 10_100;
    expect(await reaper.sweep()).toEqual(["demo"]);
    expect(session.isClosed()).toBe(true);
    expect(registry.size).toBe(0);
  });
});

describe("what counts as use of a session", () => {
  it("follows each session's turns from the moment it is made, with nobody telling it", async () => {
    let now = 0;
    const projects = new ProjectRegistry(await tempDir());
    const engine = new ScriptedEngine(says("Hi."));
    const activity = new SessionActivity(() => now);
    const registry = new SessionRegistry((projectName) => {
      // The interview's own date says nothing of its use: it began long ago.
      const session = new SpecChatSession({ projectName, projects, engine, now: () => new Date(0) });
      activity.follow(session);
      return session;
    });
    const reaper = new IdleReaper({ registry, activity, idleTimeoutMs: 100, now: () => now });
    now = 50;
    const session = await registry.create("demo");
    now = 120;
    expect(await reaper.sweep()).toEqual([]);

    now = 140;
    for await (const _frame of session.start());
    now = 230;
    expect(await reaper.sweep()).toEqual([]);
    now = 240;
    expect(await reaper.sweep()).toEqual(["demo"]);
  });

  it("counts a client's frame that begins no turn, a ping or a refused message, and nothing else keeps a session", async () => {
    let now = 0;
    const { connect, server } = await start({
      engine: new ScriptedEngine(says("A."), says("B."), says("C.")),
      limits: { idleTimeoutMs: 100 },
      now: () => now,
    });
    const clients = [];
    for (const name of ["pinged", "refused", "left"]) {
      const client = await connect(`/api/spec/ws/${name}`);
      client.send({ type: "start" });
      await client.turn();
      clients.push(client);
    }
    const [pinged, refused] = clients;

    now = 90;
    expect(await pinged!.framesBeforePong()).toEqual([]);
    refused!.send({ type: "message", content: " " });
    expect(await refused!.nextFrame()).toMatchObject({ type: "error", code: "empty_message" });

    // One sweep judges every session at the same moment: the one nobody used goes, the others stay.
    now = 150;
    await until(() => server.registry.get("left") === undefined);
    expect(server.registry.list().sort()).toEqual(["pinged", "refused"]);
  });
});

describe("frames per second", () => {
  it("drops frames over the rate with an error, and keeps the connection", async () => {
    const { connect } = await start({
      engine: new ScriptedEngine(),
      limits: { messagesPerSecond: 0.001, messageBurst: 3 },
    });
    const client = await connect("/api/spec/ws/demo");
    for (let index = 0; index < 5; index++) client.send({ type: "ping" });
    const frames = [];
    for (let index = 0; index < 5; index++) frames.push(await client.nextFrame());
    expect(typesOf(frames).sort()).toEqual(["error", "error", "pong", "pong", "pong"]);
    expect(frames.filter((frame) => frame.type === "error")).toEqual([
      { type: "error", content: "Too many messages; slow down", code: "rate_limited", retryable: true },
      { type: "error", content: "Too many messages; slow down", code: "rate_limited", retryable: true },
    ]);
    expect(client.socket.readyState).toBe(client.socket.OPEN);
  });

  it("refills the bucket at the configured rate, up to the burst", () => {
    let now = 0;
    const limiter = new RateLimiter(20, 40, () => now);
    const taken = Array.from({ length: 41 }, () => limiter.take());
    expect(taken.filter(Boolean)).toHaveLength(40);
    expect(taken.at(-1)).toBe(false);
    now += 50;
    expect(limiter.take()).toBe(true);
    expect(limiter.take()).toBe(false);
    now += 60_000;
    expect(Array.from({ length: 41 }, () => limiter.take()).filter(Boolean)).toHaveLength(40);
  });
});
