import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isUpgrade, refuse } from "./security/refuse.js";

/**
 * Answers 404 to a WebSocket upgrade on a path that has no socket. Without this, the
 * page's fallback would answer an unknown socket path with index.html and a 200, and a
 * plain route would accept the upgrade only to close it at once; either way a client
 * could not tell "no such socket" from a socket that failed. Add it before the routes
 * are declared: it learns which paths are sockets as each route is added.
 */
export function refuseUnknownUpgrades(app: FastifyInstance): void {
  const socketPaths = new Set<string>();
  app.addHook("onRoute", (route) => {
    if (route.websocket) socketPaths.add(route.url);
  });
  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isUpgrade(request)) return undefined;
    const path = request.routeOptions.url;
    if (path !== undefined && socketPaths.has(path)) return undefined;
    return refuse(request, reply, 404, "Not Found", "no-socket-at-path");
  });
}
