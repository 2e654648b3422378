import type { ActivityEvent } from "../../types/engine-events.js";
import { isRetryable, type ProviderFailure } from "./provider-failure.js";
import { type RetryPolicy, retryDelayMs, waitUnlessAborted } from "./retry-delay.js";
import { retryReason } from "./retry-reason.js";
import { type StepOutcome, type StepRequest, streamStep, type TextDelta } from "./step-stream.js";

export type RetriedStepOutcome =
  | Exclude<StepOutcome, { kind: "failed" }>
  | (Extract<StepOutcome, { kind: "failed" }> & { retries: number });

/**
 * Runs a step, trying again after failures that tend to pass (rate limits, overload,
 * server errors, a dropped connection) with growing waits. A step whose text the person
 * already saw is not retried: its answer would appear twice. Says what it is doing as
 * it goes, for the person who waits: `waiting` as each request goes out, `retrying`
 * (which retry, of how many, after how long, and why) before each wait.
 */
export async function* streamStepWithRetries(
  request: StepRequest,
  policy: RetryPolicy,
): AsyncGenerator<TextDelta | ActivityEvent, RetriedStepOutcome> {
  for (let retries = 0; ; retries++) {
    yield { type: "activity", activity: { kind: "waiting" } };
    const outcome = yield* streamStep(request);
    if (outcome.kind !== "failed") return outcome;
    if (outcome.streamedText || retries >= policy.maxRetries || !isRetryable(outcome.failure)) {
      return { ...outcome, retries };
    }
    const delay = retryDelayMs(retries, headersOf(outcome.failure), policy);
    yield {
      type: "activity",
      activity: {
        kind: "retrying",
        attempt: retries + 1,
        maxAttempts: policy.maxRetries,
        waitMs: Math.round(delay),
        reason: retryReason(outcome.failure),
      },
    };
    if (!(await waitUnlessAborted(delay, request.signal))) return { kind: "cancelled" };
  }
}

function headersOf(failure: ProviderFailure): Readonly<Record<string, string>> | undefined {
  return failure.kind === "http" ? failure.headers : undefined;
}
