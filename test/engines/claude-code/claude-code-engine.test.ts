import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { validateInitializerPrompt } from "../../../src/app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../../../src/app-spec/paths.js";
import { createClaudeCodeEngine, NOT_LOGGED_IN_MESSAGE } from "../../../src/engines/claude-code/index.js";
import {
  createSdkLoader,
  SDK_MISSING_MESSAGE,
  type SdkLoader,
} from "../../../src/engines/claude-code/sdk-loader.js";
import { createEngine } from "../../../src/engines/select.js";
import { SpecChatSession } from "../../../src/session/index.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { ProjectRegistry } from "../../../src/workspace/index.js";
import { collect } from "../../support/scripted-engine.js";
import { validSpecText } from "../../support/spec-text.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";
import { afterTool, askPermission, type QueryScript, type ScriptedSdk, scriptedSdk } from "./scripted-sdk.js";
import {
  assistantText,
  assistantToolUse,
  init,
  interruptedNote,
  messageStart,
  notLoggedIn,
  result,
  SESSION_ID,
  status,
  textDelta,
  toolResult,
} from "./sdk-messages.js";

const tempDir = tempDirsForEachTest();
const openSessions: SpecChatSession[] = [];
afterEach(async () => {
  for (const session of openSessions.splice(0)) await session.close();
});

async function sessionOn(sdk: ScriptedSdk | null, loadSdk?: SdkLoader) {
  const engine = createClaudeCodeEngine({
    loadSdk: loadSdk ?? (async () => sdk!),
    now: () => new Date("2026-05-01T10:00:00.000Z"),
  });
  const projectsDir = await tempDir();
  const session = new SpecChatSession({
    projectName: "demo",
    projects: new ProjectRegistry(projectsDir),
    engine,
  });
  openSessions.push(session);
  return { engine, session, projectDir: join(projectsDir, "demo") };
}

const audience = {
  question: "Who will use the app?",
  header: "Audience",
  options: [
    { label: "Families (Recommended)", description: "Parents and children" },
    { label: "Teams", description: "People at work" },
  ],
  multiSelect: false,
};

/**
 * Greets, then asks a question the way Claude Code runs AskUserQuestion under canUseTool.
 * The model's call names the question's phase; Claude Code's own schema does not know
 * that field, so the input it checks permission for comes without it.
 */
const greetsAndAsks: QueryScript = async function* (call) {
  yield init();
  yield status();
  yield messageStart("msg_1");
  yield textDelta("Hello! One question first.");
  yield assistantText("msg_1", "Hello! One question first.");
  yield assistantToolUse("msg_1", "toolu_q", "AskUserQuestion", {
    questions: [{ ...audience, phase: "overview" }],
  });
  const permission = await askPermission(call, "AskUserQuestion", { questions: [audience] }, "toolu_q");
  if (!permission.interrupt) throw new Error("the question did not stop the turn");
  yield toolResult("toolu_q", "The user doesn't want to proceed with this tool use.", true);
  yield interruptedNote();
  yield result({
    subtype: "error_during_execution",
    isError: true,
    errors: ["[ede_diagnostic]"],
    totalCostUsd: 0.01,
  });
  throw new Error("Claude Code returned an error result: [ede_diagnostic] result_type=user");
};

/** Writes the app spec as Claude Code would: permission, the write itself, the PostToolUse hook. */
function writesSpec(projectDir: () => string): QueryScript {
  return async function* (call) {
    const input = { file_path: join(projectDir(), APP_SPEC_PATH), content: validSpecText(3) };
    yield init();
    yield messageStart("msg_2");
    yield textDelta("Writing it.");
    yield assistantText("msg_2", "Writing it.");
    yield assistantToolUse("msg_2", "toolu_w", "Write", input);
    const permission = await askPermission(call, "Write", input, "toolu_w");
    if (!permission.allowed) throw new Error(`the write was refused: ${permission.message}`);
    await mkdir(dirname(input.file_path), { recursive: true });
    await writeFile(input.file_path, input.content);
    await afterTool(call, "Write", input, "toolu_w");
    yield toolResult("toolu_w", "File created successfully at: prompts/app_spec.txt");
    yield status();
    yield messageStart("msg_3");
    yield textDelta("Done.");
    yield assistantText("msg_3", "Done.");
    yield result({ totalCostUsd: 0.025 });
  };
}

