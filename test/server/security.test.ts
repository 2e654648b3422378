import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  acceptedHostNames,
  isLoopbackHost,
  ServerStartError,
  startupRefusal,
  tokensMatch,
} from "../../src/server/index.js";
import { ScriptedEngine, says } from "../support/scripted-engine.js";
import { serversForEachTest } from "./support/harness.js";
import { rawRequest } from "./support/raw-http.js";
import { TestClient } from "./support/ws-client.js";

const start = serversForEachTest();
const TOKEN = "s3cret-token-for-tests";

describe("Origin", () => {
  it("refuses a WebSocket upgrade from a foreign page with 403 before the handshake", async () => {
    const { connect, logEvents } = await start({ engine: new ScriptedEngine() });
    await expect(connect("/api/spec/ws/demo", { origin: "http://evil.example" })).rejects.toThrow(
      "Unexpected server response: 403",
    );
    await expect(connect("/api/spec/ws/demo", { origin: "null" })).rejects.toThrow("403");
    expect(logEvents()).toContainEqual(
      expect.objectContaining({ event: "request_refused", reason: "foreign-origin", status: 403 }),
    );
  });

  it("accepts the server's own origins, the allowed ones, and clients that send none", async () => {
    const { connect, port } = await start({
      engine: new ScriptedEngine(),
      flags: { "allow-origin": ["http://localhost:5173"] },
    });
    for (const origin of [
      `http://127.0.0.1:${port}`,
      `http://localhost:${port}`,
      `http://[::1]:${port}`,
      "http://localhost:5173",
    ]) {
      const client = await connect("/api/spec/ws/demo", { origin });
      expect(await client.framesBeforePong(), origin).toEqual([]);
    }
    const scripted = await connect("/api/spec/ws/demo");
    expect(await scripted.framesBeforePong()).toEqual([]);
    await expect(connect("/api/spec/ws/demo", { origin: `http://localhost:${port + 1}` })).rejects.toThrow(
      "403",
    );
  });

  it("refuses a foreign page's request that changes something, and lets it read nothing new", async () => {
    const { server, projectsDir } = await start({ listen: false });
    const refused = await server.app.inject({
      method: "POST",
      url: "/api/projects",
      headers: { origin: "http://evil.example" },
      payload: { name: "demo" },
    });
    expect(refused.statusCode).toBe(403);
    const deleted = await server.app.inject({
      method: "DELETE",
      url: "/api/spec/sessions/demo",
      headers: { origin: "https://evil.example" },
    });
    expect(deleted.statusCode).toBe(403);
    expect(await readdir(projectsDir)).toEqual([]);
    // Reading is not refused: without CORS headers a browser keeps the answer from the foreign page.
    const read = await server.app.inject({
      method: "GET",
      url: "/api/projects",
      headers: { origin: "http://evil.example" },
    });
    expect(read.statusCode).toBe(200);
    expect(read.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("Host (DNS rebinding)", () => {
  it("on loopback, refuses a request or an upgrade whose Host is not a loopback name", async () => {
    const { port } = await start({ engine: new ScriptedEngine() });
    const refused = await rawRequest(port, "GET", "/api/projects", { host: `attacker.example:${port}` });
    expect(refused.status).toBe(403);
    await expect(
      TestClient.open(`ws://127.0.0.1:${port}/api/spec/ws/demo`, { host: "attacker.example" }),
    ).rejects.toThrow("403");
    for (const host of [`127.0.0.1:${port}`, "localhost", `[::1]:${port}`, "LOCALHOST:1"]) {
      expect((await rawRequest(port, "GET", "/api/projects", { host })).status, host).toBe(200);
    }
  });

  it("answers to the names given with --allow-host as well", async () => {
    const { port } = await start({ flags: { "allow-host": ["studio.test"] } });
    expect((await rawRequest(port, "GET", "/api/projects", { host: "studio.test:80" })).status).toBe(200);
    expect((await rawRequest(port, "GET", "/api/projects", { host: "other.test" })).status).toBe(403);
  });

  it("decides which names a server answers to", () => {
    expect(acceptedHostNames({ host: "127.0.0.1", allowHosts: [] })).toEqual(
      new Set(["127.0.0.1", "localhost", "[::1]"]),
    );
    expect(acceptedHostNames({ host: "0.0.0.0", allowHosts: [] })).toBeNull();
    expect(acceptedHostNames({ host: "0.0.0.0", allowHosts: ["box.lan"] })).toEqual(
      new Set(["127.0.0.1", "localhost", "[::1]", "box.lan"]),
    );
  });
});

describe("token", () => {
  it("requires it on every route but health, from the header, the cookie, or the query where allowed", async () => {
    const { server, port, logLines } = await start({
      engine: new ScriptedEngine(says("Hello.")),
      settings: { token: TOKEN },
    });
    expect((await rawRequest(port, "GET", "/api/health")).status).toBe(200);
    const without = await rawRequest(port, "GET", "/api/projects");
    expect(without.status).toBe(401);
    expect(JSON.parse(without.body)).toEqual({ detail: "Missing or invalid token" });
    expect((await rawRequest(port, "GET", "/api/projects", { authorization: "Bearer wrong" })).status).toBe(
      401,
    );
    expect(
      (await rawRequest(port, "GET", "/api/projects", { authorization: `Bearer ${TOKEN}` })).status,
    ).toBe(200);
    // The query string is for the page's first load and the WebSocket only.
    expect((await rawRequest(port, "GET", `/api/projects?token=${TOKEN}`)).status).toBe(401);

    await expect(TestClient.open(`ws://127.0.0.1:${port}/api/spec/ws/demo`)).rejects.toThrow("401");
    const socket = await TestClient.open(`ws://127.0.0.1:${port}/api/spec/ws/demo?token=${TOKEN}`);
    socket.send({ type: "start" });
    expect(await socket.turn()).toEqual([{ type: "text", content: "Hello." }, { type: "response_done" }]);
    socket.terminate();

    const page = await server.app.inject({ method: "GET", url: `/?token=${TOKEN}&view=list` });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe("/?view=list");
    const cookie = String(page.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const withCookie = await rawRequest(port, "GET", "/api/projects", { cookie: cookie.split(";")[0]! });
    expect(withCookie.status).toBe(200);

    expect(logLines.join("\n")).not.toContain(TOKEN);
    expect(logLines.some((line) => line.includes('"reason":"missing-token"'))).toBe(true);
  });

  it("is required off loopback, where any host name is answered", async () => {
    const { server } = await start({ listen: false, settings: { host: "0.0.0.0", token: TOKEN } });
    const headers = { host: "my-laptop.lan:8888" };
    expect((await server.app.inject({ method: "GET", url: "/api/projects", headers })).statusCode).toBe(401);
    const allowed = await server.app.inject({
      method: "GET",
      url: "/api/projects",
      headers: { ...headers, authorization: `Bearer ${TOKEN}` },
    });
    expect(allowed.statusCode).toBe(200);
  });

  it("compares tokens whole, whatever their length", () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokensMatch(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(tokensMatch("", TOKEN)).toBe(false);
  });
});

describe("starting off loopback", () => {
  it("needs a token anywhere but loopback", () => {
    expect(startupRefusal({ host: "0.0.0.0", token: null })).toMatch(/without a token.*--token/);
    expect(startupRefusal({ host: "192.168.1.20", token: null })).toMatch(/without a token/);
    expect(startupRefusal({ host: "::", token: null })).toMatch(/without a token/);
    expect(startupRefusal({ host: "0.0.0.0", token: TOKEN })).toBeNull();
    for (const host of ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"]) {
      expect(isLoopbackHost(host), host).toBe(true);
      expect(startupRefusal({ host, token: null }), host).toBeNull();
    }
  });

  it("refuses to listen without a token, before binding anything", async () => {
    const { server } = await start({ listen: false, settings: { host: "0.0.0.0", token: null } });
    await expect(server.listen()).rejects.toBeInstanceOf(ServerStartError);
    expect(server.app.server.listening).toBe(false);
  });
});
