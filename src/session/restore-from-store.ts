import type { InterviewStore } from "../store/index.js";
import type { SessionRestorer } from "./session-registry.js";
import type { SpecChatSession } from "./spec-chat-session.js";

/**
 * A restorer for the registry: brings back a project's kept interview as a fresh
 * session of `create`, or null when nothing (or nothing usable) was kept. Throws
 * ProjectLockedError when another process writes the project.
 */
export function restoreFromStore(
  store: InterviewStore,
  create: (projectName: string) => SpecChatSession,
): SessionRestorer {
  return async (projectName) => {
    const opened = await store.resume(projectName);
    if (!opened) return null;
    const session = create(projectName);
    if ((await session.restore(opened)) === null) return session;
    await opened.log.close();
    return null;
  };
}
