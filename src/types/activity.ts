/**
 * What a running turn is doing now, for the person who waits on it: waiting for the
 * model's answer, waiting to try again after a failure that tends to pass, running a
 * tool, or checking the app spec just written. Transient: it is sent as it happens and
 * never kept in the interview.
 */
export const ACTIVITY_KINDS = ["waiting", "retrying", "tool", "checking"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Why a model call is tried again, in the words a person needs (not the provider's status). */
export const RETRY_REASONS = [
  "rate_limited",
  "overloaded",
  "timeout",
  "server_error",
  "connection_dropped",
  "incomplete_answer",
] as const;
export type RetryReason = (typeof RETRY_REASONS)[number];

export type TurnActivity =
  /** A request went to the model and nothing has come back yet. */
  | { kind: "waiting" }
  /**
   * A call failed in a way that tends to pass: retry number `attempt` (1 for the first)
   * of at most `maxAttempts` goes out after `waitMs`.
   */
  | { kind: "retrying"; attempt: number; maxAttempts: number; waitMs: number; reason: RetryReason }
  /** A tool call is starting; `path` is the project-relative file (or pattern) it names, when it names one. */
  | { kind: "tool"; tool: string; path: string | null }
  /** The validator is checking the spec file just written (`path`, project-relative), before the outcome is told. */
  | { kind: "checking"; path: string };

/** The cause of a retry as a person reads it: "the provider is overloaded". */
export function retryReasonText(reason: RetryReason): string {
  switch (reason) {
    case "rate_limited":
      return "the provider is limiting requests";
    case "overloaded":
      return "the provider is overloaded";
    case "timeout":
      return "the provider timed out";
    case "server_error":
      return "the provider had an error";
    case "connection_dropped":
      return "the connection dropped";
    case "incomplete_answer":
      return "the answer stopped short";
  }
}

/** What a tool call is doing, as a verb a line can start with: "writing", "reading". */
export function toolVerb(tool: string): string {
  switch (tool) {
    case "Write":
      return "writing";
    case "Edit":
      return "editing";
    case "Read":
      return "reading";
    case "Glob":
      return "looking for";
    default:
      return "using";
  }
}

/** The validator at work on a spec file just written, as a lower-case phrase: "checking prompts/app_spec.txt". */
export function checkingPhrase(path: string | null): string {
  return `checking ${path ?? "the spec"}`;
}

/** A tool activity as a lower-case phrase: "writing prompts/app_spec.txt", "using WebSearch". */
export function toolPhrase(tool: string, path: string | null): string {
  const verb = toolVerb(tool);
  if (path !== null) return `${verb} ${path}`;
  return verb === "using" ? `using ${tool}` : `${verb} files`;
}
