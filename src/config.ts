import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  type InitializerTemplate,
  InitializerTemplateError,
  makeInitializerTemplate,
} from "./app-spec/index.js";
import type { EngineSettings, ModelTuning } from "./engines/engine-settings.js";
import type { ProbeSettings } from "./engines/local-probe.js";
import {
  DEFAULT_MAX_REPLY_LENGTH,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_STEPS,
  DEFAULT_MAX_TOOL_INPUT_LENGTH,
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_RETRY_MAX_WAIT_MS,
  DEFAULT_STALL_TIMEOUT_MS,
  type PriceTable,
  parsePriceOverrides,
} from "./engines/model/index.js";
import { ENGINE_CHOICES, type EngineChoice } from "./engines/select.js";
import { DEFAULT_HEARTBEAT_MS, DEFAULT_STALE_MS } from "./store/project-lock.js";
import { DEFAULT_ATTACHMENT_LIMITS } from "./types/attachments.js";
import type { DocumentLimits } from "./types/documents.js";
import { DEFAULT_MAX_MESSAGE_LENGTH } from "./types/message-limits.js";
import {
  DEFAULT_MAX_PROMPT_BYTES,
  DEFAULT_MAX_PROMPT_FILES,
  type ProjectToolsOptions,
} from "./workspace/index.js";

/**
 * The one place that reads flags and environment variables. Entry points call it and
 * hand the settings down; nothing below reads `process.env` itself.
 *
 * Settings are built here once, and hold what will be used: a setting nobody set holds
 * its default, taken from the constant its owner exports (the engines' in
 * src/engines/model/defaults.ts and beside each limit, the file tools' in
 * src/workspace/tool-limits.ts, the attachments' in src/types/attachments.ts, the
 * server's in DEFAULT_SERVER_LIMITS below). Only two are written twice, where the layers
 * keep config from the code they limit (the lock's timing, the message length), each
 * noted where it is and kept equal by a test.
 *
 * Unset: every field is always present, never optional or undefined; `null` is the one
 * way to say "not set", kept only where no single value can stand in for it (a skill,
 * template or token of the person's own, a model nobody chose; see EngineSettings in
 * src/engines/engine-settings.ts for the engine's).
 */
export interface Settings {
  projectsDir: string;
  /** A replacement interview skill (markdown), or null for the shipped one. */
  skillPath: string | null;
  /**
   * The person's own initializer prompt template, read and checked once at start, or
   * null for the shipped one.
   */
  initializerTemplate: InitializerTemplate | null;
  /** The engine that interviews, and all it needs: one shape per engine. */
  engine: EngineSettings;
  /** Limits of the file tools every engine uses: how much `prompts/` may hold. */
  toolLimits: Required<Pick<ProjectToolsOptions, "maxPromptFiles" | "maxPromptBytes">>;
  /** Limits on reading the documents a person attaches (unset ones keep their defaults, src/types/documents.ts). */
  documentLimits: Partial<DocumentLimits>;
  /** How often a process that writes a project says, in the project's lock, that it still runs. */
  lockHeartbeatMs: number;
  /** How old a lock's heartbeat may grow before another process takes the project over. */
  lockStaleMs: number;
}

/** Flags common to the commands that run interviews; each also has an environment variable. */
export interface SettingsFlags {
  "projects-dir"?: string;
  engine?: string;
  model?: string;
  skill?: string;
  "initializer-template"?: string;
  "max-output-tokens"?: string;
  "max-reply-length"?: string;
}

export const DEFAULT_PROJECTS_DIR = "generations";

/** The project lock's timing: the store's own defaults. */
export const DEFAULT_LOCK_HEARTBEAT_MS = DEFAULT_HEARTBEAT_MS;
export const DEFAULT_LOCK_STALE_MS = DEFAULT_STALE_MS;

export class SettingsError extends Error {}

function nonEmpty(value: string | undefined): string | null {
  return value !== undefined && value.trim().length > 0 ? value.trim() : null;
}

function parseEngineChoice(value: string): EngineChoice {
  if ((ENGINE_CHOICES as readonly string[]).includes(value)) return value as EngineChoice;
  throw new SettingsError(`Unknown engine "${value}": choose one of ${ENGINE_CHOICES.join(", ")}`);
}

