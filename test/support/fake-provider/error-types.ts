/** The error `type` the Anthropic API uses for each HTTP status. */
const ANTHROPIC_ERROR_TYPES: Readonly<Record<number, string>> = Object.freeze({
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  529: "overloaded_error",
});

export function anthropicErrorType(status: number): string {
  return ANTHROPIC_ERROR_TYPES[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
}

/** The `type` and `code` OpenAI's error body carries for each HTTP status. */
export function openaiErrorKind(status: number): { type: string; code: string | null } {
  if (status === 401) return { type: "invalid_request_error", code: "invalid_api_key" };
  if (status === 429) return { type: "requests", code: "rate_limit_exceeded" };
  if (status >= 500) return { type: "server_error", code: null };
  return { type: "invalid_request_error", code: null };
}

/**
 * The status a non-streaming request gets for an error that a stream would have carried
 * as an event, so `streamError` means the same thing with or without streaming.
 */
export function statusForErrorType(errorType: string): number {
  for (const [status, type] of Object.entries(ANTHROPIC_ERROR_TYPES)) {
    if (type === errorType) return Number(status);
  }
  return 500;
}
