import type { FastifyInstance } from "fastify";
import { historyMessages, type InterviewSummary, isInterviewId } from "../../store/index.js";
import type { ServerContext } from "../server-context.js";
import { acceptProjectName, type ProjectParams, projectNotFound } from "./project-param.js";

interface InterviewParams extends ProjectParams {
  id: string;
}

function summaryOf(interview: InterviewSummary) {
  return {
    id: interview.id,
    current: interview.current,
    created_at: interview.createdAt,
    updated_at: interview.updatedAt,
    message_count: interview.messageCount,
    complete: interview.complete,
    engine: interview.engine,
    model: interview.model,
  };
}

/** A project's interviews, the current one and those kept from before, to read (never to change). */
export function interviewRoutes(app: FastifyInstance, context: ServerContext): void {
  const { projects, registry, store } = context;

  app.get<{ Params: ProjectParams }>("/api/projects/:name/interviews", async (request, reply) => {
    const { name } = request.params;
    if (!acceptProjectName(name, reply)) return reply;
    if (!(await projects.get(name))) return projectNotFound(reply, name);
    return (await store.list(name)).map(summaryOf);
  });

  app.get<{ Params: InterviewParams }>("/api/projects/:name/interviews/:id", async (request, reply) => {
    const { name, id } = request.params;
    if (!acceptProjectName(name, reply)) return reply;
    if (!isInterviewId(id)) return reply.code(400).send({ detail: `'${id}' is not an interview id` });
    if (!(await projects.get(name))) return projectNotFound(reply, name);
    // The live session knows the running turn; the disk has the same records up to it.
    const live = registry.get(name)?.snapshot();
    const interview = live?.id === id ? live : await store.readById(name, id);
    if (!interview) return reply.code(404).send({ detail: `No interview '${id}' in project '${name}'` });
    const summaries = await store.list(name);
    return {
      id: interview.id,
      current: summaries.some((summary) => summary.id === id && summary.current),
      created_at: interview.createdAt,
      updated_at: interview.updatedAt,
      complete: interview.complete,
      engine: interview.engine,
      model: interview.model,
      phase: interview.phase,
      usage: interview.usage ? { total: interview.usage, cost_usd: interview.costUsd ?? null } : null,
      messages: historyMessages(interview),
    };
  });
}
