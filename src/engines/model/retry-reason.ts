import type { RetryReason } from "../../types/activity.js";
import type { ProviderFailure } from "./provider-failure.js";

/**
 * Why a retryable failure is being retried, as the person is told it while they wait.
 * Only failures `isRetryable` lets through reach here; the statuses follow the
 * provider-failure classification (429 limits, 529 and `overloaded_error` overload).
 */
export function retryReason(failure: ProviderFailure): RetryReason {
  switch (failure.kind) {
    case "http":
      if (failure.status === 429) return "rate_limited";
      if (failure.status === 529) return "overloaded";
      if (failure.status === 408) return "timeout";
      return "server_error";
    case "stream-error":
      return failure.errorType === "overloaded_error" ? "overloaded" : "server_error";
    case "ended-early":
      return "incomplete_answer";
    default:
      return "connection_dropped";
  }
}
