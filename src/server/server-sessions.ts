import type { FastifyBaseLogger } from "fastify";
import type { ServerSettings } from "../config.js";
import type { Engine } from "../engines/engine.js";
import {
  restoreFromStore,
  type SessionListener,
  SessionRegistry,
  SpecChatSession,
} from "../session/index.js";
import { SessionStore } from "../store/index.js";
import { ProjectRegistry } from "../workspace/index.js";
import type { SessionActivity } from "./limits/session-activity.js";

/** Logs each session's life in one line per event (never what was said). */
function observerFor(log: FastifyBaseLogger): SessionListener {
  return {
    turnStarted(session, kind) {
      log.info({ event: "turn_started", project: session.projectName, kind }, "turn started");
    },
    turnEnded(session, kind, durationMs) {
      log.info({ event: "turn_ended", project: session.projectName, kind, durationMs }, "turn ended");
    },
    closed(session) {
      log.info({ event: "session_closed", project: session.projectName }, "session closed");
    },
  };
}

/**
 * The projects folder and the live sessions the server serves: every session on the
 * same engine, recorded in the store as it goes, and brought back when a client
 * carries on with a project whose session is gone (a restart, an idle timeout).
 */
export function createServerSessions(
  settings: ServerSettings,
  engine: Engine,
  log: FastifyBaseLogger,
  activity: SessionActivity,
  given?: ProjectRegistry,
): { projects: ProjectRegistry; registry: SessionRegistry; store: SessionStore } {
  const template = settings.initializerTemplate;
  const projects =
    given ??
    new ProjectRegistry(settings.projectsDir, {
      ...(template ? { initializerTemplate: template } : {}),
      toolLimits: settings.toolLimits,
    });
  const store = new SessionStore(settings.projectsDir, {
    owner: "specwright serve",
    heartbeatMs: settings.lockHeartbeatMs,
    staleMs: settings.lockStaleMs,
    warn: (message) => log.warn({ event: "store_notice" }, message),
  });
  const observer = observerFor(log);
  const attachmentLimits = {
    maxCount: settings.limits.maxAttachments,
    maxBytes: settings.limits.maxAttachmentBytes,
  };
  const createSession = (projectName: string): SpecChatSession => {
    const session = new SpecChatSession({
      projectName,
      projects,
      engine,
      store,
      attachmentLimits,
      warn: (message) => log.warn({ event: "session_notice", project: projectName }, message),
      ...(settings.skillPath ? { skillPath: settings.skillPath } : {}),
      ...(template ? { initializerTemplate: template } : {}),
    });
    session.listen(observer);
    // Made for a `start` or brought back from the store, it is in use from now on.
    activity.follow(session);
    return session;
  };
  const full = () => registry.size >= settings.limits.maxSessions;
  const restore = restoreFromStore(store, createSession);
  const registry: SessionRegistry = new SessionRegistry(
    (projectName) => {
      log.info({ event: "session_created", project: projectName }, "session created");
      return createSession(projectName);
    },
    async (projectName) => {
      // Checked again once loaded: a `start` elsewhere may have taken the last place meanwhile.
      if (full()) return null;
      const session = await restore(projectName);
      if (!session) return null;
      if (full()) {
        await session.close();
        return null;
      }
      log.info({ event: "session_restored", project: projectName }, "session restored");
      return session;
    },
    { store },
  );
  return { projects, registry, store };
}
