import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { FastifyInstance } from "fastify";
import { APP_SPEC_PATH, CODING_PROMPT_PATH, INITIALIZER_PROMPT_PATH } from "../../app-spec/paths.js";
import { BUSY_MESSAGE } from "../../session/index.js";
import {
  byteLength,
  DEFAULT_MAX_WRITE_BYTES,
  resolveInsideProject,
  SandboxError,
  writeFileAtomic,
} from "../../workspace/index.js";
import { readProjectText } from "../../workspace/read-inside.js";
import type { ServerContext } from "../server-context.js";
import { acceptProjectName, type ProjectParams, projectNotFound, refuseIfLocked } from "./project-param.js";

/** The prompt files a page may read and edit, by the field that carries each. */
const PROMPT_FILES = {
  app_spec: APP_SPEC_PATH,
  initializer_prompt: INITIALIZER_PROMPT_PATH,
  coding_prompt: CODING_PROMPT_PATH,
} as const;

type PromptField = keyof typeof PROMPT_FILES;
const PROMPT_FIELDS = Object.keys(PROMPT_FILES) as PromptField[];

/** Three files of up to 1 MiB each, as JSON strings whose escapes may make them longer. */
const PROMPTS_BODY_LIMIT = 8 * 1024 * 1024;

async function readPrompts(projectDir: string): Promise<Record<PromptField, string>> {
  const texts = await Promise.all(
    PROMPT_FIELDS.map(async (field) => (await readProjectText(projectDir, PROMPT_FILES[field])) ?? ""),
  );
  return Object.fromEntries(PROMPT_FIELDS.map((field, index) => [field, texts[index]!])) as Record<
    PromptField,
    string
  >;
}

/** The files a PUT body asks to write, or why it cannot be done; nothing is written unless all are fine. */
function promptsInBody(
  body: unknown,
): { ok: true; files: [PromptField, string][] } | { ok: false; status: number; detail: string } {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { ok: false, status: 422, detail: "The body must be a JSON object of prompt texts" };
  const files: [PromptField, string][] = [];
  for (const field of PROMPT_FIELDS) {
    const value = (body as Record<string, unknown>)[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string")
      return { ok: false, status: 422, detail: `The field '${field}' must be a string` };
    if (byteLength(value) > DEFAULT_MAX_WRITE_BYTES)
      return {
        ok: false,
        status: 413,
        detail: `The field '${field}' is larger than ${DEFAULT_MAX_WRITE_BYTES} bytes`,
      };
    files.push([field, value]);
  }
  return { ok: true, files };
}

export function promptRoutes(app: FastifyInstance, context: ServerContext): void {
  const { projects, registry, store, log } = context;

  app.get<{ Params: ProjectParams }>("/api/projects/:name/prompts", async (request, reply) => {
    const { name } = request.params;
    if (!acceptProjectName(name, reply)) return reply;
    const project = await projects.get(name);
    if (!project) return projectNotFound(reply, name);
    return readPrompts(project.dir);
  });

  app.put<{ Params: ProjectParams }>(
    "/api/projects/:name/prompts",
    { bodyLimit: PROMPTS_BODY_LIMIT },
    async (request, reply) => {
      const { name } = request.params;
      if (!acceptProjectName(name, reply)) return reply;
      const project = await projects.get(name);
      if (!project) return projectNotFound(reply, name);
      const given = promptsInBody(request.body);
      if (!given.ok) return reply.code(given.status).send({ detail: given.detail });
      // A running turn may be writing the same files; its result would silently win.
      if (registry.get(name)?.isBusy()) return reply.code(409).send({ detail: BUSY_MESSAGE });
      if (await refuseIfLocked(store, name, reply)) return reply;
      try {
        for (const [field, text] of given.files) {
          // The same sandbox as the interviewer's writes: inside prompts/, no symlink out, atomic.
          const { absolute } = await resolveInsideProject(project.dir, PROMPT_FILES[field], {
            forWrite: true,
          });
          await mkdir(dirname(absolute), { recursive: true });
          await writeFileAtomic(absolute, text);
        }
      } catch (error) {
        if (error instanceof SandboxError) return reply.code(400).send({ detail: error.message });
        throw error;
      }
      log.info(
        { event: "prompts_written", project: name, files: given.files.map(([field]) => field) },
        "prompts written",
      );
      return readPrompts(project.dir);
    },
  );
}
