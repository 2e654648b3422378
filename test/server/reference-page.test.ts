import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { serversForEachTest } from "./support/harness.js";
import { rawRequest } from "./support/raw-http.js";
import { interviewToCompletion, RECIPE_IDEA, type TestClient } from "./support/ws-client.js";

const start = serversForEachTest();

/**
 * A request as the original page's `fetchJSON` (its ui/src/lib/api.ts) makes it in a
 * browser: `Content-Type: application/json` on every request, a body only when one is
 * given, and the page's own origin on anything but GET. A POST without a body still says
 * `Content-Length: 0`, as Chromium's fetch does.
 */
async function pageRequest(
  port: number,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const text = body === undefined ? "" : JSON.stringify(body);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (method !== "GET") {
    headers.origin = `http://127.0.0.1:${port}`;
    headers["content-length"] = String(Buffer.byteLength(text));
  }
  const answer = await rawRequest(port, method, `/api${path}`, headers, text);
  return { status: answer.status, json: JSON.parse(answer.body) };
}

/** The original's AgentActionResponse with Specwright's one answer: nothing was started. */
const NOTHING_STARTED = {
  success: false,
  status: "stopped",
  message: expect.stringMatching(/^Specwright writes the spec; it does not run the coding agent\./),
};

const EMPTY_BOARD = { pending: [], in_progress: [], done: [] };

async function firstMessages(client: TestClient, count: number): Promise<unknown[]> {
  const messages: unknown[] = [];
  for (let i = 0; i < count; i++) messages.push(await client.nextFrame());
  return messages;
}

describe("the original page, from its first screen to the project view", () => {
  it("makes every request of that path without one failing", async () => {
    const { port, connect } = await start();
    const origin = `http://127.0.0.1:${port}`;

    // The first screen: the project list (App's useProjects).
    expect(await pageRequest(port, "GET", "/projects")).toEqual({ status: 200, json: [] });

    // New project, "Create with Claude" (NewProjectModal).
    const created = await pageRequest(port, "POST", "/projects", { name: "recipes", spec_method: "claude" });
    expect(created.status).toBeGreaterThanOrEqual(200);
    expect(created.status).toBeLessThan(300);
    expect(created.json).toMatchObject({ name: "recipes", has_spec: false, stats: { total: 0 } });
    expect((await pageRequest(port, "GET", "/projects")).json).toMatchObject([{ name: "recipes" }]);

    // The interview (SpecCreationChat over /api/spec/ws/{name}).
    const interview = await connect("/api/spec/ws/recipes", { origin });
    const frames = await interviewToCompletion(interview, RECIPE_IDEA);
    expect(frames.at(-1)).toMatchObject({ type: "complete" });

    // "Continue to Project": POST with a JSON content type and no body; anything but a 2xx
    // would keep the person on the interview with "Failed to start agent".
    expect(await pageRequest(port, "POST", "/projects/recipes/agent/start")).toEqual({
      status: 200,
      json: NOTHING_STARTED,
    });

    // The project view: the list again, the board (polled), and the project socket.
    expect((await pageRequest(port, "GET", "/projects")).json).toMatchObject([
      { name: "recipes", has_spec: true, stats: { passing: 0, total: 0, percentage: 0 } },
    ]);
    expect(await pageRequest(port, "GET", "/projects/recipes/features")).toEqual({
      status: 200,
      json: EMPTY_BOARD,
    });
    const progress = await connect("/ws/projects/recipes", { origin });
    expect(await firstMessages(progress, 2)).toEqual([
      { type: "agent_status", status: "stopped" },
      { type: "progress", passing: 0, total: 0, percentage: 0 },
    ]);
    progress.send({ type: "ping" });
    expect(await progress.nextFrame()).toEqual({ type: "pong" });

    // What the project view's buttons send: the agent's start, and "Add Feature".
    expect(await pageRequest(port, "POST", "/projects/recipes/agent/start")).toEqual({
      status: 200,
      json: NOTHING_STARTED,
    });
    const feature = {
      category: "Meals",
      name: "Plan a week",
      description: "Pick a recipe per day",
      steps: [],
    };
    const added = await pageRequest(port, "POST", "/projects/recipes/features", feature);
    expect(added.status).toBe(409);
    expect(added.json).toEqual({ detail: expect.stringMatching(/^Features come from the app spec\./) });
  });
});

