import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createPermissionHandlers,
  ONE_QUESTION_MESSAGE,
  QUESTION_SHOWN_MESSAGE,
} from "../../../src/engines/claude-code/permission-handlers.js";
import { decideToolUse } from "../../../src/engines/claude-code/tool-permission.js";
import { TurnState } from "../../../src/engines/claude-code/turn-state.js";
import { NOT_RUN_OUTPUT } from "../../../src/engines/stopped-calls.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

/** A project folder with a prompts/ folder, a notes file, and an outside folder next to it. */
async function project() {
  const root = await tempDir();
  const projectDir = join(root, "demo");
  const outside = join(root, "outside");
  await mkdir(join(projectDir, "prompts"), { recursive: true });
  await mkdir(outside);
  await writeFile(join(projectDir, "notes.md"), "notes");
  await writeFile(join(outside, "secret.txt"), "secret");
  return { projectDir, outside };
}

const question = {
  question: "Who will use the app?",
  header: "Audience",
  options: [
    { label: "Families", description: "Parents and children" },
    { label: "Teams", description: "People at work" },
  ],
  multiSelect: false,
};

const signal = new AbortController().signal;

describe("the sandbox Claude Code's tool calls go through", () => {
  it("lets reads anywhere inside the project folder through, relative or absolute", async () => {
    const { projectDir } = await project();
    expect(await decideToolUse(projectDir, "Read", { file_path: "notes.md" })).toEqual({ kind: "allow" });
    expect(await decideToolUse(projectDir, "Read", { file_path: join(projectDir, "notes.md") })).toEqual({
      kind: "allow",
    });
    expect(await decideToolUse(projectDir, "Glob", { pattern: "**/*.md" })).toEqual({ kind: "allow" });
    expect(await decideToolUse(projectDir, "Glob", { pattern: "*", path: "prompts" })).toEqual({
      kind: "allow",
    });
  });

  it("refuses reads outside the project folder with a message that says where to look", async () => {
    const { projectDir, outside } = await project();
    const decision = await decideToolUse(projectDir, "Read", { file_path: join(outside, "secret.txt") });
    expect(decision).toMatchObject({ kind: "deny" });
    expect(decision.kind === "deny" && decision.message).toMatch(
      /outside the project folder\. Use a path inside/,
    );
    expect(await decideToolUse(projectDir, "Read", { file_path: "../outside/secret.txt" })).toMatchObject({
      kind: "deny",
    });
    expect(await decideToolUse(projectDir, "Glob", { pattern: "*", path: outside })).toMatchObject({
      kind: "deny",
    });
  });

  it("refuses a symbolic link that leads out, for reads and writes", async () => {
    const { projectDir, outside } = await project();
    await symlink(join(outside, "secret.txt"), join(projectDir, "link.txt"));
    await symlink(outside, join(projectDir, "prompts", "escape"));
    expect(await decideToolUse(projectDir, "Read", { file_path: "link.txt" })).toMatchObject({
      kind: "deny",
    });
    expect(
      await decideToolUse(projectDir, "Write", { file_path: "prompts/escape/spec.txt", content: "x" }),
    ).toMatchObject({ kind: "deny" });
  });

  it("lets writes and edits land only inside prompts/", async () => {
    const { projectDir } = await project();
    expect(
      await decideToolUse(projectDir, "Write", { file_path: "prompts/app_spec.txt", content: "x" }),
    ).toEqual({
      kind: "allow",
    });
    expect(
      await decideToolUse(projectDir, "Edit", {
        file_path: "prompts/app_spec.txt",
        old_string: "a",
        new_string: "b",
      }),
    ).toEqual({ kind: "allow" });
    const outsidePrompts = await decideToolUse(projectDir, "Write", { file_path: "notes.md", content: "x" });
    expect(outsidePrompts.kind === "deny" && outsidePrompts.message).toMatch(
      /not inside the prompts\/ folder/,
    );
    expect(
      await decideToolUse(projectDir, "Edit", {
        file_path: "notes.md",
        old_string: "notes",
        new_string: "n",
      }),
    ).toMatchObject({ kind: "deny" });
  });

  it("refuses content over the write cap before anything is written", async () => {
    const { projectDir } = await project();
    const big = "x".repeat(2048);
    const decision = await decideToolUse(
      projectDir,
      "Write",
      { file_path: "prompts/app_spec.txt", content: big },
      { maxWriteBytes: 1024 },
    );
    expect(decision.kind === "deny" && decision.message).toMatch(/2048 bytes, more than the 1024 bytes/);
    expect(
      await decideToolUse(
        projectDir,
        "Write",
        { file_path: "prompts/a.txt", content: "x".repeat(1024) },
        {
          maxWriteBytes: 1024,
        },
      ),
    ).toEqual({ kind: "allow" });
  });

  it("refuses glob patterns that climb out", async () => {
    const { projectDir } = await project();
    expect(await decideToolUse(projectDir, "Glob", { pattern: "../**" })).toMatchObject({ kind: "deny" });
    expect(await decideToolUse(projectDir, "Glob", { pattern: "{..,x}/*" })).toMatchObject({ kind: "deny" });
    expect(await decideToolUse(projectDir, "Glob", { pattern: "/etc/*" })).toMatchObject({ kind: "deny" });
  });

  it("refuses every other tool by name", async () => {
    const { projectDir } = await project();
    for (const toolName of ["Bash", "WebFetch", "Task", "NotebookEdit", "mcp__x__y"]) {
      const decision = await decideToolUse(projectDir, toolName, { command: "ls" });
      expect(decision.kind === "deny" && decision.message).toContain(`${toolName} is not available`);
    }
  });

  it("takes a valid question and sends an invalid one back with what is wrong", async () => {
    const { projectDir } = await project();
    expect(await decideToolUse(projectDir, "AskUserQuestion", { questions: [question] })).toEqual({
      kind: "question",
      questions: [question],
      phase: null,
    });
    expect(
      await decideToolUse(projectDir, "AskUserQuestion", { questions: [{ ...question, phase: "data" }] }),
    ).toEqual({ kind: "question", questions: [question], phase: "data" });
    const invalid = await decideToolUse(projectDir, "AskUserQuestion", { questions: [] });
    expect(invalid.kind === "deny" && invalid.message).toMatch(/^Invalid input for AskUserQuestion: /);
  });

  it("holds Claude Code's questions to the same rule as every engine's", async () => {
    const { projectDir } = await project();
    const options = ["A", "B", "C", "D", "E"].map((label) => ({ label, description: label }));
    const tooMany = await decideToolUse(projectDir, "AskUserQuestion", {
      questions: [{ ...question, options }],
    });
    expect(tooMany.kind === "deny" && tooMany.message).toContain("5 options is more than 4");
    const longHeader = await decideToolUse(projectDir, "AskUserQuestion", {
      questions: [{ ...question, header: "Who uses the app" }],
    });
    expect(longHeader.kind === "deny" && longHeader.message).toContain("longer than 12 characters");
  });

  it("refuses to let Claude Code write or edit the initializer prompt, however it is named", async () => {
    const { projectDir } = await project();
    for (const path of [
      "prompts/initializer_prompt.md",
      join(projectDir, "prompts", "initializer_prompt.md"),
    ]) {
      const write = await decideToolUse(projectDir, "Write", { file_path: path, content: "mine" });
      expect(write.kind === "deny" && write.message).toMatch(
        /^Refused: Specwright writes prompts\/initializer_prompt\.md itself/,
      );
      const edit = await decideToolUse(projectDir, "Edit", {
        file_path: path,
        old_string: "[FEATURE_COUNT]",
        new_string: "3",
      });
      expect(edit.kind).toBe("deny");
    }
    // Reading it stays allowed.
    expect(await decideToolUse(projectDir, "Read", { file_path: "prompts/initializer_prompt.md" })).toEqual({
      kind: "allow",
    });
  });
});

