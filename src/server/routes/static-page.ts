import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { placeholderPage } from "../placeholder-page.js";
import { pathOf } from "../security/refuse.js";
import type { ServerContext } from "../server-context.js";
import { hasBuiltPage, staticFileFor } from "../static-files.js";

/** Where the built web page lives in the package, from src/server/routes/ and dist/server/routes/ alike. */
export const DEFAULT_STATIC_DIR = fileURLToPath(new URL("../../../web/dist", import.meta.url));

/**
 * Everything that is no API route: the built web page when there is one, the
 * placeholder on `/` until then, and a JSON 404 under /api/.
 */
export function staticPageRoutes(app: FastifyInstance, context: ServerContext): void {
  const root = context.settings.staticDir ?? DEFAULT_STATIC_DIR;
  app.setNotFoundHandler(async (request, reply) => {
    const path = pathOf(request.url);
    const readable = request.method === "GET" || request.method === "HEAD";
    if (!readable || path === "/api" || path.startsWith("/api/"))
      return reply.code(404).send({ detail: "Not Found" });
    if (await hasBuiltPage(root)) {
      const file = await staticFileFor(root, path);
      // Built assets carry a content hash in their names, so they never change; the page itself may.
      const cache = path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
      if (file) return reply.header("cache-control", cache).type(file.contentType).send(file.body);
      return reply.code(404).send({ detail: "Not Found" });
    }
    if (path === "/" || path === "/index.html")
      return reply.type("text/html; charset=utf-8").send(placeholderPage(context.version));
    return reply.code(404).send({ detail: "Not Found" });
  });
}
