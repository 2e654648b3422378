import type { FastifyInstance } from "fastify";
import { ProjectConnection } from "../project-connection.js";
import type { ServerContext } from "../server-context.js";
import { projectSocketRoute } from "./socket-route.js";

/**
 * The original page's project socket (`/ws/projects/{name}`), which it opens as soon as a
 * project is chosen. The same checks as the interview's socket apply.
 */
export function projectSocketRoutes(app: FastifyInstance, context: ServerContext): void {
  projectSocketRoute(
    app,
    context,
    "/ws/projects",
    (socket, name, ctx, id, address) => new ProjectConnection(socket, name, ctx, id, address),
  );
}
