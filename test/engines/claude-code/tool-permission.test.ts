import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeSpecStatus } from "../../../src/app-spec/index.js";
import {
  createPermissionHandlers,
  ONE_QUESTION_MESSAGE,
  QUESTION_SHOWN_MESSAGE,
} from "../../../src/engines/claude-code/permission-handlers.js";
import { decideToolUse } from "../../../src/engines/claude-code/tool-permission.js";
import { TurnState } from "../../../src/engines/claude-code/turn-state.js";
import { NOT_RUN_OUTPUT } from "../../../src/engines/stopped-calls.js";
import {
  createProjectTools,
  listSpecVersions,
  type ProjectTools,
  readSpecStatusFile,
  type SpecWriteOptions,
  type ToolOutcome,
  writeSpecStatusFile,
} from "../../../src/workspace/index.js";
import { validSpecText } from "../../support/spec-text.js";
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
  async function handlers(projectDir: string, spec: SpecWriteOptions = {}) {
    const state = new TurnState();
    const tools = await createProjectTools(projectDir, {}, spec);
    return { state, tools, ...createPermissionHandlers({ tools, state }) };
  }

  it("allows a sandboxed call with its input unchanged and denies the rest", async () => {
    const { projectDir } = await project();
    const { canUseTool } = await handlers(projectDir);
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
    const real = await createProjectTools(projectDir);
    let backups = 0;
    const tools: ProjectTools = {
      ...real,
      beforeOwnWrite: (toolName, input) => {
        backups++;
        return real.beforeOwnWrite(toolName, input);
      },
    };
    const { canUseTool, preToolUse } = createPermissionHandlers({ tools, state, signal: stop.signal });
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
    // The allowed write before the stop was prepared; nothing after it was.
    expect(backups).toBe(1);
  });

  it("takes the question and stops the turn, and refuses a second one", async () => {
    const { projectDir } = await project();
    const { canUseTool, state } = await handlers(projectDir);
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
    const { preToolUse } = await handlers(projectDir);
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
    const written = "<project_specification></project_specification>";
    await writeFile(join(projectDir, "prompts", "app_spec.txt"), written);
    const real = await createProjectTools(projectDir);
    const told: ToolOutcome[] = [];
    const tools: ProjectTools = {
      ...real,
      afterOwnWrite: async (toolName, input) => {
        const outcome = await real.afterOwnWrite(toolName, input);
        told.push(outcome);
        return outcome;
      },
    };
    const state = new TurnState();
    const { postToolUse } = createPermissionHandlers({ tools, state });
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
    // The same outcome carries the facts the session reports from: the file and its verdict.
    expect(told).toHaveLength(1);
    expect(told[0]?.wrote).toEqual({ path: "prompts/app_spec.txt", bytes: written.length });
    expect(told[0]?.spec).toMatchObject({ path: "prompts/app_spec.txt", valid: false });
    expect(told[0]?.output).toBe(context);
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

  it("keeps a finished spec by the file tools' own rule, once per interview whichever tool writes first", async () => {
    const { projectDir } = await project();
    await writeFile(join(projectDir, "prompts", "app_spec.txt"), validSpecText(3));
    const complete = () =>
      writeSpecStatusFile(projectDir, makeSpecStatus(["prompts/app_spec.txt"], 3, new Date()));
    await complete();
    const { canUseTool, tools } = await handlers(projectDir, { finishedSpec: true });
    await canUseTool("Write", { file_path: "prompts/notes.txt", content: "x" }, { signal, toolUseID: "a" });
    expect(await listSpecVersions(projectDir)).toEqual([]);

    const allowed = await canUseTool(
      "Write",
      { file_path: join(projectDir, "prompts", "app_spec.txt"), content: "x" },
      { signal, toolUseID: "b" },
    );
    expect(allowed.behavior).toBe("allow");
    expect((await listSpecVersions(projectDir)).map((version) => version.source)).toEqual(["found"]);
    expect(await readSpecStatusFile(projectDir)).toBeNull();

    // Specwright's own Write on the same interview's tools does not keep it a second time.
    await complete();
    await tools.run("Write", { file_path: "prompts/app_spec.txt", content: validSpecText(4) });
    expect(await readSpecStatusFile(projectDir)).not.toBeNull();
  });

  it("refuses Claude Code's write when the finished spec cannot be kept", async () => {
    const { projectDir } = await project();
    await writeFile(join(projectDir, "prompts", "app_spec.txt"), validSpecText(3));
    // A file where the versions folder's parent belongs: nothing can be kept.
    await writeFile(join(projectDir, ".specwright"), "in the way");
    const { canUseTool } = await handlers(projectDir, { finishedSpec: true });
    const refused = await canUseTool(
      "Edit",
      { file_path: "prompts/app_spec.txt", old_string: "a", new_string: "b" },
      { signal, toolUseID: "c" },
    );
    expect(refused).toMatchObject({ behavior: "deny" });
    expect(refused.behavior === "deny" && refused.message).toMatch(
      /^Refused: the finished spec could not be kept as a backup before it is changed/,
    );
    expect(await readFile(join(projectDir, "prompts", "app_spec.txt"), "utf8")).toBe(validSpecText(3));
  });
});

describe("a denial is recorded as a refusal, a fact the transcript keeps", () => {
  it("keeps why each denied call was refused, and nothing for a call allowed", async () => {
    const { projectDir } = await project();
    const state = new TurnState();
    const tools = await createProjectTools(projectDir);
    const { canUseTool, preToolUse } = createPermissionHandlers({ tools, state });
    await canUseTool("Write", { file_path: "prompts/notes.md", content: "x" }, { signal, toolUseID: "ok" });
    await canUseTool("Bash", { command: "ls" }, { signal, toolUseID: "bash" });
    await preToolUse(
      {
        hook_event_name: "PreToolUse",
        tool_name: "Write",
        tool_input: { file_path: "../x.txt", content: "x" },
        tool_use_id: "out",
      },
      "out",
      { signal },
    );
    expect(Object.fromEntries(state.refusals)).toEqual({
      bash: "an interview has no such tool.",
      out: '"../x.txt" is outside the project folder.',
    });
  });
});
