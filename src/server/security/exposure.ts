import { isLoopbackHost } from "./loopback.js";

/**
 * Why the server must not start with these settings, or null when it may. Off loopback,
 * anyone who can reach the machine could run interviews and write files, so a token
 * is required there.
 */
export function startupRefusal(settings: { host: string; token: string | null }): string | null {
  if (isLoopbackHost(settings.host) || settings.token !== null) return null;
  return (
    `refusing to listen on ${settings.host} without a token: anyone who can reach this machine could use the server. ` +
    "Set --token (or SPECWRIGHT_TOKEN), or listen on 127.0.0.1."
  );
}
