import type { FastifyReply } from "fastify";
import { describeLockHolder, type InterviewStore } from "../../store/index.js";
import {
  INVALID_PROJECT_NAME_MESSAGE,
  isValidProjectName,
  type ProjectRegistry,
} from "../../workspace/index.js";

/** The route parameter that names a project, in every path that has one. */
export interface ProjectParams {
  name: string;
}

/**
 * Checks a project name taken from the path before anything touches the disk; answers
 * 400 and false for a bad one (`..` arrives here decoded from `%2e%2e`, and is refused).
 */
export function acceptProjectName(name: string, reply: FastifyReply): boolean {
  if (isValidProjectName(name)) return true;
  reply.code(400).send({ detail: INVALID_PROJECT_NAME_MESSAGE });
  return false;
}

export function projectNotFound(reply: FastifyReply, name: string): FastifyReply {
  return reply.code(404).send({ detail: `Project '${name}' not found` });
}

/**
 * Answers 409 with code `project_locked` (and true) when another process writes the
 * project: a write from here would cross its writes.
 */
export async function refuseIfLocked(
  store: InterviewStore,
  name: string,
  reply: FastifyReply,
): Promise<boolean> {
  const holder = await store.holder(name);
  if (!holder) return false;
  reply.code(409).send({ detail: describeLockHolder(name, holder), code: "project_locked" });
  return true;
}

/**
 * Checks a project named in the path and that it exists, as the original service did for
 * every route under a project (400 for a bad name, 404 for none); answers and returns
 * false otherwise.
 */
export async function acceptExistingProject(
  projects: ProjectRegistry,
  name: string,
  reply: FastifyReply,
): Promise<boolean> {
  if (!acceptProjectName(name, reply)) return false;
  if (await projects.get(name)) return true;
  projectNotFound(reply, name);
  return false;
}
