import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SpecChatSession } from "../../src/session/index.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { modelEngineFor } from "../engines/model/harness.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { floodFiles, floodReply } from "../support/flood.js";
import { collect } from "../support/scripted-engine.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const providers: FakeProvider[] = [];
const sessions: SpecChatSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  await Promise.all(providers.splice(0).map((provider) => provider.close()));
});

describe("the project registry's tool limits", () => {
  it("reach the tools a session builds for its turns", async () => {
    const provider = await startFakeProvider({
      replies: [reply().text("Hello."), floodReply(10), reply().text("Done.")],
    });
    providers.push(provider);
    const projectsDir = await tempDir();
    const session = new SpecChatSession({
      projectName: "demo",
      projects: new ProjectRegistry(projectsDir, { toolLimits: { maxPromptFiles: 4 } }),
      engine: modelEngineFor("anthropic", provider),
    });
    sessions.push(session);
    await collect(session.start());
    await collect(session.sendMessage("Go."));
    // The default quota (200 files) would have let all ten through; files the project
    // already has in prompts/ count too.
    const written = await floodFiles(join(projectsDir, "demo"));
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThanOrEqual(4);
  });
});
