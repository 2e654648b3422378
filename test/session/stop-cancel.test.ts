import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import type { TurnContext } from "../../src/engines/engine.js";
import { NOT_RUN_OUTPUT } from "../../src/engines/stopped-calls.js";
import { SpecChatSession } from "../../src/session/index.js";
import type { EngineEvent } from "../../src/types/engine-events.js";
import type { ToolCall, ToolEntry, ToolResult, Transcript } from "../../src/types/transcript.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { modelEngineFor, toolResultsIn } from "../engines/model/harness.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { floodFiles, floodPath, floodReply } from "../support/flood.js";
import { collect, ScriptedEngine, says } from "../support/scripted-engine.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const providers: FakeProvider[] = [];
const sessions: SpecChatSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  await Promise.all(providers.splice(0).map((provider) => provider.close()));
});

/** As many writes in one step as the attack asked for. */
const FLOOD = 2_000;

async function setUp(
  engine: SpecChatSession["engine"],
  options: { stopGraceMs?: number } = {},
): Promise<{ session: SpecChatSession; projectDir: string }> {
  const projectsDir = await tempDir();
  const session = new SpecChatSession({
    projectName: "demo",
    projects: new ProjectRegistry(projectsDir),
    engine,
    ...options,
  });
  sessions.push(session);
  return { session, projectDir: join(projectsDir, "demo") };
}

/** Runs a turn, stopping it once `ready` says so; resolves with its frames once it has ended. */
async function stopWhen(
  session: SpecChatSession,
  frames: AsyncIterable<ServerFrame>,
  ready: () => Promise<boolean>,
): Promise<ServerFrame[]> {
  const seen: ServerFrame[] = [];
  let ended = false;
  const turn = (async () => {
    for await (const frame of frames) seen.push(frame);
    ended = true;
  })();
  while (!ended && !(await ready())) await delay(2);
  session.cancel();
  await turn;
  return seen;
}

const toolEntries = (session: SpecChatSession) =>
  session.getMessages().filter((entry): entry is ToolEntry => entry.role === "tool");

