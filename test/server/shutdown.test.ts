import { afterEach, describe, expect, it } from "vitest";
import { CliProcess, offlineEnv } from "../support/cli-process.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { hangs, ScriptedEngine, says } from "../support/scripted-engine.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";
import { serversForEachTest } from "./support/harness.js";
import { TestClient } from "./support/ws-client.js";

const start = serversForEachTest();
const tempDir = tempDirsForEachTest();

describe("shutting down in process", () => {
  it("cancels the running turn so the client gets response_done, closes sessions, then sockets with 1001", async () => {
    const { server, connect, logEvents } = await start({
      engine: new ScriptedEngine(says("Hello."), hangs()),
    });
    const client = await connect("/api/spec/ws/demo");
    const idle = await connect("/api/spec/ws/other");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "message", content: "Tell me everything" });
    expect(await client.nextFrame()).toEqual({ type: "text", content: "Thinking about" });
    const session = server.registry.get("demo")!;

    await server.close();

    expect(await client.nextFrame()).toEqual({ type: "response_done" });
    expect(await client.next()).toBeNull();
    expect(await client.closed).toEqual({ code: 1001, reason: "Server shutting down" });
    expect(await idle.closed).toEqual({ code: 1001, reason: "Server shutting down" });
    expect(session.isClosed()).toBe(true);
    expect(server.registry.size).toBe(0);
    expect(server.app.server.listening).toBe(false);
    expect(logEvents()).toContainEqual(
      expect.objectContaining({ event: "shutdown_started", runningTurns: 1 }),
    );
  });
});

// The package is built before any test runs (test/support/global-build.ts).
describe("specwright serve as a process", () => {
  let provider: FakeProvider | null = null;
  const processes: CliProcess[] = [];
  afterEach(async () => {
    for (const serve of processes.splice(0)) if (serve.child.exitCode === null) serve.child.kill("SIGKILL");
    await provider?.close();
    provider = null;
  });

  it("on SIGTERM during a streaming turn, ends the turn with response_done and exits 0", async () => {
    // A slow stream: many small text deltas with a pause between events.
    provider = await startFakeProvider({
      replies: [reply().text("Hello! ".repeat(200)).chunkSize({ text: 4, json: 16 })],
      eventDelayMs: 20,
    });
    const projectsDir = await tempDir();
    const serve = new CliProcess(
      ["serve", "--port", "0", "--projects-dir", projectsDir, "--engine", "anthropic"],
      offlineEnv({ ANTHROPIC_API_KEY: "test-key", ANTHROPIC_BASE_URL: provider.url }),
    );
    processes.push(serve);
    const url = await serve.nextLine();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const client = await TestClient.open(`${url!.replace("http", "ws")}api/spec/ws/demo`);
    client.send({ type: "start" });
    // The request to the model is told first.
    expect(await client.nextFrame()).toMatchObject({ type: "activity", kind: "waiting" });
    // The greeting opens the interview's first phase just before its text.
    expect(await client.nextFrame()).toMatchObject({ type: "phase", id: "overview" });
    expect(await client.nextFrame()).toMatchObject({ type: "text" });
    serve.child.kill("SIGTERM");

    let frame = await client.nextFrame();
    while (frame.type === "text") frame = await client.nextFrame();
    expect(frame).toEqual({ type: "response_done" });
    expect(await client.closed).toEqual({ code: 1001, reason: "Server shutting down" });
    expect(await serve.exited).toBe(0);
    expect(await serve.nextLine()).toBeNull();
    const events = serve.stderr
      .join("")
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line).event);
    expect(events).toEqual(expect.arrayContaining(["stop_requested", "shutdown_started", "server_stopped"]));
  });
});
