import { describe, expect, it } from "vitest";
import { ScriptedEngine, says } from "../support/scripted-engine.js";
import { serversForEachTest, until } from "./support/harness.js";

const start = serversForEachTest();

describe("logs", () => {
  it("have one structured line per event worth knowing, and never what was said", async () => {
    const secretIdea = "a-very-private-app-idea";
    const { connect, server, logEvents, logLines } = await start({
      engine: new ScriptedEngine(says("Hello."), says(`So: ${secretIdea}.`)),
    });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "message", content: secretIdea });
    await client.turn();
    client.close();
    await until(() => logEvents().some((entry) => entry.event === "connection_closed"));
    await server.app.inject({ method: "DELETE", url: "/api/spec/sessions/demo" });
    await server.close();

    const events = logEvents().filter((entry) => entry.event !== undefined);
    expect(events.map((entry) => entry.event)).toEqual([
      "server_started",
      "connection_opened",
      "session_created",
      "turn_started",
      "turn_ended",
      "turn_started",
      "turn_ended",
      "connection_closed",
      "session_closed",
      "session_removed",
      "shutdown_started",
    ]);
    expect(events.find((entry) => entry.event === "turn_ended")).toMatchObject({
      project: "demo",
      kind: "start",
      durationMs: expect.any(Number),
    });
    expect(events.find((entry) => entry.event === "connection_closed")).toMatchObject({
      project: "demo",
      code: expect.any(Number),
      durationMs: expect.any(Number),
    });
    expect(logLines.join("\n")).not.toContain(secretIdea);
    expect(logLines.join("\n")).not.toContain("Hello.");
  });
});
