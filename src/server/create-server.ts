import type { AddressInfo } from "node:net";
import fastifyWebsocket, { type WebsocketPluginOptions } from "@fastify/websocket";
import Fastify, { type FastifyError, type FastifyInstance, LogController } from "fastify";
import type { WebSocket } from "ws";
import type { ServerSettings } from "../config.js";
import type { Engine } from "../engines/engine.js";
import type { SessionRegistry } from "../session/index.js";
import { describeDiskTrouble, diskTrouble } from "../store/index.js";
import type { ProjectRegistry } from "../workspace/index.js";
import { acceptEmptyJsonBodies } from "./empty-json-body.js";
import { IdleReaper } from "./limits/idle-reaper.js";
import { webSocketClassFor } from "./limits/oversize-close.js";
import { SessionActivity } from "./limits/session-activity.js";
import { packageVersion } from "./package-version.js";
import { attachmentImageRoutes } from "./routes/attachment-images.js";
import { healthRoutes } from "./routes/health.js";
import { interviewRoutes } from "./routes/interviews.js";
import { projectSocketRoutes } from "./routes/project-socket.js";
import { projectRoutes } from "./routes/projects.js";
import { promptRoutes } from "./routes/prompts.js";
import { referenceAgentRoutes } from "./routes/reference-agent.js";
import { referenceFeatureRoutes } from "./routes/reference-features.js";
import { specCheckRoutes } from "./routes/spec-check.js";
import { specSessionRoutes } from "./routes/spec-sessions.js";
import { specSocketRoutes } from "./routes/spec-socket.js";
import { specStatusRoutes } from "./routes/spec-status.js";
import { specVersionRoutes } from "./routes/spec-versions.js";
import { specViewRoutes } from "./routes/spec-view.js";
import { staticPageRoutes } from "./routes/static-page.js";
import { startupRefusal } from "./security/exposure.js";
import { securityHeaders } from "./security/headers.js";
import { hostCheck } from "./security/host-check.js";
import { hostForUrl } from "./security/loopback.js";
import { originCheck } from "./security/origin-check.js";
import { closeAnsweredUpgrade, pathOf } from "./security/refuse.js";
import { tokenCheck } from "./security/token-check.js";
import type { ServerContext } from "./server-context.js";
import { createServerSessions } from "./server-sessions.js";
import { drainForShutdown } from "./shutdown.js";
import { refuseUnknownUpgrades } from "./unknown-upgrade.js";

export interface ServerDeps {
  /** The engine every new session gets. */
  engine: Engine;
  /** The projects folder's registry, when the caller builds it (a test whose disk fails, say). */
  projects?: ProjectRegistry;
  /** Where log lines go (pino JSON, one per line); stderr by default. */
  logStream?: { write(line: string): void };
  version?: string;
  /** The clock idle sessions are judged by (Date.now); a test sets its own. */
  now?: () => number;
}

export interface ListeningAddress {
  port: number;
  /** The address to open: the page, with `?token=…` when a token is set. */
  url: string;
}

export interface SpecwrightServer {
  readonly app: FastifyInstance;
  readonly registry: SessionRegistry;
  /** Starts listening; throws `ServerStartError` when the settings are unsafe. */
  listen(): Promise<ListeningAddress>;
  /** Cancels running turns, closes sessions and sockets, and stops listening. */
  close(): Promise<void>;
}

export class ServerStartError extends Error {}

/**
 * The socket class option as the plugin declares it. Its declaration comes from the CommonJS
 * typings of `ws`, ours from the ESM ones: the same class at run time, two names to the compiler.
 */
type SocketClassOption = NonNullable<WebsocketPluginOptions["options"]>["WebSocket"];

/** The address a person can open: a wildcard address is reached through loopback. */
export function openUrl(settings: Pick<ServerSettings, "host" | "token">, port: number): string {
  const wildcard = settings.host === "0.0.0.0" || settings.host === "::";
  const host = wildcard ? "127.0.0.1" : hostForUrl(settings.host);
  const query = settings.token === null ? "" : `?token=${encodeURIComponent(settings.token)}`;
  return `http://${host}:${port}/${query}`;
}

/** Socket errors from `ws` itself (a frame too large, bad UTF-8) come after it began a proper close. */
function isProtocolError(error: Error): boolean {
  return String((error as { code?: unknown }).code ?? "").startsWith("WS_ERR_");
}

/**
 * Builds the HTTP and WebSocket server without listening, so tests can `inject()`
 * requests or `listen()` on a free port.
 */
