import type { FastifyInstance } from "fastify";
import {
  INVALID_PROJECT_NAME_MESSAGE,
  isValidProjectName,
  type ListedProject,
  ProjectExistsError,
  type ProjectSummary,
} from "../../workspace/index.js";
import type { ServerContext } from "../server-context.js";
import { acceptProjectName, type ProjectParams, projectNotFound, refuseIfLocked } from "./project-param.js";

/**
 * A spec-only project has no features being built yet, so its stats are zeros; the
 * reference's page reads `stats.total` and breaks without it.
 */
/** The reference's summary (its page reads `stats.total`), plus when the project last changed. */
function summaryOf(project: ProjectSummary) {
  return {
    name: project.name,
    has_spec: project.hasSpec,
    stats: { passing: 0, total: 0, percentage: 0 },
    updated_at: project.updatedAt,
  };
}

/**
 * A listed project: the summary, plus what its state file says of the spec (`spec_state`:
 * none, invalid, valid or complete; `feature_count`) and of its current interview.
 */
function listedSummaryOf(project: ListedProject) {
  const interview = project.interview;
  return {
    ...summaryOf(project),
    spec_state: project.specState,
    feature_count: project.featureCount,
    interview: interview && {
      id: interview.id,
      complete: interview.complete,
      phase: interview.phase && {
        id: interview.phase.id,
        title: interview.phase.title,
        index: interview.phase.index,
        total: interview.phase.total,
      },
      turns: interview.turns,
      updated_at: interview.updatedAt,
    },
  };
}

function nameInBody(body: unknown): { name: string } | { problem: string } {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { problem: 'The body must be a JSON object such as {"name": "my-app"}' };
  const name = (body as { name?: unknown }).name;
  if (name === undefined) return { problem: "The field 'name' is required" };
  if (typeof name !== "string") return { problem: "The field 'name' must be a string" };
  if (!isValidProjectName(name)) return { problem: INVALID_PROJECT_NAME_MESSAGE };
  return { name };
}

export function projectRoutes(app: FastifyInstance, context: ServerContext): void {
  const { projects, registry, store, log } = context;

  // Requests that arrive together share one listing (ProjectListing), and a listing in
  // which nothing changed answers the same array as the last: either way, one body, kept
  // as bytes so that it is not encoded again for each request.
  const bodies = new WeakMap<readonly ListedProject[], Buffer>();
  app.get("/api/projects", async (_request, reply) => {
    const listed = await projects.list({ interviewOf: (name) => store.currentForListing(name) });
    let body = bodies.get(listed);
    if (body === undefined) {
      body = Buffer.from(JSON.stringify(listed.map(listedSummaryOf)), "utf8");
      bodies.set(listed, body);
    }
    return reply.type("application/json; charset=utf-8").send(body);
  });

  app.post("/api/projects", async (request, reply) => {
    // `spec_method` is accepted and ignored: every project here is made by an interview.
    const given = nameInBody(request.body);
    if ("problem" in given) return reply.code(422).send({ detail: given.problem });
    try {
      const project = await projects.create(given.name);
      log.info({ event: "project_created", project: project.name }, "project created");
      return reply.code(201).send(summaryOf(project));
    } catch (error) {
      if (error instanceof ProjectExistsError)
        return reply.code(409).send({ detail: `Project '${given.name}' already exists` });
      // All or nothing: a folder half made (no prompts/, no initializer) is no project.
      await projects.delete(given.name).catch(() => {});
      throw error;
    }
  });

  app.get<{ Params: ProjectParams }>("/api/projects/:name", async (request, reply) => {
    const { name } = request.params;
    if (!acceptProjectName(name, reply)) return reply;
    const project = await projects.get(name);
    if (!project) return projectNotFound(reply, name);
    return { ...summaryOf(project), prompts_dir: project.promptsDir };
  });

  app.delete<{ Params: ProjectParams }>("/api/projects/:name", async (request, reply) => {
    const { name } = request.params;
    if (!acceptProjectName(name, reply)) return reply;
    if (await refuseIfLocked(store, name, reply)) return reply;
    // A live interview would go on writing into a folder that no longer exists (and bring
    // it back): its turn is stopped and waited for first, so nothing writes it any more.
    await registry.remove(name);
    const deleted = await projects.delete(name);
    // A window's message may have brought the kept interview back while the turn wound down.
    if (await registry.remove(name)) await projects.delete(name);
    if (!deleted) return projectNotFound(reply, name);
    log.info({ event: "project_deleted", project: name }, "project deleted");
    return { success: true, message: `Project '${name}' deleted` };
  });
}