describe("stopping a turn in the middle of a batch of tool calls", () => {
  it("stops a model's 2,000 writes: nothing is written after response_done, and every call has a result", async () => {
    const provider = await startFakeProvider({ replies: [reply().text("Hello."), floodReply(FLOOD)] });
    providers.push(provider);
    const { session, projectDir } = await setUp(modelEngineFor("anthropic", provider));
    await collect(session.start());

    const frames = await stopWhen(
      session,
      session.sendMessage("Go."),
      async () => (await floodFiles(projectDir)) >= 20,
    );
    expect(frames.at(-1)).toEqual({ type: "response_done" });
    const written = await floodFiles(projectDir);
    expect(written).toBeGreaterThanOrEqual(20);
    expect(written).toBeLessThan(FLOOD);
    // Once response_done is out nothing more is written, however long one waits.
    await delay(400);
    expect(await floodFiles(projectDir)).toBe(written);

    // The step's tool entry answers every call: those that ran, and "not run" for the rest.
    const results = toolEntries(session).at(-1)!.results;
    expect(results).toHaveLength(FLOOD);
    expect(results.filter((result) => !result.isError)).toHaveLength(written);
    expect(results.filter((result) => result.output === NOT_RUN_OUTPUT)).toHaveLength(FLOOD - written);
    // Those that ran are the first ones, in the model's order.
    expect(results.slice(0, written).every((result) => !result.isError)).toBe(true);
    const stopped = frames.find((frame) => frame.type === "notice" && frame.kind === "turn_stopped");
    expect(stopped).toMatchObject({
      content: expect.stringContaining(
        `${written.toLocaleString("en-US")} of the interviewer's 2,000 tool calls ran (${written.toLocaleString("en-US")} files written); the other ${(FLOOD - written).toLocaleString("en-US")} (${(FLOOD - written).toLocaleString("en-US")} Write) were not run`,
      ),
    });
    expect(session.canRetry()).toBe(true);

    // The next request is well formed: the fake refuses, as Anthropic does, a call without its result.
    provider.enqueue(reply().text("Understood, I stopped."));
    const next = await collect(session.sendMessage("Sorry, that was a mistake."));
    expect(next.filter((frame) => frame.type === "error")).toEqual([]);
    const sent = toolResultsIn(provider.lastRequest()!);
    expect(sent).toHaveLength(FLOOD);
    expect(sent.filter((result) => result.text === NOT_RUN_OUTPUT)).toHaveLength(FLOOD - written);
    expect(provider.lastRequest()!.rejection).toBeUndefined();
  });

  it("refuses the calls of an engine that ignores the stop, so it writes nothing more", async () => {
    const engine = new ScriptedEngine(says("Hi"), floodIgnoringTheStop());
    const { session, projectDir } = await setUp(engine);
    await collect(session.start());

    const frames = await stopWhen(
      session,
      session.sendMessage("Go."),
      async () => (await floodFiles(projectDir)) >= 10,
    );
    expect(frames.at(-1)).toEqual({ type: "response_done" });
    const written = await floodFiles(projectDir);
    expect(written).toBeLessThan(FLOOD);
    await delay(400);
    expect(await floodFiles(projectDir)).toBe(written);
    const results = toolEntries(session).at(-1)!.results;
    expect(results.filter((result) => !result.isError)).toHaveLength(written);
    expect(results.filter((result) => result.output === NOT_RUN_OUTPUT)).toHaveLength(FLOOD - written);
  });

  it("answers the calls of an engine left behind with 'not run', so the transcript stays well formed", async () => {
    const calls: ToolCall[] = [1, 2, 3].map((index) => ({
      toolCallId: `call-${index}`,
      toolName: "Write",
      input: { file_path: floodPath(index), content: "x" },
    }));
    const engine = new ScriptedEngine(says("Hi"), hangsAfterCalling(calls));
    const { session, projectDir } = await setUp(engine, { stopGraceMs: 50 });
    await collect(session.start());

    const frames = await stopWhen(session, session.sendMessage("Go."), async () =>
      session.getMessages().some((entry) => entry.role === "assistant" && entry.toolCalls.length > 0),
    );
    expect(frames.at(-1)).toEqual({ type: "response_done" });
    expect(await floodFiles(projectDir)).toBe(0);
    const transcript = session.getMessages();
    expect(transcript.at(-1)).toMatchObject({
      role: "tool",
      results: calls.map((call) => ({ toolCallId: call.toolCallId, output: NOT_RUN_OUTPUT, isError: true })),
    });
    expect(frames.find((frame) => frame.type === "notice")).toMatchObject({
      kind: "turn_stopped",
      content: expect.stringContaining("before any of the interviewer's 3 tool calls ran"),
    });
  });
});

/** A turn that writes 2,000 files through the turn's tools and never looks at the stop. */
function floodIgnoringTheStop() {
  return async function* (_transcript: Transcript, context: TurnContext): AsyncGenerator<EngineEvent> {
    const calls: ToolCall[] = Array.from({ length: FLOOD }, (_, index) => ({
      toolCallId: `flood-${index}`,
      toolName: "Write",
      input: { file_path: floodPath(index), content: `file ${index}\n` },
    }));
    const timestamp = new Date().toISOString();
    yield { type: "record", entry: { role: "assistant", text: "", toolCalls: calls, timestamp } };
    const results: ToolResult[] = [];
    for (const call of calls) {
      const outcome = await context.tools.run(call.toolName, call.input);
      results.push({
        toolCallId: call.toolCallId,
        toolName: call.toolName,
        output: outcome.output,
        isError: outcome.isError,
      });
    }
    yield { type: "record", entry: { role: "tool", results, timestamp } };
  };
}

/** A turn that records its tool calls, then hangs without running them, deaf to the stop. */
function hangsAfterCalling(calls: ToolCall[]) {
  return async function* (): AsyncGenerator<EngineEvent> {
    const timestamp = new Date().toISOString();
    yield { type: "record", entry: { role: "assistant", text: "", toolCalls: calls, timestamp } };
    await new Promise<void>(() => {});
  };
}
