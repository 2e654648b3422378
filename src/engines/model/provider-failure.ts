import {
  APICallError,
  InvalidResponseDataError,
  JSONParseError,
  NoOutputGeneratedError,
  TypeValidationError,
  UnsupportedFunctionalityError,
} from "ai";

/** What went wrong with a model call, in the terms retries and messages need. */
/**
 * Fetch refuses ports the fetch standard calls unsafe (1, 22, 25, …) with a bare
 * "bad port" and no code; this code stands for it.
 */
export const BAD_PORT = "BAD_PORT";

export type ProviderFailure =
  | {
      kind: "http";
      status: number;
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
      return {
        kind: "http",
        status: error.statusCode,
        message: error.message,
        body: error.responseBody ?? "",
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
