import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../server-context.js";
import { acceptExistingProject, type ProjectParams } from "./project-param.js";

/**
 * The original page's agent controls, kept so that page works here unchanged: its
 * "Continue to Project" asks to start the coding agent, and treats anything but a 2xx as
 * a failure that keeps the person from their project. Specwright writes specs; the coding
 * agent that builds from them runs elsewhere, so the agent here is always stopped and
 * every action answers, with a 200 in the original's shape, that nothing was started.
 */
export const AGENT_RUNS_ELSEWHERE =
  "Specwright writes the spec; it does not run the coding agent. " +
  "Start the coding agent where it runs, on this project's folder: " +
  "it reads prompts/app_spec.txt and prompts/initializer_prompt.md.";

/** The agent's one state here, in the original's words. */
const STOPPED = "stopped";

export function referenceAgentRoutes(app: FastifyInstance, context: ServerContext): void {
  const base = "/api/projects/:name/agent";

  // The original's AgentStatus model: status, pid and started_at.
  app.get<{ Params: ProjectParams }>(`${base}/status`, async (request, reply) => {
    if (!(await acceptExistingProject(context.projects, request.params.name, reply))) return reply;
    return { status: STOPPED, pid: null, started_at: null };
  });

  // The original's AgentActionResponse: success, status and message.
  for (const action of ["start", "stop", "pause", "resume"]) {
    app.post<{ Params: ProjectParams }>(`${base}/${action}`, async (request, reply) => {
      if (!(await acceptExistingProject(context.projects, request.params.name, reply))) return reply;
      return { success: false, status: STOPPED, message: AGENT_RUNS_ELSEWHERE };
    });
  }
}
