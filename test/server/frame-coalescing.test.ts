import type { Socket } from "node:net";
import { setImmediate } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import type { ServerFrame } from "../../src/types/wire.js";
import { reduceConversation } from "../../web/src/logic/conversation.js";
import { INITIAL_CONVERSATION } from "../../web/src/logic/conversation-state.js";
import { referencePageMessages } from "../support/reference-page.js";
import { ScriptedEngine, type ScriptedTurn } from "../support/scripted-engine.js";
import { serversForEachTest, until } from "./support/harness.js";
import type { TestClient } from "./support/ws-client.js";

const start = serversForEachTest();

const MIB = 1024 * 1024;
const FILLER = "x".repeat(64 * 1024);
const PHASE = { type: "phase", id: "overview", title: "Overview", index: 1, total: 8 } as const;

/** Frames up to and including `response_done`. */
async function framesOfTurn(client: TestClient): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  for (let frame = await client.nextFrame(); ; frame = await client.nextFrame()) {
    frames.push(frame);
    if (frame.type === "response_done") return frames;
  }
}

/** What the page shows after these frames, begun by its own `start`. */
function pageAfter(frames: readonly ServerFrame[]) {
  const started = reduceConversation(INITIAL_CONVERSATION, { type: "started" });
  return frames.reduce((state, frame) => reduceConversation(state, { type: "received", frame }), started);
}

describe("text frames to a busy socket", () => {
  it("sends each text frame alone while the client keeps up", async () => {
    const pieces = ["One. ", "Two. ", "Three."];
    const gates = pieces.map(() => {
      let resolve = () => {};
      const promise = new Promise<void>((done) => {
        resolve = done;
      });
      return { promise, resolve };
    });
    // Each piece waits until the client has read the one before: the socket is idle every time.
    const paced: ScriptedTurn = async function* () {
      for (const [index, text] of pieces.entries()) {
        if (index > 0) await gates[index]!.promise;
        yield { type: "text-delta", text };
      }
      yield {
        type: "record",
        entry: {
          role: "assistant",
          text: pieces.join(""),
          toolCalls: [],
          timestamp: new Date().toISOString(),
        },
      };
    };
    const { connect } = await start({ engine: new ScriptedEngine(paced) });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    const frames: ServerFrame[] = [];
    let texts = 0;
    for (let frame = await client.nextFrame(); ; frame = await client.nextFrame()) {
      frames.push(frame);
      if (frame.type === "text") gates[++texts]?.resolve();
      if (frame.type === "response_done") break;
    }
    expect(frames).toEqual([
      ...pieces.map((content) => ({ type: "text", content })),
      { type: "response_done" },
    ]);
  });

  it("joins the deltas that come in one burst behind the first, which goes out at once", async () => {
    // Deltas yielded back to back reach the connection before the first one's write has come back.
    const burst: ScriptedTurn = async function* () {
      for (const text of ["Hel", "lo", ", there", "."]) yield { type: "text-delta", text };
      yield {
        type: "record",
        entry: {
          role: "assistant",
          text: "Hello, there.",
          toolCalls: [],
          timestamp: new Date().toISOString(),
        },
      };
    };
    const { connect } = await start({ engine: new ScriptedEngine(burst) });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    expect(await framesOfTurn(client)).toEqual([
      { type: "text", content: "Hel" },
      { type: "text", content: "lo, there." },
      { type: "response_done" },
    ]);
  });

  it("joins the text that comes while the socket has unsent data, in order, never across another frame, and the pages show the same reply", async () => {
    let socketBusy = () => false;
    /** Fills the client's socket until it holds unsent data, then streams with a phase in between. */
    const floods: ScriptedTurn = async function* () {
      while (!socketBusy()) {
        yield { type: "text-delta", text: FILLER };
        await setImmediate();
      }
      yield { type: "text-delta", text: "Hello" };
      yield { type: "text-delta", text: ", there." };
      yield PHASE;
      yield { type: "text-delta", text: " What" };
      yield { type: "text-delta", text: " shall" };
      yield { type: "text-delta", text: " we build?" };
      yield {
        type: "record",
        entry: { role: "assistant", text: "done", toolCalls: [], timestamp: new Date().toISOString() },
      };
    };
    const { connect, server, logEvents } = await start({
      engine: new ScriptedEngine(floods),
      limits: { maxSendBufferBytes: 64 * MIB },
    });
    socketBusy = () => [...server.app.websocketServer.clients].some((socket) => socket.bufferedAmount > 0);
    const client = await connect("/api/spec/ws/demo");
    const clientSocket = (client.socket as unknown as { _socket: Socket })._socket;
    clientSocket.pause();
    client.send({ type: "start" });
    // The turn runs to its end while the client reads nothing.
    await until(() => logEvents().some((event) => event.event === "turn_ended"));
    clientSocket.resume();

    const frames = await framesOfTurn(client);
    const fillers = frames.filter((frame) => frame.type === "text" && frame.content === FILLER);
    expect(fillers.length).toBeGreaterThan(0);
    expect(frames.slice(fillers.length)).toEqual([
      { type: "text", content: "Hello, there." },
      PHASE,
      { type: "text", content: " What shall we build?" },
      { type: "response_done" },
    ]);

    // As they would have been, one frame a delta.
    const oneByOne: ServerFrame[] = [
      ...fillers,
      { type: "text", content: "Hello" },
      { type: "text", content: ", there." },
      PHASE,
      { type: "text", content: " What" },
      { type: "text", content: " shall" },
      { type: "text", content: " we build?" },
      { type: "response_done" },
    ];
    expect(referencePageMessages(frames)).toEqual(referencePageMessages(oneByOne));
    expect(pageAfter(frames).entries).toEqual(pageAfter(oneByOne).entries);
  });

  it("lets a client go that stops reading while its text is held, counting the held text against the limit", async () => {
    let socketBusy = () => false;
    let dropped = () => false;
    const floods: ScriptedTurn = async function* () {
      while (!socketBusy()) {
        yield { type: "text-delta", text: FILLER };
        await setImmediate();
      }
      // From here every delta is held for the client that does not read: none reaches its socket.
      while (!dropped()) {
        yield { type: "text-delta", text: FILLER };
        await setImmediate();
      }
      yield {
        type: "record",
        entry: { role: "assistant", text: "done", toolCalls: [], timestamp: new Date().toISOString() },
      };
    };
    const cap = 4 * MIB;
    const { connect, server, logEvents } = await start({
      engine: new ScriptedEngine(floods),
      limits: { maxSendBufferBytes: cap },
    });
    const sockets = () => [...server.app.websocketServer.clients];
    socketBusy = () => sockets().some((socket) => socket.bufferedAmount > 0);
    const droppedEvent = () => logEvents().find((event) => event.event === "connection_dropped");
    dropped = () => droppedEvent() !== undefined;
    const client = await connect("/api/spec/ws/demo");
    (client.socket as unknown as { _socket: Socket })._socket.pause();
    client.send({ type: "start" });

    await until(() => logEvents().some((event) => event.event === "turn_ended"));
    expect(droppedEvent()).toMatchObject({ reason: "client-too-slow" });
    // What was queued and held was counted: the limit was passed by no more than one delta.
    expect(droppedEvent()?.bufferedAmount).toBeGreaterThan(cap);
    expect(droppedEvent()?.bufferedAmount).toBeLessThanOrEqual(cap + FILLER.length);
    for (const socket of sockets()) expect(socket.bufferedAmount).toBeLessThanOrEqual(cap);
  });
});
