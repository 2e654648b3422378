import type { FastifyReply, FastifyRequest } from "fastify";
import { hostNameOf, isLoopbackHost, LOOPBACK_HOST_NAMES } from "./loopback.js";
import { refuse } from "./refuse.js";

export interface HostCheckOptions {
  /** The address the server listens on. */
  host: string;
  /** Host names accepted besides the loopback ones, from `--allow-host`. */
  allowHosts: readonly string[];
}

export const HOST_CHECK_DEFAULTS = { allowHosts: [] } satisfies Partial<HostCheckOptions>;

/**
 * The host names a request may address, or null for "any". A loopback server answers
 * only to loopback names, so a page whose name an attacker re-points at 127.0.0.1 (DNS
 * rebinding) is refused. Off loopback the token guards; `--allow-host` narrows further.
 */
export function acceptedHostNames(options: HostCheckOptions): Set<string> | null {
  if (!isLoopbackHost(options.host) && options.allowHosts.length === 0) return null;
  return new Set([...LOOPBACK_HOST_NAMES, ...options.allowHosts]);
}

export function hostCheck(given: Pick<HostCheckOptions, "host"> & Partial<HostCheckOptions>) {
  const options: HostCheckOptions = { ...HOST_CHECK_DEFAULTS, ...given };
  const accepted = acceptedHostNames(options);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (accepted === null) return undefined;
    const name = hostNameOf(request.headers.host);
    if (name !== null && accepted.has(name)) return undefined;
    return refuse(request, reply, 403, "Host not allowed", "foreign-host");
  };
}
