import type { TurnActivity } from "../types/activity.js";
import type { SpecInspection } from "./inspect-spec.js";
import { refusalReasonOf } from "./refusal.js";

/** A file a tool call changed: where, relative to the project folder, and how many bytes it holds now. */
export interface WrittenFile {
  /** Relative to the project folder, with `/` between its parts (`prompts/app_spec.txt`). */
  path: string;
  bytes: number;
}

/** The validator's verdict on the app spec a tool just wrote or edited. */
export interface SpecFileVerdict {
  /** `prompts/app_spec.txt`. */
  path: string;
  /** The file passes the validator (warnings allowed). */
  valid: boolean;
  /**
   * Both spec files as they were inspected right after the write, with every finding:
   * what the model was told, and what the session decides completion from, so the spec
   * is read and validated once per write.
   */
  inspection: SpecInspection;
}

/**
 * The outcome of a tool call: `output` as the model reads it (a refusal is an error it
 * can act on), and beside it what happened, as facts: the file written, and for the app
 * spec the verdict. Nothing reads those back out of the words.
 */
export interface ToolOutcome {
  output: string;
  isError: boolean;
  /** The file this call wrote; absent when it wrote nothing (a refusal, a read, a failure). */
  wrote?: WrittenFile;
  /** For a write of the app spec: the validator's verdict on it. */
  spec?: SpecFileVerdict;
  /**
   * Set when Specwright refused the call (the sandbox, a size cap, its own initializer
   * prompt, input the tool does not take, a tool the interview does not have): why, as a
   * short sentence the person reads. An ordinary failure (a text not found, a missing
   * file) leaves it absent. The transcript's result keeps it (`ToolResult.refused`).
   */
  refused?: string;
}

/**
 * What a call is doing part way, for the person waiting on it: the validator checking
 * the app spec just written. A call reports it through the `progress` it was given.
 */
export type ToolProgress = Extract<TurnActivity, { kind: "checking" }>;

/** Hears a call's progress; it must not throw and should return at once. */
export type ProgressListener = (progress: ToolProgress) => void;

export function succeeded(output: string): ToolOutcome {
  return { output, isError: false };
}

export function failed(output: string): ToolOutcome {
  return { output, isError: true };
}

/**
 * A call Specwright refused: `output` tells the model what to do instead, `reason` the
 * person why (by default the first sentence of `output`, without its "Refused:").
 */
export function refusedOutcome(output: string, reason: string = refusalReasonOf(output)): ToolOutcome {
  return { output, isError: true, refused: reason };
}
