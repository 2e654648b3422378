import {
  APICallError,
  InvalidResponseDataError,
  JSONParseError,
  NoOutputGeneratedError,
  TypeValidationError,
  UnsupportedFunctionalityError,
} from "ai";
import { errorBodyMessage } from "./error-body.js";

/**
 * Fetch refuses ports the fetch standard calls unsafe (1, 22, 25, …) with a bare
 * "bad port" and no code; this code stands for it.
 */
export const BAD_PORT = "BAD_PORT";

/** What went wrong with a model call, in the terms retries and messages need. */
export type ProviderFailure =
  | {
      kind: "http";
      status: number;
      /** The server's own words: read from the body whatever its shape (error-body.ts). */
      message: string;
      /** The response body as text, for errors that explain themselves there. */
      body: string;
      headers: Readonly<Record<string, string>> | undefined;
    }
  /** An `error` event inside an otherwise successful stream, such as Anthropic's `overloaded_error`. */
  | { kind: "stream-error"; errorType: string; message: string }
  | { kind: "network"; code: string | null; message: string }
  /** The stream closed before the model said it was done. */
  | { kind: "ended-early"; message: string }
  /** The stream was cut (a reset socket) or turned into bytes that are not the provider's format. */
  | { kind: "broken-stream"; message: string }
  | { kind: "stalled" }
  | { kind: "unsupported"; message: string }
  | { kind: "other"; message: string };

/** Statuses that mean "not now" rather than "never": timeouts, conflicts, rate limits, server trouble. */
const RETRYABLE_STATUSES = new Set([408, 409, 429]);

/** Network failures that will not fix themselves within a few seconds. */
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ConnectionRefused", "ENOTFOUND", "EAI_AGAIN", BAD_PORT]);

export function classifyFailure(error: unknown): ProviderFailure {
  if (APICallError.isInstance(error)) {
    // A 200 whose body then fails is a stream that broke, not a refusal.
    if (error.statusCode === 200) return { kind: "broken-stream", message: innermostMessage(error) };
    if (error.statusCode !== undefined) {
      const body = error.responseBody ?? "";
      return {
        kind: "http",
        status: error.statusCode,
        message: errorBodyMessage(body) ?? error.message,
        body,
        headers: error.responseHeaders,
      };
    }
    const message = innermostMessage(error);
    return { kind: "network", code: message === "bad port" ? BAD_PORT : networkCode(error), message };
  }
  if (NoOutputGeneratedError.isInstance(error)) return { kind: "ended-early", message: error.message };
  if (
    JSONParseError.isInstance(error) ||
    TypeValidationError.isInstance(error) ||
    InvalidResponseDataError.isInstance(error)
  )
    return { kind: "broken-stream", message: "the answer arrived in a form that could not be read" };
  if (UnsupportedFunctionalityError.isInstance(error)) return { kind: "unsupported", message: error.message };
  const streamError = asStreamError(error);
  if (streamError) return streamError;
  const code = networkCode(error);
  if (code !== null) return { kind: "network", code, message: innermostMessage(error) };
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}

/** Whether trying the same request again soon may succeed. */
export function isRetryable(failure: ProviderFailure): boolean {
  // A refusal that names its cause stays a refusal, even under a 500 (llama.cpp's --jinja).
  if (knownRefusal(failure) !== null) return false;
  switch (failure.kind) {
    case "http":
      return RETRYABLE_STATUSES.has(failure.status) || failure.status >= 500;
    case "stream-error":
      // Anthropic documents `api_error` as an unexpected error on its side, like overload, worth retrying.
      return failure.errorType === "overloaded_error" || failure.errorType === "api_error";
    case "network":
      return failure.code === null || !UNREACHABLE_CODES.has(failure.code);
    case "ended-early":
    case "broken-stream":
      return true;
    default:
      return false;
  }
}

/**
 * A refusal that names images as such: the model cannot see them. A refusal about an
 * image's size (Anthropic's "image exceeds 5 MB maximum") says nothing of whether the
 * model sees images, so it does not count.
 */
export function refusesImages(failure: ProviderFailure): boolean {
  if (failure.kind === "unsupported") return /image|file/i.test(failure.message);
  if (failure.kind !== "http" || (failure.status !== 400 && failure.status !== 422)) return false;
  const said = `${failure.message} ${failure.body}`;
  if (/exceed|too (large|big|long)|maximum|\bsize\b|\d\s*(MB|KB|bytes)\b|dimension|pixels/i.test(said))
    return false;
  return /image|vision|multimodal/i.test(said);
}

