import type { FastifyReply, FastifyRequest } from "fastify";
import { hostForUrl, LOOPBACK_HOST_NAMES } from "./loopback.js";
import { isUpgrade, refuse } from "./refuse.js";

export interface OriginCheckOptions {
  /** The port the server listens on; known only once it does (`--port 0`). */
  port: () => number;
  /** The address the server was told to listen on. */
  host: string;
  /** Further origins, from `--allow-origin`. */
  allowOrigins: readonly string[];
  /** Host names accepted by the host check; a page loaded through one has that origin. */
  allowHosts: readonly string[];
}

export const ORIGIN_CHECK_DEFAULTS = {
  allowOrigins: [],
  allowHosts: [],
} satisfies Partial<OriginCheckOptions>;

function originOf(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** The origins whose pages may talk to this server: its own names and the configured ones. */
export function acceptedOrigins(options: OriginCheckOptions): Set<string> {
  const port = options.port();
  const names = [...LOOPBACK_HOST_NAMES, hostForUrl(options.host), ...options.allowHosts];
  const own = names.map((name) => originOf(`http://${name}:${port}`));
  return new Set([...own, ...options.allowOrigins].filter((origin): origin is string => origin !== null));
}

/**
 * Refuses a WebSocket upgrade or a request that may change something (anything but
 * GET and HEAD) when a browser sent it from a page of another origin: without this,
 * any web page the person visits could drive their local server. Requests without an
 * `Origin` header (the CLI, scripts) are let through.
 */
export function originCheck(given: Pick<OriginCheckOptions, "port" | "host"> & Partial<OriginCheckOptions>) {
  const options: OriginCheckOptions = { ...ORIGIN_CHECK_DEFAULTS, ...given };
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const origin = request.headers.origin;
    if (origin === undefined) return undefined;
    const guarded = isUpgrade(request) || (request.method !== "GET" && request.method !== "HEAD");
    if (!guarded) return undefined;
    const normalized = originOf(origin);
    if (normalized !== null && acceptedOrigins(options).has(normalized)) return undefined;
    return refuse(request, reply, 403, "Origin not allowed", "foreign-origin");
  };
}
