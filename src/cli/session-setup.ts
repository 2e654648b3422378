import type { Settings } from "../config.js";
import type { Engine } from "../engines/engine.js";
import { restoreFromStore, SessionRegistry, SpecChatSession } from "../session/index.js";
import { SessionStore } from "../store/index.js";
import { ProjectRegistry } from "../workspace/index.js";
import { terminalSafe } from "./terminal-safe.js";

/** Where a command's interviews are kept: notes about damaged lines and repairs go to `notes`. */
export function createStore(
  settings: Pick<Settings, "projectsDir" | "lockHeartbeatMs" | "lockStaleMs">,
  notes: NodeJS.WritableStream,
): SessionStore {
  return new SessionStore(settings.projectsDir, {
    owner: "specwright chat",
    // A note about a damaged line may quote it: it reaches the terminal as text.
    warn: (message) => notes.write(`specwright: ${terminalSafe(message)}\n`),
    heartbeatMs: settings.lockHeartbeatMs,
    staleMs: settings.lockStaleMs,
  });
}

/**
 * The session registry an entry point serves: every session on the same engine and
 * projects folder, recorded in the store as it goes, and brought back after a restart
 * when a client carries on.
 */
export function createSessionRegistry(
  settings: Settings,
  engine: Engine,
  store: SessionStore,
): SessionRegistry {
  const template = settings.initializerTemplate;
  const projects = new ProjectRegistry(settings.projectsDir, {
    ...(template ? { initializerTemplate: template } : {}),
    toolLimits: settings.toolLimits,
  });
  const createSession = (projectName: string) =>
    new SpecChatSession({
      projectName,
      projects,
      engine,
      store,
      ...(settings.skillPath ? { skillPath: settings.skillPath } : {}),
      ...(template ? { initializerTemplate: template } : {}),
    });
  return new SessionRegistry(createSession, restoreFromStore(store, createSession), { store });
}
