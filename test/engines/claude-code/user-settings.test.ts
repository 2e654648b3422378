import { access, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createClaudeCodeEngine, createSdkLoader } from "../../../src/engines/claude-code/index.js";
import { SpecChatSession } from "../../../src/session/index.js";
import { ProjectRegistry } from "../../../src/workspace/index.js";
import {
  type FakeProvider,
  type Reply,
  reply,
  startFakeProvider,
} from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";
import { toolResultsIn } from "./anthropic-request.js";

/**
 * The person's own Claude Code settings (`~/.claude/settings.json`) against a real Claude
 * Code talking to the fake provider: their login and environment are used, their
 * permission rules and switches do not widen the sandbox, and the project folder's
 * `.claude/` is not read. Skipped where the SDK is not installed, like end-to-end.test.ts.
 */
const sdkInstalled = await createSdkLoader()().then(
  () => true,
  () => false,
);

const tempDir = tempDirsForEachTest();
const open: { session: SpecChatSession; server: FakeProvider }[] = [];
afterEach(async () => {
  for (const { session, server } of open.splice(0)) {
    await session.close();
    await server.close();
  }
});

/**
 * A session whose Claude Code gets neither a key nor the provider's address from its
 * environment: only the settings file in its throwaway home folder says where to go.
 */
async function start(replies: Reply[], userSettings: (serverUrl: string) => Record<string, unknown>) {
  const server = await startFakeProvider({ replies });
  const home = await tempDir();
  await mkdir(join(home, ".claude"), { recursive: true });
  await writeFile(join(home, ".claude", "settings.json"), JSON.stringify(userSettings(server.url), null, 2));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: home,
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
    DISABLE_TELEMETRY: "1",
    DISABLE_AUTOUPDATER: "1",
  };
  const projectsDir = await tempDir();
  const session = new SpecChatSession({
    projectName: "demo",
    projects: new ProjectRegistry(projectsDir),
    engine: createClaudeCodeEngine({ env }),
  });
  open.push({ session, server });
  return { server, session, projectDir: join(projectsDir, "demo") };
}

const login = (serverUrl: string) => ({ ANTHROPIC_BASE_URL: serverUrl, ANTHROPIC_API_KEY: "test-key" });
const modelCalls = (server: FakeProvider) =>
  server.requests.filter((request) => request.path.endsWith("/messages"));

describe.skipIf(!sdkInstalled)("the claude-code engine with the person's own Claude Code settings", () => {
  it("reaches the model through the login and environment in ~/.claude/settings.json", async () => {
    const { server, session } = await start([reply().text("Hello! What are you building?")], (url) => ({
      env: login(url),
    }));
    const frames = await collect(session.start());
    expect(frames.filter((frame) => frame.type === "error")).toEqual([]);
    expect(frames.some((frame) => frame.type === "text")).toBe(true);
    expect(modelCalls(server).length).toBeGreaterThan(0);
  });

  it("keeps the sandbox whatever the person's settings allow", async () => {
    const outside = await tempDir();
    await writeFile(join(outside, "secret.txt"), "the secret");
    const { server, session, projectDir } = await start(
      [
        reply()
          .tool("Read", { file_path: join(outside, "secret.txt") })
          .tool("Write", { file_path: "notes.md", content: "escaped" }),
        reply().text("Understood."),
      ],
      (url) => ({
        env: login(url),
        permissions: {
          allow: ["Read", "Write", "Edit", "Glob"],
          defaultMode: "acceptEdits",
        },
        disableAllHooks: true,
      }),
    );
    await mkdir(join(projectDir, "prompts"), { recursive: true });
    await collect(session.start());
    const results = toolResultsIn(modelCalls(server)[1]!);
    expect(results).toHaveLength(2);
    expect(results.every((result) => result.isError)).toBe(true);
    expect(JSON.stringify(server.requests.map((request) => request.body))).not.toContain("the secret");
    await expect(access(join(projectDir, "notes.md"))).rejects.toThrow();
  });

  it("does not read the project folder's .claude settings", async () => {
    const { server, session, projectDir } = await start([reply().text("Hello!")], (url) => ({
      env: login(url),
    }));
    // A project setting that would send every model call nowhere if it were read.
    await mkdir(join(projectDir, ".claude"), { recursive: true });
    const nowhere = { env: { ANTHROPIC_BASE_URL: "http://127.0.0.1:9" } };
    await writeFile(join(projectDir, ".claude", "settings.json"), JSON.stringify(nowhere));
    await writeFile(join(projectDir, ".claude", "settings.local.json"), JSON.stringify(nowhere));
    const frames = await collect(session.start());
    expect(frames.filter((frame) => frame.type === "error")).toEqual([]);
    expect(modelCalls(server).length).toBeGreaterThan(0);
  });
});
