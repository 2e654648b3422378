import type { FastifyInstance } from "fastify";
import { APP_SPEC_PATH, summarizeAppSpec, validateAppSpec } from "../../app-spec/index.js";
import { readProjectText } from "../../workspace/read-inside.js";
import type { ServerContext } from "../server-context.js";
import { acceptProjectName, type ProjectParams, projectNotFound } from "./project-param.js";

/** The app spec with what the validator says of it and a summary a page can show without parsing XML. */
export function specViewRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get<{ Params: ProjectParams }>("/api/projects/:name/spec", async (request, reply) => {
    const { name } = request.params;
    if (!acceptProjectName(name, reply)) return reply;
    const project = await context.projects.get(name);
    if (!project) return projectNotFound(reply, name);
    const text = await readProjectText(project.dir, APP_SPEC_PATH);
    if (text === null)
      return {
        app_spec: null,
        findings: { errors: [], warnings: [] },
        valid: false,
        feature_count: null,
        summary: null,
      };
    const validation = validateAppSpec(text);
    return {
      app_spec: text,
      findings: { errors: validation.errors, warnings: validation.warnings },
      valid: validation.valid,
      feature_count: validation.featureCount,
      summary: summarizeAppSpec(text),
    };
  });
}
