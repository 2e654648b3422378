import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import {
  resolveServerSettings,
  type ServerFlags,
  type ServerLimits,
  type ServerSettings,
} from "../../../src/config.js";
import type { Engine } from "../../../src/engines/engine.js";
import { createGuidedEngine } from "../../../src/engines/guided/index.js";
import { createServer, type SpecwrightServer } from "../../../src/server/index.js";
import type { ProjectRegistry } from "../../../src/workspace/index.js";
import { TestClient } from "./ws-client.js";

export interface ServerOptions {
  engine?: Engine;
  flags?: ServerFlags;
  settings?: Partial<Omit<ServerSettings, "limits">>;
  limits?: Partial<ServerLimits>;
  /** False builds the server for `inject()` only. */
  listen?: boolean;
  /** Serve this projects folder (another server's, to play a restart) instead of a fresh one. */
  projectsDir?: string;
  /** Builds the projects registry the server uses (one whose disk fails, say). */
  projects?: (projectsDir: string) => ProjectRegistry;
  /** The clock idle sessions are judged by. */
  now?: () => number;
}

export interface TestServer {
  server: SpecwrightServer;
  settings: ServerSettings;
  projectsDir: string;
  port: number;
  /** `http://127.0.0.1:PORT` */
  base: string;
  logLines: string[];
  logEvents(): Record<string, unknown>[];
  connect(path: string, headers?: Record<string, string>): Promise<TestClient>;
}

/**
 * Servers on 127.0.0.1 with a free port and a fresh projects folder each. Every server,
 * every client and every folder is gone after the test.
 */
export function serversForEachTest(): (options?: ServerOptions) => Promise<TestServer> {
  const servers: SpecwrightServer[] = [];
  const clients: TestClient[] = [];
  const folders: string[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.terminate();
    await Promise.all(servers.splice(0).map((server) => server.close()));
    await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (options = {}) => {
    const projectsDir =
      options.projectsDir ?? (await realpath(await mkdtemp(join(tmpdir(), "specwright-server-"))));
    if (!options.projectsDir) folders.push(projectsDir);
    const resolved = resolveServerSettings(
      { "projects-dir": projectsDir, port: "0", ...options.flags },
      {},
      projectsDir,
    );
    const settings: ServerSettings = {
      ...resolved,
      ...options.settings,
      limits: { ...resolved.limits, ...options.limits },
    };
    const logLines: string[] = [];
    const server = createServer(settings, {
      engine: options.engine ?? createGuidedEngine(),
      ...(options.projects ? { projects: options.projects(projectsDir) } : {}),
      logStream: { write: (line) => logLines.push(line) },
      ...(options.now ? { now: options.now } : {}),
    });
    servers.push(server);
    const port = options.listen === false ? settings.port : (await server.listen()).port;
    const base = `http://127.0.0.1:${port}`;
    return {
      server,
      settings,
      projectsDir,
      port,
      base,
      logLines,
      logEvents: () => logLines.map((line) => JSON.parse(line) as Record<string, unknown>),
      async connect(path, headers = {}) {
        const client = await TestClient.open(`ws://127.0.0.1:${port}${path}`, headers);
        clients.push(client);
        return client;
      },
    };
  };
}

/** Waits for a condition that the server reaches on its own (a turn finishing in the background). */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 5));
}
