import type { Settings } from "../config.js";
import type { Engine } from "../engines/engine.js";
import { SessionRegistry, SpecChatSession } from "../session/index.js";
import { ProjectRegistry } from "../workspace/index.js";

/** The session registry an entry point serves, with every session on the same engine and projects folder. */
export function createSessionRegistry(settings: Settings, engine: Engine): SessionRegistry {
  const projects = new ProjectRegistry(settings.projectsDir);
  return new SessionRegistry(
    (projectName) =>
      new SpecChatSession({
        projectName,
        projects,
        engine,
        ...(settings.skillPath ? { skillPath: settings.skillPath } : {}),
      }),
  );
}