describe("an empty body with a JSON content type", () => {
  it("is no body: accepted where none is needed, and a clear 422 where an object is", async () => {
    const { port, projectsDir } = await start();
    await pageRequest(port, "POST", "/projects", { name: "recipes" });
    for (const action of ["start", "stop", "pause", "resume"]) {
      expect(await pageRequest(port, "POST", `/projects/recipes/agent/${action}`), action).toEqual({
        status: 200,
        json: NOTHING_STARTED,
      });
    }
    // With a charset, and by chunks that carry nothing, it is the same.
    const emptyBodies: Record<string, string>[] = [
      { "content-type": "application/json; charset=utf-8", "content-length": "0" },
      { "content-type": "application/json", "transfer-encoding": "chunked" },
    ];
    for (const headers of emptyBodies) {
      const answer = await rawRequest(port, "POST", "/api/projects/recipes/agent/start", headers, "");
      expect(answer.status, JSON.stringify(headers)).toBe(200);
    }
    const noName = await pageRequest(port, "POST", "/projects");
    expect(noName).toEqual({ status: 422, json: { detail: expect.stringMatching(/must be a JSON object/) } });
    const noPrompts = await pageRequest(port, "PUT", "/projects/recipes/prompts");
    expect(noPrompts.status).toBe(422);
    // The original page's deleteProject: DELETE, JSON content type, no body.
    expect(await pageRequest(port, "DELETE", "/projects/recipes")).toEqual({
      status: 200,
      json: { success: true, message: "Project 'recipes' deleted" },
    });
    // Without even a Content-Length, as a DELETE may come.
    await pageRequest(port, "POST", "/projects", { name: "chores" });
    const bare = await rawRequest(port, "DELETE", "/api/projects/chores", {
      "content-type": "application/json",
    });
    expect(bare.status).toBe(200);
    expect(await readdir(projectsDir)).toEqual([]);
  });

  it("changes nothing else about JSON: a bad body is still 400, a poisoned one still refused", async () => {
    const { port } = await start();
    const broken = await rawRequest(
      port,
      "POST",
      "/api/projects",
      { "content-type": "application/json", "content-length": "1" },
      "{",
    );
    expect(broken.status).toBe(400);
    const poisoned = '{"name": "recipes", "__proto__": {"admin": true}}';
    const refused = await rawRequest(
      port,
      "POST",
      "/api/projects",
      { "content-type": "application/json", "content-length": String(poisoned.length) },
      poisoned,
    );
    expect(refused.status).toBe(400);
    const blank = await rawRequest(
      port,
      "POST",
      "/api/projects",
      { "content-type": "application/json", "content-length": "3" },
      "   ",
    );
    expect(blank.status).toBe(400);
  });
});

describe("the agent routes kept for the original page", () => {
  it("answer in the original's shapes: always stopped, nothing started", async () => {
    const { port } = await start();
    await pageRequest(port, "POST", "/projects", { name: "recipes" });
    expect(await pageRequest(port, "GET", "/projects/recipes/agent/status")).toEqual({
      status: 200,
      json: { status: "stopped", pid: null, started_at: null },
    });
    const started = await pageRequest(port, "POST", "/projects/recipes/agent/start");
    expect(Object.keys(started.json as object)).toEqual(["success", "status", "message"]);
    expect((started.json as { message: string }).message).toMatch(/coding agent where it runs/);
  });

  it("say which project is wrong as the original did: 400 for a bad name, 404 for none", async () => {
    const { port, projectsDir } = await start();
    for (const path of ["/projects/missing/agent/status", "/projects/missing/agent/start"]) {
      const method = path.endsWith("status") ? "GET" : "POST";
      expect(await pageRequest(port, method, path), path).toEqual({
        status: 404,
        json: { detail: "Project 'missing' not found" },
      });
    }
    expect((await pageRequest(port, "POST", "/projects/bad.name/agent/start")).status).toBe(400);
    expect((await pageRequest(port, "POST", "/projects/%2e%2e/agent/start")).status).toBe(400);
    expect(await readdir(projectsDir)).toEqual([]);
  });

  it("refuse a foreign page's start like any other change", async () => {
    const { port } = await start();
    await pageRequest(port, "POST", "/projects", { name: "recipes" });
    const foreign = await rawRequest(port, "POST", "/api/projects/recipes/agent/start", {
      "content-type": "application/json",
      "content-length": "0",
      origin: "http://evil.example",
    });
    expect(foreign.status).toBe(403);
  });
});

describe("the feature routes kept for the original page", () => {
  it("show an empty board and refuse every change, saying features come from the spec", async () => {
    const { port } = await start();
    await pageRequest(port, "POST", "/projects", { name: "recipes" });
    expect(await pageRequest(port, "GET", "/projects/recipes/features")).toEqual({
      status: 200,
      json: EMPTY_BOARD,
    });
    const refusal = {
      status: 409,
      json: { detail: expect.stringMatching(/Specwright writes the spec.*the coding agent.*runs elsewhere/) },
    };
    const feature = {
      category: "Meals",
      name: "Plan a week",
      description: "Pick a recipe per day",
      steps: ["a"],
    };
    expect(await pageRequest(port, "POST", "/projects/recipes/features", feature)).toEqual(refusal);
    expect(await pageRequest(port, "DELETE", "/projects/recipes/features/1")).toEqual(refusal);
    expect(await pageRequest(port, "PATCH", "/projects/recipes/features/1/skip")).toEqual(refusal);
    expect(await pageRequest(port, "GET", "/projects/recipes/features/1")).toEqual({
      status: 404,
      json: { detail: expect.stringMatching(/^Feature 1 not found\. Features come from the app spec\./) },
    });
  });

  it("say which project is wrong as the original did: 400 for a bad name, 404 for none", async () => {
    const { port } = await start();
    expect(await pageRequest(port, "GET", "/projects/missing/features")).toEqual({
      status: 404,
      json: { detail: "Project 'missing' not found" },
    });
    expect((await pageRequest(port, "POST", "/projects/missing/features", {})).status).toBe(404);
    expect((await pageRequest(port, "GET", "/projects/bad.name/features")).status).toBe(400);
  });
});