describe("Claude Code's permission handlers", () => {
  function handlers(projectDir: string, beforeSpecWrite = async () => {}) {
    const state = new TurnState();
    return { state, ...createPermissionHandlers({ projectDir, state, beforeSpecWrite }) };
  }

  it("allows a sandboxed call with its input unchanged and denies the rest", async () => {
    const { projectDir } = await project();
    const { canUseTool } = handlers(projectDir);
    const input = { file_path: "prompts/app_spec.txt", content: "x" };
    expect(await canUseTool("Write", input, { signal, toolUseID: "toolu_1" })).toEqual({
      behavior: "allow",
      updatedInput: input,
    });
    expect(await canUseTool("Bash", { command: "rm -rf /" }, { signal, toolUseID: "toolu_2" })).toMatchObject(
      {
        behavior: "deny",
      },
    );
  });

  it("refuses every call once the person stopped the turn, and ends Claude Code's turn", async () => {
    const { projectDir } = await project();
    const stop = new AbortController();
    const state = new TurnState();
    let backups = 0;
    const { canUseTool, preToolUse } = createPermissionHandlers({
      projectDir,
      state,
      beforeSpecWrite: async () => {
        backups++;
      },
      signal: stop.signal,
    });
    const write = { file_path: "prompts/app_spec.txt", content: "x" };
    expect(await canUseTool("Write", write, { signal, toolUseID: "toolu_1" })).toMatchObject({
      behavior: "allow",
    });
    stop.abort();
    expect(await canUseTool("Write", write, { signal, toolUseID: "toolu_2" })).toEqual({
      behavior: "deny",
      message: NOT_RUN_OUTPUT,
      interrupt: true,
    });
    expect(
      await canUseTool("AskUserQuestion", { questions: [question] }, { signal, toolUseID: "toolu_q" }),
    ).toMatchObject({ behavior: "deny", message: NOT_RUN_OUTPUT });
    expect(state.question).toBeNull();
    const hooked = await preToolUse(
      { hook_event_name: "PreToolUse", tool_name: "Read", tool_input: { file_path: "notes.md" } },
      "toolu_3",
      { signal },
    );
    expect(hooked.hookSpecificOutput).toEqual({
      hookEventName: "PreToolUse",
      permissionDecision: "deny",
      permissionDecisionReason: NOT_RUN_OUTPUT,
    });
    // The allowed write before the stop made its backup; nothing after it did.
    expect(backups).toBe(1);
  });

  it("takes the question and stops the turn, and refuses a second one", async () => {
    const { projectDir } = await project();
    const { canUseTool, state } = handlers(projectDir);
    expect(
      await canUseTool("AskUserQuestion", { questions: [question] }, { signal, toolUseID: "toolu_q" }),
    ).toEqual({
      behavior: "deny",
      message: QUESTION_SHOWN_MESSAGE,
      interrupt: true,
    });
    expect(state.question).toEqual({ toolCallId: "toolu_q", questions: [question], phase: null });
    expect(
      await canUseTool("AskUserQuestion", { questions: [question] }, { signal, toolUseID: "toolu_q2" }),
    ).toEqual({ behavior: "deny", message: ONE_QUESTION_MESSAGE });
  });

  it("denies in the PreToolUse hook what Claude Code might let through without asking", async () => {
    const { projectDir, outside } = await project();
    await symlink(join(outside, "secret.txt"), join(projectDir, "link.txt"));
    const { preToolUse } = handlers(projectDir);
    const denied = await preToolUse(
      {
        hook_event_name: "PreToolUse",
        tool_name: "Read",
        tool_input: { file_path: join(projectDir, "link.txt") },
      },
      "toolu_1",
      { signal },
    );
    expect(denied.hookSpecificOutput).toMatchObject({
      hookEventName: "PreToolUse",
      permissionDecision: "deny",
    });
    const allowed = await preToolUse(
      { hook_event_name: "PreToolUse", tool_name: "Read", tool_input: { file_path: "notes.md" } },
      "toolu_2",
      { signal },
    );
    expect(allowed).toEqual({});
    // Questions are left to canUseTool, which can stop the turn.
    expect(
      await preToolUse(
        {
          hook_event_name: "PreToolUse",
          tool_name: "AskUserQuestion",
          tool_input: { questions: [question] },
        },
        "toolu_3",
        { signal },
      ),
    ).toEqual({});
  });

  it("gives the model the validator's verdict after a spec write, and keeps it for the transcript", async () => {
    const { projectDir } = await project();
    await writeFile(
      join(projectDir, "prompts", "app_spec.txt"),
      "<project_specification></project_specification>",
    );
    const { postToolUse, state } = handlers(projectDir);
    const output = await postToolUse(
      {
        hook_event_name: "PostToolUse",
        tool_name: "Write",
        tool_input: { file_path: join(projectDir, "prompts", "app_spec.txt"), content: "…" },
        tool_use_id: "toolu_w",
      },
      "toolu_w",
      { signal },
    );
    const context =
      output.hookSpecificOutput?.hookEventName === "PostToolUse" &&
      output.hookSpecificOutput.additionalContext;
    expect(context).toMatch(/prompts\/app_spec\.txt is NOT valid yet/);
    expect(state.feedback.get("toolu_w")).toBe(context);
    expect(
      await postToolUse(
        {
          hook_event_name: "PostToolUse",
          tool_name: "Read",
          tool_input: { file_path: "notes.md" },
          tool_use_id: "t",
        },
        "t",
        { signal },
      ),
    ).toEqual({});
  });

  it("runs the spec backup before the first spec write is allowed, and refuses the write if it fails", async () => {
    const { projectDir } = await project();
    const calls: string[] = [];
    const ok = handlers(projectDir, async () => {
      calls.push("backup");
    });
    await ok.canUseTool(
      "Write",
      { file_path: "prompts/notes.txt", content: "x" },
      { signal, toolUseID: "a" },
    );
    expect(calls).toEqual([]);
    await ok.canUseTool(
      "Write",
      { file_path: "prompts/app_spec.txt", content: "x" },
      { signal, toolUseID: "b" },
    );
    expect(calls).toEqual(["backup"]);

    const failing = handlers(projectDir, async () => {
      throw new Error("disk full");
    });
    const refused = await failing.canUseTool(
      "Edit",
      { file_path: "prompts/app_spec.txt", old_string: "a", new_string: "b" },
      { signal, toolUseID: "c" },
    );
    expect(refused).toMatchObject({ behavior: "deny" });
    expect(refused.behavior === "deny" && refused.message).toContain("disk full");
  });
});
