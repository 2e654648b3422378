import { mkdir, readdir, readFile, stat, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillFeatureCount, initializerTemplate, makeSpecStatus } from "../../src/app-spec/index.js";
import { writeSpecStatusFile } from "../../src/workspace/index.js";
import { ScriptedEngine, says, waitsFor } from "../support/scripted-engine.js";
import { validSpecText } from "../support/spec-text.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";
import { serversForEachTest, until } from "./support/harness.js";
import { rawRequest } from "./support/raw-http.js";

const start = serversForEachTest();
const tempDir = tempDirsForEachTest();
const NO_STATS = { passing: 0, total: 0, percentage: 0 };
const ANY_TIME = expect.stringMatching(/^\d{4}-\d\d-\d\dT/);

/** Writes a finished spec the way an interview leaves it. */
async function writeFinishedSpec(projectDir: string, features = 3): Promise<void> {
  await mkdir(join(projectDir, "prompts"), { recursive: true });
  await writeFile(join(projectDir, "prompts/app_spec.txt"), validSpecText(features));
  await writeFile(
    join(projectDir, "prompts/initializer_prompt.md"),
    fillFeatureCount(initializerTemplate(), features),
  );
}

describe("GET /api/health", () => {
  it("answers ok with the version and the engine new sessions get", async () => {
    const { server } = await start({ listen: false });
    const version = JSON.parse(
      await readFile(new URL("../../package.json", import.meta.url), "utf8"),
    ).version;
    const response = await server.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", version, engine: "guided", model: null });
  });
});

describe("/api/projects", () => {
  it("creates, lists, describes and deletes projects", async () => {
    const { server, projectsDir } = await start({ listen: false });
    const app = server.app;
    expect((await app.inject({ method: "GET", url: "/api/projects" })).json()).toEqual([]);

    const created = await app.inject({
      method: "POST",
      url: "/api/projects",
      payload: { name: "demo", spec_method: "chat" },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ name: "demo", has_spec: false, stats: NO_STATS, updated_at: ANY_TIME });
    expect((await stat(join(projectsDir, "demo/prompts"))).isDirectory()).toBe(true);

    expect((await app.inject({ method: "GET", url: "/api/projects" })).json()).toEqual([
      {
        name: "demo",
        has_spec: false,
        stats: NO_STATS,
        updated_at: ANY_TIME,
        spec_state: "none",
        feature_count: null,
        interview: null,
      },
    ]);
    expect((await app.inject({ method: "GET", url: "/api/projects/demo" })).json()).toEqual({
      name: "demo",
      has_spec: false,
      stats: NO_STATS,
      updated_at: ANY_TIME,
      prompts_dir: join(projectsDir, "demo/prompts"),
    });

    const deleted = await app.inject({ method: "DELETE", url: "/api/projects/demo" });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toMatchObject({ success: true });
    expect(await readdir(projectsDir)).toEqual([]);
    expect((await app.inject({ method: "GET", url: "/api/projects/demo" })).statusCode).toBe(404);
    expect((await app.inject({ method: "DELETE", url: "/api/projects/demo" })).statusCode).toBe(404);
  });

  it("reports has_spec for a project whose spec is complete and valid", async () => {
    const { server, projectsDir } = await start({ listen: false });
    await writeFinishedSpec(join(projectsDir, "done"));
    await mkdir(join(projectsDir, "empty"));
    const listed = { stats: NO_STATS, updated_at: ANY_TIME, interview: null };
    expect((await server.app.inject({ method: "GET", url: "/api/projects" })).json()).toEqual([
      { ...listed, name: "done", has_spec: true, spec_state: "complete", feature_count: expect.any(Number) },
      { ...listed, name: "empty", has_spec: false, spec_state: "none", feature_count: null },
    ]);
  });

  it("refuses a bad body with 422 and says why, and an existing name with 409", async () => {
    const { server, projectsDir } = await start({ listen: false });
    const post = (payload: unknown) =>
      server.app.inject({
        method: "POST",
        url: "/api/projects",
        headers: { "content-type": "application/json" },
        payload: JSON.stringify(payload),
      });
    for (const [body, detail] of [
      [{ name: "../evil" }, /^Invalid project name/],
      [{ name: "x".repeat(51) }, /^Invalid project name/],
      [{ name: "" }, /^Invalid project name/],
      [{ name: 7 }, /must be a string/],
      [{ spec_method: "chat" }, /'name' is required/],
      [["demo"], /JSON object/],
    ] as const) {
      const response = await post(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
      expect(response.json().detail).toMatch(detail);
    }
    expect(await readdir(projectsDir)).toEqual([]);
    expect((await post({ name: "demo" })).statusCode).toBe(201);
    const again = await post({ name: "demo" });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/already exists/);
  });

  it("closes a project's live session before deleting its folder", async () => {
    const { server, connect } = await start({ engine: new ScriptedEngine(says("Hello.")) });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    const session = server.registry.get("demo")!;
    const response = await server.app.inject({ method: "DELETE", url: "/api/projects/demo" });
    expect(response.statusCode).toBe(200);
    expect(session.isClosed()).toBe(true);
    expect(server.registry.list()).toEqual([]);
  });
});

