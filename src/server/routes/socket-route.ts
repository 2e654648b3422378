import type { FastifyInstance } from "fastify";
import type { WebSocket } from "ws";
import { errorFrame } from "../../types/wire.js";
import { isValidProjectName } from "../../workspace/index.js";
import { connectionRefusal, TRY_AGAIN_LATER } from "../limits/connection-cap.js";
import type { ServerContext } from "../server-context.js";

/** The close code for a name the server refuses (docs/protocol.md). */
export const INVALID_NAME_CLOSE = 4000;
const INVALID_NAME = "Invalid project name";

/** Makes the connection that serves one accepted socket; it registers itself with the context. */
export type MakeConnection = (
  socket: WebSocket,
  projectName: string,
  context: ServerContext,
  id: number,
  address: string,
) => unknown;

/**
 * A WebSocket route for one project, `<prefix>/:project_name`. Every project socket gets
 * the same checks in the same order (Host, Origin and token in the server's hooks first):
 * the name, then the connection caps; a well-formed name of a project not made yet is
 * accepted. Paths that cannot even be routed as one segment (`a/b`, nothing at all) get
 * the same answer as a bad name.
 */
export function projectSocketRoute(
  app: FastifyInstance,
  context: ServerContext,
  prefix: string,
  makeConnection: MakeConnection,
): void {
  let nextId = 1;
  app.get<{ Params: { project_name: string } }>(
    `${prefix}/:project_name`,
    { websocket: true },
    (socket, request) => {
      const name = request.params.project_name;
      if (!isValidProjectName(name)) return refuseName(socket, context);
      const address = request.socket.remoteAddress ?? "";
      if (refusedOverCap(socket, address, context)) return;
      makeConnection(socket, name, context, nextId++, address);
    },
  );
  app.get(`${prefix}/*`, { websocket: true }, (socket) => refuseName(socket, context));
}

/**
 * Accepts the upgrade, says why, and closes with 4000: a refusal before the handshake
 * would reach a browser only as a bare 1006.
 */
function refuseName(socket: WebSocket, context: ServerContext): void {
  context.log.warn({ event: "connection_refused", reason: "invalid-project-name" }, "connection refused");
  socket.send(JSON.stringify(errorFrame("invalid_project_name", INVALID_NAME)));
  socket.close(INVALID_NAME_CLOSE, INVALID_NAME);
}

/**
 * Closes a connection over the server's caps and says so; false when it may stay. Counted
 * and taken in one step: the caller's connection joins `context.connections` as it is
 * made, with no await in between. Every kind of socket counts against the same caps.
 */
function refusedOverCap(socket: WebSocket, address: string, context: ServerContext): boolean {
  const refusal = connectionRefusal(context.connections, address, context.settings.limits);
  if (!refusal) return false;
  context.log.warn({ event: "connection_refused", reason: "connection-limit" }, "connection refused");
  // Closed after the handshake, so a browser reads the reason rather than a bare 1006.
  socket.close(TRY_AGAIN_LATER, refusal);
  return true;
}
