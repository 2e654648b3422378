export interface RetryPolicy {
  /** Retries after the first attempt; 0 means none. */
  maxRetries: number;
  /** The wait before the first retry; each later wait doubles. */
  baseDelayMs: number;
  /** No wait is longer than this, whatever the provider asks for. */
  maxWaitMs: number;
}

/**
 * How long to wait before retry number `retryIndex` (0 for the first). A provider that
 * says when to come back (`retry-after-ms`, or `retry-after` in seconds or as a date)
 * knows better than our backoff, so its answer wins, within the policy's maximum.
 */
export function retryDelayMs(
  retryIndex: number,
  headers: Readonly<Record<string, string>> | undefined,
  policy: RetryPolicy,
  now: number = Date.now(),
): number {
  const requested = requestedDelayMs(headers ?? {}, now);
  const delay = requested ?? policy.baseDelayMs * 2 ** retryIndex;
  return Math.max(0, Math.min(delay, policy.maxWaitMs));
}

function requestedDelayMs(headers: Readonly<Record<string, string>>, now: number): number | null {
  const milliseconds = parseAmount(headerValue(headers, "retry-after-ms"));
  if (milliseconds !== null) return milliseconds;
  const retryAfter = headerValue(headers, "retry-after");
  if (retryAfter === undefined) return null;
  const seconds = parseAmount(retryAfter);
  if (seconds !== null) return seconds * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return value;
  }
  return undefined;
}

function parseAmount(text: string | undefined): number | null {
  if (text === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(text)) return null;
  return Number(text);
}

/** Waits `ms`, or less if `signal` aborts; resolves to whether the whole wait passed. */
export function waitUnlessAborted(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
