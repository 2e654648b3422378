import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { APP_SPEC_PATH, CODING_PROMPT_PATH, INITIALIZER_PROMPT_PATH } from "../../app-spec/paths.js";
import { BUSY_MESSAGE } from "../../session/index.js";
import {
  byteLength,
  DEFAULT_MAX_WRITE_BYTES,
  SandboxError,
  type SpecVersionSource,
  writePromptFiles,
} from "../../workspace/index.js";
import { readProjectText } from "../../workspace/read-inside.js";
import type { ServerContext } from "../server-context.js";
import { oneWriteAtATime } from "./one-write-at-a-time.js";
import { acceptProjectName, type ProjectParams, projectNotFound, refuseIfLocked } from "./project-param.js";

/** The prompt files a page may read and edit, by the field that carries each. */
const PROMPT_FILES = {
  app_spec: APP_SPEC_PATH,
  initializer_prompt: INITIALIZER_PROMPT_PATH,
  coding_prompt: CODING_PROMPT_PATH,
} as const;

export type PromptField = keyof typeof PROMPT_FILES;
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

/**
 * The prompts' entity tag: a hash of the three texts as `GET …/prompts` answers them, so
 * any change on disk (an interviewer's write, an edit in another window) changes it.
 */
export function promptsEtag(prompts: Record<PromptField, string>): string {
  const hash = createHash("sha256");
  for (const field of PROMPT_FIELDS) hash.update(`${field}\0${prompts[field]}\0`);
  return `"${hash.digest("base64url").slice(0, 32)}"`;
}

/** The prompts as they are now, and their tag. */
export async function currentPrompts(
  projectDir: string,
): Promise<{ prompts: Record<PromptField, string>; etag: string }> {
  const prompts = await readPrompts(projectDir);
  return { prompts, etag: promptsEtag(prompts) };
}

/**
 * Whether an `If-Match` header allows a write over the prompts tagged `etag`: no header
 * (a client that never read them, as before tags existed), `*`, or a list holding the
 * tag. Comparison is strong, as RFC 9110 §13.1.1 asks: a weak tag never matches.
 */
export function ifMatchAllows(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return true;
  const tags = (Array.isArray(header) ? header.join(",") : header).split(",").map((tag) => tag.trim());
  return tags.includes("*") || tags.includes(etag);
}

/** How a write is labelled in the spec's versions: the studio's editor says so with `?via=page`. */
function writeSource(query: unknown): SpecVersionSource {
  return (query as { via?: unknown } | undefined)?.via === "page" ? "page" : "rest";
}

export function promptRoutes(app: FastifyInstance, context: ServerContext): void {
  const { projects, registry, store, log } = context;

  app.get<{ Params: ProjectParams }>("/api/projects/:name/prompts", async (request, reply) => {
    const { name } = request.params;
    if (!acceptProjectName(name, reply)) return reply;
    const project = await projects.get(name);
    if (!project) return projectNotFound(reply, name);
    const { prompts, etag } = await currentPrompts(project.dir);
    reply.header("etag", etag);
    return prompts;
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
      const source = writeSource(request.query);
      return oneWriteAtATime(name, async () => {
        const before = await currentPrompts(project.dir);
        if (!ifMatchAllows(request.headers["if-match"], before.etag)) {
          reply.header("etag", before.etag);
          return reply.code(412).send({
            detail:
              "The prompt files changed since they were read. Read them again, or send the write without If-Match to replace them.",
            code: "prompts_changed",
          });
        }
        try {
          await writePromptFiles(
            project.dir,
            given.files.map(([field, text]) => ({ path: PROMPT_FILES[field], text })),
            {
              source,
              // The studio's editor keeps the spec whole; a plain REST write changes only what it names.
              follow: source === "page",
              template: projects.initializerTemplate,
            },
          );
        } catch (error) {
          if (error instanceof SandboxError) return reply.code(400).send({ detail: error.message });
          throw error;
        }
        log.info(
          { event: "prompts_written", project: name, files: given.files.map(([field]) => field) },
          "prompts written",
        );
        const after = await currentPrompts(project.dir);
        reply.header("etag", after.etag);
        return after.prompts;
      });
    },
  );
}
