import type { UsageTotals } from "../logic/conversation-state.js";
import { formatCost, formatTokenCount, totalTokens } from "../logic/format.js";

/** Tokens and estimated cost of the interview so far, from `usage` frames; nothing until the first one. */
export function UsageMeter({ usage }: { usage: UsageTotals | null }) {
  if (!usage) return null;
  const { tokens } = usage;
  const detail = [
    `${tokens.input_tokens.toLocaleString("en")} input`,
    `${tokens.output_tokens.toLocaleString("en")} output`,
    `${tokens.cache_read_tokens.toLocaleString("en")} read from cache`,
    `${tokens.cache_write_tokens.toLocaleString("en")} written to cache`,
  ].join(", ");
  return (
    <div className="usage-meter">
      <span className="sidebar-label">So far</span>
      <span className="usage-meter-value" title={`Tokens: ${detail}`}>
        {formatTokenCount(totalTokens(tokens))} tokens
      </span>
      {usage.costUsd !== null ? (
        <span className="usage-meter-cost">about {formatCost(usage.costUsd)}</span>
      ) : null}
    </div>
  );
}