describe("/api/projects/{name}/prompts", () => {
  it("reads the three prompts, empty where there is no file yet", async () => {
    const { server } = await start({ listen: false });
    await server.app.inject({ method: "POST", url: "/api/projects", payload: { name: "demo" } });
    const response = await server.app.inject({ method: "GET", url: "/api/projects/demo/prompts" });
    expect(response.json()).toEqual({
      app_spec: "",
      initializer_prompt: initializerTemplate(),
      coding_prompt: "",
    });
  });

  it("writes only the prompts given", async () => {
    const { server, projectsDir } = await start({ listen: false });
    await server.app.inject({ method: "POST", url: "/api/projects", payload: { name: "demo" } });
    const response = await server.app.inject({
      method: "PUT",
      url: "/api/projects/demo/prompts",
      payload: { app_spec: validSpecText(2), coding_prompt: "Build it well." },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      app_spec: validSpecText(2),
      initializer_prompt: initializerTemplate(),
      coding_prompt: "Build it well.",
    });
    expect(await readFile(join(projectsDir, "demo/prompts/coding_prompt.md"), "utf8")).toBe("Build it well.");
    expect((await readdir(join(projectsDir, "demo/prompts"))).sort()).toEqual([
      "app_spec.txt",
      "coding_prompt.md",
      "initializer_prompt.md",
    ]);
  });

  it("refuses a prompt over 1 MiB, a field that is no string, and a missing project, writing nothing", async () => {
    const { server, projectsDir } = await start({ listen: false });
    await server.app.inject({ method: "POST", url: "/api/projects", payload: { name: "demo" } });
    const put = (payload: unknown, project = "demo") =>
      server.app.inject({
        method: "PUT",
        url: `/api/projects/${project}/prompts`,
        payload: payload as object,
      });
    const tooBig = await put({ coding_prompt: "small", app_spec: "é".repeat(600 * 1024) });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().detail).toMatch(/app_spec.*larger than 1048576 bytes/);
    const wrongType = await put({ app_spec: ["not", "text"] });
    expect(wrongType.statusCode).toBe(422);
    expect((await put({ app_spec: "x" }, "ghost")).statusCode).toBe(404);
    expect(await readdir(join(projectsDir, "demo/prompts"))).toEqual(["initializer_prompt.md"]);
    expect(await readdir(projectsDir)).toEqual(["demo"]);
  });

  it("refuses to write while a turn runs on the project", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { server, connect } = await start({ engine: new ScriptedEngine(says("Hello."), waitsFor(gate)) });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "message", content: "Go on" });
    await until(() => server.registry.get("demo")?.isBusy() === true);
    const response = await server.app.inject({
      method: "PUT",
      url: "/api/projects/demo/prompts",
      payload: { app_spec: "mine" },
    });
    expect(response.statusCode).toBe(409);
    release();
    await client.turn();
  });

  it("does not write through a prompts folder that links out of the project", async () => {
    const { server, projectsDir } = await start({ listen: false });
    const outside = await tempDir();
    await mkdir(join(projectsDir, "demo"));
    await symlink(outside, join(projectsDir, "demo/prompts"));
    const response = await server.app.inject({
      method: "PUT",
      url: "/api/projects/demo/prompts",
      payload: { coding_prompt: "escaped" },
    });
    expect(response.statusCode).toBe(400);
    expect(await readdir(outside)).toEqual([]);
  });
});

