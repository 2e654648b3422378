import { afterEach, describe, expect, it } from "vitest";
import { createGuidedEngine } from "../../src/engines/guided/index.js";
import { FrameHandler, restoreFromStore, SessionRegistry, SpecChatSession } from "../../src/session/index.js";
import { SessionStore } from "../../src/store/index.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

const registries: SessionRegistry[] = [];
// Each test's sessions are closed, so their interview logs and locks are let go.
afterEach(async () => {
  await Promise.all(registries.splice(0).map((registry) => registry.cleanupAll()));
});

/** A registry as a server builds it: sessions kept in a store and brought back on demand. */
function registryOver(projectsDir: string): SessionRegistry {
  const projects = new ProjectRegistry(projectsDir);
  const store = new SessionStore(projectsDir);
  const engine = createGuidedEngine();
  const create = (projectName: string) => new SpecChatSession({ projectName, projects, engine, store });
  const registry = new SessionRegistry(create, restoreFromStore(store, create));
  registries.push(registry);
  return registry;
}

async function send(registry: SessionRegistry, frame: object): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  const handler = new FrameHandler({ registry, projectName: "demo", send: (sent) => frames.push(sent) });
  await handler.handle(JSON.stringify(frame));
  await handler.idle();
  return frames;
}

describe("an interview across a restart", () => {
  it("carries on from the kept transcript when a client sends its next message", async () => {
    const projectsDir = await tempDir();
    const before = registryOver(projectsDir);
    await send(before, { type: "start" });
    const asked = await send(before, {
      type: "message",
      // Says it is a web app, so the question asked is the involvement one, and its answer leads to technology.
      content: "A recipe web app for home cooks to save recipes and plan weekly meals.",
    });
    const question = asked.find((frame) => frame.type === "question");
    expect(question).toBeDefined();
    const transcriptBefore = before.get("demo")!.getMessages();
    await before.cleanupAll();

    const after = registryOver(projectsDir);
    expect(after.get("demo")).toBeUndefined();
    const answered = await send(after, { type: "answer", tool_id: question!.tool_id, answers: { "0": "1" } });
    expect(answered.at(-1)).toEqual({ type: "response_done" });
    expect(answered.some((frame) => frame.type === "error")).toBe(false);
    const session = after.get("demo")!;
    expect(session.getMessages().slice(0, transcriptBefore.length)).toEqual(transcriptBefore);
    // The guided interviewer went on to the next step rather than starting over.
    expect(answered).toContainEqual(expect.objectContaining({ type: "phase", id: "technology" }));
  });

  it("knows which question is still waiting for an answer", async () => {
    const projectsDir = await tempDir();
    const registry = registryOver(projectsDir);
    await send(registry, { type: "start" });
    const session = registry.get("demo")!;
    expect(session.pendingQuestion()).toBeNull();
    const asked = await send(registry, {
      type: "message",
      content:
        "A habit tracker for students: they create habits, tick them off each day and see their streaks.",
    });
    const question = asked.find((frame) => frame.type === "question");
    expect(session.pendingQuestion()).toEqual({
      toolCallId: question!.tool_id,
      questions: question!.questions,
    });
  });

  it("starts over on start, keeping the earlier interview aside", async () => {
    const projectsDir = await tempDir();
    const registry = registryOver(projectsDir);
    await send(registry, { type: "start" });
    await send(registry, { type: "message", content: "A habit tracker for students." });
    await send(registry, { type: "start" });
    expect(registry.get("demo")!.getMessages()).toHaveLength(2);
    const store = new SessionStore(projectsDir);
    expect((await store.read("demo"))?.transcript).toHaveLength(2);
  });

  it("says there is nothing to carry on when no interview was kept", async () => {
    const registry = registryOver(await tempDir());
    expect(await send(registry, { type: "message", content: "hello" })).toEqual([
      {
        type: "error",
        content: "No active session. Send 'start' first.",
        code: "session_not_started",
        retryable: false,
      },
    ]);
  });
});
