import { checkingPhrase, retryReasonText, toolPhrase } from "../../../src/types/activity.js";
import type { ActivityFrame } from "../../../src/types/wire.js";

/**
 * What the running turn is doing, as the page keeps it: the last `activity` frame (or
 * the waiting the page assumes once it sends), `key` changing whenever a new one
 * begins, so the status line restarts its clock, and how long it had been going when
 * the page learnt of it (from a `history` taken mid-turn).
 */
export interface PageActivity {
  frame: ActivityFrame;
  key: number;
  elapsedMs: number;
}

/** The waiting that begins when the person sends: the clock counts from the request. */
export const WAITING_FRAME: ActivityFrame = Object.freeze({
  type: "activity",
  kind: "waiting",
}) as ActivityFrame;

/** Whether `frame` carries on the activity already shown (a waiting after the page's own waiting), not a new one. */
export function continuesActivity(current: PageActivity | null, frame: ActivityFrame): boolean {
  return current !== null && current.frame.kind === "waiting" && frame.kind === "waiting";
}

/**
 * The status line for an activity, `elapsedMs` after it began: "Waiting for the
 * model… 8 s", "The provider is overloaded; trying again (2 of 3) in 4 s", "Writing
 * prompts/app_spec.txt…", "Checking prompts/app_spec.txt…". Seconds are whole; a
 * countdown that has run out says so.
 */
export function activityLine(frame: ActivityFrame, elapsedMs: number): string {
  switch (frame.kind) {
    case "waiting": {
      const seconds = Math.floor(elapsedMs / 1000);
      return seconds >= 1 ? `Waiting for the model… ${seconds} s` : "Waiting for the model…";
    }
    case "retrying": {
      const reason = capitalise(retryReasonText(frame.reason ?? "server_error"));
      const count = frame.attempt && frame.max_attempts ? ` (${frame.attempt} of ${frame.max_attempts})` : "";
      const left = Math.ceil(Math.max(0, (frame.wait_ms ?? 0) - elapsedMs) / 1000);
      return left > 0 ? `${reason}; trying again${count} in ${left} s` : `${reason}; trying again${count}…`;
    }
    case "tool":
      return `${capitalise(toolPhrase(frame.tool ?? "a tool", frame.path ?? null))}…`;
    case "checking":
      return `${capitalise(checkingPhrase(frame.path ?? null))}…`;
  }
}

/**
 * What a screen reader is told of an activity, once, when it begins: a retry and a
 * tool call; a plain wait, or the check that follows a write (a moment, told by the
 * write's own outcome), is not worth interrupting for.
 */
export function activityAnnouncement(frame: ActivityFrame): string | null {
  switch (frame.kind) {
    case "waiting":
      return null;
    case "retrying": {
      const reason = capitalise(retryReasonText(frame.reason ?? "server_error"));
      const count = frame.attempt && frame.max_attempts ? `, ${frame.attempt} of ${frame.max_attempts}` : "";
      const seconds = Math.ceil((frame.wait_ms ?? 0) / 1000);
      return `${reason}; trying again${count}${seconds > 0 ? ` in ${seconds} seconds` : ""}.`;
    }
    case "tool":
      return `${capitalise(toolPhrase(frame.tool ?? "a tool", frame.path ?? null))}.`;
    case "checking":
      return null;
  }
}

function capitalise(text: string): string {
  return text.length === 0 ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}
