import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPermissionHandlers } from "../../src/engines/claude-code/permission-handlers.js";
import { TurnState } from "../../src/engines/claude-code/turn-state.js";
import { SpecChatSession } from "../../src/session/index.js";
import type { ActivityFrame, ServerFrame } from "../../src/types/wire.js";
import { serverFrameSchema } from "../../src/types/wire.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { harnessForEachTest, PROVIDERS, textOf } from "../engines/model/harness.js";
import { fault, reply } from "../support/fake-provider/index.js";
import { referencePageMessages } from "../support/reference-page.js";
import { collect, ScriptedEngine, type ScriptedTurn, says } from "../support/scripted-engine.js";
import { validSpecText } from "../support/spec-text.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const start = harnessForEachTest();
const tempDir = tempDirsForEachTest();

const activities = (frames: readonly ServerFrame[]) =>
  frames.filter((frame): frame is ActivityFrame => frame.type === "activity");

describe.each(PROVIDERS)("what a running turn is doing, over the %s format", (provider) => {
  it("says each retry of an overloaded provider (which, of how many, why) before the answer", async () => {
    // Anthropic answers an overloaded API with HTTP 529 `overloaded_error`
    // (https://docs.anthropic.com/en/api/errors); a 429 carries `retry-after`.
    const { session } = await start(provider, {
      engine: { maxRetries: 3 },
      replies: [
        fault.status(529, { errorType: "overloaded_error", message: "Overloaded" }),
        fault.status(529, { errorType: "overloaded_error", message: "Overloaded" }),
        reply().text("Hello at last."),
      ],
    });
    const frames = await collect(session.start());
    const retries = activities(frames).filter((frame) => frame.kind === "retrying");
    expect(retries.map(({ attempt, max_attempts, reason }) => ({ attempt, max_attempts, reason }))).toEqual([
      { attempt: 1, max_attempts: 3, reason: "overloaded" },
      { attempt: 2, max_attempts: 3, reason: "overloaded" },
    ]);
    expect(retries.every((frame) => typeof frame.wait_ms === "number")).toBe(true);
    // Each request is waited for; the answer comes after the last retry.
    const kinds = frames.flatMap((frame) =>
      frame.type === "activity" ? [frame.kind] : frame.type === "text" ? ["text"] : [],
    );
    expect(kinds.filter((kind, index) => !(kind === "text" && kinds[index - 1] === "text"))).toEqual([
      "waiting",
      "retrying",
      "waiting",
      "retrying",
      "waiting",
      "text",
    ]);
    expect(textOf(frames)).toBe("Hello at last.");
    // Transient: nothing of it is in the interview afterwards.
    expect(JSON.stringify(session.history())).not.toContain("activity");
  });

  it("says which file a Write writes before the file is reported written", async () => {
    const { session } = await start(provider, {
      replies: [
        reply().text("Hello."),
        reply()
          .text("Writing it now.")
          .tool("Write", { file_path: "prompts/app_spec.txt", content: validSpecText(3) }),
        reply().text("Done."),
      ],
    });
    await collect(session.start());
    const frames = await collect(session.sendMessage("Write the spec."));
    const tool = frames.findIndex((frame) => frame.type === "activity" && frame.kind === "tool");
    const written = frames.findIndex((frame) => frame.type === "file_written");
    expect(frames[tool]).toEqual({
      type: "activity",
      kind: "tool",
      tool: "Write",
      path: "prompts/app_spec.txt",
    });
    expect(tool).toBeGreaterThanOrEqual(0);
    expect(tool).toBeLessThan(written);
    // Then the validator checks what was written, before the outcome is told.
    const checking = frames.findIndex((frame) => frame.type === "activity" && frame.kind === "checking");
    expect(frames[checking]).toEqual({ type: "activity", kind: "checking", path: "prompts/app_spec.txt" });
    expect(checking).toBeGreaterThan(tool);
    expect(checking).toBeLessThan(written);
    // The reference's page reads the same turn as it did before: activity is a type it ignores.
    expect(referencePageMessages(frames)).toEqual(
      referencePageMessages(frames.filter((frame) => frame.type !== "activity")),
    );
    expect(referencePageMessages(frames).every((message) => !message.streaming)).toBe(true);
  });
});

