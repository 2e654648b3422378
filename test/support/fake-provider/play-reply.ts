import { statusForErrorType } from "./error-types.js";
import { type ModelCall, sendError, sendRawError } from "./model-call.js";
import type { MessagePlan, Reply } from "./script.js";
import { streamReply } from "./stream-reply.js";

/** Answers one model request with one scripted reply. */
export async function playReply(reply: Reply, call: ModelCall): Promise<void> {
  switch (reply.kind) {
    case "reset":
      call.exchange.destroy();
      return;
    case "status":
      if (reply.body !== undefined) {
        sendRawError(call, reply.status, reply.body, reply.retryAfter);
        return;
      }
      sendError(call, reply.status, reply.message ?? `Scripted HTTP ${reply.status}`, {
        errorType: reply.errorType,
        retryAfter: reply.retryAfter,
      });
      return;
    case "message":
      if (call.streaming) await streamReply(reply.plan, call);
      else await sendWholeReply(reply.plan, call);
      return;
  }
}

/** The non-streaming answer: one JSON body, or the same interruption in whole-body terms. */
async function sendWholeReply(plan: MessagePlan, call: ModelCall): Promise<void> {
  const body = call.format.message(plan, call.context);
  const interruption = plan.interruption;
  switch (interruption?.kind) {
    case undefined:
      call.exchange.sendJson(200, body);
      return;
    case "hang":
      await call.exchange.ended;
      return;
    case "break": {
      // Promise the whole body, deliver half: the client sees a truncated response.
      const text = JSON.stringify(body);
      call.exchange.start({
        "content-type": "application/json",
        "content-length": String(Buffer.byteLength(text)),
      });
      await call.exchange.write(text.slice(0, Math.floor(text.length / 2)));
      call.exchange.destroy();
      return;
    }
    case "stream-error":
      sendError(call, statusForErrorType(interruption.errorType), interruption.message, {
        errorType: interruption.errorType,
      });
      return;
    case "garbage": {
      // A 200 that promises JSON and delivers something else.
      call.exchange.start({ "content-type": "application/json" });
      await call.exchange.write(interruption.bytes);
      call.exchange.end();
      return;
    }
  }
}
