import type { FastifyReply, FastifyRequest } from "fastify";

/** The path of a request URL without its query, which may hold a token and is never logged. */
export function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

/** Whether the request asks to become a WebSocket. */
export function isUpgrade(request: FastifyRequest): boolean {
  return String(request.headers.upgrade ?? "").toLowerCase() === "websocket";
}

/**
 * Answers a refused request and logs why, in one line. The refusal happens in a hook,
 * so a WebSocket upgrade is refused with a plain HTTP status before any handshake.
 */
export function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string,
  reason: string,
): FastifyReply {
  request.log.warn(
    { event: "request_refused", status, reason, method: request.method, path: pathOf(request.url) },
    "request refused",
  );
  // A refused upgrade's socket is destroyed after the answer (closeAnsweredUpgrade); saying
  // so keeps a client that reuses connections from sending its next request down it.
  if (isUpgrade(request)) reply.header("connection", "close");
  return reply.code(status).send({ detail });
}

/**
 * After an upgrade was answered with a plain HTTP status (a refusal, a 404), its socket
 * belongs to no HTTP exchange any more and nothing else would close it; left open, it
 * would also hold the server's shutdown.
 */
export async function closeAnsweredUpgrade(request: FastifyRequest): Promise<void> {
  if (isUpgrade(request)) request.raw.socket.destroy();
}
