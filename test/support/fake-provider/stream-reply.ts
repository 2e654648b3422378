import { setTimeout } from "node:timers/promises";
import type { PauseMark } from "./message-blocks.js";
import type { ModelCall } from "./model-call.js";
import type { Interruption, MessagePlan } from "./script.js";

/** Streams a reply as SSE events, then ends, breaks, hangs, errors or turns to garbage as scripted. */
export async function streamReply(plan: MessagePlan, call: ModelCall): Promise<void> {
  const items = call.format.streamEvents(plan, call.context);
  const eventCount = items.filter((item) => typeof item === "string").length;
  const interruption = plan.interruption;
  const sendCount = interruption === undefined ? eventCount : eventsBefore(interruption, eventCount);

  call.exchange.startStream();
  let sent = 0;
  for (const item of items) {
    if (sent >= sendCount) break;
    if (typeof item !== "string") {
      if (!(await silence(item, call))) return;
      continue;
    }
    if (sent > 0) await call.exchange.pause();
    if (!(await call.exchange.write(item))) return;
    sent += 1;
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
    case "garbage":
      await call.exchange.write(interruption.bytes);
      call.exchange.end();
      return;
  }
}

/**
 * A scripted silence: nothing for `pause` ms, or the format's keep-alive event every
 * `pingEveryMs` (Anthropic's `ping`), or the scripted SSE comment line on either route.
 * False once the client has gone.
 */
async function silence(mark: PauseMark, call: ModelCall): Promise<boolean> {
  const ping = mark.comment === undefined ? call.format.pingEvent : `${mark.comment}\n\n`;
  const every = mark.pingEveryMs;
  if (ping === undefined || every === undefined || every <= 0) {
    await Promise.race([setTimeout(mark.pause), call.exchange.ended]);
    return !call.exchange.isClosed;
  }
  let waited = 0;
  while (waited < mark.pause) {
    const step = Math.min(every, mark.pause - waited);
    await Promise.race([setTimeout(step), call.exchange.ended]);
    if (call.exchange.isClosed) return false;
    waited += step;
    if (waited < mark.pause && !(await call.exchange.write(ping))) return false;
  }
  return true;
}

function eventsBefore(interruption: Interruption, total: number): number {
  const count = interruption.afterEvents ?? Math.ceil(total / 2);
  return Math.min(Math.max(0, count), total);
}
