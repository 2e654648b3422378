import { TOOL_NAMES } from "../../workspace/index.js";
import type { TurnContext } from "../engine.js";
import type { PermissionHandlers } from "./permission-handlers.js";
import type { SdkQueryOptions } from "./sdk-types.js";

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

/** The options of one `query()`: the interview's skill, tools and sandbox, and nothing of the person's own setup. */
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
    settingSources: [],
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