export function createServer(settings: ServerSettings, deps: ServerDeps): SpecwrightServer {
  const app = Fastify({
    logger: {
      level: settings.logLevel,
      stream: deps.logStream ?? process.stderr,
      // Query strings can hold the token; only paths are ever logged.
      serializers: {
        req: (request: { method: string; url: string }) => ({
          method: request.method,
          path: pathOf(request.url),
        }),
      },
    },
    // The server logs the events worth knowing itself; a line per request would drown them.
    logController: new LogController({ disableRequestLogging: true }),
  });
  let port = settings.port;
  const activity = new SessionActivity(deps.now);
  const { projects, registry, store } = createServerSessions(
    settings,
    deps.engine,
    app.log,
    activity,
    deps.projects,
  );
  const context: ServerContext = {
    settings,
    engine: deps.engine,
    version: deps.version ?? packageVersion(),
    projects,
    registry,
    store,
    activity,
    connections: new Set(),
    log: app.log,
    port: () => port,
    shuttingDown: false,
  };
  const reaper = new IdleReaper({
    registry,
    activity,
    idleTimeoutMs: settings.limits.idleTimeoutMs,
    ...(deps.now ? { now: deps.now } : {}),
    onExpired: (session, idleMs) =>
      app.log.info(
        { event: "session_idle_expired", project: session.projectName, idleMs: Math.round(idleMs) },
        "idle session closed",
      ),
  });

  app.addHook("onRequest", securityHeaders);
  app.addHook("onRequest", hostCheck({ host: settings.host, allowHosts: settings.allowHosts }));
  app.addHook(
    "onRequest",
    originCheck({
      port: context.port,
      host: settings.host,
      allowOrigins: settings.allowOrigins,
      allowHosts: settings.allowHosts,
    }),
  );
  app.addHook("onRequest", tokenCheck({ token: settings.token, port: context.port }));
  refuseUnknownUpgrades(app);
  acceptEmptyJsonBodies(app);
  app.addHook("onResponse", closeAnsweredUpgrade);
  app.addHook("onReady", async () => reaper.start());
  // Runs before the WebSocket plugin's own pre-close, which would close sockets without a code.
  app.addHook("preClose", async () => drainForShutdown(context, reaper));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.code(status).send({ detail: error.message });
    const trouble = diskTrouble(error, settings.projectsDir);
    if (trouble) {
      request.log.warn({ event: "disk_trouble", code: trouble.code, errno: error.code }, "disk trouble");
      // 507 Insufficient Storage for a full disk; 503 while the folder cannot be written.
      return reply
        .code(trouble.code === "disk_full" ? 507 : 503)
        .send({ detail: describeDiskTrouble(trouble, "nothing was changed"), code: trouble.code });
    }
    request.log.error({ event: "request_failed", err: error }, "request failed");
    return reply.code(500).send({ detail: "Internal server error" });
  });

  app.register(fastifyWebsocket, {
    options: {
      maxPayload: settings.limits.maxFrameBytes,
      WebSocket: webSocketClassFor(settings.limits.maxFrameBytes) as unknown as SocketClassOption,
    },
    errorHandler(error: Error, socket: WebSocket) {
      const code = (error as { code?: unknown }).code;
      app.log.warn({ event: "socket_error", code, message: error.message }, "socket error");
      if (!isProtocolError(error)) socket.terminate();
    },
  });
  app.register(async (scope) => {
    healthRoutes(scope, context);
    projectRoutes(scope, context);
    interviewRoutes(scope, context);
    promptRoutes(scope, context);
    specViewRoutes(scope, context);
    specCheckRoutes(scope, context);
    specVersionRoutes(scope, context);
    specSessionRoutes(scope, context);
    specStatusRoutes(scope, context);
    specSocketRoutes(scope, context);
    referenceFeatureRoutes(scope, context);
    referenceAgentRoutes(scope, context);
    projectSocketRoutes(scope, context);
    attachmentImageRoutes(scope, context);
  });
  staticPageRoutes(app, context);

  return {
    app,
    registry,
    async listen() {
      const refusal = startupRefusal(settings);
      if (refusal) throw new ServerStartError(refusal);
      await app.listen({ host: settings.host, port: settings.port });
      port = (app.server.address() as AddressInfo).port;
      app.log.info(
        {
          event: "server_started",
          host: settings.host,
          port,
          engine: deps.engine.name,
          model: deps.engine.model,
          projectsDir: settings.projectsDir,
          tokenRequired: settings.token !== null,
        },
        "server started",
      );
      return { port, url: openUrl(settings, port) };
    },
    close: () => app.close(),
  };
}
