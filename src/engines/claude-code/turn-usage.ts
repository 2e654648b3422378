import type { EngineEvent } from "../../types/engine-events.js";
import type { TokenUsage } from "../../types/usage.js";
import type { SdkResultMessage } from "./sdk-types.js";
import type { ResumableSession } from "./session-meta.js";

/**
 * The `usage` event for a turn's result, or null when the turn never reached the model.
 * Tokens are the turn's own; the cost is the turn's share of the session's running total
 * (`sessionId` is the session the result belongs to).
 */
export function turnUsage(
  result: SdkResultMessage,
  sessionId: string | null,
  resumed: ResumableSession | null,
): Extract<EngineEvent, { type: "usage" }> | null {
  const reported = result.usage ?? {};
  const usage: TokenUsage = {
    input_tokens: reported.input_tokens ?? 0,
    output_tokens: reported.output_tokens ?? 0,
    cache_read_tokens: reported.cache_read_input_tokens ?? 0,
    cache_write_tokens: reported.cache_creation_input_tokens ?? 0,
  };
  const costUsd = turnCost(result.total_cost_usd, sessionId, resumed);
  const anything = Object.values(usage).some((count) => count > 0) || (costUsd ?? 0) > 0;
  if (!anything) return null;
  return costUsd === null ? { type: "usage", usage } : { type: "usage", usage, costUsd };
}

/**
 * A resumed session reports the total since it began, so the turn's cost is the
 * difference from the total after the turn before. A total below that means Claude Code
 * counted afresh, and all of it is this turn's.
 */
function turnCost(
  total: number | undefined,
  sessionId: string | null,
  resumed: ResumableSession | null,
): number | null {
  if (typeof total !== "number" || !Number.isFinite(total)) return null;
  if (resumed === null || resumed.sessionId !== sessionId || total < resumed.costUsd) return total;
  return total - resumed.costUsd;
}
