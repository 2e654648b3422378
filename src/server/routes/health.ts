import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../server-context.js";

/** Answers without a token, so a page or a script can tell the server is up and what new sessions get. */
export function healthRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get("/api/health", async () => ({
    status: "ok",
    version: context.version,
    engine: context.engine.name,
    model: context.engine.model,
  }));
}
