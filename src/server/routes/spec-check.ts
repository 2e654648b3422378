import type { FastifyInstance } from "fastify";
import { validateAppSpec } from "../../app-spec/index.js";
import { byteLength, DEFAULT_MAX_WRITE_BYTES } from "../../workspace/index.js";
import type { ServerContext } from "../server-context.js";
import { acceptProjectName, type ProjectParams, projectNotFound } from "./project-param.js";

/** One app spec of up to 1 MiB, as a JSON string whose escapes may make it longer. */
const CHECK_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * What the validator says of an app spec that is not saved yet: the studio's editor
 * asks as the person types, so its findings show before anything is written. Nothing
 * touches the disk.
 */
export function specCheckRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post<{ Params: ProjectParams }>(
    "/api/projects/:name/spec/check",
    { bodyLimit: CHECK_BODY_LIMIT },
    async (request, reply) => {
      const { name } = request.params;
      if (!acceptProjectName(name, reply)) return reply;
      const text = (request.body as { text?: unknown } | null)?.text;
      if (typeof text !== "string")
        return reply.code(422).send({ detail: "The body must be a JSON object with the spec as 'text'" });
      if (byteLength(text) > DEFAULT_MAX_WRITE_BYTES)
        return reply
          .code(413)
          .send({ detail: `The spec is larger than the ${DEFAULT_MAX_WRITE_BYTES} bytes it may hold` });
      if (!(await context.projects.get(name))) return projectNotFound(reply, name);
      const validation = validateAppSpec(text);
      return {
        valid: validation.valid,
        feature_count: validation.featureCount,
        findings: { errors: validation.errors, warnings: validation.warnings },
      };
    },
  );
}