/** A whole number from the environment, or null when unset; anything else is refused with its name. */
function parseWholeNumber(name: string, value: string | undefined, minimum: number): number | null {
  const text = nonEmpty(value);
  if (text === null) return null;
  if (!/^\d+$/.test(text) || Number(text) < minimum)
    throw new SettingsError(`${name} must be a whole number of at least ${minimum}, not "${text}"`);
  return Number(text);
}

/** A yes-or-no setting: unset is `fallback`; 0, false, no and off say no, 1, true, yes and on yes. */
function parseSwitch(name: string, value: string | undefined, fallback: boolean): boolean {
  const text = nonEmpty(value)?.toLowerCase();
  if (text === undefined) return fallback;
  if (["0", "false", "no", "off"].includes(text)) return false;
  if (["1", "true", "yes", "on"].includes(text)) return true;
  throw new SettingsError(`${name} must be 1 or 0 (on or off), not "${value?.trim()}"`);
}

/** Where `auto` looks for a local model server: the probe's own options, each unset one left out for the probe's default (local-probe.ts). */
function parseLocalProbe(env: NodeJS.ProcessEnv): ProbeSettings {
  const probe: ProbeSettings = {};
  const ollama = nonEmpty(env.SPECWRIGHT_PROBE_OLLAMA_URL);
  const lmStudio = nonEmpty(env.SPECWRIGHT_PROBE_LMSTUDIO_URL);
  const timeoutMs = parseWholeNumber("SPECWRIGHT_PROBE_TIMEOUT_MS", env.SPECWRIGHT_PROBE_TIMEOUT_MS, 1);
  if (ollama !== null) probe.ollamaUrl = ollama;
  const ollamaHost = nonEmpty(env.OLLAMA_HOST);
  if (ollamaHost !== null) probe.ollamaHost = ollamaHost;
  if (lmStudio !== null) probe.lmStudioUrl = lmStudio;
  if (timeoutMs !== null) probe.timeoutMs = timeoutMs;
  return probe;
}

/** Price overrides; none is an empty table. */
function parsePrices(value: string | undefined): PriceTable {
  const text = nonEmpty(value);
  if (text === null) return {};
  const parsed = parsePriceOverrides(text);
  if (!parsed.ok) throw new SettingsError(`SPECWRIGHT_PRICES ${parsed.message}`);
  return parsed.prices;
}

/**
 * Reads the template given with --initializer-template (or SPECWRIGHT_INITIALIZER_TEMPLATE)
 * once, at start: a template that cannot be read or has no [FEATURE_COUNT] is a usage error.
 */
function readInitializerTemplate(path: string | null, cwd: string): InitializerTemplate | null {
  if (path === null) return null;
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    throw new SettingsError(
      `cannot read the initializer template ${absolute}: ${(error as Error).message} (--initializer-template, SPECWRIGHT_INITIALIZER_TEMPLATE)`,
    );
  }
  try {
    return makeInitializerTemplate(text, absolute);
  } catch (error) {
    if (error instanceof InitializerTemplateError) throw new SettingsError(error.message);
    throw error;
  }
}

/**
 * The lock's heartbeat and stale age. A lock counts as abandoned once its heartbeat is
 * older than the stale age, so the stale age must leave room for a late beat or two:
 * at least twice the heartbeat, or a live process's project would be taken from it.
 */
function parseLockTiming(env: NodeJS.ProcessEnv): { lockHeartbeatMs: number; lockStaleMs: number } {
  const heartbeat = parseWholeNumber("SPECWRIGHT_LOCK_HEARTBEAT_MS", env.SPECWRIGHT_LOCK_HEARTBEAT_MS, 10);
  const stale = parseWholeNumber("SPECWRIGHT_LOCK_STALE_MS", env.SPECWRIGHT_LOCK_STALE_MS, 20);
  const lockHeartbeatMs = heartbeat ?? DEFAULT_LOCK_HEARTBEAT_MS;
  const lockStaleMs = stale ?? DEFAULT_LOCK_STALE_MS;
  if (lockStaleMs < 2 * lockHeartbeatMs)
    throw new SettingsError(
      `SPECWRIGHT_LOCK_STALE_MS (${lockStaleMs}) must be at least twice SPECWRIGHT_LOCK_HEARTBEAT_MS (${lockHeartbeatMs}), or a running Specwright's lock could be taken from it`,
    );
  return { lockHeartbeatMs, lockStaleMs };
}

