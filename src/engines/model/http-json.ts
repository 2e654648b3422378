import { errorBodyMessage } from "./error-body.js";

/** What one JSON request gave: the body, or why there is none (`status` for an HTTP refusal). */
export type JsonAnswer = { ok: true; body: unknown } | { ok: false; reason: string; status?: number };

export interface JsonRequest {
  url: string;
  /** The URL as messages name it (without a query); the URL itself by default. */
  shown?: string;
  method?: "GET" | "POST";
  /** Sent as JSON with a POST. */
  body?: unknown;
  headers?: Record<string, string>;
  signal: AbortSignal;
  /** For the words of a timeout: the time the signal allows. */
  timeoutMs?: number;
}

/** One request that must answer JSON; never throws. */
export async function requestJson(request: JsonRequest): Promise<JsonAnswer> {
  const shown = `${request.method ?? "GET"} ${request.shown ?? request.url}`;
  const headers: Record<string, string> = { accept: "application/json", ...request.headers };
  if (request.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method ?? "GET",
      headers,
      signal: request.signal,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
  } catch (error) {
    return { ok: false, reason: `${shown} failed: ${fetchFailure(error, request.timeoutMs)}` };
  }
  if (!response.ok) {
    const message = errorBodyMessage(await response.text().catch(() => ""));
    return {
      ok: false,
      status: response.status,
      reason: `${shown} answered HTTP ${response.status}${message ? `: ${message}` : ""}`,
    };
  }
  try {
    return { ok: true, body: await response.json() };
  } catch {
    return { ok: false, reason: `${shown} did not answer with JSON` };
  }
}

/** Why a request got no answer, in words: a timeout, or the network's own reason (`connect ECONNREFUSED …`). */
function fetchFailure(error: unknown, timeoutMs: number | undefined): string {
  if (error instanceof Error && error.name === "TimeoutError")
    return timeoutMs === undefined
      ? "no answer in time"
      : `no answer within ${(timeoutMs / 1000).toLocaleString("en-GB")} s`;
  if (error instanceof Error && error.name === "AbortError") return "stopped";
  const cause = error instanceof Error ? (error.cause as { message?: unknown } | undefined) : undefined;
  if (typeof cause?.message === "string" && cause.message.length > 0) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

export function withTimeout(signal: AbortSignal | undefined, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A positive whole number, or null. */
export function positiveInteger(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : null;
}
