/**
 * What `/` shows until the web page is built into the package: where the studio will
 * be, and what works already.
 */
export function placeholderPage(version: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Specwright</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #222; }
  code { background: #f2f2f2; padding: 0.1rem 0.3rem; border-radius: 3px; }
</style>
</head>
<body>
<h1>Specwright ${version}</h1>
<p>The studio (the web page for interviews) is not built yet.</p>
<p>Meanwhile, run an interview in your terminal with <code>specwright chat my-app</code>,
or talk to this server directly: the WebSocket at <code>/api/spec/ws/&lt;project&gt;</code>
and the REST API under <code>/api/</code> (try <a href="/api/health"><code>/api/health</code></a>
and <a href="/api/projects"><code>/api/projects</code></a>).</p>
</body>
</html>
`;
}
