import type { TurnActivity } from "../types/activity.js";
import type { ActivityFrame } from "../types/wire.js";

/** An engine's activity as the `activity` frame every window gets. */
export function activityFrame(activity: TurnActivity): ActivityFrame {
  switch (activity.kind) {
    case "waiting":
      return { type: "activity", kind: "waiting" };
    case "retrying":
      return {
        type: "activity",
        kind: "retrying",
        attempt: activity.attempt,
        max_attempts: activity.maxAttempts,
        wait_ms: activity.waitMs,
        reason: activity.reason,
      };
    case "tool": {
      const frame: ActivityFrame = { type: "activity", kind: "tool", tool: activity.tool };
      if (activity.path !== null) frame.path = activity.path;
      return frame;
    }
    case "checking":
      return { type: "activity", kind: "checking", path: activity.path };
  }
}

/** The activity of a running turn as a window that connects meanwhile learns it: with how long ago it began. */
export function currentActivity(
  activity: { frame: ActivityFrame; at: number } | null,
  now: number,
): ActivityFrame | undefined {
  if (activity === null) return undefined;
  return { ...activity.frame, elapsed_ms: Math.max(0, Math.round(now - activity.at)) };
}
