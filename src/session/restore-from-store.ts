import type { SessionStore } from "../store/index.js";
import type { SessionRestorer } from "./session-registry.js";
import type { SpecChatSession } from "./spec-chat-session.js";

/**
 * A restorer for the registry: brings back a project's kept interview as a fresh
 * session of `create`, or null when nothing (or nothing usable) was kept.
 */
export function restoreFromStore(
  store: SessionStore,
  create: (projectName: string) => SpecChatSession,
): SessionRestorer {
  return async (projectName) => {
    const stored = await store.load(projectName);
    if (!stored || stored.transcript.length === 0) return null;
    const session = create(projectName);
    return (await session.restore(stored)) === null ? session : null;
  };
}
