/**
 * The interview's WebSocket address on the page's own origin: `ws:` for a page served
 * over `http:`, `wss:` for `https:`, with the access token when the page has one.
 */
export function socketUrl(
  location: { protocol: string; host: string },
  projectName: string,
  token: string | null,
): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const query = token ? `?token=${encodeURIComponent(token)}` : "";
  return `${scheme}//${location.host}/api/spec/ws/${encodeURIComponent(projectName)}${query}`;
}
