import {
  isWritingTool,
  ONE_QUESTION_MESSAGE,
  type ProjectTools,
  QUESTION_TOOL,
  refusalReasonOf,
} from "../../workspace/index.js";
import { NOT_RUN_OUTPUT } from "../stopped-calls.js";
import type { SdkCanUseTool, SdkHookCallback, SdkPermissionResult } from "./sdk-types.js";
import { decideToolUse, type PermissionLimits, type ToolDecision } from "./tool-permission.js";

/** A call asked for after the person stopped the turn: answered "not run", never refused. */
type NotRun = { kind: "not-run" };
const NOT_RUN: NotRun = { kind: "not-run" };

import type { TurnState } from "./turn-state.js";

/**
 * What the model reads when its question goes to the person. Claude Code shows the model
 * its own wording for an interrupted call; this one is for versions that pass ours on.
 */
export const QUESTION_SHOWN_MESSAGE =
  "The person sees these questions in Specwright's question form now. Their answers arrive as their next message; end your turn here.";

export { ONE_QUESTION_MESSAGE };

export interface PermissionSetup {
  /**
   * The turn's project tools. Claude Code runs its own tools, but each write it makes
   * goes through the same rules as Specwright's Write and Edit: prepared by
   * `beforeOwnWrite` (the finished spec kept before its first rewrite), and told by
   * `afterOwnWrite`, which makes the outcome (the file written, the app spec's verdict)
   * the session reports from.
   */
  tools: ProjectTools;
  state: TurnState;
  limits?: PermissionLimits;
  /** The turn's signal: once the person stops the turn, no further call is allowed. */
  signal?: AbortSignal;
}

export interface PermissionHandlers {
  canUseTool: SdkCanUseTool;
  /** Runs before every tool call, whatever Claude Code's own permission rules would allow. */
  preToolUse: SdkHookCallback;
  /** Runs after a tool succeeded: tells the model what the validator thinks of a spec file, and the session what was written. */
  postToolUse: SdkHookCallback;
}

/**
 * Routes Claude Code's permission checks through Specwright's sandbox. The PreToolUse
 * hook sees every call (Claude Code lets some reads through without asking); canUseTool
 * checks again and is where a structured question is taken and the turn stopped.
 */
export function createPermissionHandlers(setup: PermissionSetup): PermissionHandlers {
  const decide = async (toolName: string, input: unknown): Promise<ToolDecision | NotRun> => {
    // Claude Code may still ask for calls while it is being stopped; none of them runs.
    if (setup.signal?.aborted) return NOT_RUN;
    const decision = await decideToolUse(setup.tools.projectDir, toolName, input, setup.limits);
    if (decision.kind !== "allow" || !isWritingTool(toolName)) return decision;
    const refusal = await setup.tools.beforeOwnWrite(toolName, input);
    if (refusal === null) return decision;
    // The turn's gate answers "not run" once the person stopped the turn: no refusal, that.
    return refusal === NOT_RUN_OUTPUT
      ? NOT_RUN
      : { kind: "deny", message: refusal, reason: refusalReasonOf(refusal) };
  };
  /** A refusal is kept for the call's result in the transcript (the mapper reads it). */
  const noteRefusal = (toolUseId: string | undefined, decision: ToolDecision | NotRun): void => {
    if (decision.kind === "deny" && toolUseId) setup.state.refusals.set(toolUseId, decision.reason);
  };

  const canUseTool: SdkCanUseTool = async (toolName, input, options) => {
    const decision = await decide(toolName, input);
    // Checked again after the checks awaited: a stop meanwhile refuses the call and ends the turn.
    if (setup.signal?.aborted) return { behavior: "deny", message: NOT_RUN_OUTPUT, interrupt: true };
    if (decision.kind === "not-run") return { behavior: "deny", message: NOT_RUN_OUTPUT };
    noteRefusal(options.toolUseID, decision);
    return permissionResult(decision, setup.state, options.toolUseID, input);
  };

  const preToolUse: SdkHookCallback = async (hookInput, toolUseId) => {
    const toolName = hookInput.tool_name ?? "";
    // A question needs canUseTool, the only place that can stop the turn after it.
    if (toolName === QUESTION_TOOL) return {};
    const decision = await decide(toolName, hookInput.tool_input);
    if (decision.kind === "allow" && !setup.signal?.aborted) return {};
    if (!setup.signal?.aborted) noteRefusal(hookInput.tool_use_id ?? toolUseId, decision);
    const reason =
      setup.signal?.aborted || decision.kind === "not-run"
        ? NOT_RUN_OUTPUT
        : decision.kind === "deny"
          ? decision.message
          : ONE_QUESTION_MESSAGE;
    return {
      hookSpecificOutput: {
        hookEventName: "PreToolUse",
        permissionDecision: "deny",
        permissionDecisionReason: reason,
      },
    };
  };

  const postToolUse: SdkHookCallback = async (hookInput) => {
    const toolName = hookInput.tool_name ?? "";
    if (!isWritingTool(toolName)) return {};
    const outcome = await setup.tools.afterOwnWrite(toolName, hookInput.tool_input);
    const feedback = outcome.output;
    if (outcome.isError || feedback === "") return {};
    if (hookInput.tool_use_id) setup.state.feedback.set(hookInput.tool_use_id, feedback);
    return { hookSpecificOutput: { hookEventName: "PostToolUse", additionalContext: feedback } };
  };

  return { canUseTool, preToolUse, postToolUse };
}

function permissionResult(
  decision: ToolDecision,
  state: TurnState,
  toolUseId: string,
  input: Record<string, unknown>,
): SdkPermissionResult {
  switch (decision.kind) {
    case "allow":
      return { behavior: "allow", updatedInput: input };
    case "deny":
      return { behavior: "deny", message: decision.message };
    case "question":
      if (!state.ask({ toolCallId: toolUseId, questions: decision.questions, phase: decision.phase }))
        return { behavior: "deny", message: ONE_QUESTION_MESSAGE };
      return { behavior: "deny", message: QUESTION_SHOWN_MESSAGE, interrupt: true };
  }
}
