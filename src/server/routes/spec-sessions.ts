import type { FastifyInstance } from "fastify";
import { ProjectLockedError } from "../../store/index.js";
import type { ServerContext } from "../server-context.js";
import { acceptProjectName } from "./project-param.js";

interface SessionParams {
  project_name: string;
}

export function specSessionRoutes(app: FastifyInstance, context: ServerContext): void {
  const { registry, store, log } = context;

  /** The live interviews, then those kept on disk unfinished (after a restart): each comes back on first use. */
  app.get("/api/spec/sessions", async () => {
    const live = registry.list();
    const kept = (await store.inProgress()).filter((name) => !live.includes(name));
    return [...live, ...kept];
  });

  app.get<{ Params: SessionParams }>("/api/spec/sessions/:project_name", async (request, reply) => {
    const name = request.params.project_name;
    if (!acceptProjectName(name, reply)) return reply;
    const session = registry.get(name);
    if (session)
      return {
        project_name: name,
        is_active: !session.isClosed(),
        is_complete: session.isComplete(),
        message_count: session.getMessages().length,
      };
    const kept = await store.read(name);
    if (!kept || kept.complete || kept.turns.length === 0)
      return reply.code(404).send({ detail: `No active session for '${name}'` });
    return {
      project_name: name,
      is_active: false,
      is_complete: false,
      message_count: kept.transcript.length,
    };
  });

  app.delete<{ Params: SessionParams }>("/api/spec/sessions/:project_name", async (request, reply) => {
    const name = request.params.project_name;
    if (!acceptProjectName(name, reply)) return reply;
    const wasLive = await registry.remove(name);
    const kept = wasLive ? null : await store.read(name);
    if (!wasLive && (!kept || kept.complete || kept.turns.length === 0))
      return reply.code(404).send({ detail: `No active session for '${name}'` });
    try {
      // Removed means removed: the next message must not bring it back. It is kept aside, not lost.
      await store.archive(name);
    } catch (error) {
      if (error instanceof ProjectLockedError)
        return reply.code(409).send({ detail: error.message, code: "project_locked" });
      throw error;
    }
    log.info({ event: "session_removed", project: name }, "session removed on request");
    return { success: true, message: `Session for '${name}' closed` };
  });
}
