import { access, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { APP_SPEC_PATH } from "../../../src/app-spec/paths.js";
import {
  type ClaudeCodeEngineOptions,
  createClaudeCodeEngine,
  createSdkLoader,
  NOT_LOGGED_IN_MESSAGE,
} from "../../../src/engines/claude-code/index.js";
import { SpecChatSession } from "../../../src/session/index.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { ProjectRegistry } from "../../../src/workspace/index.js";
import {
  type FakeProvider,
  type Reply,
  reply,
  startFakeProvider,
} from "../../support/fake-provider/index.js";
import { audienceQuestion as audience } from "../../support/questions.js";
import { collect } from "../../support/scripted-engine.js";
import { validSpecText } from "../../support/spec-text.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";
import { asArray, asObject, toolResultsIn, userTextsIn } from "./anthropic-request.js";

/**
 * The engine against a real Claude Code, which talks to the fake provider instead of
 * Anthropic. The SDK is an optional peer dependency; where it is not installed (as in a
 * plain checkout) these tests are skipped.
 */
const sdkInstalled = await createSdkLoader()().then(
  () => true,
  () => false,
);
if (!sdkInstalled)
  console.info(
    "Skipping the claude-code end-to-end tests: @anthropic-ai/claude-agent-sdk is not installed (npm install -g @anthropic-ai/claude-agent-sdk).",
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
 * A session on Claude Code with a throwaway home folder, so no real login, settings or
 * session files are read or written, and no traffic but the model calls.
 */
async function start(
  replies: Reply[],
  options: { loggedIn?: boolean; engine?: Partial<ClaudeCodeEngineOptions> } = {},
) {
  const server = await startFakeProvider({ replies });
  const home = await tempDir();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: home,
    ANTHROPIC_BASE_URL: server.url,
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
    DISABLE_TELEMETRY: "1",
    DISABLE_AUTOUPDATER: "1",
  };
  if (options.loggedIn !== false) env.ANTHROPIC_API_KEY = "test-key";
  const projectsDir = await tempDir();
  const session = new SpecChatSession({
    projectName: "demo",
    projects: new ProjectRegistry(projectsDir),
    engine: createClaudeCodeEngine({ env, ...options.engine }),
  });
  open.push({ session, server });
  return { server, session, projectDir: join(projectsDir, "demo"), home };
}

const modelCalls = (server: FakeProvider) =>
  server.requests.filter((request) => request.path.endsWith("/messages"));
const types = (frames: readonly ServerFrame[]) => frames.map((frame) => frame.type);

describe.skipIf(!sdkInstalled)("the claude-code engine against a real Claude Code", () => {
  it("asks, resumes with the answer, and writes a spec the session sees on disk", async () => {
    const { server, session, projectDir } = await start([
      reply().text("Hello! One question first.").tool("AskUserQuestion", audience),
      reply()
        .text("Families it is. Writing the spec.")
        .tool("Write", {
          file_path: APP_SPEC_PATH,
          content: validSpecText(3),
        }),
      reply().text("The spec is written."),
    ]);

    const greeting = await collect(session.start());
    expect(types(greeting)).toContain("question");
    expect(greeting.find((frame) => frame.type === "question")).toMatchObject({
      questions: audience.questions,
    });
    const first = modelCalls(server)[0]!;
    // Tools marked defer_loading are Claude Code's own placeholders, never offered for use.
    const offered = asArray(first.body.tools)
      .map(asObject)
      .filter((tool) => tool.defer_loading !== true)
      .map((tool) => String(tool.name));
    expect(offered.sort()).toEqual(["AskUserQuestion", "Edit", "Glob", "Read", "Write"]);
    expect(JSON.stringify(first.body.system)).toContain("interview");

    const toolId = greeting.find((frame) => frame.type === "question")!;
    const answered = await collect(
      session.answer(toolId.type === "question" ? toolId.tool_id : "", { "0": "Families (Recommended)" }),
    );
    expect(answered.find((frame) => frame.type === "file_written")).toEqual({
      type: "file_written",
      path: APP_SPEC_PATH,
    });
    const second = modelCalls(server)[1]!;
    expect(userTextsIn(second).join("\n")).toContain("- Who will use the app? → Families (Recommended)");
    const afterWrite = modelCalls(server)[2]!;
    expect(toolResultsIn(afterWrite).at(-1)).toMatchObject({ isError: false });
    expect(JSON.stringify(afterWrite.body.messages)).toContain("prompts/app_spec.txt is valid.");
    await access(join(projectDir, APP_SPEC_PATH));
  });

  it("keeps Claude Code's tools inside the project, and writes inside prompts/", async () => {
    const outside = await tempDir();
    await writeFile(join(outside, "secret.txt"), "the secret");
    const { server, session, projectDir } = await start([
      reply()
        .tool("Read", { file_path: join(outside, "secret.txt") })
        .tool("Write", { file_path: "notes.md", content: "escaped" }),
      reply().text("Understood."),
    ]);
    await mkdir(join(projectDir, "prompts"), { recursive: true });
    await collect(session.start());
    const results = toolResultsIn(modelCalls(server)[1]!);
    expect(results).toHaveLength(2);
    expect(results.every((result) => result.isError)).toBe(true);
    expect(results[0]!.text).toContain("outside the project folder");
    expect(results[1]!.text).toContain("not inside the prompts/ folder");
    expect(JSON.stringify(server.requests.map((request) => request.body))).not.toContain("the secret");
    await expect(access(join(projectDir, "notes.md"))).rejects.toThrow();
  });

  it("tells a person without a login how to log in", async () => {
    const { server, session } = await start([], { loggedIn: false });
    const frames = await collect(session.start());
    expect(frames.filter((frame) => frame.type === "error")).toEqual([
      { type: "error", content: NOT_LOGGED_IN_MESSAGE, code: "claude_code_not_logged_in", retryable: false },
    ]);
    expect(modelCalls(server)).toHaveLength(0);
  });

  it("says the Claude Code program is missing when it cannot be started", async () => {
    const { session } = await start([], {
      engine: { pathToClaudeCodeExecutable: join(await tempDir(), "claude") },
    });
    const errors = (await collect(session.start())).filter((frame) => frame.type === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      content: expect.stringMatching(/^The Claude Code program .* is missing/),
    });
  });

  it("says Claude Code stopped when its process dies", async () => {
    const crashing = join(await tempDir(), "claude");
    await writeFile(crashing, "#!/bin/sh\nexit 3\n", { mode: 0o755 });
    const { session } = await start([], { engine: { pathToClaudeCodeExecutable: crashing } });
    const errors = (await collect(session.start())).filter((frame) => frame.type === "error");
    expect(errors).toEqual([
      {
        type: "error",
        content:
          "Claude Code stopped unexpectedly (exit code 3). Try again; if it keeps happening, run `claude` in a terminal to see what is wrong.",
        code: "claude_code_crashed",
        retryable: true,
      },
    ]);
  });
});
