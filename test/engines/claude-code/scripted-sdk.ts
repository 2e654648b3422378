import type {
  ClaudeAgentSdk,
  SdkQuery,
  SdkQueryOptions,
} from "../../../src/engines/claude-code/sdk-types.js";

export interface QueryCall {
  prompt: string;
  options: SdkQueryOptions;
}

/** What Claude Code does for one query: the messages it sends, calling the handlers as it goes. */
export type QueryScript = (call: QueryCall) => AsyncGenerator<object>;

export interface ScriptedSdk extends ClaudeAgentSdk {
  readonly calls: QueryCall[];
}

/**
 * Stands in for the Claude Agent SDK, which is not installed here: each `query()` plays
 * the next script. The scripts call the permission handlers the way Claude Code does, so
 * the engine's own code (options, sandbox, mapping, resuming) runs for real.
 */
export function scriptedSdk(...scripts: QueryScript[]): ScriptedSdk {
  const calls: QueryCall[] = [];
  return {
    calls,
    query(params): SdkQuery {
      calls.push(params);
      const script = scripts.shift();
      if (!script) throw new Error("scriptedSdk: no query script left");
      return script(params) as AsyncGenerator<{ type: string }>;
    },
  };
}

/** Asks permission the way Claude Code does: the PreToolUse hook first, then canUseTool. */
export async function askPermission(
  call: QueryCall,
  toolName: string,
  input: Record<string, unknown>,
  toolUseID: string,
): Promise<{ allowed: boolean; message: string; interrupt: boolean }> {
  const signal = call.options.abortController.signal;
  for (const matcher of call.options.hooks.PreToolUse) {
    for (const hook of matcher.hooks) {
      const output = await hook(
        { hook_event_name: "PreToolUse", tool_name: toolName, tool_input: input, tool_use_id: toolUseID },
        toolUseID,
        { signal },
      );
      const specific = output.hookSpecificOutput;
      if (specific?.hookEventName === "PreToolUse" && specific.permissionDecision === "deny")
        return { allowed: false, message: specific.permissionDecisionReason ?? "", interrupt: false };
    }
  }
  const decision = await call.options.canUseTool(toolName, input, { signal, toolUseID });
  if (decision.behavior === "allow") return { allowed: true, message: "", interrupt: false };
  return { allowed: false, message: decision.message, interrupt: decision.interrupt === true };
}

/** Runs the PostToolUse hooks after a tool succeeded. */
export async function afterTool(
  call: QueryCall,
  toolName: string,
  input: Record<string, unknown>,
  toolUseID: string,
): Promise<void> {
  const signal = call.options.abortController.signal;
  for (const matcher of call.options.hooks.PostToolUse)
    for (const hook of matcher.hooks)
      await hook(
        { hook_event_name: "PostToolUse", tool_name: toolName, tool_input: input, tool_use_id: toolUseID },
        toolUseID,
        { signal },
      );
}
