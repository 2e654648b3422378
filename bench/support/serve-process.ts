import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LongProcess } from "./long-process.js";

const BIN = fileURLToPath(new URL("../../bin/specwright", import.meta.url));
const BUILT = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));
const PROVIDER = fileURLToPath(new URL("./paced-provider-process.ts", import.meta.url));
const FLEET = fileURLToPath(new URL("./client-fleet-process.ts", import.meta.url));

export function requireBuild(): void {
  if (!existsSync(BUILT))
    throw new Error("dist/ is missing: run `npm run build` first (`npm run bench` does)");
}

/**
 * `specwright serve` from the built package, as a person starts it, on a free port of
 * 127.0.0.1, pointed at `providerUrl` as its Anthropic API, with its session and
 * connection caps raised for the run. The environment is built from scratch (a HOME of
 * the benchmark's own, no keys or settings of the person running it), so nothing but the
 * fake provider is reached. `nodeOptions` go before the script (`--cpu-prof`, for a profile).
 */
export async function startServe(options: {
  engine: "anthropic" | "claude-code";
  providerUrl: string;
  projectsDir: string;
  home: string;
  maxSessions: number;
  nodeOptions?: readonly string[];
  /** `--log-level`; the server's own default (info) when not given. */
  logLevel?: string;
  /** Added to the environment built here (the relay probe's folder, say). */
  env?: Record<string, string>;
}): Promise<{ serve: LongProcess; url: string }> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: options.home,
    NO_COLOR: "1",
    ANTHROPIC_API_KEY: "bench-key",
    ANTHROPIC_BASE_URL: options.providerUrl,
    SPECWRIGHT_PROBE_LOCAL: "0",
    // Claude Code, when it is the engine: nothing beyond the fake provider.
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
    DISABLE_AUTOUPDATER: "1",
    DISABLE_TELEMETRY: "1",
    DISABLE_ERROR_REPORTING: "1",
    ...options.env,
  };
  const args = [
    ...(options.nodeOptions ?? []),
    BIN,
    "serve",
    "--port",
    "0",
    "--engine",
    options.engine,
    "--projects-dir",
    options.projectsDir,
    "--max-sessions",
    String(options.maxSessions),
    // Every client of a round connects from 127.0.0.1: the connection caps must not be what the round measures.
    "--max-connections",
    String(options.maxSessions),
    "--max-connections-per-address",
    String(options.maxSessions),
    ...(options.logLevel ? ["--log-level", options.logLevel] : []),
  ];
  const { process: serve, firstLine } = await LongProcess.start("specwright serve", process.execPath, args, {
    env,
    // It does not watch its stdin: a guard stops it if the benchmark dies before it can.
    killWithParent: true,
  });
  return { serve, url: firstLine.trim().replace(/\/+$/, "") };
}

/** The paced provider in its own process (paced-provider-process.ts). */
export async function startProvider(
  mode: "stream" | "standard",
  profile: { firstTokenMs: number; chunkTokens: number; chunkMs: number; replyChunks: number },
): Promise<{ provider: LongProcess; url: string }> {
  const args = [
    "--import",
    "tsx",
    PROVIDER,
    "--mode",
    mode,
    "--first-token-ms",
    String(profile.firstTokenMs),
    "--chunk-tokens",
    String(profile.chunkTokens),
    "--chunk-ms",
    String(profile.chunkMs),
    "--reply-chunks",
    String(profile.replyChunks),
  ];
  const { process: provider, firstLine } = await LongProcess.start("paced provider", process.execPath, args);
  return { provider, url: firstLine.trim() };
}

/** A fleet of clients in its own process (client-fleet-process.ts), once every socket is open. */
export async function startFleet(options: {
  url: string;
  clients: number;
  moves: string;
  rampMs: number;
  prefix: string;
  timeoutMs: number;
  oneAtATime?: boolean;
}): Promise<LongProcess> {
  const args = [
    "--import",
    "tsx",
    FLEET,
    "--url",
    options.url,
    "--clients",
    String(options.clients),
    "--moves",
    options.moves,
    "--ramp-ms",
    String(options.rampMs),
    "--project-prefix",
    options.prefix,
    "--one-at-a-time",
    options.oneAtATime ? "yes" : "no",
  ];
  const { process: fleet, firstLine } = await LongProcess.start("client fleet", process.execPath, args, {
    timeoutMs: options.timeoutMs,
  });
  const event = JSON.parse(firstLine) as { event?: string };
  if (event.event !== "connected") throw new Error(`the fleet said ${firstLine} before it connected`);
  return fleet;
}
