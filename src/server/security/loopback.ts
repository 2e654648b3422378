/** The names a `Host` header may carry on a loopback server, as URL parsing writes them. */
export const LOOPBACK_HOST_NAMES: readonly string[] = ["127.0.0.1", "localhost", "[::1]"];

/** Whether listening on `host` keeps the server out of reach of other machines. */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** `host` as it appears in a URL: IPv6 addresses in brackets. */
export function hostForUrl(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/**
 * The host name of a `Host` header, lower-cased, IPv6 in brackets and without the port;
 * null for anything that is not a plain host (a path, credentials, garbage).
 */
export function hostNameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  let url: URL;
  try {
    url = new URL(`http://${hostHeader}`);
  } catch {
    return null;
  }
  if (url.host !== hostHeader.toLowerCase() && `${url.host}:80` !== hostHeader.toLowerCase()) return null;
  return url.hostname;
}
