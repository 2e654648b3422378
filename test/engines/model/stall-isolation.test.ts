import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { SpecChatSession } from "../../../src/session/index.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { ProjectRegistry } from "../../../src/workspace/index.js";
import { type FakeProvider, reply, startFakeProvider } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";
import { modelEngineFor, textOf } from "./harness.js";

const tempDir = tempDirsForEachTest();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const errorsIn = (frames: readonly ServerFrame[]) =>
  frames.flatMap((frame) => (frame.type === "error" ? [frame.content] : []));

/** Waits until the provider has handed out every reply queued so far: the request arrived. */
async function untilTaken(server: FakeProvider): Promise<void> {
  while (server.pendingReplies > 0) await sleep(5);
}

describe("two interviews streaming at once on one engine", () => {
  it("each stall watchdog counts only its own request's bytes", async () => {
    const server = await startFakeProvider();
    cleanups.push(() => server.close());
    // One engine, as `specwright serve` shares it between sessions.
    const engine = modelEngineFor("anthropic", server, { stallTimeoutMs: 1000 });
    const session = async (name: string) => {
      const opened = new SpecChatSession({
        projectName: name,
        projects: new ProjectRegistry(await tempDir()),
        engine,
      });
      cleanups.unshift(() => opened.close());
      return opened;
    };
    // The first keeps its connection alive with pings through a long thought; the second
    // goes silent in the middle of it. Were the first one's pings fed to the second's
    // watchdog, the second would never stall.
    server.enqueue(reply().text("Still ").pause(4000, { pingEveryMs: 40 }).text("here."));
    const alive = (await session("alive")).start();
    const aliveFrames = collect(alive);
    await untilTaken(server);
    server.enqueue(reply().text("Hello").pause(3000).text(" again."));
    const silentFrames = await collect((await session("silent")).start());

    expect(errorsIn(silentFrames)).toEqual(["The model stopped responding for 1 second."]);
    const done = await aliveFrames;
    expect(errorsIn(done)).toEqual([]);
    expect(textOf(done)).toBe("Still here.");
  });
});