export function resolveSettings(flags: SettingsFlags, env: NodeJS.ProcessEnv, cwd: string): Settings {
  const projectsDir =
    nonEmpty(flags["projects-dir"]) ?? nonEmpty(env.SPECWRIGHT_PROJECTS_DIR) ?? DEFAULT_PROJECTS_DIR;
  const skill = nonEmpty(flags.skill) ?? nonEmpty(env.SPECWRIGHT_SKILL);
  return {
    projectsDir: resolve(cwd, projectsDir),
    skillPath: skill === null ? null : resolve(cwd, skill),
    initializerTemplate: readInitializerTemplate(
      nonEmpty(flags["initializer-template"]) ?? nonEmpty(env.SPECWRIGHT_INITIALIZER_TEMPLATE),
      cwd,
    ),
    engine: parseEngineSettings(flags, env),
    toolLimits: parseToolLimits(env),
    documentLimits: parseDocumentLimits(env),
    ...parseLockTiming(env),
  };
}

/**
 * The engine's settings, in the shape of the engine they choose. Every value is read
 * (and a bad one refused) whichever engine is chosen, always in the same order, so the
 * same mistakes always get the same message.
 */
function parseEngineSettings(flags: SettingsFlags, env: NodeJS.ProcessEnv): EngineSettings {
  const choice = parseEngineChoice(nonEmpty(flags.engine) ?? nonEmpty(env.SPECWRIGHT_ENGINE) ?? "auto");
  const model = nonEmpty(flags.model) ?? nonEmpty(env.SPECWRIGHT_MODEL);
  const anthropicApiKey = nonEmpty(env.ANTHROPIC_API_KEY);
  const openaiBaseUrl = nonEmpty(env.OPENAI_BASE_URL);
  const anthropicBaseUrl = nonEmpty(env.ANTHROPIC_BASE_URL);
  const openaiApiKey = nonEmpty(env.OPENAI_API_KEY);
  const stallTimeoutMs = parseWholeNumber("SPECWRIGHT_STALL_TIMEOUT_MS", env.SPECWRIGHT_STALL_TIMEOUT_MS, 1);
  const maxRetries = parseWholeNumber("SPECWRIGHT_MAX_RETRIES", env.SPECWRIGHT_MAX_RETRIES, 0);
  const retryBaseDelayMs = parseWholeNumber(
    "SPECWRIGHT_RETRY_BASE_DELAY_MS",
    env.SPECWRIGHT_RETRY_BASE_DELAY_MS,
    0,
  );
  const retryMaxWaitMs = parseWholeNumber(
    "SPECWRIGHT_RETRY_MAX_WAIT_MS",
    env.SPECWRIGHT_RETRY_MAX_WAIT_MS,
    0,
  );
  const maxSteps = parseWholeNumber("SPECWRIGHT_MAX_STEPS", env.SPECWRIGHT_MAX_STEPS, 1);
  const prices = parsePrices(env.SPECWRIGHT_PRICES);
  const maxOutputTokens = parseWholeNumber(
    "--max-output-tokens (SPECWRIGHT_MAX_OUTPUT_TOKENS)",
    flags["max-output-tokens"] ?? env.SPECWRIGHT_MAX_OUTPUT_TOKENS,
    1,
  );
  const probeLocal = parseSwitch("SPECWRIGHT_PROBE_LOCAL", env.SPECWRIGHT_PROBE_LOCAL, true);
  const probe = parseLocalProbe(env);
  const maxReplyLength = parseWholeNumber(
    "--max-reply-length (SPECWRIGHT_MAX_REPLY_LENGTH)",
    flags["max-reply-length"] ?? env.SPECWRIGHT_MAX_REPLY_LENGTH,
    1,
  );
  const maxToolInputLength = parseWholeNumber(
    "SPECWRIGHT_MAX_TOOL_INPUT_LENGTH",
    env.SPECWRIGHT_MAX_TOOL_INPUT_LENGTH,
    1,
  );
  const tuning: ModelTuning = {
    stallTimeoutMs: stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS,
    maxRetries: maxRetries ?? DEFAULT_MAX_RETRIES,
    retryBaseDelayMs: retryBaseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS,
    retryMaxWaitMs: retryMaxWaitMs ?? DEFAULT_RETRY_MAX_WAIT_MS,
    maxSteps: maxSteps ?? DEFAULT_MAX_STEPS,
    prices,
    maxOutputTokens,
    maxReplyLength: maxReplyLength ?? DEFAULT_MAX_REPLY_LENGTH,
    maxToolInputLength: maxToolInputLength ?? DEFAULT_MAX_TOOL_INPUT_LENGTH,
  };
  const anthropic = (reason: string): EngineSettings => ({
    name: "anthropic",
    reason,
    apiKey: anthropicApiKey,
    baseUrl: anthropicBaseUrl,
    model,
    tuning,
  });
  const openaiCompatible = (reason: string): EngineSettings => ({
    name: "openai-compatible",
    reason,
    baseUrl: openaiBaseUrl,
    apiKey: openaiApiKey,
    model,
    found: null,
    tuning,
  });
  switch (choice) {
    case "auto":
      // A key or a server's address chooses the model engine; with neither, a look for a
      // model server on this machine (selectEngine), and failing that the guided interviewer.
      if (anthropicApiKey !== null) return anthropic("ANTHROPIC_API_KEY is set");
      if (openaiBaseUrl !== null) return openaiCompatible(`OPENAI_BASE_URL is set (${openaiBaseUrl})`);
      return {
        name: "guided",
        reason: "no model is configured (set ANTHROPIC_API_KEY or OPENAI_BASE_URL to interview with a model)",
        localSearch: probeLocal ? { probe, model, tuning } : null,
      };
    case "guided":
      return { name: "guided", reason: chosenWithFlag(choice), localSearch: null };
    case "anthropic":
      return anthropic(chosenWithFlag(choice));
    case "openai-compatible":
      return openaiCompatible(chosenWithFlag(choice));
    case "claude-code":
      return { name: "claude-code", reason: chosenWithFlag(choice), model, maxTurns: tuning.maxSteps };
  }
}

