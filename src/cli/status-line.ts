import { checkingPhrase, retryReasonText, toolPhrase } from "../types/activity.js";
import type { ActivityFrame } from "../types/wire.js";
import { painter } from "./paint.js";
import { terminalSafe } from "./terminal-safe.js";

/** What a running turn is doing, shown to a person at a terminal while they wait. */
export interface StatusLine {
  show(activity: ActivityFrame): void;
  /** Takes the line away, before anything else is printed and at the turn's end. */
  clear(): void;
}

/**
 * On a terminal, one line that updates in place ("waiting for the model (8 s)",
 * "retrying 2 of 3 in 4 s: the provider is overloaded", "writing prompts/app_spec.txt",
 * "checking prompts/app_spec.txt")
 * and is erased before anything else is printed. Elsewhere (a pipe, a file) nothing of
 * it, but one line per retry on `notes` (stderr), since a long silence there has a cause
 * worth knowing.
 */
export function statusLineFor(
  out: NodeJS.WritableStream,
  notes: NodeJS.WritableStream | null,
  env: NodeJS.ProcessEnv,
): StatusLine {
  if ((out as { isTTY?: boolean }).isTTY === true) return new TerminalStatusLine(out, env);
  return {
    show(activity) {
      if (activity.kind === "retrying" && notes) notes.write(`specwright: ${retryWords(activity, 0)}\n`);
    },
    clear() {},
  };
}

/** Erases the cursor's line and goes back to its start. */
const ERASE_LINE = "\r\x1b[2K";

class TerminalStatusLine implements StatusLine {
  private shown = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly paint: ReturnType<typeof painter>;

  constructor(
    private readonly out: NodeJS.WritableStream,
    env: NodeJS.ProcessEnv,
  ) {
    this.paint = painter(out, env);
  }

  show(activity: ActivityFrame): void {
    this.stopTimer();
    const began = Date.now();
    const draw = () => {
      const words = terminalSafe(statusWords(activity, Date.now() - began)).replace(/\s+/g, " ");
      const width = Math.max(20, ((this.out as { columns?: number }).columns ?? 80) - 4);
      const fitted = words.length > width ? `${words.slice(0, width - 1)}…` : words;
      this.out.write(`${ERASE_LINE}${this.paint("gray", `   ${fitted}`)}`);
      this.shown = true;
    };
    draw();
    // A tool call or a check shows no clock: each is a moment, and the next line follows.
    if (activity.kind !== "tool" && activity.kind !== "checking") {
      this.timer = setInterval(draw, 1000);
      // A line that ticks must never keep the program alive.
      this.timer.unref();
    }
  }

  clear(): void {
    this.stopTimer();
    if (!this.shown) return;
    this.out.write(ERASE_LINE);
    this.shown = false;
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/** The status line's words, `elapsedMs` after the activity began. */
export function statusWords(activity: ActivityFrame, elapsedMs: number): string {
  switch (activity.kind) {
    case "waiting":
      return `waiting for the model (${Math.floor(elapsedMs / 1000)} s)`;
    case "retrying":
      return retryWords(activity, elapsedMs);
    case "tool":
      return toolPhrase(activity.tool ?? "a tool", activity.path ?? null);
    case "checking":
      return checkingPhrase(activity.path ?? null);
  }
}

function retryWords(activity: ActivityFrame, elapsedMs: number): string {
  const count =
    activity.attempt && activity.max_attempts ? ` ${activity.attempt} of ${activity.max_attempts}` : "";
  const left = Math.ceil(Math.max(0, (activity.wait_ms ?? 0) - elapsedMs) / 1000);
  const reason = retryReasonText(activity.reason ?? "server_error");
  return `retrying${count}${left > 0 ? ` in ${left} s` : ""}: ${reason}`;
}
