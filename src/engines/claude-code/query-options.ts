import { TOOL_NAMES } from "../../workspace/index.js";
import type { TurnContext } from "../engine.js";
import type { PermissionHandlers } from "./permission-handlers.js";
import type { SdkFlagSettings, SdkQueryOptions } from "./sdk-types.js";

/** Claude Code's own tools with the same names and inputs as the interview's. */
export const INTERVIEW_TOOLS: readonly string[] = TOOL_NAMES;

/**
 * Tools that must never reach the model even if a newer Claude Code puts them back by
 * default. The allow list above is the real limit; the permission check denies anything
 * else that gets through.
 */
export const FORBIDDEN_TOOLS: readonly string[] = [
  "Agent",
  "Bash",
  "NotebookEdit",
  "PowerShell",
  "Skill",
  "Task",
  "WebFetch",
  "WebSearch",
];

/**
 * The Claude Code settings files the interview reads: the person's own
 * (`~/.claude/settings.json`, with its `env`, `apiKeyHelper`, Bedrock or Vertex settings
 * and model), so that the login their `claude` works with works here too. Never
 * `project` or `local`: those are `.claude/settings.json` and `.claude/settings.local.json`
 * in the project folder, which other programs (the coding agents that build the app)
 * can write. What each source loads:
 * https://code.claude.com/docs/en/agent-sdk/claude-code-features ("Control filesystem
 * settings with settingSources"). Managed policy settings and `~/.claude.json` are read
 * whatever this says.
 */
export const SETTING_SOURCES: readonly "user"[] = ["user"];

/**
 * Settings passed on the command line (the `settings` option: Claude Code's "flag
 * settings", which rank above the user's file) so that nothing in the person's settings
 * can widen the interview's sandbox. Claude Code checks a tool call in this order
 * (https://code.claude.com/docs/en/agent-sdk/permissions, "How permissions are
 * evaluated"): hooks, deny rules, ask rules, the permission mode, allow rules, and only
 * then `canUseTool`. So:
 * - an `allow` rule of the person's (`Write`, `Edit(**)`) would approve a call before
 *   `canUseTool` is asked. Our PreToolUse hook runs first and denies outright whatever
 *   the sandbox refuses (a hook's allow, the person's hooks included, cannot undo that),
 *   and the `ask` rules below send every interview tool to `canUseTool` as well: rule
 *   lists add up across settings files, so the person's `allow` cannot remove them, and
 *   ask rules are checked before the mode and allow rules. AskUserQuestion reaches
 *   `canUseTool` in any case, as a tool that needs the person;
 * - `disableAllHooks: true` in the person's settings must not switch off that hook;
 * - `permissions.defaultMode` (acceptEdits, bypassPermissions) is overruled by the
 *   `permissionMode` option, which Claude Code takes as a command-line flag;
 * - MCP servers and plugins' tools are not offered (`strictMcpConfig`, the `tools` list)
 *   and are denied by the hook and `canUseTool` if they are called; skills and subagents
 *   need the Skill and Agent tools, which are disallowed.
 * What the person's settings still bring, on purpose: their environment and login,
 * their model, their own hooks (which can only narrow what is allowed), and their
 * `~/.claude/CLAUDE.md`, read by the model as their standing instructions.
 */
export const INTERVIEW_FLAG_SETTINGS: SdkFlagSettings = {
  permissions: { ask: [...INTERVIEW_TOOLS] },
  disableAllHooks: false,
};

/** Settings that stay the same from turn to turn. */
export interface ClaudeCodeSettings {
  /** The model from --model; null lets Claude Code use its default. */
  model: string | null;
  /** Model calls in one turn before Claude Code stops it. */
  maxTurns: number;
  /** The whole environment of the Claude Code process; absent, it inherits Specwright's. */
  env?: Record<string, string | undefined>;
  /** A Claude Code program to run instead of the one that comes with the SDK. */
  pathToClaudeCodeExecutable?: string;
}

export interface QueryRequest {
  context: Pick<TurnContext, "projectDir" | "systemPrompt">;
  handlers: PermissionHandlers;
  abortController: AbortController;
  /** The session to continue; null starts a new one. */
  resumeSessionId: string | null;
  settings: ClaudeCodeSettings;
}

/**
 * The options of one `query()`: the interview's skill, tools and sandbox, with the
 * person's own Claude Code login and environment. A resumed session gets the skill as
 * it is now: Claude Code keeps the conversation, not the system prompt, and uses the
 * `systemPrompt` of the query that resumes it.
 */
export function buildQueryOptions(request: QueryRequest): SdkQueryOptions {
  const { context, handlers, settings } = request;
  const options: SdkQueryOptions = {
    systemPrompt: context.systemPrompt,
    tools: [...INTERVIEW_TOOLS],
    disallowedTools: [...FORBIDDEN_TOOLS],
    cwd: context.projectDir,
    includePartialMessages: true,
    abortController: request.abortController,
    // "default" asks canUseTool for anything not plainly safe; other modes would approve calls themselves.
    permissionMode: "default",
    canUseTool: handlers.canUseTool,
    hooks: {
      PreToolUse: [{ hooks: [handlers.preToolUse] }],
      PostToolUse: [{ hooks: [handlers.postToolUse] }],
    },
    settingSources: [...SETTING_SOURCES],
    settings: structuredClone(INTERVIEW_FLAG_SETTINGS),
    strictMcpConfig: true,
    maxTurns: settings.maxTurns,
  };
  if (settings.model) options.model = settings.model;
  if (request.resumeSessionId) options.resume = request.resumeSessionId;
  if (settings.env) options.env = settings.env;
  if (settings.pathToClaudeCodeExecutable)
    options.pathToClaudeCodeExecutable = settings.pathToClaudeCodeExecutable;
  return options;
}
