import { describe, expect, it } from "vitest";
import { FrameHandler, SessionRegistry, SpecChatSession } from "../../src/session/index.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { hangs, ScriptedEngine, says } from "../support/scripted-engine.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

async function connection(engine: () => ScriptedEngine) {
  const projects = new ProjectRegistry(await tempDir());
  const registry = new SessionRegistry(
    (projectName) => new SpecChatSession({ projectName, projects, engine: engine() }),
  );
  const open = () => {
    const frames: ServerFrame[] = [];
    const handler = new FrameHandler({ registry, projectName: "demo", send: (frame) => frames.push(frame) });
    const send = async (frame: unknown) => {
      await handler.handle(typeof frame === "string" ? frame : JSON.stringify(frame));
      await handler.idle();
    };
    return { frames, handler, send };
  };
  return { registry, open };
}

describe("FrameHandler", () => {
  it("refuses messages before any start, with the protocol's texts", async () => {
    const { open } = await connection(() => new ScriptedEngine(says("Hi")));
    const client = open();
    await client.send({ type: "message", content: "hello" });
    await client.send({ type: "answer", answers: {}, tool_id: "x" });
    expect(client.frames).toEqual([
      {
        type: "error",
        content: "No active session. Send 'start' first.",
        code: "session_not_started",
        retryable: false,
      },
      { type: "error", content: "No active session", code: "session_not_started", retryable: false },
    ]);
  });

  it("answers bad frames with one error each and keeps going", async () => {
    const { open } = await connection(() => new ScriptedEngine(says("Hi")));
    const client = open();
    await client.send("{not json");
    await client.send("[1,2]");
    await client.send({ type: "dance" });
    await client.send({ content: "no type" });
    await client.send({ type: "message", content: 42 });
    await client.handler.handle(new Uint8Array([1, 2, 3]), true);
    await client.send({ type: "ping" });
    expect(client.frames).toEqual([
      { type: "error", content: "Invalid JSON", code: "invalid_frame", retryable: false },
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
        content: "Binary frames are not supported: send JSON text",
        code: "invalid_frame",
        retryable: false,
      },
      { type: "pong" },
    ]);
  });

  it("runs start, refuses an empty message, and serves a message", async () => {
    const { open } = await connection(() => new ScriptedEngine(says("Hi"), says("Got it")));
    const client = open();
    await client.send({ type: "start" });
    await client.send({ type: "message", content: "  " });
    await client.send({ type: "message", content: "A recipe app" });
    expect(client.frames).toEqual([
      { type: "text", content: "Hi" },
      { type: "response_done" },
      { type: "error", content: "Empty message", code: "empty_message", retryable: false },
      { type: "text", content: "Got it" },
      { type: "response_done" },
    ]);
  });

  it("lets a new connection go on with the live session after a disconnect", async () => {
    const { open } = await connection(() => new ScriptedEngine(says("Hi"), says("Welcome back")));
    const first = open();
    await first.send({ type: "start" });
    const second = open();
    await second.send({ type: "message", content: "still there?" });
    expect(second.frames).toEqual([{ type: "text", content: "Welcome back" }, { type: "response_done" }]);
  });

  it("cancels a running turn on a cancel frame", async () => {
    const { open } = await connection(() => new ScriptedEngine(says("Hi"), hangs()));
    const client = open();
    await client.send({ type: "start" });
    await client.handler.handle(JSON.stringify({ type: "message", content: "go" }));
    await until(() => client.frames.length === 3);
    await client.send({ type: "cancel" });
    expect(client.frames.slice(2)).toEqual([
      { type: "text", content: "Thinking about" },
      { type: "response_done" },
    ]);
  });

  it("refuses a message over the length limit", async () => {
    const { registry } = await connection(() => new ScriptedEngine(says("Hi")));
    const frames: ServerFrame[] = [];
    const handler = new FrameHandler({
      registry,
      projectName: "demo",
      send: (frame) => frames.push(frame),
      maxMessageLength: 10,
    });
    await handler.handle(JSON.stringify({ type: "start" }));
    await handler.idle();
    await handler.handle(JSON.stringify({ type: "message", content: "x".repeat(11) }));
    expect(frames.at(-1)).toEqual({
      type: "error",
      content: "Message too long: at most 10 characters (got 11)",
      code: "message_too_long",
      retryable: false,
    });
  });
});
