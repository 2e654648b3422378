import { describe, expect, it } from "vitest";
import { SessionRegistry, SpecChatSession } from "../../src/session/index.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { collect, hangs, ScriptedEngine, type ScriptedTurn, says } from "../support/scripted-engine.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

async function registryWith(turnsFor: () => ScriptedTurn[]) {
  const projects = new ProjectRegistry(await tempDir());
  const created: SpecChatSession[] = [];
  const registry = new SessionRegistry((projectName) => {
    const session = new SpecChatSession({ projectName, projects, engine: new ScriptedEngine(...turnsFor()) });
    created.push(session);
    return session;
  });
  return { registry, created };
}

describe("SessionRegistry", () => {
  it("gets, lists and removes sessions", async () => {
    const { registry } = await registryWith(() => [says("Hi")]);
    const session = await registry.create("alpha");
    await registry.create("beta");
    expect(registry.get("alpha")).toBe(session);
    expect(registry.list().sort()).toEqual(["alpha", "beta"]);
    expect(await registry.remove("alpha")).toBe(true);
    expect(await registry.remove("alpha")).toBe(false);
    expect(session.isClosed()).toBe(true);
    expect(registry.list()).toEqual(["beta"]);
  });

  it("leaves exactly one live session when two creates for a project race", async () => {
    const { registry, created } = await registryWith(() => [says("Hi")]);
    const [first, second] = await Promise.all([registry.create("alpha"), registry.create("alpha")]);
    expect(registry.list()).toEqual(["alpha"]);
    expect(registry.get("alpha")).toBe(second);
    expect(first.isClosed()).toBe(true);
    expect(second.isClosed()).toBe(false);
    expect(created).toHaveLength(2);
  });

  it("registers the new session at once while the old one is still closing", async () => {
    const { registry } = await registryWith(() => [says("Hi"), hangs({ honourSignal: false })]);
    const old = await registry.create("alpha");
    await collect(old.start());
    const oldFrames: ServerFrame[] = [];
    const oldTurn = (async () => {
      for await (const frame of old.sendMessage("go")) oldFrames.push(frame);
    })();
    await new Promise((resolve) => setImmediate(resolve));
    const creating = registry.create("alpha");
    // The map is updated synchronously inside create, before the old session's close settles.
    const replacement = registry.get("alpha");
    expect(replacement).not.toBe(old);
    expect(await creating).toBe(replacement);
    await oldTurn;
    expect(oldFrames.at(-1)).toEqual({ type: "response_done" });
    expect(await collect(replacement!.start())).toEqual([
      { type: "text", content: "Hi" },
      { type: "response_done" },
    ]);
  });

  it("ends a running turn with response_done when its session is removed", async () => {
    const { registry } = await registryWith(() => [says("Hi"), hangs()]);
    const session = await registry.create("alpha");
    await collect(session.start());
    const frames: ServerFrame[] = [];
    let removing: Promise<boolean> | null = null;
    for await (const frame of session.sendMessage("go")) {
      frames.push(frame);
      // Not awaited here: the turn can only wind down while its frames are being read.
      if (frame.type === "text") removing = registry.remove("alpha");
    }
    expect(await removing).toBe(true);
    expect(frames.map((frame) => frame.type)).toEqual(["text", "response_done"]);
    expect(await collect(session.sendMessage("more"))).toEqual([
      {
        type: "error",
        content: "This session has been closed. Send 'start' to begin again.",
        code: "session_closed",
        retryable: false,
      },
    ]);
  });

  it("closes everything on cleanupAll", async () => {
    const { registry, created } = await registryWith(() => [says("Hi")]);
    await Promise.all(["a", "b", "c"].map((name) => registry.create(name)));
    await registry.cleanupAll();
    expect(registry.list()).toEqual([]);
    expect(created.every((session) => session.isClosed())).toBe(true);
  });
});
