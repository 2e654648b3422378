import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirsForEachTest } from "../support/temp-dir.js";
import { serversForEachTest } from "./support/harness.js";
import { rawRequest, rawUpgrade } from "./support/raw-http.js";
import { TestClient } from "./support/ws-client.js";

const start = serversForEachTest();
const tempDir = tempDirsForEachTest();
const TOKEN = "s3cret-token-for-tests";

/**
 * The original service's first two messages on `/ws/projects/{name}` (its websocket.py):
 * the agent's status, then the progress; here the agent never runs and nothing passed.
 */
const FIRST_MESSAGES = [
  { type: "agent_status", status: "stopped" },
  { type: "progress", passing: 0, total: 0, percentage: 0 },
];

/** The frames of a socket whose types Specwright's interview wire does not declare. */
async function nextMessages(client: TestClient, count: number): Promise<unknown[]> {
  const messages: unknown[] = [];
  for (let i = 0; i < count; i++) messages.push(await client.nextFrame());
  return messages;
}

async function pingPong(client: TestClient): Promise<unknown> {
  client.send({ type: "ping" });
  return client.nextFrame();
}

describe("the original page's project socket", () => {
  it("says once that the agent is stopped and nothing has passed, then answers each ping with a pong", async () => {
    const { base, port, connect } = await start();
    await fetch(`${base}/api/projects`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "recipes" }),
    });
    const client = await connect("/ws/projects/recipes", { origin: `http://127.0.0.1:${port}` });
    expect(await nextMessages(client, 2)).toEqual(FIRST_MESSAGES);
    expect(await pingPong(client)).toEqual({ type: "pong" });
    // Anything else is ignored, as the original did, and the socket stays open.
    client.send("not json");
    client.send({ type: "start" });
    client.send([1, 2]);
    client.sendBinary(new Uint8Array([1, 2, 3]));
    expect(await pingPong(client)).toEqual({ type: "pong" });
    expect(client.received).toHaveLength(4);
  });

  it("tells a second window the same, and a window that reconnects", async () => {
    const { connect } = await start();
    const first = await connect("/ws/projects/recipes");
    const second = await connect("/ws/projects/recipes");
    expect(await nextMessages(first, 2)).toEqual(FIRST_MESSAGES);
    expect(await nextMessages(second, 2)).toEqual(FIRST_MESSAGES);
    first.close();
    await first.closed;
    const again = await connect("/ws/projects/recipes");
    expect(await nextMessages(again, 2)).toEqual(FIRST_MESSAGES);
    expect(await pingPong(second)).toEqual({ type: "pong" });
  });

  it("answers no more pings than the server's rate allows", async () => {
    const { connect } = await start({ limits: { messagesPerSecond: 0.001, messageBurst: 3 } });
    const client = await connect("/ws/projects/recipes");
    await nextMessages(client, 2);
    for (let i = 0; i < 10; i++) client.send({ type: "ping" });
    expect(await nextMessages(client, 3)).toEqual([{ type: "pong" }, { type: "pong" }, { type: "pong" }]);
    // The server answers the pings in order before its answer to this close, so nothing is on its way.
    client.close();
    await client.closed;
    expect(client.received).toHaveLength(5);
  });

  it("accepts a well-formed name of a project not made yet, as the interview's socket does, and makes nothing", async () => {
    const { connect, projectsDir } = await start();
    const client = await connect("/ws/projects/not-made-yet");
    expect(await nextMessages(client, 2)).toEqual(FIRST_MESSAGES);
    expect(await readdir(projectsDir)).toEqual([]);
  });

  const refused = [
    ["..", "/ws/projects/.."],
    ["%2e%2e", "/ws/projects/%2e%2e"],
    ["a/b", "/ws/projects/a/b"],
    ["an encoded slash", "/ws/projects/a%2Fb"],
    ["51 characters", `/ws/projects/${"x".repeat(51)}`],
    ["nothing", "/ws/projects/"],
  ];

  it.each(refused)(
    "refuses %s as the interview's socket does: says why, closes with 4000",
    async (_label, path) => {
      const { port, projectsDir } = await start();
      expect(await rawUpgrade(port, path)).toEqual({
        status: 101,
        texts: [
          JSON.stringify({
            type: "error",
            content: "Invalid project name",
            code: "invalid_project_name",
            retryable: false,
          }),
        ],
        closeCode: 4000,
        closeReason: "Invalid project name",
      });
      expect(await readdir(projectsDir)).toEqual([]);
    },
  );

  it("applies the interview socket's Origin, Host and token checks", async () => {
    const { port, connect } = await start();
    await expect(connect("/ws/projects/recipes", { origin: "http://evil.example" })).rejects.toThrow(
      "Unexpected server response: 403",
    );
    await expect(connect("/ws/projects/recipes", { origin: `http://localhost:${port + 1}` })).rejects.toThrow(
      "403",
    );
    await expect(connect("/ws/projects/recipes", { host: "attacker.example" })).rejects.toThrow("403");
    const own = await connect("/ws/projects/recipes", { origin: `http://localhost:${port}` });
    expect(await nextMessages(own, 2)).toEqual(FIRST_MESSAGES);

    const guarded = await start({ settings: { token: TOKEN } });
    await expect(TestClient.open(`ws://127.0.0.1:${guarded.port}/ws/projects/recipes`)).rejects.toThrow(
      "401",
    );
    await expect(
      TestClient.open(`ws://127.0.0.1:${guarded.port}/ws/projects/recipes?token=wrong`),
    ).rejects.toThrow("401");
    const withToken = await guarded.connect(`/ws/projects/recipes?token=${TOKEN}`);
    expect(await nextMessages(withToken, 2)).toEqual(FIRST_MESSAGES);
  });

  it("is closed with 1001 when the server shuts down, and does not hold the shutdown", async () => {
    const { server, connect } = await start();
    const client = await connect("/ws/projects/recipes");
    await nextMessages(client, 2);
    await server.close();
    expect(await client.closed).toEqual({ code: 1001, reason: "Server shutting down" });
    expect(server.app.server.listening).toBe(false);
  });
});

describe("a WebSocket upgrade on a path with no socket", () => {
  it("gets 404, never the page's index.html, while a page load still gets the page", async () => {
    const root = join(await tempDir(), "dist");
    await mkdir(root, { recursive: true });
    await writeFile(join(root, "index.html"), "<!doctype html><title>Studio</title>");
    const { port, connect, logEvents } = await start({ settings: { staticDir: root } });
    for (const path of [
      "/ws/nowhere",
      "/ws/projects",
      "/",
      "/projects/recipes",
      "/api/projects",
      "/api/health",
    ]) {
      const answer = await rawUpgrade(port, path);
      expect(answer.status, path).toBe(404);
    }
    await expect(TestClient.open(`ws://127.0.0.1:${port}/ws/nowhere`)).rejects.toThrow(
      "Unexpected server response: 404",
    );
    expect(logEvents()).toContainEqual(
      expect.objectContaining({ event: "request_refused", status: 404, path: "/ws/nowhere" }),
    );
    const page = await rawRequest(port, "GET", "/projects/recipes");
    expect(page.status).toBe(200);
    expect(page.body).toContain("<title>Studio</title>");
    const interview = await connect("/api/spec/ws/recipes");
    expect(await interview.framesBeforePong()).toEqual([]);
  });

  it("is refused for a foreign page before anything says whether the path exists", async () => {
    const { port } = await start();
    expect((await rawUpgrade(port, "/ws/nowhere", { origin: "http://evil.example" })).status).toBe(403);
  });
});
