import type { FastifyBaseLogger } from "fastify";
import type { ServerSettings } from "../config.js";
import type { Engine } from "../engines/engine.js";
import type { SessionRegistry } from "../session/index.js";
import type { SessionStore } from "../store/index.js";
import type { ProjectRegistry } from "../workspace/index.js";
import type { SessionActivity } from "./limits/session-activity.js";

/** An open WebSocket as a shutdown sees it: the interview's and the project's sockets alike. */
export interface OpenConnection {
  /** The peer's address, which the connection caps count by. */
  readonly remoteAddress: string;
  /** Resolves once every turn this connection began has ended. */
  idle(): Promise<void>;
  close(code: number, reason: string): void;
  terminate(): void;
  readonly closed: Promise<void>;
}

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
  connections: Set<OpenConnection>;
  log: FastifyBaseLogger;
  /** The port the server listens on, once it does. */
  port: () => number;
  /** Set when shutdown begins: new frames are refused from then on. */
  shuttingDown: boolean;
}
