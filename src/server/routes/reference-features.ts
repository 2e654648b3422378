import type { FastifyInstance, FastifyReply } from "fastify";
import type { ServerContext } from "../server-context.js";
import { acceptExistingProject, type ProjectParams } from "./project-param.js";

/**
 * The original page's feature board, kept so that page works here unchanged. Features
 * are not a list Specwright keeps: they are written in the app spec, and the coding
 * agent that turns them into a board and builds them runs elsewhere. So the board is
 * empty, and every change to it is refused with words that say where features come from.
 */
export const FEATURES_COME_FROM_THE_SPEC =
  "Features come from the app spec. Specwright writes the spec (prompts/app_spec.txt); " +
  "the coding agent that turns it into features and builds them runs elsewhere. " +
  "To change the features, change the spec: carry on the interview, or edit the file.";

interface FeatureParams extends ProjectParams {
  feature_id: string;
}

export function referenceFeatureRoutes(app: FastifyInstance, context: ServerContext): void {
  const base = "/api/projects/:name/features";

  // The original's FeatureListResponse: the three columns of the board, and nothing else.
  app.get<{ Params: ProjectParams }>(base, async (request, reply) => {
    if (!(await acceptExistingProject(context.projects, request.params.name, reply))) return reply;
    return { pending: [], in_progress: [], done: [] };
  });

  // There are none to read, so any one asked for is not found.
  app.get<{ Params: FeatureParams }>(`${base}/:feature_id`, async (request, reply) => {
    const { name, feature_id } = request.params;
    if (!(await acceptExistingProject(context.projects, name, reply))) return reply;
    return reply
      .code(404)
      .send({ detail: `Feature ${feature_id} not found. ${FEATURES_COME_FROM_THE_SPEC}` });
  });

  const refuse = async (request: { params: ProjectParams }, reply: FastifyReply) => {
    if (!(await acceptExistingProject(context.projects, request.params.name, reply))) return reply;
    return reply.code(409).send({ detail: FEATURES_COME_FROM_THE_SPEC });
  };
  app.post<{ Params: ProjectParams }>(base, refuse);
  app.delete<{ Params: FeatureParams }>(`${base}/:feature_id`, refuse);
  app.patch<{ Params: FeatureParams }>(`${base}/:feature_id/skip`, refuse);
}
