import { useEffect, useState } from "react";
import type { PageActivity } from "../logic/activity.js";

/**
 * How long the shown activity has been going, in ms, counted by the page from when it
 * learnt of it (plus what a mid-turn `history` said had passed). Restarts with each new
 * activity; ticks twice a second, and not at all for one without a clock (a tool call).
 */
export function useActivityClock(activity: PageActivity | null): number {
  const [elapsed, setElapsed] = useState(activity?.elapsedMs ?? 0);
  const key = activity?.key ?? null;
  const offset = activity?.elapsedMs ?? 0;
  // A tool call and a check say no seconds: nothing to tick for.
  const ticks = activity !== null && activity.frame.kind !== "tool" && activity.frame.kind !== "checking";
  useEffect(() => {
    setElapsed(offset);
    if (key === null || !ticks) return;
    const began = performance.now() - offset;
    const timer = window.setInterval(() => setElapsed(performance.now() - began), 500);
    return () => window.clearInterval(timer);
  }, [key, offset, ticks]);
  return elapsed;
}
