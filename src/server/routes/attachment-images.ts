import type { FastifyInstance, FastifyReply } from "fastify";
import { MOCKUPS_DIR } from "../../app-spec/paths.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  openInsideProject,
  readOpened,
  SandboxError,
} from "../../workspace/index.js";
import type { ServerContext } from "../server-context.js";
import { acceptProjectName, type ProjectParams, projectNotFound } from "./project-param.js";

interface ImageParams extends ProjectParams {
  file: string;
}

/**
 * A file name as Specwright gives saved images (src/session/mockups.ts): letters, digits,
 * `.`, `_` and `-`, not starting with a dot. Anything else is no saved image, so a path,
 * `..`, a hidden file or an odd character never reaches the disk.
 */
const IMAGE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}$/;

/** The image types attachments are accepted as, told by their first bytes (as when they were accepted). */
function imageTypeOf(bytes: Buffer): string | null {
  const startsWith = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (startsWith(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (startsWith(0x47, 0x49, 0x46, 0x38)) return "image/gif";
  const webp = bytes.subarray(8, 12).toString("latin1") === "WEBP";
  if (startsWith(0x52, 0x49, 0x46, 0x46) && webp) return "image/webp";
  return null;
}

function noImage(reply: FastifyReply, name: string, file: string): FastifyReply {
  return reply.code(404).send({ detail: `No image '${file}' in project '${name}'` });
}

/**
 * `GET /api/projects/{name}/mockups/{file}`: an image attached to an interview, as saved in
 * the project's prompts/mockups/, so the page can show it again when the conversation is
 * resumed or read later. Read-only, behind the server's host, origin and token checks like
 * every route. The file is opened through the sandbox (no link out of the project, checked
 * after it is opened), served only if its bytes are a PNG, JPEG, GIF or WebP image, with
 * the type its bytes say (never the name's), `nosniff`, and a policy that lets no other
 * site embed it and no browser run it as a page.
 */
export function attachmentImageRoutes(app: FastifyInstance, context: ServerContext): void {
  const limit = Math.max(context.settings.limits.maxAttachmentBytes, DEFAULT_MAX_FILE_BYTES);

  app.get<{ Params: ImageParams }>("/api/projects/:name/mockups/:file", async (request, reply) => {
    const { name, file } = request.params;
    if (!acceptProjectName(name, reply)) return reply;
    if (!IMAGE_NAME.test(file))
      return reply.code(400).send({ detail: `'${file}' is not an image's file name` });
    const project = await context.projects.get(name);
    if (!project) return projectNotFound(reply, name);
    let bytes: Buffer | null = null;
    try {
      const { file: opened } = await openInsideProject(project.dir, `${MOCKUPS_DIR}/${file}`);
      if (opened === null) return noImage(reply, name, file);
      try {
        if (opened.stats.isFile()) bytes = await readOpened(opened, limit);
      } finally {
        await opened.handle.close();
      }
    } catch (error) {
      // A path that leads out of the project is no image of it.
      if (error instanceof SandboxError) return noImage(reply, name, file);
      throw error;
    }
    const type = bytes === null ? null : imageTypeOf(bytes);
    if (bytes === null || type === null) return noImage(reply, name, file);
    return reply
      .header("content-type", type)
      .header("x-content-type-options", "nosniff")
      .header("content-security-policy", "default-src 'none'; sandbox")
      .header("cross-origin-resource-policy", "same-origin")
      .header("cache-control", "private, no-cache")
      .send(bytes);
  });
}
