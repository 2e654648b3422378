import { APP_SPEC_PATH } from "../../app-spec/paths.js";
import {
  interviewerWriteSource,
  isVersionedFile,
  keepCurrentVersion,
  recordFileOnDisk,
} from "../../workspace/index.js";
import { specFeedback } from "../../workspace/spec-feedback.js";
import { NOT_RUN_OUTPUT } from "../stopped-calls.js";
import type { SdkCanUseTool, SdkHookCallback, SdkHookInput, SdkPermissionResult } from "./sdk-types.js";
import type { BeforeSpecWrite } from "./spec-backup.js";
import { specFileTarget } from "./spec-target.js";
import { decideToolUse, type PermissionLimits, type ToolDecision } from "./tool-permission.js";
import type { TurnState } from "./turn-state.js";

/**
 * What the model reads when its question goes to the person. Claude Code shows the model
 * its own wording for an interrupted call; this one is for versions that pass ours on.
 */
export const QUESTION_SHOWN_MESSAGE =
  "The person sees these questions in Specwright's question form now. Their answers arrive as their next message; end your turn here.";

export const ONE_QUESTION_MESSAGE =
  "Only one AskUserQuestion call can wait for an answer; put all the questions in that one call.";

export interface PermissionSetup {
  projectDir: string;
  state: TurnState;
  beforeSpecWrite: BeforeSpecWrite;
  limits?: PermissionLimits;
  /** The turn's signal: once the person stops the turn, no further call is allowed. */
  signal?: AbortSignal;
}

export interface PermissionHandlers {
  canUseTool: SdkCanUseTool;
  /** Runs before every tool call, whatever Claude Code's own permission rules would allow. */
  preToolUse: SdkHookCallback;
  /** Runs after a tool succeeded: tells the model what the validator thinks of a spec file. */
  postToolUse: SdkHookCallback;
}

/**
 * Routes Claude Code's permission checks through Specwright's sandbox. The PreToolUse
 * hook sees every call (Claude Code lets some reads through without asking); canUseTool
 * checks again and is where a structured question is taken and the turn stopped.
 */
export function createPermissionHandlers(setup: PermissionSetup): PermissionHandlers {
  const decide = async (toolName: string, input: unknown): Promise<ToolDecision> => {
    // Claude Code may still ask for calls while it is being stopped; none of them runs.
    if (setup.signal?.aborted) return { kind: "deny", message: NOT_RUN_OUTPUT };
    const decision = await decideToolUse(setup.projectDir, toolName, input, setup.limits);
    if (decision.kind !== "allow") return decision;
    return prepareWrite(setup, toolName, input);
  };

  const canUseTool: SdkCanUseTool = async (toolName, input, options) => {
    const decision = await decide(toolName, input);
    // Checked again after the checks awaited: a stop meanwhile refuses the call and ends the turn.
    if (setup.signal?.aborted) return { behavior: "deny", message: NOT_RUN_OUTPUT, interrupt: true };
    return permissionResult(decision, setup.state, options.toolUseID, input);
  };

  const preToolUse: SdkHookCallback = async (hookInput) => {
    const toolName = hookInput.tool_name ?? "";
    // A question needs canUseTool, the only place that can stop the turn after it.
    if (toolName === "AskUserQuestion") return {};
    const decision = await decide(toolName, hookInput.tool_input);
    if (decision.kind === "allow" && !setup.signal?.aborted) return {};
    const reason = setup.signal?.aborted
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
    await keepWrittenVersion(setup.projectDir, hookInput);
    const feedback = await feedbackAfter(setup.projectDir, hookInput);
    if (feedback === null) return {};
    if (hookInput.tool_use_id) setup.state.feedback.set(hookInput.tool_use_id, feedback);
    return { hookSpecificOutput: { hookEventName: "PostToolUse", additionalContext: feedback } };
  };

  return { canUseTool, preToolUse, postToolUse };
}

/** Before an allowed write to the app spec: the backup an interview on a finished spec needs. */
async function prepareWrite(setup: PermissionSetup, toolName: string, input: unknown): Promise<ToolDecision> {
  if ((await specFileTarget(setup.projectDir, toolName, input)) !== APP_SPEC_PATH) return { kind: "allow" };
  try {
    await setup.beforeSpecWrite();
    // Whatever the app spec holds now is kept before Claude Code replaces it.
    await keepCurrentVersion(setup.projectDir, APP_SPEC_PATH);
    return { kind: "allow" };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: "deny",
      message: `Refused: the finished spec could not be kept as a backup before it is changed (${reason}). Nothing was written.`,
    };
  }
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

/** After Claude Code wrote a spec file itself: the text it left is kept as a version. */
async function keepWrittenVersion(projectDir: string, hookInput: SdkHookInput): Promise<void> {
  try {
    const target = await specFileTarget(projectDir, hookInput.tool_name ?? "", hookInput.tool_input);
    if (target === null || !isVersionedFile(target)) return;
    await recordFileOnDisk(projectDir, target, await interviewerWriteSource(projectDir));
  } catch {
    // The write itself succeeded; the next write keeps this text before replacing it.
  }
}

async function feedbackAfter(projectDir: string, hookInput: SdkHookInput): Promise<string | null> {
  try {
    const target = await specFileTarget(projectDir, hookInput.tool_name ?? "", hookInput.tool_input);
    if (target === null) return null;
    const feedback = await specFeedback(projectDir, target);
    return feedback.text === "" ? null : feedback.text;
  } catch {
    // The write itself succeeded; a verdict that could not be made is left out, and the
    // session still checks the files and tells the person.
    return null;
  }
}
