import type { FastifyBaseLogger } from "fastify";
import type { ServerSettings } from "../config.js";
import type { Engine } from "../engines/engine.js";
import type { SessionRegistry } from "../session/index.js";
import type { SessionStore } from "../store/index.js";
import type { ProjectRegistry } from "../workspace/index.js";
import type { SpecConnection } from "./connection.js";
import type { SessionActivity } from "./limits/session-activity.js";

/** What the routes and connections of one server share. */
export interface ServerContext {
  settings: ServerSettings;
  engine: Engine;
  version: string;
  projects: ProjectRegistry;
  registry: SessionRegistry;
  /** Where each project's conversation is kept between turns. */
  store: SessionStore;
  activity: SessionActivity;
  /** The open WebSocket connections, so a shutdown can reach each one. */
  connections: Set<SpecConnection>;
  log: FastifyBaseLogger;
  /** The port the server listens on, once it does. */
  port: () => number;
  /** Set when shutdown begins: new frames are refused from then on. */
  shuttingDown: boolean;
}
