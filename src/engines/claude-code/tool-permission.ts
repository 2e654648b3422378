import type { InterviewPhaseId } from "../../types/phases.js";
import type { Question } from "../../types/questions.js";
import {
  byteLength,
  DEFAULT_MAX_PROMPT_BYTES,
  DEFAULT_MAX_PROMPT_FILES,
  DEFAULT_MAX_WRITE_BYTES,
  EDIT_TOOL,
  GLOB_TOOL,
  globPatternRefusal,
  modelWriteRefusal,
  NO_SUCH_TOOL_REASON,
  oversizeRefusal,
  type PromptQuota,
  parseAskUserQuestionInput,
  promptQuotaRefusal,
  QUESTION_TOOL,
  READ_TOOL,
  type ResolvedPath,
  refusalReasonOf,
  resolveInsideProject,
  SandboxError,
  stateRefusal,
  TOOL_NAMES,
  WRITE_TOOL,
} from "../../workspace/index.js";

/** What may happen to one tool call Claude Code is about to run. */
export type ToolDecision =
  | { kind: "allow" }
  /**
   * `message` goes back to the model as the call's result, so it says what to do
   * instead; `reason` is why, for the person (the transcript result's `refused`).
   */
  | { kind: "deny"; message: string; reason: string }
  /** A valid structured question: the person answers it, not Claude Code. */
  | { kind: "question"; questions: Question[]; phase: InterviewPhaseId | null };

export interface PermissionLimits {
  /** Most UTF-8 bytes a Write may carry (default 1 MiB, as for every engine). */
  maxWriteBytes: number;
  /** How much `prompts/` may hold before a Write is refused (default as for every engine). */
  promptQuota?: PromptQuota;
}

const DEFAULT_LIMITS: PermissionLimits = { maxWriteBytes: DEFAULT_MAX_WRITE_BYTES };
const DEFAULT_QUOTA: PromptQuota = { maxFiles: DEFAULT_MAX_PROMPT_FILES, maxBytes: DEFAULT_MAX_PROMPT_BYTES };

const ALLOW: ToolDecision = { kind: "allow" };

function deny(message: string, reason: string = refusalReasonOf(message)): ToolDecision {
  return { kind: "deny", message, reason };
}

/**
 * Applies Specwright's sandbox to a tool call that Claude Code will execute itself:
 * reads anywhere inside the project folder, writes only inside `prompts/` and never to
 * the initializer prompt (Specwright writes that), symbolic links resolved before the
 * check, questions only within the one question rule, no tool but the interview's.
 * Never throws.
 */
export async function decideToolUse(
  projectDir: string,
  toolName: string,
  input: unknown,
  limits: PermissionLimits = DEFAULT_LIMITS,
): Promise<ToolDecision> {
  const fields = isRecord(input) ? input : {};
  try {
    switch (toolName) {
      case READ_TOOL:
        return await checkPath(projectDir, fields.file_path, { forWrite: false });
      case WRITE_TOOL: {
        const tooLarge = oversize(fields.content, limits.maxWriteBytes);
        if (tooLarge) return tooLarge;
        const checked = await checkedPath(projectDir, fields.file_path, { forWrite: true });
        if (!("target" in checked)) return checked;
        const { decision, target } = checked;
        if (decision.kind !== "allow") return decision;
        const size = typeof fields.content === "string" ? byteLength(fields.content) : 0;
        const refusal = await promptQuotaRefusal(
          projectDir,
          target,
          size,
          limits.promptQuota ?? DEFAULT_QUOTA,
        );
        return refusal === null ? decision : deny(refusal);
      }
      case EDIT_TOOL:
        return (
          oversize(fields.new_string, limits.maxWriteBytes) ??
          (await checkPath(projectDir, fields.file_path, { forWrite: true }))
        );
      case GLOB_TOOL:
        return (
          checkGlobPattern(fields.pattern) ??
          (await checkPath(projectDir, fields.path ?? ".", { forWrite: false }))
        );
      case QUESTION_TOOL: {
        const parsed = parseAskUserQuestionInput(input);
        return parsed.ok
          ? { kind: "question", questions: parsed.questions, phase: parsed.phase }
          : deny(parsed.message, parsed.refused);
      }
      default:
        return deny(
          `Refused: ${toolName} is not available in this interview. The tools are: ${TOOL_NAMES.join(", ")}.`,
          NO_SUCH_TOOL_REASON,
        );
    }
  } catch (error) {
    // Failing closed: a check that could not finish must not let the call through.
    const reason = error instanceof Error ? error.message : String(error);
    return deny(`Refused: the path could not be checked (${reason}).`);
  }
}

async function checkPath(
  projectDir: string,
  path: unknown,
  options: { forWrite: boolean },
): Promise<ToolDecision> {
  const checked = await checkedPath(projectDir, path, options);
  return "target" in checked ? checked.decision : checked;
}

/** The decision on a path, and where it leads when it could be resolved (resolved once). */
async function checkedPath(
  projectDir: string,
  path: unknown,
  options: { forWrite: boolean },
): Promise<ToolDecision | { decision: ToolDecision; target: ResolvedPath }> {
  if (typeof path !== "string")
    return deny("Refused: give the path as a string, such as prompts/app_spec.txt.");
  try {
    const target = await resolveInsideProject(projectDir, path, options);
    const { relative } = target;
    const reserved = stateRefusal(relative) ?? (options.forWrite ? modelWriteRefusal(relative) : null);
    return { decision: reserved === null ? ALLOW : deny(reserved), target };
  } catch (error) {
    if (error instanceof SandboxError) return deny(error.message, error.reason);
    throw error;
  }
}

/** Content over the cap is refused in the words Specwright's own Write uses. */
function oversize(content: unknown, maxBytes: number): ToolDecision | null {
  if (typeof content !== "string") return null;
  const refusal = oversizeRefusal(byteLength(content), maxBytes);
  return refusal === null ? null : deny(refusal);
}

/** A pattern that could reach above its folder is refused as Specwright's own Glob refuses it. */
function checkGlobPattern(pattern: unknown): ToolDecision | null {
  if (typeof pattern !== "string") return null;
  const refusal = globPatternRefusal(pattern);
  return refusal === null ? null : deny(refusal);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
