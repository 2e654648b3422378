import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../server-context.js";
import { specProgressOf } from "../spec-progress.js";
import { acceptProjectName, projectNotFound } from "./project-param.js";

export function specStatusRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Params: { project_name: string } }>("/api/spec/status/:project_name", async (request, reply) => {
    const name = request.params.project_name;
    if (!acceptProjectName(name, reply)) return reply;
    const project = await context.projects.get(name);
    if (!project) return projectNotFound(reply, name);
    const live = context.registry.get(name)?.isClosed() === false;
    return specProgressOf(project.dir, live, context.projects.initializerTemplate);
  });
}
