import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { isUpgrade, pathOf, refuse } from "./refuse.js";

export interface TokenCheckOptions {
  /** The token every request must carry, or null when none is required. */
  token: string | null;
  /** The port the server listens on: it names the cookie, so two servers on one host keep theirs apart. */
  port: () => number;
  /** Paths answered without a token. */
  openPaths: readonly string[];
}

export const TOKEN_CHECK_DEFAULTS = { openPaths: ["/api/health"] } satisfies Partial<TokenCheckOptions>;

/**
 * Compares in constant time. Hashing first gives both sides the same length, so not
 * even the token's length leaks through timing.
 */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function tokenCookieName(port: number): string {
  return `specwright_token_${port}`;
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? "");
  return match ? match[1]!.trim() : null;
}

function cookieToken(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join("="));
    } catch {
      return null;
    }
  }
  return null;
}

function queryToken(url: string): string | null {
  const query = url.indexOf("?");
  return query === -1 ? null : new URLSearchParams(url.slice(query + 1)).get("token");
}

function withoutToken(url: string): string {
  const query = url.indexOf("?");
  const params = new URLSearchParams(url.slice(query + 1));
  params.delete("token");
  const rest = params.toString();
  return `${url.slice(0, query)}${rest ? `?${rest}` : ""}`;
}

/**
 * Requires the token in `Authorization: Bearer …`, or in the cookie set when the page was
 * first opened with `?token=…`. The query string is read only on a WebSocket upgrade and
 * on a page load: a page load trades it for the cookie and is redirected to the same
 * address without it, so the token stays out of the address bar and browser history.
 */
export function tokenCheck(given: Pick<TokenCheckOptions, "token" | "port"> & Partial<TokenCheckOptions>) {
  const options: TokenCheckOptions = { ...TOKEN_CHECK_DEFAULTS, ...given };
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const expected = options.token;
    if (expected === null) return undefined;
    const path = pathOf(request.url);
    if (options.openPaths.includes(path)) return undefined;
    const cookieName = tokenCookieName(options.port());
    const pageLoad = request.method === "GET" && !path.startsWith("/api/") && !isUpgrade(request);
    const fromQuery = isUpgrade(request) || pageLoad ? queryToken(request.url) : null;
    const presented = [
      bearerToken(request.headers.authorization),
      cookieToken(request.headers.cookie, cookieName),
      fromQuery,
    ].filter((token): token is string => token !== null);
    if (!presented.some((token) => tokensMatch(token, expected))) {
      reply.header("www-authenticate", "Bearer");
      const reason = presented.length === 0 ? "missing-token" : "invalid-token";
      return refuse(request, reply, 401, "Missing or invalid token", reason);
    }
    if (pageLoad && fromQuery !== null && tokensMatch(fromQuery, expected)) {
      reply.header(
        "set-cookie",
        `${cookieName}=${encodeURIComponent(expected)}; Path=/; HttpOnly; SameSite=Strict`,
      );
      return reply.redirect(withoutToken(request.url), 303);
    }
    return undefined;
  };
}
