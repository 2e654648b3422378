import type { FastifyInstance } from "fastify";
import type { WebSocket } from "ws";
import { errorFrame } from "../../types/wire.js";
import { isValidProjectName } from "../../workspace/index.js";
import { SpecConnection } from "../connection.js";
import { connectionRefusal, TRY_AGAIN_LATER } from "../limits/connection-cap.js";
import type { ServerContext } from "../server-context.js";

/** The close code for a name the server refuses (docs/protocol.md). */
export const INVALID_NAME_CLOSE = 4000;
const INVALID_NAME = "Invalid project name";

/**
 * Accepts the upgrade, says why, and closes with 4000: a refusal before the handshake
 * would reach a browser only as a bare 1006.
 */
export function refuseName(socket: WebSocket, context: ServerContext): void {
  context.log.warn({ event: "connection_refused", reason: "invalid-project-name" }, "connection refused");
  socket.send(JSON.stringify(errorFrame("invalid_project_name", INVALID_NAME)));
  socket.close(INVALID_NAME_CLOSE, INVALID_NAME);
}

export function specSocketRoutes(app: FastifyInstance, context: ServerContext): void {
  let nextId = 1;
  app.get<{ Params: { project_name: string } }>(
    "/api/spec/ws/:project_name",
    { websocket: true },
    (socket, request) => {
      const name = request.params.project_name;
      if (!isValidProjectName(name)) return refuseName(socket, context);
      const address = request.socket.remoteAddress ?? "";
      if (refusedOverCap(socket, address, context)) return;
      new SpecConnection(socket, name, context, nextId++, address);
      // Every frame the client sends is use of the project's interview, one that begins no turn too.
      socket.on("message", () => context.activity.clientFrame(context.registry.get(name)));
    },
  );
  // Names that cannot even be routed as one segment (`a/b`, nothing at all) get the same answer.
  app.get("/api/spec/ws/*", { websocket: true }, (socket) => refuseName(socket, context));
}

/**
 * Closes a connection over the server's caps and says so; false when it may stay. Counted
 * and taken in one step: the caller's connection joins `context.connections` as it is
 * made, with no await in between. Every kind of socket counts against the same caps.
 */
export function refusedOverCap(socket: WebSocket, address: string, context: ServerContext): boolean {
  const refusal = connectionRefusal(context.connections, address, context.settings.limits);
  if (!refusal) return false;
  context.log.warn({ event: "connection_refused", reason: "connection-limit" }, "connection refused");
  // Closed after the handshake, so a browser reads the reason rather than a bare 1006.
  socket.close(TRY_AGAIN_LATER, refusal);
  return true;
}
