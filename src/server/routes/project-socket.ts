import type { FastifyInstance } from "fastify";
import { isValidProjectName } from "../../workspace/index.js";
import { ProjectConnection } from "../project-connection.js";
import type { ServerContext } from "../server-context.js";
import { refusedOverCap, refuseName } from "./spec-socket.js";

/**
 * The original page's project socket (`/ws/projects/{name}`), which it opens as soon as a
 * project is chosen. The same checks as the interview's socket apply (Host, Origin and
 * token in the server's hooks; the name here), and like it, a well-formed name of a
 * project not made yet is accepted.
 */
export function projectSocketRoutes(app: FastifyInstance, context: ServerContext): void {
  let nextId = 1;
  app.get<{ Params: { project_name: string } }>(
    "/ws/projects/:project_name",
    { websocket: true },
    (socket, request) => {
      const name = request.params.project_name;
      if (!isValidProjectName(name)) return refuseName(socket, context);
      const address = request.socket.remoteAddress ?? "";
      if (refusedOverCap(socket, address, context)) return;
      new ProjectConnection(socket, name, context, nextId++, address);
    },
  );
  // Names that cannot even be routed as one segment (`a/b`, nothing at all) get the same answer.
  app.get("/ws/projects/*", { websocket: true }, (socket) => refuseName(socket, context));
}
