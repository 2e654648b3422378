/**
 * The parts of `@anthropic-ai/claude-agent-sdk` this engine uses, written out here
 * because the SDK is an optional peer dependency: its own types are not there to
 * import when it is not installed. The shapes follow the SDK's `sdk.d.ts` (0.3.x);
 * messages are read defensively, since a newer Claude Code may add fields and kinds.
 */

/** A content block of an assistant or user message (Anthropic Messages API shapes). */
export type SdkContentBlock =
  | { type: "text"; text: string }
  | { type: "tool_use"; id: string; name: string; input: unknown }
  | {
      type: "tool_result";
      tool_use_id: string;
      content?: string | ReadonlyArray<{ type: string; text?: string }>;
      is_error?: boolean;
    }
  | { type: "thinking" | "redacted_thinking" | "image"; [field: string]: unknown };

interface SdkMessageBase {
  session_id?: string;
  /** Set on messages from inside a subagent; the interview starts none, so these are skipped. */
  parent_tool_use_id?: string | null;
}

/**
 * One completed content block of the assistant's reply. Several consecutive messages can
 * share `message.id`, each carrying one block; together they make one model response.
 */
export interface SdkAssistantMessage extends SdkMessageBase {
  type: "assistant";
  message: { id: string; content: readonly SdkContentBlock[] };
  /** Set on a synthetic message that reports a failure (such as not being logged in). */
  error?: string;
}

/** What Claude Code sends back to the model: here, the results of the tools it ran. */
export interface SdkUserMessage extends SdkMessageBase {
  type: "user";
  message: { role: "user"; content: string | readonly SdkContentBlock[] };
  /** An echo of a message sent earlier, not something new. */
  isReplay?: boolean;
}

export interface SdkResultUsage {
  input_tokens?: number;
  output_tokens?: number;
  cache_read_input_tokens?: number;
  cache_creation_input_tokens?: number;
}

/** The end of a turn: exactly one per query in single-prompt mode. */
export interface SdkResultMessage extends SdkMessageBase {
  type: "result";
  /** `success`, or why the turn stopped: `error_during_execution`, `error_max_turns`, … */
  subtype: string;
  is_error: boolean;
  /** The final text, or the error text when `is_error` is set on a `success` result. */
  result?: string;
  errors?: readonly string[];
  /** Tokens of this turn's main loop. */
  usage?: SdkResultUsage;
  /**
   * The session's running cost. A resumed session carries on from the total it had,
   * so one turn's cost is the difference from the total after the turn before.
   */
  total_cost_usd?: number;
}

export interface SdkSystemMessage extends SdkMessageBase {
  type: "system";
  subtype: string;
  /** On `init`: the model the session runs on. */
  model?: string;
}

/** A raw streaming event of the model's response (with `includePartialMessages`). */
export interface SdkStreamEvent extends SdkMessageBase {
  type: "stream_event";
  event: { type: string; delta?: { type: string; text?: string } };
}

export type SdkMessage =
  | SdkAssistantMessage
  | SdkUserMessage
  | SdkResultMessage
  | SdkSystemMessage
  | SdkStreamEvent;

export type SdkPermissionResult =
  | { behavior: "allow"; updatedInput: Record<string, unknown> }
  /** `interrupt` ends the turn after the denial instead of letting the model go on. */
  | { behavior: "deny"; message: string; interrupt?: boolean };

export type SdkCanUseTool = (
  toolName: string,
  input: Record<string, unknown>,
  options: { signal: AbortSignal; toolUseID: string },
) => Promise<SdkPermissionResult>;

export interface SdkHookInput {
  hook_event_name: string;
  tool_name?: string;
  tool_input?: unknown;
  tool_use_id?: string;
}

export interface SdkHookOutput {
  hookSpecificOutput?:
    | {
        hookEventName: "PreToolUse";
        permissionDecision?: "allow" | "deny" | "ask";
        permissionDecisionReason?: string;
      }
    | { hookEventName: "PostToolUse"; additionalContext?: string };
}

export type SdkHookCallback = (
  input: SdkHookInput,
  toolUseID: string | undefined,
  options: { signal: AbortSignal },
) => Promise<SdkHookOutput>;

export interface SdkHookMatcher {
  matcher?: string;
  hooks: SdkHookCallback[];
}

/**
 * The few Claude Code settings the engine passes on the command line (the `settings`
 * option: `--settings`), in the settings files' own shape.
 */
export interface SdkFlagSettings {
  /** Rules add up across settings files: these are checked whatever the person's files say. */
  permissions: { ask: string[] };
  /** Overrules a `disableAllHooks` in the person's settings, which would switch off the sandbox's hook. */
  disableAllHooks: false;
}

/** The options of `query()` this engine sets; see `Options` in the SDK. */
export interface SdkQueryOptions {
  systemPrompt: string;
  /** The built-in tools the model gets; nothing else is offered. */
  tools: string[];
  /** Tools taken away even if a setting or preset would bring them back. */
  disallowedTools: string[];
  cwd: string;
  model?: string;
  resume?: string;
  includePartialMessages: boolean;
  abortController: AbortController;
  permissionMode: "default";
  canUseTool: SdkCanUseTool;
  hooks: { PreToolUse: SdkHookMatcher[]; PostToolUse: SdkHookMatcher[] };
  /**
   * The settings files Claude Code reads: only the person's own (`~/.claude/`), never the
   * project folder's `.claude/`. See SETTING_SOURCES in query-options.ts.
   */
  settingSources: "user"[];
  /** Settings that rank above the person's files ("flag settings"); see SdkFlagSettings. */
  settings: SdkFlagSettings;
  /** No MCP servers from project or user configuration. */
  strictMcpConfig: true;
  maxTurns: number;
  /** The whole environment of the Claude Code process; absent, it inherits Specwright's. */
  env?: Record<string, string | undefined>;
  pathToClaudeCodeExecutable?: string;
}

/**
 * The running query: its messages, in order. Claude Code sends many more kinds than
 * `SdkMessage` lists; each message is read as `SdkMessage`, and kinds it does not name
 * match no case and are passed over.
 */
export interface SdkQuery extends AsyncIterable<{ type: string }> {
  close?(): void;
}

/** The SDK module, as far as this engine needs it. */
export interface ClaudeAgentSdk {
  query(params: { prompt: string; options: SdkQueryOptions }): SdkQuery;
}
