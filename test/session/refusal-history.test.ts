import { afterEach, describe, expect, it } from "vitest";
import { FrameHandler, restoreFromStore, SessionRegistry, SpecChatSession } from "../../src/session/index.js";
import { SessionStore } from "../../src/store/index.js";
import type { HistoryFrame, ServerFrame } from "../../src/types/wire.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { modelEngineFor } from "../engines/model/harness.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const providers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close()));
});

/** A registry as a server builds it: a model engine on `provider`, interviews kept in a store. */
function registryOver(projectsDir: string, provider: FakeProvider): SessionRegistry {
  const projects = new ProjectRegistry(projectsDir);
  const store = new SessionStore(projectsDir, { warn: () => {} });
  const engine = modelEngineFor("anthropic", provider);
  const create = (projectName: string) => new SpecChatSession({ projectName, projects, engine, store });
  return new SessionRegistry(create, restoreFromStore(store, create), { store });
}

async function send(registry: SessionRegistry, frame: object): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  const handler = new FrameHandler({ registry, projectName: "demo", send: (sent) => frames.push(sent) });
  await handler.handle(JSON.stringify(frame));
  await handler.idle();
  return frames;
}

const REFUSED =
  'The interviewer tried to write "../outside.txt"; Specwright refused: "../outside.txt" is outside the project folder.';

describe("refused calls in the history", () => {
  it("shows a reloaded window what the interviewer tried and Specwright refused, where it came", async () => {
    const provider = await startFakeProvider({
      replies: [
        reply().text("Hello."),
        reply().text("Let me save a note.").tool("Write", { file_path: "../outside.txt", content: "x" }),
        reply().text("I will keep to prompts/."),
      ],
    });
    providers.push(provider);
    const projectsDir = await tempDir();
    const before = registryOver(projectsDir, provider);
    await send(before, { type: "start" });
    const live = await send(before, { type: "message", content: "Write a note." });
    expect(live).toContainEqual({ type: "notice", kind: "tool_refused", content: REFUSED });
    await before.cleanupAll();

    // A restart, then a window that reloads: the history is built from the kept interview.
    const after = registryOver(projectsDir, provider);
    const frames = await send(after, { type: "resume" });
    const history = frames.find((frame): frame is HistoryFrame => frame.type === "history");
    const replyMessage = history?.messages.at(-1);
    expect(replyMessage).toMatchObject({
      role: "assistant",
      content: "Let me save a note.\n\nI will keep to prompts/.",
      notices: [{ kind: "tool_refused", content: REFUSED, at: "Let me save a note.".length }],
    });
    // Earlier messages, with nothing refused, carry no notices field at all.
    expect(history?.messages.slice(0, -1).every((message) => message.notices === undefined)).toBe(true);
    await after.cleanupAll();
  });
});