function chosenWithFlag(choice: EngineChoice): string {
  return `chosen with --engine ${choice}`;
}

/** How much a project's `prompts/` may hold; the defaults are the file tools' own (tool-limits.ts). */
function parseToolLimits(env: NodeJS.ProcessEnv): Settings["toolLimits"] {
  const files = parseWholeNumber("SPECWRIGHT_MAX_PROMPT_FILES", env.SPECWRIGHT_MAX_PROMPT_FILES, 1);
  const bytes = parseWholeNumber("SPECWRIGHT_MAX_PROMPT_BYTES", env.SPECWRIGHT_MAX_PROMPT_BYTES, 1);
  return {
    maxPromptFiles: files ?? DEFAULT_MAX_PROMPT_FILES,
    maxPromptBytes: bytes ?? DEFAULT_MAX_PROMPT_BYTES,
  };
}

/** The limits on reading an attached document, each from its SPECWRIGHT_… variable when set. */
function parseDocumentLimits(env: NodeJS.ProcessEnv): Partial<DocumentLimits> {
  const names: Record<keyof DocumentLimits, string> = {
    maxBytes: "SPECWRIGHT_MAX_DOCUMENT_BYTES",
    maxCharacters: "SPECWRIGHT_MAX_DOCUMENT_CHARACTERS",
    maxPages: "SPECWRIGHT_MAX_DOCUMENT_PAGES",
    maxExpandedBytes: "SPECWRIGHT_MAX_DOCUMENT_EXPANDED_BYTES",
    readTimeoutMs: "SPECWRIGHT_DOCUMENT_READ_TIMEOUT_MS",
  };
  const limits: Partial<DocumentLimits> = {};
  for (const [key, name] of Object.entries(names) as [keyof DocumentLimits, string][]) {
    const value = parseWholeNumber(name, env[name], 1);
    if (value !== null) limits[key] = value;
  }
  return limits;
}

