import type { ModelCall } from "./model-call.js";
import type { Interruption, MessagePlan } from "./script.js";

/** Streams a reply as SSE events, then ends, breaks, hangs or errors as scripted. */
export async function streamReply(plan: MessagePlan, call: ModelCall): Promise<void> {
  const events = call.format.streamEvents(plan, call.context);
  const interruption = plan.interruption;
  const sendCount = interruption === undefined ? events.length : eventsBefore(interruption, events.length);

  call.exchange.startStream();
  for (const [position, event] of events.slice(0, sendCount).entries()) {
    if (position > 0) await call.exchange.pause();
    if (!(await call.exchange.write(event))) return;
  }

  switch (interruption?.kind) {
    case undefined:
      call.exchange.end();
      return;
    case "break":
      call.exchange.destroy();
      return;
    case "hang":
      await call.exchange.ended;
      return;
    case "stream-error":
      await call.exchange.write(call.format.streamErrorEvent(interruption.errorType, interruption.message));
      call.exchange.end();
      return;
  }
}

function eventsBefore(interruption: Interruption, total: number): number {
  const count = interruption.afterEvents ?? Math.ceil(total / 2);
  return Math.min(Math.max(0, count), total);
}
