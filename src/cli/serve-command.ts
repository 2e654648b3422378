import { parseArgs } from "node:util";
import {
  DEFAULT_HOST,
  DEFAULT_PORT,
  DEFAULT_PROJECTS_DIR,
  DEFAULT_SERVER_LIMITS,
  resolveServerSettings,
  type ServerSettings,
  SettingsError,
} from "../config.js";
import type { Engine } from "../engines/engine.js";
import { DEFAULT_MAX_OUTPUT_TOKENS } from "../engines/model/claude-models.js";
import { DEFAULT_MAX_REPLY_LENGTH } from "../engines/model/index.js";
import { createEngine, EngineUnavailableError, selectEngine } from "../engines/select.js";
import { createServer, startupRefusal } from "../server/index.js";
import { DEFAULT_DOCUMENT_LIMITS } from "../types/documents.js";
import { type Command, type CommandIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./command.js";
import { routeLibraryWarnings } from "./library-warnings.js";
import { LOCAL_PROBE_HELP } from "./local-probe-help.js";

/** The defaults the help names are the settings' own (src/config.ts and the engines'). */
const LIMITS = DEFAULT_SERVER_LIMITS;
const DOCS = DEFAULT_DOCUMENT_LIMITS;

/** A byte count as the help gives it: the number, and how many MiB it is. */
function bytesAndMiB(bytes: number): string {
  return `${bytes}: ${bytes / (1024 * 1024)} MiB`;
}

function msAndHours(ms: number): string {
  const hours = ms / (60 * 60 * 1000);
  return `${ms}: ${hours === 1 ? "an hour" : `${hours} hours`}`;
}

const HELP = `Usage: specwright serve [options]

Serves interviews to the web page and to any client of the WebSocket protocol
(docs/protocol.md), and the REST API under /api/. Prints one line on stdout: the address
to open. Logs go to stderr, one JSON object per line.

Options:
  --host <address>          where to listen (default ${DEFAULT_HOST}). Anywhere else needs --token.
                            [env SPECWRIGHT_HOST]
  --port <n>                the port (default ${DEFAULT_PORT}; 0 takes a free one) [env SPECWRIGHT_PORT]
  --token <secret>          require this token: "Authorization: Bearer <secret>", or
                            ?token=<secret> on the page's address and the WebSocket.
                            Prefer the variable: flags show up in process lists.
                            [env SPECWRIGHT_TOKEN]
  --allow-origin <url>      also accept pages from this origin, e.g. http://localhost:5173;
                            repeatable [env SPECWRIGHT_ALLOW_ORIGIN, comma-separated]
  --allow-host <name>       also answer to this host name (on loopback), or only to these
                            names and loopback ones (elsewhere); repeatable
                            [env SPECWRIGHT_ALLOW_HOST, comma-separated]
  --engine <name>           auto (default), guided, anthropic, openai-compatible, claude-code
                            [env SPECWRIGHT_ENGINE]
  --model <id>              the model for a model engine [env SPECWRIGHT_MODEL]
  --max-output-tokens <n>   the most tokens a model may write in one answer (Claude:
                            ${DEFAULT_MAX_OUTPUT_TOKENS} within the model's limit; other servers: their own)
                            [env SPECWRIGHT_MAX_OUTPUT_TOKENS]
  --max-reply-length <n>    the most characters a model may write for you in one turn;
                            past it the reply is stopped and cut (default ${DEFAULT_MAX_REPLY_LENGTH})
                            [env SPECWRIGHT_MAX_REPLY_LENGTH]
  --projects-dir <dir>      where projects live (default ./${DEFAULT_PROJECTS_DIR}) [env SPECWRIGHT_PROJECTS_DIR]
  --skill <file>            a replacement interview prompt (markdown) [env SPECWRIGHT_SKILL]
  --initializer-template <file>
                            your own template for prompts/initializer_prompt.md; it must
                            hold [FEATURE_COUNT], where the count goes
                            [env SPECWRIGHT_INITIALIZER_TEMPLATE]
  --static-dir <dir>        the built web page to serve (default: the one in the package)
                            [env SPECWRIGHT_STATIC_DIR]
  --log-level <level>       fatal, error, warn, info (default), debug, trace or silent
                            [env SPECWRIGHT_LOG_LEVEL]
  -h, --help                show this help

Limits (each also SPECWRIGHT_<NAME>, e.g. SPECWRIGHT_MAX_SESSIONS):
  --max-sessions <n>          live sessions at once (default ${LIMITS.maxSessions})
  --idle-timeout-ms <ms>      close a session unused this long (default ${msAndHours(LIMITS.idleTimeoutMs)})
  --max-frame-bytes <n>       largest WebSocket frame (default ${bytesAndMiB(LIMITS.maxFrameBytes)})
  --max-message-length <n>    longest message, in characters (default ${LIMITS.maxMessageLength})
  --max-attachments <n>       images and documents per message (default ${LIMITS.maxAttachments})
  --max-attachment-bytes <n>  largest image (default ${bytesAndMiB(LIMITS.maxAttachmentBytes)})
  --messages-per-second <n>   frames a connection may send per second (default ${LIMITS.messagesPerSecond})
  --message-burst <n>         ...and at once (default ${LIMITS.messageBurst})
  --shutdown-timeout-ms <ms>  on Ctrl+C or SIGTERM, exit after this long at the latest
                              (default ${LIMITS.shutdownTimeoutMs})
  --max-connections <n>       WebSocket connections at once (default ${LIMITS.maxConnections})
  --max-connections-per-address <n>
                              ...from one address (default ${LIMITS.maxConnectionsPerAddress})
  --max-send-buffer-bytes <n> a client with more than this waiting to be sent is
                              disconnected, and can reconnect (default ${bytesAndMiB(LIMITS.maxSendBufferBytes)})

Documents attached to a message (Markdown, text, PDF, Word; environment only):
  SPECWRIGHT_MAX_DOCUMENT_BYTES           largest document (default ${bytesAndMiB(DOCS.maxBytes)})
  SPECWRIGHT_MAX_DOCUMENT_CHARACTERS      text the interviewer gets of one; the rest
                                          is cut with a note (default ${DOCS.maxCharacters})
  SPECWRIGHT_MAX_DOCUMENT_PAGES           PDF pages read (default ${DOCS.maxPages})
  SPECWRIGHT_MAX_DOCUMENT_EXPANDED_BYTES  what its compressed parts may expand to
                                          (default ${bytesAndMiB(DOCS.maxExpandedBytes)}; a zip bomb is refused)
  SPECWRIGHT_DOCUMENT_READ_TIMEOUT_MS     time to read one (default ${DOCS.readTimeoutMs})

${LOCAL_PROBE_HELP}
Ctrl+C (or SIGTERM) stops running replies, closes sessions and exits.

Exit codes: 0 stopped cleanly, 1 could not start (or stop in time), 2 usage error.
`;

const SERVE_OPTIONS = {
  host: { type: "string" },
  port: { type: "string" },
  token: { type: "string" },
  "allow-origin": { type: "string", multiple: true },
  "allow-host": { type: "string", multiple: true },
  engine: { type: "string" },
  model: { type: "string" },
  "max-output-tokens": { type: "string" },
  "projects-dir": { type: "string" },
  skill: { type: "string" },
  "initializer-template": { type: "string" },
  "static-dir": { type: "string" },
  "log-level": { type: "string" },
  "max-sessions": { type: "string" },
  "idle-timeout-ms": { type: "string" },
  "max-frame-bytes": { type: "string" },
  "max-message-length": { type: "string" },
  "max-attachments": { type: "string" },
  "max-attachment-bytes": { type: "string" },
  "messages-per-second": { type: "string" },
  "message-burst": { type: "string" },
  "shutdown-timeout-ms": { type: "string" },
  "max-connections": { type: "string" },
  "max-connections-per-address": { type: "string" },
  "max-send-buffer-bytes": { type: "string" },
  "max-reply-length": { type: "string" },
} as const;

/** What the command needs from the process; tests of the command itself can stand in for it. */
export interface ProcessControl {
  /** Resolves with the first SIGINT or SIGTERM; later ones call `again`. */
  stopSignal(again: () => void): Promise<NodeJS.Signals>;
  exit(code: number): void;
}

const processControl: ProcessControl = {
  stopSignal(again) {
    return new Promise((resolve) => {
      let received = false;
      const onSignal = (signal: NodeJS.Signals) => {
        if (received) return again();
        received = true;
        resolve(signal);
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
    });
  },
  exit: (code) => process.exit(code),
};

function isTerminal(stream: NodeJS.WritableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

function readSettings(args: string[], io: CommandIo): ServerSettings {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: SERVE_OPTIONS,
  });
  if (positionals.length > 0) throw new SettingsError(`unexpected argument "${positionals[0]}"`);
  const settings = resolveServerSettings(values, io.env, io.cwd);
  // A person at a terminal wants a sentence, not a stream of JSON: unless a log level
  // was asked for, only warnings and errors are logged there.
  const levelChosen = values["log-level"] !== undefined || io.env.SPECWRIGHT_LOG_LEVEL !== undefined;
  return !levelChosen && isTerminal(io.stderr) ? { ...settings, logLevel: "warn" } : settings;
}

/** The lines a person at a terminal reads once the server is up (stdout keeps only the URL). */
function welcome(url: string, settings: ServerSettings, engine: Engine, reason: string): string {
  const model = engine.description ?? engine.model;
  return [
    "",
    `  Specwright is ready: open ${url} in your browser.`,
    `  Engine: ${engine.name}${model ? ` (${model})` : ""}, ${reason}.`,
    `  Projects: ${settings.projectsDir}`,
    "  Press Ctrl+C to stop.",
    "",
    "",
  ].join("\n");
}

async function buildEngine(
  settings: ServerSettings,
  io: CommandIo,
): Promise<{ engine: Engine; reason: string } | null> {
  try {
    const selection = await selectEngine(settings.engine);
    return { engine: createEngine(selection), reason: selection.reason };
  } catch (error) {
    if (!(error instanceof EngineUnavailableError)) throw error;
    io.stderr.write(`specwright serve: ${error.message}\n`);
    return null;
  }
}

export function createServeCommand(control: ProcessControl = processControl): Command {
  return {
    name: "serve",
    help: HELP,
    async run(args, io) {
      let settings: ServerSettings;
      try {
        settings = readSettings(args, io);
      } catch (error) {
        io.stderr.write(
          `specwright serve: ${(error as Error).message}\nRun \`specwright serve --help\` for usage.\n`,
        );
        return EXIT_USAGE;
      }
      const refusal = startupRefusal(settings);
      if (refusal) {
        io.stderr.write(`specwright serve: ${refusal}\n`);
        return EXIT_FAILURE;
      }
      const built = await buildEngine(settings, io);
      if (!built) return EXIT_FAILURE;
      const { engine } = built;
      const server = createServer(settings, { engine, logStream: io.stderr });
      // The libraries' warnings (an unsupported setting, a model id the AI SDK does not
      // know) go into the server's log, not onto stdout.
      const restoreWarnings = routeLibraryWarnings(({ provider, model, warning, text }) =>
        server.app.log.warn({ event: "library_warning", provider, model, warning }, text),
      );
      try {
        return await serve(server, settings, engine, built.reason, control, io);
      } finally {
        restoreWarnings();
      }
    },
  };
}

async function serve(
  server: ReturnType<typeof createServer>,
  settings: ServerSettings,
  engine: Engine,
  reason: string,
  control: ProcessControl,
  io: CommandIo,
): Promise<number> {
  // Listen for signals before the URL is printed: whoever reads it may stop us at once.
  const stopRequested = control.stopSignal(() => control.exit(EXIT_FAILURE));
  try {
    const { url } = await server.listen();
    // The one line on stdout: scripts and tests read the address from it.
    io.stdout.write(`${url}\n`);
    if (isTerminal(io.stderr)) io.stderr.write(welcome(url, settings, engine, reason));
  } catch (error) {
    io.stderr.write(
      `specwright serve: cannot listen on ${settings.host}:${settings.port}: ${(error as Error).message}\n`,
    );
    await server.close();
    return EXIT_FAILURE;
  }
  const signal = await stopRequested;
  server.app.log.info({ event: "stop_requested", signal }, "stopping");
  let stopped = false;
  // A hard deadline: whatever still runs after it (a hung engine, a silent socket) is left behind.
  const deadline = setTimeout(() => {
    if (!stopped) server.app.log.warn({ event: "shutdown_timeout" }, "shutdown took too long; exiting");
    control.exit(stopped ? EXIT_OK : EXIT_FAILURE);
  }, settings.limits.shutdownTimeoutMs);
  deadline.unref();
  await server.close();
  stopped = true;
  server.app.log.info({ event: "server_stopped" }, "server stopped");
  return EXIT_OK;
}

export const serveCommand: Command = createServeCommand();