const types = (frames: readonly ServerFrame[]) => frames.map((frame) => frame.type);

describe("the claude-code engine in a session", () => {
  it("asks the question, then resumes the same session with the answers paired to it", async () => {
    let projectDir = "";
    const sdk = scriptedSdk(
      greetsAndAsks,
      writesSpec(() => projectDir),
    );
    const setup = await sessionOn(sdk);
    projectDir = setup.projectDir;
    const { session } = setup;

    const greeting = await collect(session.start());
    // The greeting opens the overview, and the question reports the phase it belongs to.
    expect(types(greeting)).toEqual(["phase", "text", "usage", "phase", "question", "response_done"]);
    expect(
      greeting.filter((frame) => frame.type === "phase").map((frame) => (frame as { id: string }).id),
    ).toEqual(["overview", "overview"]);
    expect(greeting.find((frame) => frame.type === "question")).toEqual({
      type: "question",
      questions: [audience],
      tool_id: "toolu_q",
    });
    expect(sdk.calls[0]).toMatchObject({ prompt: "Begin the spec creation process." });
    expect(sdk.calls[0]!.options).not.toHaveProperty("resume");
    expect(sdk.calls[0]!.options.cwd).toBe(projectDir);

    const answered = await collect(session.answer("toolu_q", { "0": "Families (Recommended)" }));
    expect(sdk.calls[1]!.options.resume).toBe(SESSION_ID);
    expect(sdk.calls[1]!.prompt).toContain("- Who will use the app? → Families (Recommended)");
    // Claude Code wrote the app spec; Specwright wrote the initializer prompt from it.
    expect(answered.filter((frame) => frame.type === "file_written")).toEqual([
      { type: "file_written", path: APP_SPEC_PATH },
      { type: "file_written", path: INITIALIZER_PROMPT_PATH },
    ]);
    expect(types(answered)).toContain("spec_complete");
    expect(types(answered).slice(-2)).toEqual(["response_done", "complete"]);
    expect(
      validateInitializerPrompt(await readFile(join(projectDir, INITIALIZER_PROMPT_PATH), "utf8"), 3),
    ).toEqual([]);
    // The second turn's cost is its share of the session's running total.
    const usage = answered.find((frame) => frame.type === "usage");
    expect(usage?.type === "usage" && usage.cost_usd).toBeCloseTo(0.025, 10);

    const written = session
      .getMessages()
      .find((entry) => entry.role === "tool" && entry.results[0]?.toolName === "Write");
    expect(written?.role === "tool" && written.results[0]!.output).toMatch(
      /prompts\/app_spec\.txt is valid\./,
    );
    expect(await readFile(join(projectDir, APP_SPEC_PATH), "utf8")).toBe(validSpecText(3));
  });

  it.each([
    ["an error result, then a throw", true],
    ["only an error result", false],
  ])(
    "replays the conversation into a new session when Claude Code no longer knows the old one (%s)",
    async (_, throws) => {
      const sdk = scriptedSdk(
        greetsAndAsks,
        async function* () {
          yield result({
            subtype: "error_during_execution",
            isError: true,
            errors: [`No conversation found with session ID: ${SESSION_ID}`],
            totalCostUsd: 0,
            usage: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
          });
          if (throws)
            throw new Error(
              `Claude Code returned an error result: No conversation found with session ID: ${SESSION_ID}`,
            );
        },
        async function* () {
          yield init("claude-sonnet-4-5", "new-session");
          yield assistantText("msg_9", "Families it is.", "new-session");
          yield result({ sessionId: "new-session" });
        },
      );
      const { session } = await sessionOn(sdk);
      await collect(session.start());
      const frames = await collect(session.answer("toolu_q", { "0": "Teams" }));

      expect(types(frames)).not.toContain("error");
      expect(sdk.calls).toHaveLength(3);
      expect(sdk.calls[2]!.options).not.toHaveProperty("resume");
      expect(sdk.calls[2]!.prompt).toMatch(
        /^This interview began in an earlier Claude Code session that cannot be resumed/,
      );
      expect(sdk.calls[2]!.prompt).toContain("You asked with AskUserQuestion: Who will use the app?");
      expect(sdk.calls[2]!.prompt).toContain("- Who will use the app? → Teams");
      expect(session.getMessages().at(-1)).toMatchObject({ meta: { claudeCodeSessionId: "new-session" } });
    },
  );

  it("continues the Claude Code session after a restart, from the kept transcript", async () => {
    const first = await sessionOn(scriptedSdk(greetsAndAsks));
    await collect(first.session.start());
    const kept = first.session.snapshot()!;

    const sdk = scriptedSdk(async function* () {
      yield init();
      yield assistantText("msg_5", "Teams it is.");
      yield result({ totalCostUsd: 0.015 });
    });
    const { session } = await sessionOn(sdk);
    const refused = await session.restore({ state: kept, log: null });
    expect(refused).toBeNull();
    const frames = await collect(session.answer("toolu_q", { "0": "Teams" }));
    expect(sdk.calls[0]!.options.resume).toBe(SESSION_ID);
    expect(sdk.calls[0]!.prompt).toContain("- Who will use the app? → Teams");
    const usage = frames.find((frame) => frame.type === "usage");
    // The session so far: the greeting's 0.01 carried over, and this turn's 0.005 (0.015 less what the SDK session had spent).
    expect(usage?.type === "usage" && usage.cost_usd).toBeCloseTo(0.015, 10);
  });

  it("reports a missing login in plain words", async () => {
    const sdk = scriptedSdk(async function* () {
      yield init();
      yield* notLoggedIn();
      throw new Error("Claude Code returned an error result: Not logged in · Please run /login");
    });
    const { session } = await sessionOn(sdk);
    const frames = await collect(session.start());
    expect(frames).toEqual([
      { type: "error", content: NOT_LOGGED_IN_MESSAGE, code: "claude_code_not_logged_in", retryable: false },
      { type: "response_done" },
    ]);
  });

  it("says how to install the SDK when it is missing, and loads it once it is there", async () => {
    const missing = createSdkLoader({
      importPackage: async () => {
        throw Object.assign(
          new Error("Cannot find package '@anthropic-ai/claude-agent-sdk' imported from x"),
          {
            code: "ERR_MODULE_NOT_FOUND",
          },
        );
      },
      globalPackagesFolder: async () => null,
    });
    const { session } = await sessionOn(null, missing);
    expect(await collect(session.start())).toEqual([
      { type: "error", content: SDK_MISSING_MESSAGE, code: "claude_code_missing", retryable: false },
      { type: "response_done" },
    ]);
  });

  it("stops Claude Code when the person cancels", async () => {
    let seenSignal: AbortSignal | null = null;
    const sdk = scriptedSdk(async function* (call) {
      seenSignal = call.options.abortController.signal;
      yield init();
      yield messageStart("msg_1");
      yield textDelta("Thinking about");
      await new Promise((resolve) => call.options.abortController.signal.addEventListener("abort", resolve));
      throw new Error("Claude Code process aborted by user");
    });
    const { session } = await sessionOn(sdk);
    const frames: ServerFrame[] = [];
    for await (const frame of session.start()) {
      frames.push(frame);
      if (frame.type === "text") session.cancel();
    }
    expect(types(frames)).toEqual(["phase", "text", "response_done"]);
    expect(seenSignal!.aborted).toBe(true);
  });

  it("names the model Claude Code reports once it has run", async () => {
    const sdk = scriptedSdk(async function* () {
      yield init("claude-opus-4-5");
      yield assistantText("msg_1", "Hello!");
      yield result();
    });
    const { session, engine } = await sessionOn(sdk);
    expect(engine.model).toBeNull();
    expect(engine.description).toBe(
      "Claude Code with its own login, on its default model (choose another with --model)",
    );
    await collect(session.start());
    expect(engine.model).toBe("claude-opus-4-5");
    expect(engine.description).toBe(
      "Claude Code with its own login, model claude-opus-4-5 (its default; choose another with --model)",
    );
  });

  it("is what --engine claude-code builds, with the chosen model", () => {
    const engine = createEngine({
      name: "claude-code",
      reason: "chosen with --engine claude-code",
      model: "claude-sonnet-4-5",
      maxTurns: 100,
    });
    expect(engine.name).toBe("claude-code");
    expect(engine.model).toBe("claude-sonnet-4-5");
  });
});
