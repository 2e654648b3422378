import type { FastifyInstance } from "fastify";
import { BUSY_MESSAGE } from "../../session/index.js";
import {
  isSpecVersionId,
  listSpecVersions,
  readSpecVersion,
  SandboxError,
  type SpecVersion,
  writePromptFiles,
} from "../../workspace/index.js";
import type { ServerContext } from "../server-context.js";
import { oneWriteAtATime } from "./one-write-at-a-time.js";
import { acceptProjectName, type ProjectParams, projectNotFound, refuseIfLocked } from "./project-param.js";
import { currentPrompts, ifMatchAllows } from "./prompts.js";

interface VersionParams extends ProjectParams {
  id: string;
}

/** A version as the REST answers show it. */
function versionJson(version: SpecVersion) {
  return {
    id: version.id,
    file: version.file,
    source: version.source,
    at: version.at,
    bytes: version.bytes,
    ...(version.restoredFrom ? { restored_from: version.restoredFrom } : {}),
  };
}

/**
 * Every version of the spec files (`.specwright/versions/`, and the old backups in
 * `prompts/history/`): the list, one version's text, and a restore, which writes that
 * text back through the same sandbox as an edit and is itself a new version.
 */
export function specVersionRoutes(app: FastifyInstance, context: ServerContext): void {
  const { projects, registry, store, log } = context;

  app.get<{ Params: ProjectParams }>("/api/projects/:name/spec/versions", async (request, reply) => {
    const { name } = request.params;
    if (!acceptProjectName(name, reply)) return reply;
    const project = await projects.get(name);
    if (!project) return projectNotFound(reply, name);
    return { versions: (await listSpecVersions(project.dir)).map(versionJson) };
  });

  app.get<{ Params: VersionParams }>("/api/projects/:name/spec/versions/:id", async (request, reply) => {
    const { name, id } = request.params;
    if (!acceptProjectName(name, reply)) return reply;
    const project = await projects.get(name);
    if (!project) return projectNotFound(reply, name);
    const found = isSpecVersionId(id) ? await readSpecVersion(project.dir, id) : null;
    if (!found) return reply.code(404).send({ detail: `No version '${id}' of the spec` });
    return { ...versionJson(found.version), text: found.text };
  });

  app.post<{ Params: VersionParams }>(
    "/api/projects/:name/spec/versions/:id/restore",
    async (request, reply) => {
      const { name, id } = request.params;
      if (!acceptProjectName(name, reply)) return reply;
      const project = await projects.get(name);
      if (!project) return projectNotFound(reply, name);
      const found = isSpecVersionId(id) ? await readSpecVersion(project.dir, id) : null;
      if (!found) return reply.code(404).send({ detail: `No version '${id}' of the spec` });
      if (registry.get(name)?.isBusy()) return reply.code(409).send({ detail: BUSY_MESSAGE });
      if (await refuseIfLocked(store, name, reply)) return reply;
      return oneWriteAtATime(name, async () => {
        const before = await currentPrompts(project.dir);
        if (!ifMatchAllows(request.headers["if-match"], before.etag)) {
          reply.header("etag", before.etag);
          return reply.code(412).send({
            detail: "The prompt files changed since they were read. Read them again before restoring.",
            code: "prompts_changed",
          });
        }
        try {
          await writePromptFiles(project.dir, [{ path: found.version.file, text: found.text }], {
            source: "restore",
            follow: true,
            restoredFrom: found.version.id,
            template: projects.initializerTemplate,
          });
        } catch (error) {
          if (error instanceof SandboxError) return reply.code(400).send({ detail: error.message });
          throw error;
        }
        log.info({ event: "spec_restored", project: name, version: id }, "spec version restored");
        const after = await currentPrompts(project.dir);
        reply.header("etag", after.etag);
        const newest = (await listSpecVersions(project.dir)).find(
          (version) => version.file === found.version.file,
        );
        return { restored: versionJson(found.version), version: newest ? versionJson(newest) : null };
      });
    },
  );
}