describe("GET /api/projects/{name}/spec", () => {
  it("answers the app spec with its findings, feature count and summary", async () => {
    const { server, projectsDir } = await start({ listen: false });
    await writeFinishedSpec(join(projectsDir, "demo"), 4);
    const response = await server.app.inject({ method: "GET", url: "/api/projects/demo/spec" });
    expect(response.json()).toMatchObject({
      app_spec: validSpecText(4),
      findings: { errors: [], warnings: expect.any(Array) },
      valid: true,
      feature_count: 4,
      summary: { projectName: "tasks", featureCount: 4, categories: [{ name: "task_management" }] },
    });
  });

  it("lists the errors of an invalid spec, and answers null before there is one", async () => {
    const { server, projectsDir } = await start({ listen: false });
    await mkdir(join(projectsDir, "demo/prompts"), { recursive: true });
    const empty = await server.app.inject({ method: "GET", url: "/api/projects/demo/spec" });
    expect(empty.json()).toEqual({
      app_spec: null,
      findings: { errors: [], warnings: [] },
      valid: false,
      feature_count: null,
      summary: null,
    });
    await writeFile(join(projectsDir, "demo/prompts/app_spec.txt"), "<project_specification>oops");
    const broken = (await server.app.inject({ method: "GET", url: "/api/projects/demo/spec" })).json();
    expect(broken.valid).toBe(false);
    expect(broken.findings.errors.length).toBeGreaterThan(0);
    expect((await server.app.inject({ method: "GET", url: "/api/projects/ghost/spec" })).statusCode).toBe(
      404,
    );
  });
});

describe("/api/spec/sessions", () => {
  it("lists, describes and closes live sessions", async () => {
    const { server, connect } = await start({ engine: new ScriptedEngine(says("Hello.")) });
    const app = server.app;
    expect((await app.inject({ method: "GET", url: "/api/spec/sessions" })).json()).toEqual([]);
    expect((await app.inject({ method: "GET", url: "/api/spec/sessions/demo" })).statusCode).toBe(404);
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();

    expect((await app.inject({ method: "GET", url: "/api/spec/sessions" })).json()).toEqual(["demo"]);
    expect((await app.inject({ method: "GET", url: "/api/spec/sessions/demo" })).json()).toEqual({
      project_name: "demo",
      is_active: true,
      is_complete: false,
      message_count: 2,
    });
    const session = server.registry.get("demo")!;
    const closed = await app.inject({ method: "DELETE", url: "/api/spec/sessions/demo" });
    expect(closed.json()).toEqual({ success: true, message: expect.any(String) });
    expect(session.isClosed()).toBe(true);
    expect((await app.inject({ method: "GET", url: "/api/spec/sessions" })).json()).toEqual([]);
    expect((await app.inject({ method: "DELETE", url: "/api/spec/sessions/demo" })).statusCode).toBe(404);
    // A removed session stays removed: the next message does not bring it back from disk.
    client.send({ type: "message", content: "Are you still there?" });
    expect(await client.next()).toEqual({
      type: "error",
      content: "No active session. Send 'start' first.",
      code: "session_not_started",
      retryable: false,
    });
  });
});