/** Flags of `specwright serve`; each also reads `SPECWRIGHT_<FLAG>` (a list: comma-separated). */
export interface ServerFlags extends SettingsFlags {
  host?: string;
  port?: string;
  token?: string;
  "allow-origin"?: string[];
  "allow-host"?: string[];
  "log-level"?: string;
  "static-dir"?: string;
  "max-sessions"?: string;
  "idle-timeout-ms"?: string;
  "max-frame-bytes"?: string;
  "max-message-length"?: string;
  "max-attachments"?: string;
  "max-attachment-bytes"?: string;
  "messages-per-second"?: string;
  "message-burst"?: string;
  "shutdown-timeout-ms"?: string;
  "max-connections"?: string;
  "max-connections-per-address"?: string;
  "max-send-buffer-bytes"?: string;
}

/** What one server allows; every limit is a setting so that tests can make it small. */
export interface ServerLimits {
  /** Live sessions at once; the next `start` beyond it is refused. */
  maxSessions: number;
  /** A session with neither a frame nor a turn for this long is closed. */
  idleTimeoutMs: number;
  /** The largest WebSocket frame, in bytes; a larger one closes the connection with 1009. */
  maxFrameBytes: number;
  /** The longest message text, in characters. */
  maxMessageLength: number;
  maxAttachments: number;
  /** The largest attached image once decoded, in bytes. */
  maxAttachmentBytes: number;
  /** Frames a connection may send per second on average, and at once. */
  messagesPerSecond: number;
  messageBurst: number;
  /** How long a shutdown may take before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** Open WebSocket connections at once; the next one is closed with 1013. */
  maxConnections: number;
  /** Open WebSocket connections from one remote address at once. */
  maxConnectionsPerAddress: number;
  /**
   * Bytes waiting to be sent to one client (`bufferedAmount`) past which it is taken to
   * have stopped reading and is disconnected with 1008; its session goes on.
   */
  maxSendBufferBytes: number;
}

export const DEFAULT_SERVER_LIMITS: Readonly<ServerLimits> = Object.freeze({
  maxSessions: 100,
  idleTimeoutMs: 60 * 60 * 1000,
  maxFrameBytes: 40 * 1024 * 1024,
  maxMessageLength: DEFAULT_MAX_MESSAGE_LENGTH,
  maxAttachments: DEFAULT_ATTACHMENT_LIMITS.maxCount,
  maxAttachmentBytes: DEFAULT_ATTACHMENT_LIMITS.maxBytes,
  messagesPerSecond: 20,
  messageBurst: 40,
  shutdownTimeoutMs: 5_000,
  maxConnections: 200,
  maxConnectionsPerAddress: 50,
  maxSendBufferBytes: 8 * 1024 * 1024,
});

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8888;

export interface ServerSettings extends Settings {
  /** The address to listen on, IPv6 without brackets. */
  host: string;
  /** 0 takes a free port. */
  port: number;
  token: string | null;
  /** Origins (`scheme://host:port`) accepted besides the server's own. */
  allowOrigins: string[];
  /** Host names accepted in the `Host` header besides the loopback ones. */
  allowHosts: string[];
  logLevel: LogLevel;
  /** The folder of the built web page, or null for the one shipped in the package. */
  staticDir: string | null;
  limits: ServerLimits;
}

const LIMIT_FLAGS: Record<keyof ServerLimits, { flag: keyof ServerFlags; minimum: number; fraction?: true }> =
  {
    maxSessions: { flag: "max-sessions", minimum: 1 },
    idleTimeoutMs: { flag: "idle-timeout-ms", minimum: 1 },
    maxFrameBytes: { flag: "max-frame-bytes", minimum: 1024 },
    maxMessageLength: { flag: "max-message-length", minimum: 1 },
    maxAttachments: { flag: "max-attachments", minimum: 0 },
    maxAttachmentBytes: { flag: "max-attachment-bytes", minimum: 1 },
    messagesPerSecond: { flag: "messages-per-second", minimum: 0, fraction: true },
    messageBurst: { flag: "message-burst", minimum: 1 },
    shutdownTimeoutMs: { flag: "shutdown-timeout-ms", minimum: 1 },
    maxConnections: { flag: "max-connections", minimum: 1 },
    maxConnectionsPerAddress: { flag: "max-connections-per-address", minimum: 1 },
    maxSendBufferBytes: { flag: "max-send-buffer-bytes", minimum: 1024 },
  };

function serverEnvName(flag: keyof ServerFlags): string {
  return `SPECWRIGHT_${flag.toUpperCase().replaceAll("-", "_")}`;
}

function described(flag: keyof ServerFlags): string {
  return `--${flag} (${serverEnvName(flag)})`;
}

