import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../server-context.js";
import { acceptProjectName } from "./project-param.js";

interface SessionParams {
  project_name: string;
}

export function specSessionRoutes(app: FastifyInstance, context: ServerContext): void {
  const { registry, store, log } = context;

  app.get("/api/spec/sessions", async () => registry.list());

  app.get<{ Params: SessionParams }>("/api/spec/sessions/:project_name", async (request, reply) => {
    const name = request.params.project_name;
    if (!acceptProjectName(name, reply)) return reply;
    const session = registry.get(name);
    if (!session) return reply.code(404).send({ detail: `No active session for '${name}'` });
    return {
      project_name: name,
      is_active: !session.isClosed(),
      is_complete: session.isComplete(),
      message_count: session.getMessages().length,
    };
  });

  app.delete<{ Params: SessionParams }>("/api/spec/sessions/:project_name", async (request, reply) => {
    const name = request.params.project_name;
    if (!acceptProjectName(name, reply)) return reply;
    if (!(await registry.remove(name)))
      return reply.code(404).send({ detail: `No active session for '${name}'` });
    // Removed means removed: the next message must not bring it back. It is kept aside, not lost.
    await store.archive(name);
    log.info({ event: "session_removed", project: name }, "session removed on request");
    return { success: true, message: `Session for '${name}' closed` };
  });
}
