import { describe, expect, it } from "vitest";
import { createPermissionHandlers } from "../../../src/engines/claude-code/permission-handlers.js";
import {
  buildQueryOptions,
  type ClaudeCodeSettings,
  INTERVIEW_TOOLS,
} from "../../../src/engines/claude-code/query-options.js";
import { resumableSessionOf } from "../../../src/engines/claude-code/session-meta.js";
import { TurnState } from "../../../src/engines/claude-code/turn-state.js";
import type { AssistantEntry, Transcript } from "../../../src/types/transcript.js";
import type { ProjectTools } from "../../../src/workspace/index.js";

const context = { projectDir: "/projects/demo", systemPrompt: "You interview people about their app idea." };
/** Building the options runs no tool; tools that are asked anything fail the test. */
const unused = async (): Promise<never> => {
  throw new Error("no tool runs while the options are built");
};
const tools: ProjectTools = {
  projectDir: context.projectDir,
  run: unused,
  saveFile: unused,
  beforeOwnWrite: unused,
  afterOwnWrite: unused,
};
const handlers = createPermissionHandlers({ tools, state: new TurnState() });

function optionsFor(settings: Partial<ClaudeCodeSettings> = {}, resumeSessionId: string | null = null) {
  return buildQueryOptions({
    context,
    handlers,
    abortController: new AbortController(),
    resumeSessionId,
    settings: { model: null, maxTurns: 100, ...settings },
  });
}

describe("the options of a Claude Code query", () => {
  it("runs the interview skill in the project folder with only the interview's tools", () => {
    const options = optionsFor();
    expect(options.systemPrompt).toBe(context.systemPrompt);
    expect(options.cwd).toBe("/projects/demo");
    expect([...options.tools].sort()).toEqual(["AskUserQuestion", "Edit", "Glob", "Read", "Write"]);
    expect(options.disallowedTools).toEqual(expect.arrayContaining(["Bash", "WebFetch", "Task", "Agent"]));
    expect(options.tools.some((tool) => options.disallowedTools.includes(tool))).toBe(false);
  });

  it("routes every tool call through the sandbox", () => {
    const options = optionsFor();
    expect(options.permissionMode).toBe("default");
    expect(options.canUseTool).toBe(handlers.canUseTool);
    expect(options.hooks.PreToolUse).toEqual([{ hooks: [handlers.preToolUse] }]);
    expect(options.hooks.PostToolUse).toEqual([{ hooks: [handlers.postToolUse] }]);
    expect(options.strictMcpConfig).toBe(true);
    expect(options).not.toHaveProperty("allowedTools");
  });

  it("reads the person's own Claude Code settings, never the project folder's", () => {
    const options = optionsFor();
    expect(options.settingSources).toEqual(["user"]);
    expect(options.settingSources).not.toContain("project");
    expect(options.settingSources).not.toContain("local");
  });

  it("keeps the person's settings from approving a tool call the sandbox has not seen", () => {
    const options = optionsFor();
    // Ask rules are checked before allow rules and the mode, and rule lists add up across
    // settings files: every interview tool reaches canUseTool whatever the person allows.
    expect([...options.settings.permissions.ask].sort()).toEqual([...options.tools].sort());
    // The person's settings cannot switch off the hook that denies what the sandbox refuses.
    expect(options.settings.disableAllHooks).toBe(false);
    expect(options.settings).not.toHaveProperty("permissions.allow");
    expect(options.settings).not.toHaveProperty("permissions.defaultMode");
  });

  it("gives every query its own copy of the settings", () => {
    const first = optionsFor();
    first.settings.permissions.ask.length = 0;
    expect(optionsFor().settings.permissions.ask).toHaveLength(INTERVIEW_TOOLS.length);
  });

  it("streams text and can be stopped", () => {
    const abortController = new AbortController();
    const options = buildQueryOptions({
      context,
      handlers,
      abortController,
      resumeSessionId: null,
      settings: { model: null, maxTurns: 100 },
    });
    expect(options.includePartialMessages).toBe(true);
    expect(options.abortController).toBe(abortController);
  });

  it("uses the chosen model and call limit, and Claude Code's defaults otherwise", () => {
    expect(optionsFor({ model: "claude-opus-4-5", maxTurns: 7 })).toMatchObject({
      model: "claude-opus-4-5",
      maxTurns: 7,
    });
    expect(optionsFor()).not.toHaveProperty("model");
    expect(optionsFor()).not.toHaveProperty("env");
    expect(optionsFor({ env: { HOME: "/tmp/home" } }).env).toEqual({ HOME: "/tmp/home" });
  });

  it("resumes the session the transcript names, and starts a new one otherwise", () => {
    expect(optionsFor({}, "session-1").resume).toBe("session-1");
    expect(optionsFor()).not.toHaveProperty("resume");
  });

  it("sends the skill as it is now when it resumes a session, so a changed skill takes effect", () => {
    const changed = "You interview people about their app idea. Ask about offline use first.";
    const options = buildQueryOptions({
      context: { ...context, systemPrompt: changed },
      handlers,
      abortController: new AbortController(),
      resumeSessionId: "session-1",
      settings: { model: null, maxTurns: 100 },
    });
    expect(options).toMatchObject({ resume: "session-1", systemPrompt: changed });
  });
});

const at = "2026-05-01T10:00:00.000Z";

function assistant(meta: AssistantEntry["meta"], extra: Partial<AssistantEntry> = {}): AssistantEntry {
  return { role: "assistant", text: "Hi", toolCalls: [], timestamp: at, ...(meta ? { meta } : {}), ...extra };
}

describe("the session to resume, read from the transcript", () => {
  it("is the latest assistant entry's Claude Code session, with the cost it had run up", () => {
    const transcript: Transcript = [
      { role: "user", text: "Begin.", timestamp: at, kind: "kickoff" },
      assistant({ claudeCodeSessionId: "s-1", claudeCodeSessionCostUsd: 0.01 }),
      { role: "user", text: "A to-do app", timestamp: at },
      assistant({ claudeCodeSessionId: "s-1" }),
      assistant({ claudeCodeSessionId: "s-1", claudeCodeSessionCostUsd: 0.03 }),
      { role: "user", text: "For families", timestamp: at },
    ];
    expect(resumableSessionOf(transcript)).toEqual({ sessionId: "s-1", costUsd: 0.03 });
  });

  it("skips text the session kept from a cancelled turn", () => {
    const transcript: Transcript = [
      assistant({ claudeCodeSessionId: "s-1" }),
      assistant(undefined, { interrupted: true, text: "Half a sent" }),
    ];
    expect(resumableSessionOf(transcript)).toEqual({ sessionId: "s-1", costUsd: 0 });
  });

  it("is none when there is no assistant entry yet, or another engine answered last", () => {
    expect(resumableSessionOf([{ role: "user", text: "Begin.", timestamp: at }])).toBeNull();
    expect(
      resumableSessionOf([assistant({ claudeCodeSessionId: "s-1" }), assistant({ guidedStep: 3 })]),
    ).toBeNull();
  });

  it("does not take a cost from an earlier session", () => {
    const transcript: Transcript = [
      assistant({ claudeCodeSessionId: "s-1", claudeCodeSessionCostUsd: 0.5 }),
      assistant({ claudeCodeSessionId: "s-2" }),
    ];
    expect(resumableSessionOf(transcript)).toEqual({ sessionId: "s-2", costUsd: 0 });
  });
});
