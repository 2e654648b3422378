import type { Socket } from "node:net";
import { setImmediate } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { ServerFrame } from "../../src/types/wire.js";
import { ScriptedEngine, type ScriptedTurn, says } from "../support/scripted-engine.js";
import { serversForEachTest, until } from "./support/harness.js";
import { TestClient } from "./support/ws-client.js";

const start = serversForEachTest();

const MIB = 1024 * 1024;

describe("the length of an answer", () => {
  it("refuses a 30 MiB answer with the code an oversize message gets, and takes no turn", async () => {
    const engine = new ScriptedEngine(says("Hello."));
    const { connect } = await start({ engine });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "answer", tool_id: "toolu_1", answers: { "0": "x".repeat(30 * MIB) } });
    expect(await client.framesBeforePong()).toEqual([
      {
        type: "error",
        content: `Answer too long: at most 100000 characters (got ${30 * MIB})`,
        code: "message_too_long",
        retryable: false,
      },
    ]);
    expect(engine.seen).toHaveLength(1);
  });

  it("holds each answer, a multi-select's labels together, and all the answers together to the limit", async () => {
    const { connect } = await start({
      engine: new ScriptedEngine(says("Hello.")),
      limits: { maxMessageLength: 10 },
    });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "answer", tool_id: "q1", answers: { "0": ["abcdefgh", "ijk"] } });
    client.send({ type: "answer", tool_id: "q1", answers: { "0": "abcdef", "1": "ghijkl" } });
    client.send({
      type: "answer",
      tool_id: "q1",
      answers: Object.fromEntries([...Array(10).keys()].map((key) => [key, ""])),
    });
    // Within the limit, it goes on to the session, which has no question waiting.
    client.send({ type: "answer", tool_id: "q1", answers: { "0": "Yes" } });
    const frames = await client.framesBeforePong();
    expect(
      frames.map((frame) => (frame.type === "error" ? [frame.code, frame.content] : frame.type)),
    ).toEqual([
      ["message_too_long", "Answer too long: at most 10 characters (got 11)"],
      ["message_too_long", "Answer too long: at most 10 characters in all the answers together (got 16)"],
      ["message_too_long", "Answer too long: at most 10 characters in all the answers together (got 12)"],
      ["question_not_pending", expect.any(String)],
    ]);
  });
});

describe("how many connections at once", () => {
  it("closes one connection too many with 1013 and says why, from one address and in all", async () => {
    const { port, logEvents } = await start({ limits: { maxConnections: 3, maxConnectionsPerAddress: 2 } });
    const url = `ws://127.0.0.1:${port}/api/spec/ws/demo`;
    const open: TestClient[] = [];
    const from = async (localAddress: string) => {
      const client = await TestClient.open(url, {}, { localAddress });
      open.push(client);
      return client;
    };
    try {
      const first = await from("127.0.0.1");
      await from("127.0.0.1");
      expect(await (await from("127.0.0.1")).closed).toEqual({
        code: 1013,
        reason:
          "Too many connections from your address: at most 2 at once; close another tab or try again later",
      });
      const other = await from("127.0.0.2");
      other.send({ type: "ping" });
      expect(await other.nextFrame()).toEqual({ type: "pong" });
      expect(await (await from("127.0.0.3")).closed).toEqual({
        code: 1013,
        reason: "Too many connections: the server takes at most 3 at once; try again later",
      });
      expect(logEvents().filter((event) => event.reason === "connection-limit")).toHaveLength(2);

      // A place that is given up can be taken again.
      first.close();
      await first.closed;
      await until(() => logEvents().filter((event) => event.event === "connection_closed").length >= 1);
      const again = await from("127.0.0.1");
      again.send({ type: "ping" });
      expect(await again.nextFrame()).toEqual({ type: "pong" });
    } finally {
      for (const client of open) client.terminate();
    }
  });
});

describe("a client that stops reading", () => {
  it("is disconnected with a reason once its backlog passes the cap, the buffer stays bounded, and the session goes on", async () => {
    const chunk = "x".repeat(64 * 1024);
    const cap = 256 * 1024;
    let dropped = false;
    /** A turn that streams 64 KiB at a time, letting the sockets work between chunks, until the slow client is let go. */
    const floods: ScriptedTurn = async function* () {
      for (let sent = 0; !dropped && sent < 1_000; sent++) {
        yield { type: "text-delta", text: chunk };
        await setImmediate();
      }
      yield { type: "text-delta", text: "Flooded." };
      yield {
        type: "record",
        entry: { role: "assistant", text: "Flooded.", toolCalls: [], timestamp: new Date().toISOString() },
      };
    };
    const { connect, server, logEvents } = await start({
      engine: new ScriptedEngine(floods),
      limits: { maxSendBufferBytes: cap },
    });
    const droppedEvent = () => logEvents().find((event) => event.event === "connection_dropped");

    // One window that reads, one that stops reading and then begins the turn.
    const reader = await connect("/api/spec/ws/demo");
    reader.send({ type: "resume" });
    expect((await reader.nextFrame()).type).toBe("history");
    const slow = await connect("/api/spec/ws/demo");
    const slowSocket = (slow.socket as unknown as { _socket: Socket })._socket;
    slowSocket.pause();
    slow.send({ type: "start" });
    await until(() => {
      dropped = droppedEvent() !== undefined;
      return dropped;
    });
    await until(() => logEvents().some((event) => event.event === "turn_ended"));

    // Nothing more was queued for it than the cap and the frame that found it over.
    expect(droppedEvent()).toMatchObject({ reason: "client-too-slow", project: "demo" });
    expect(droppedEvent()?.bufferedAmount).toBeGreaterThan(cap);
    for (const socket of server.app.websocketServer.clients)
      expect(socket.bufferedAmount).toBeLessThanOrEqual(cap + chunk.length + 1024);

    // The window that kept reading saw the whole turn, and is still connected.
    const frames: ServerFrame[] = [];
    for (
      let frame = await reader.nextFrame();
      frame.type !== "response_done";
      frame = await reader.nextFrame()
    )
      frames.push(frame);
    // Its text may come joined into fewer frames when its own socket was busy; what it shows is the same.
    const last = frames.at(-1);
    expect(last?.type === "text" && last.content.endsWith("Flooded.")).toBe(true);
    reader.send({ type: "ping" });
    expect(await reader.nextFrame()).toEqual({ type: "pong" });

    // The slow one, reading again, gets what was queued, then the close and why.
    slowSocket.resume();
    expect(await slow.closed).toEqual({
      code: 1008,
      reason: `Too far behind: more than ${cap} bytes were waiting to be sent; reconnect to carry on`,
    });

    // It reconnects and carries on: the turn it missed is there.
    const back = await connect("/api/spec/ws/demo");
    back.send({ type: "resume" });
    const history = await back.nextFrame();
    expect(history.type === "history" && history.messages.at(-1)).toMatchObject({
      role: "assistant",
      content: "Flooded.",
    });
  });
});