/** Stream error events arrive as the provider's plain error object, not as an `Error`. */
function asStreamError(error: unknown): ProviderFailure | null {
  if (typeof error !== "object" || error === null || error instanceof Error) return null;
  const { type, code, message } = error as { type?: unknown; code?: unknown; message?: unknown };
  const errorType = typeof type === "string" ? type : typeof code === "string" ? code : "error";
  return {
    kind: "stream-error",
    errorType,
    message: typeof message === "string" ? message : JSON.stringify(error),
  };
}

/** The system error code (ECONNREFUSED, UND_ERR_SOCKET, …) somewhere in the chain of causes. */
function networkCode(error: unknown): string | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string") return code;
    queue.push(cause);
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return null;
}

function innermostMessage(error: unknown): string {
  let current: unknown = error;
  let message = error instanceof Error ? error.message : String(error);
  while (current instanceof Error) {
    if (current.message) message = current.message;
    current = current.cause;
  }
  return message;
}

/**
 * A refusal whose cause the server names, so the person can be told the fix. Each is
 * matched on the server's own words, as its project documents or reports them:
 * - `lacks-tools`: the model or server cannot take the interview's tools. Ollama: "…
 *   does not support tools", HTTP 400 (https://github.com/ollama/ollama/issues/5793);
 *   llama.cpp: "tools param requires --jinja flag", HTTP 500
 *   (https://github.com/AstrBotDevs/AstrBot/issues/758); vLLM: ""auto" tool choice
 *   requires --enable-auto-tool-choice and --tool-call-parser to be set", HTTP 400
 *   (https://github.com/vllm-project/vllm/issues/9986).
 * - `not-chat`: an embedding model, which cannot chat. Ollama: ""nomic-embed-text" does
 *   not support chat" (https://github.com/karakeep-app/karakeep/issues/2060), older
 *   versions "embedding models do not support chat"
 *   (https://github.com/ollama/ollama/issues/2778), and "… does not support generate"
 *   (https://github.com/ollama/ollama/issues/12182).
 * - `context-too-long`: the conversation is longer than the context window. llama.cpp:
 *   "the request exceeds the available context size…" with type
 *   `exceed_context_size_error` (https://github.com/oobabooga/textgen/issues/7257),
 *   "request (N tokens) exceeds the available context size (M tokens)" and "Context size
 *   has been exceeded." (https://github.com/ggml-org/llama.cpp/issues/19774), the same
 *   words through Ollama (https://github.com/ollama/ollama/issues/16800); vLLM: "This
 *   model's maximum context length is N tokens…"
 *   (https://github.com/vllm-project/vllm/issues/12886), code `context_length_exceeded`
 *   (https://github.com/vllm-project/vllm/pull/37011); LM Studio: "The number of tokens
 *   to keep from the initial prompt is greater than the context length (n_keep: N>=
 *   n_ctx: M)…" (https://github.com/Gitlawb/openclaude/issues/353), older versions
 *   "Trying to keep the first N tokens when context the overflows…"
 *   (https://github.com/lmstudio-ai/lmstudio-bug-tracker/issues/546); Anthropic:
 *   "prompt is too long".
 */
export type KnownRefusal =
  | { kind: "lacks-tools"; server: "ollama" | "llama.cpp" | "vllm" }
  | { kind: "not-chat" }
  | { kind: "context-too-long"; words: "llama.cpp" | "vllm" | "lmstudio" | "other" };

export function knownRefusal(failure: ProviderFailure): KnownRefusal | null {
  const said =
    failure.kind === "http"
      ? `${failure.message}\n${failure.body}`
      : failure.kind === "stream-error"
        ? `${failure.errorType}\n${failure.message}`
        : null;
  if (said === null) return null;
  if (/tools param requires --jinja/i.test(said)) return { kind: "lacks-tools", server: "llama.cpp" };
  if (/--enable-auto-tool-choice/i.test(said)) return { kind: "lacks-tools", server: "vllm" };
  if (/does not support tools/i.test(said)) return { kind: "lacks-tools", server: "ollama" };
  if (/does not support (chat|generate|completion)\b|embedding models do not support chat/i.test(said))
    return { kind: "not-chat" };
  if (/maximum context length is \d+/i.test(said) || /context_length_exceeded/i.test(said))
    return { kind: "context-too-long", words: "vllm" };
  if (
    /exceeds? the available context size|context size has been exceeded|exceed_context_size_error/i.test(said)
  )
    return { kind: "context-too-long", words: "llama.cpp" };
  if (
    /tokens to keep from the initial prompt is greater than the context length|when context the overflows/i.test(
      said,
    )
  )
    return { kind: "context-too-long", words: "lmstudio" };
  if (/prompt is too long|exceeds? (the )?(model'?s? )?context (length|window)/i.test(said))
    return { kind: "context-too-long", words: "other" };
  return null;
}
