import { Console } from "node:console";
import type { LogWarningsFunction, Warning } from "ai";
import { terminalSafe } from "./terminal-safe.js";

/** One warning a library gave about a model call, and the sentence that says it. */
export interface LibraryWarning {
  /** The provider the call went to, as the AI SDK names it (`anthropic.messages`). */
  provider: string;
  model: string;
  warning: Warning;
  /** One line for a person: `AI SDK warning (provider / model): …`. */
  text: string;
}

/**
 * Sends the AI SDK's warnings (an unsupported setting, a model id it does not know) to
 * `report` instead of the console: by default the SDK prints its first notice with
 * `console.info`, on stdout, where `chat --jsonl` keeps nothing but frames. The SDK
 * reads the logger from `globalThis.AI_SDK_LOG_WARNINGS` at every warning (`false`
 * silences it, a function receives `{ warnings, provider, model }`), so this is set
 * once, where a command starts. Returns a function that puts back what was there.
 */
export function routeLibraryWarnings(report: (warning: LibraryWarning) => void): () => void {
  const previous = globalThis.AI_SDK_LOG_WARNINGS;
  const logger: LogWarningsFunction = ({ warnings, provider, model }) => {
    for (const warning of warnings)
      report({ provider, model, warning, text: warningText(provider, model, warning) });
  };
  globalThis.AI_SDK_LOG_WARNINGS = logger;
  return () => {
    if (globalThis.AI_SDK_LOG_WARNINGS === logger) globalThis.AI_SDK_LOG_WARNINGS = previous;
  };
}

/** The warning in the AI SDK's own words, on one line. */
export function warningText(provider: string, model: string, warning: Warning): string {
  const prefix = `AI SDK warning (${provider} / ${model}):`;
  const details = (text: string | undefined) => (text ? ` ${text}` : "");
  switch (warning.type) {
    case "unsupported":
      return `${prefix} the feature "${warning.feature}" is not supported.${details(warning.details)}`;
    case "compatibility":
      return `${prefix} the feature "${warning.feature}" is used in a compatibility mode.${details(warning.details)}`;
    case "other":
      return `${prefix} ${warning.message}`;
    default:
      return `${prefix} ${JSON.stringify(warning)}`;
  }
}

/** A reporter that writes each warning as one plain line, for a command whose stdout is not for it. */
export function warningLines(stream: NodeJS.WritableStream): (warning: LibraryWarning) => void {
  return (warning) => {
    // A warning names the model and may repeat a server's words: shown as text.
    stream.write(`specwright: ${terminalSafe(warning.text).replaceAll("\n", " ")}\n`);
  };
}

/**
 * Points the global console at `stream` for both its outputs, for a command whose stdout
 * is a protocol: whatever a library prints with `console.log` or `console.info` then
 * lands on stderr instead of between two frames. Returns a function that puts the
 * console back.
 */
export function consoleToStderr(stream: NodeJS.WritableStream): () => void {
  const previous = globalThis.console;
  const redirected = new Console({ stdout: stream, stderr: stream });
  globalThis.console = redirected;
  return () => {
    if (globalThis.console === redirected) globalThis.console = previous;
  };
}