function serverValue(flags: ServerFlags, env: NodeJS.ProcessEnv, flag: keyof ServerFlags): string | null {
  const given = flags[flag];
  return nonEmpty(typeof given === "string" ? given : undefined) ?? nonEmpty(env[serverEnvName(flag)]);
}

/** A repeatable flag's values, or else its variable's comma-separated ones. */
function serverList(
  flags: ServerFlags,
  env: NodeJS.ProcessEnv,
  flag: "allow-origin" | "allow-host",
): string[] {
  const given = (flags[flag] ?? []).map((value) => value.trim()).filter((value) => value.length > 0);
  if (given.length > 0) return given;
  return (env[serverEnvName(flag)] ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

function serverNumber(flag: keyof ServerFlags, text: string, minimum: number, fraction: boolean): number {
  const pattern = fraction ? /^\d+(\.\d+)?$/ : /^\d+$/;
  const value = Number(text);
  const tooSmall = fraction && minimum === 0 ? value <= 0 : value < minimum;
  if (!pattern.test(text) || tooSmall) {
    const kind = fraction ? "a number above 0" : `a whole number of at least ${minimum}`;
    throw new SettingsError(`${described(flag)} must be ${kind}, not "${text}"`);
  }
  return value;
}

function urlOrNull(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** An origin as browsers send it: `http://localhost:5173`, no path. */
function parseOrigin(text: string): string {
  const url = urlOrNull(text);
  const isOrigin =
    url !== null &&
    ["http:", "https:"].includes(url.protocol) &&
    url.pathname === "/" &&
    `${url.username}${url.password}${url.search}${url.hash}` === "";
  if (!isOrigin)
    throw new SettingsError(
      `${described("allow-origin")}: "${text}" is not an origin such as http://localhost:5173`,
    );
  return url.origin;
}

/** A host name as the `Host` header carries it: lower case, IPv6 in brackets, no port. */
function parseHostName(text: string): string {
  const candidate = text.includes(":") && !text.startsWith("[") ? `[${text}]` : text;
  const url = urlOrNull(`http://${candidate}`);
  if (url === null || url.port !== "" || url.host !== candidate.toLowerCase())
    throw new SettingsError(
      `${described("allow-host")}: "${text}" is not a host name (give it without a port)`,
    );
  return url.hostname;
}

function parseLogLevel(text: string): LogLevel {
  if ((LOG_LEVELS as readonly string[]).includes(text)) return text as LogLevel;
  throw new SettingsError(`${described("log-level")} must be one of ${LOG_LEVELS.join(", ")}, not "${text}"`);
}

/** Settings for `specwright serve`: the interview settings plus where to listen, who may connect, and limits. */
export function resolveServerSettings(
  flags: ServerFlags,
  env: NodeJS.ProcessEnv,
  cwd: string,
): ServerSettings {
  const portText = serverValue(flags, env, "port");
  const port = portText === null ? DEFAULT_PORT : serverNumber("port", portText, 0, false);
  if (port > 65_535) throw new SettingsError(`${described("port")} must be at most 65535, not ${port}`);
  const limits = { ...DEFAULT_SERVER_LIMITS };
  for (const [key, rule] of Object.entries(LIMIT_FLAGS) as [
    keyof ServerLimits,
    (typeof LIMIT_FLAGS)[keyof ServerLimits],
  ][]) {
    const text = serverValue(flags, env, rule.flag);
    if (text !== null) limits[key] = serverNumber(rule.flag, text, rule.minimum, rule.fraction === true);
  }
  const staticDir = serverValue(flags, env, "static-dir");
  const logLevel = serverValue(flags, env, "log-level");
  return {
    ...resolveSettings(flags, env, cwd),
    host: (serverValue(flags, env, "host") ?? DEFAULT_HOST).replace(/^\[(.*)\]$/, "$1"),
    port,
    token: serverValue(flags, env, "token"),
    allowOrigins: serverList(flags, env, "allow-origin").map(parseOrigin),
    allowHosts: serverList(flags, env, "allow-host").map(parseHostName),
    logLevel: logLevel === null ? "info" : parseLogLevel(logLevel),
    staticDir: staticDir === null ? null : resolve(cwd, staticDir),
    limits,
  };
}