describe("a window that opens mid-turn", () => {
  it("learns from history what the running turn is doing, and nothing once the turn is over", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const writing: ScriptedTurn = async function* () {
      yield { type: "activity", activity: { kind: "tool", tool: "Write", path: "prompts/app_spec.txt" } };
      await gate;
      yield* says("Written.")([], undefined as never);
    };
    const session = new SpecChatSession({
      projectName: "demo",
      projects: new ProjectRegistry(await tempDir()),
      engine: new ScriptedEngine(says("Hello."), writing),
    });
    try {
      await collect(session.start());
      const turn = session.sendMessage("Go on.");
      const iterator = turn[Symbol.asyncIterator]();
      const first = await iterator.next();
      expect(first.value).toMatchObject({ type: "activity", kind: "tool", path: "prompts/app_spec.txt" });
      const midTurn = session.history();
      expect(serverFrameSchema.parse(midTurn)).toEqual(midTurn);
      expect(midTurn.busy).toBe(true);
      expect(midTurn.activity).toMatchObject({
        type: "activity",
        kind: "tool",
        tool: "Write",
        path: "prompts/app_spec.txt",
      });
      expect(typeof midTurn.activity?.elapsed_ms).toBe("number");
      release();
      while (!(await iterator.next()).done) {}
      expect(session.history().activity).toBeUndefined();
    } finally {
      release();
      await session.close();
    }
  });
});

describe("checking the spec after a write", () => {
  const spec = { file_path: "prompts/app_spec.txt", content: validSpecText(3) };
  /** What a turn sent, as activity kinds and the file reports, in order. */
  const shape = (frames: readonly ServerFrame[]) =>
    frames.flatMap((frame) =>
      frame.type === "activity"
        ? [`${frame.kind}${frame.path ? ` ${frame.path}` : ""}`]
        : frame.type === "file_written" || frame.type === "spec_complete"
          ? [`${frame.type} ${frame.path}`]
          : [],
    );

  async function turnOf(writing: ScriptedTurn): Promise<ServerFrame[]> {
    const session = new SpecChatSession({
      projectName: "demo",
      projects: new ProjectRegistry(await tempDir()),
      engine: new ScriptedEngine(says("Hello."), writing),
    });
    try {
      await collect(session.start());
      return await collect(session.sendMessage("Write it."));
    } finally {
      await session.close();
    }
  }

  it("is told when an engine writes through the turn's tools, as the guided interviewer does", async () => {
    const frames = await turnOf(async function* (_transcript, context) {
      await context.tools.run("Write", spec);
      yield* says("Written.")([], context);
    });
    expect(shape(frames)).toEqual([
      "checking prompts/app_spec.txt",
      "spec_complete prompts/app_spec.txt",
      "file_written prompts/app_spec.txt",
      "file_written prompts/initializer_prompt.md",
    ]);
  });

  it("is told when Claude Code wrote the file itself and its PostToolUse hook inspects it", async () => {
    const frames = await turnOf(async function* (_transcript, context) {
      // Claude Code's own Write, then the hook it runs after it (permission-handlers.ts).
      await mkdir(join(context.tools.projectDir, "prompts"), { recursive: true });
      await writeFile(join(context.tools.projectDir, spec.file_path), spec.content);
      const { postToolUse } = createPermissionHandlers({ tools: context.tools, state: new TurnState() });
      await postToolUse(
        { hook_event_name: "PostToolUse", tool_name: "Write", tool_input: spec, tool_use_id: "toolu_1" },
        "toolu_1",
        { signal: new AbortController().signal },
      );
      yield* says("Written.")([], context);
    });
    expect(shape(frames)).toEqual([
      "checking prompts/app_spec.txt",
      "spec_complete prompts/app_spec.txt",
      "file_written prompts/app_spec.txt",
      "file_written prompts/initializer_prompt.md",
    ]);
  });
});
