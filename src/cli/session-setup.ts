import type { Settings } from "../config.js";
import type { Engine } from "../engines/engine.js";
import { restoreFromStore, SessionRegistry, SpecChatSession } from "../session/index.js";
import { SessionStore } from "../store/index.js";
import { ProjectRegistry } from "../workspace/index.js";

/**
 * The session registry an entry point serves: every session on the same engine and
 * projects folder, each kept on disk after every turn, and brought back after a
 * restart when a client carries on.
 */
export function createSessionRegistry(settings: Settings, engine: Engine): SessionRegistry {
  const template = settings.initializerTemplate;
  const projects = new ProjectRegistry(
    settings.projectsDir,
    template ? { initializerTemplate: template } : {},
  );
  const store = new SessionStore(settings.projectsDir);
  const createSession = (projectName: string) =>
    new SpecChatSession({
      projectName,
      projects,
      engine,
      store,
      ...(settings.skillPath ? { skillPath: settings.skillPath } : {}),
      ...(template ? { initializerTemplate: template } : {}),
    });
  return new SessionRegistry(createSession, restoreFromStore(store, createSession));
}