describe("GET /api/spec/status/{name}", () => {
  const status = async (app: Awaited<ReturnType<typeof start>>["server"]["app"], name = "demo") =>
    (await app.inject({ method: "GET", url: `/api/spec/status/${name}` })).json();

  it("derives not_started, in_progress, complete and error from the status file and the files", async () => {
    const { server, projectsDir } = await start({ listen: false });
    const projectDir = join(projectsDir, "demo");
    await mkdir(join(projectDir, "prompts"), { recursive: true });
    expect(await status(server.app)).toEqual({
      exists: false,
      status: "not_started",
      feature_count: null,
      timestamp: null,
      files_written: [],
    });

    await writeFile(join(projectDir, "prompts/app_spec.txt"), validSpecText(3));
    expect(await status(server.app)).toMatchObject({ exists: false, status: "in_progress" });

    await writeFinishedSpec(projectDir, 3);
    const written = makeSpecStatus(["prompts/app_spec.txt", "prompts/initializer_prompt.md"], 3);
    await writeSpecStatusFile(projectDir, written);
    expect(await status(server.app)).toEqual({
      exists: true,
      status: "complete",
      feature_count: 3,
      timestamp: written.timestamp,
      files_written: written.files_written,
    });

    // Edited after it was finished, so the files no longer agree with the status file.
    await writeFile(join(projectDir, "prompts/app_spec.txt"), "<project_specification>");
    expect(await status(server.app)).toMatchObject({ exists: true, status: "error" });

    await writeFile(join(projectDir, "prompts/.spec_status.json"), "{ not json");
    expect(await status(server.app)).toMatchObject({ exists: true, status: "error", timestamp: null });
  });

  it("reports in_progress while an interview is live on an unfinished spec, and 404 for no project", async () => {
    const { server, connect } = await start({ engine: new ScriptedEngine(says("Hello.")) });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    expect(await status(server.app)).toMatchObject({ exists: false, status: "in_progress" });
    expect((await server.app.inject({ method: "GET", url: "/api/spec/status/ghost" })).statusCode).toBe(404);
  });
});

describe("project names in REST paths", () => {
  const routes = [
    ["GET", "/api/projects/NAME"],
    ["DELETE", "/api/projects/NAME"],
    ["GET", "/api/projects/NAME/prompts"],
    ["PUT", "/api/projects/NAME/prompts"],
    ["GET", "/api/projects/NAME/spec"],
    ["POST", "/api/projects/NAME/spec/check"],
    ["GET", "/api/projects/NAME/spec/versions"],
    ["GET", "/api/projects/NAME/spec/versions/1"],
    ["POST", "/api/projects/NAME/spec/versions/1/restore"],
    ["GET", "/api/spec/sessions/NAME"],
    ["DELETE", "/api/spec/sessions/NAME"],
    ["GET", "/api/spec/status/NAME"],
  ] as const;
  const badNames = ["..", "%2e%2e", "%2E%2e", "a%2Fb", "x".repeat(51), "name%0A", "", "a%00b"];

  it("answers 400 for every bad name, before anything reaches the disk", async () => {
    const { port, projectsDir } = await start();
    for (const [method, route] of routes) {
      for (const name of badNames) {
        const body = method === "PUT" ? JSON.stringify({ app_spec: "x" }) : undefined;
        const headers: Record<string, string> = body ? { "content-type": "application/json" } : {};
        const response = await rawRequest(port, method, route.replace("NAME", name), headers, body);
        expect(response.status, `${method} ${route} with "${name}"`).toBe(400);
        expect(JSON.parse(response.body).detail).toMatch(/^Invalid project name/);
      }
    }
    expect(await readdir(projectsDir)).toEqual([]);
  });

  it("answers 404 where the name cannot be routed as one segment", async () => {
    const { port } = await start();
    for (const [method, route] of routes) {
      const response = await rawRequest(port, method, route.replace("NAME", "a/b"));
      expect(response.status, `${method} ${route}`).toBe(404);
    }
  });

  it("answers an unknown API path with a JSON 404", async () => {
    const { server } = await start({ listen: false });
    const response = await server.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ detail: "Not Found" });
  });
});
