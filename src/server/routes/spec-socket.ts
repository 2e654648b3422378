import type { FastifyInstance } from "fastify";
import { SpecConnection } from "../connection.js";
import type { ServerContext } from "../server-context.js";
import { projectSocketRoute } from "./socket-route.js";

/** The interview's socket (`/api/spec/ws/{name}`), the protocol of docs/protocol.md. */
export function specSocketRoutes(app: FastifyInstance, context: ServerContext): void {
  projectSocketRoute(app, context, "/api/spec/ws", (socket, name, ctx, id, address) => {
    new SpecConnection(socket, name, ctx, id, address);
    // Every frame the client sends is use of the project's interview, one that begins no turn too.
    socket.on("message", () => ctx.activity.clientFrame(ctx.registry.get(name)));
  });
}
