import type { Exchange } from "./exchange.js";
import type { Json } from "./recording.js";
import type { RenderContext, WireFormat } from "./wire-format.js";

/** A request on one of the model routes, and everything needed to answer it. */
export interface ModelCall {
  readonly exchange: Exchange;
  readonly format: WireFormat;
  readonly streaming: boolean;
  readonly context: RenderContext;
}

/** An HTTP error in the route's own error shape. */
export function sendError(
  call: ModelCall,
  status: number,
  message: string,
  options: { errorType?: string; retryAfter?: number } = {},
): void {
  const headers: Record<string, string> =
    options.retryAfter === undefined ? {} : { "retry-after": String(options.retryAfter) };
  const requestId = `req_fake_${call.context.sequence}`;
  call.exchange.sendJson(status, call.format.errorBody(status, message, options.errorType, requestId), {
    "request-id": requestId,
    ...headers,
  });
}

/**
 * An HTTP error whose body is given as the server sends it: JSON, or a string sent as
 * `text/plain` (a proxy's page, a server that answers errors in plain words).
 */
export function sendRawError(
  call: ModelCall,
  status: number,
  body: Json | string,
  retryAfter?: number,
): void {
  const headers: Record<string, string> =
    retryAfter === undefined ? {} : { "retry-after": String(retryAfter) };
  if (typeof body === "string") call.exchange.sendText(status, body, headers);
  else call.exchange.sendJson(status, body, headers);
}
