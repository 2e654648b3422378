import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillFeatureCount, initializerTemplate } from "../../src/app-spec/index.js";
import { validSpecText } from "../support/spec-text.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";
import { serversForEachTest } from "./support/harness.js";

const start = serversForEachTest();
const tempDir = tempDirsForEachTest();

async function withProject() {
  const started = await start({ listen: false });
  await started.server.app.inject({ method: "POST", url: "/api/projects", payload: { name: "demo" } });
  const app = started.server.app;
  const projectDir = join(started.projectsDir, "demo");
  return {
    ...started,
    app,
    projectDir,
    read: (file: string) => readFile(join(projectDir, "prompts", file), "utf8"),
    get: () => app.inject({ method: "GET", url: "/api/projects/demo/prompts" }),
    put: (payload: object, headers: Record<string, string> = {}, query = "") =>
      app.inject({ method: "PUT", url: `/api/projects/demo/prompts${query}`, payload, headers }),
  };
}

describe("PUT /api/projects/{name}/prompts with If-Match", () => {
  it("answers an ETag, takes a write made from it, and refuses an outdated one with 412", async () => {
    const { get, put, read, projectDir } = await withProject();
    const first = await get();
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await get()).headers.etag).toBe(etag);

    const saved = await put({ app_spec: validSpecText(2) }, { "if-match": etag });
    expect(saved.statusCode).toBe(200);
    const next = saved.headers.etag as string;
    expect(next).not.toBe(etag);
    expect((await get()).headers.etag).toBe(next);

    // Someone else changed the file on disk since: the old tag no longer matches.
    await writeFile(join(projectDir, "prompts/app_spec.txt"), validSpecText(5));
    const stale = await put({ app_spec: "mine" }, { "if-match": next });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: "prompts_changed" });
    expect(stale.headers.etag).toBe((await get()).headers.etag);
    expect(await read("app_spec.txt")).toBe(validSpecText(5));
    // A weak tag never matches; `*` and the current tag do; no header writes as before.
    expect((await put({ app_spec: "mine" }, { "if-match": `W/${stale.headers.etag}` })).statusCode).toBe(412);
    expect((await put({ app_spec: "star" }, { "if-match": "*" })).statusCode).toBe(200);
    expect((await put({ app_spec: "plain" })).statusCode).toBe(200);
    expect(await read("app_spec.txt")).toBe("plain");
  });

  it("checks every field before writing any: one refused field leaves all files as they were", async () => {
    const { put, read, projectDir } = await withProject();
    const outside = await tempDir();
    await put({ app_spec: "before" });
    // The coding prompt's name leads out of the project; the app spec alone would be fine.
    await symlink(join(outside, "coding.md"), join(projectDir, "prompts/coding_prompt.md"));
    const response = await put({ app_spec: validSpecText(3), coding_prompt: "escaped" });
    expect(response.statusCode).toBe(400);
    expect(await read("app_spec.txt")).toBe("before");
    expect(await readdir(outside)).toEqual([]);
  });

  it("keeps a plain REST write to what it names, and lets the studio's edit bring the initializer along", async () => {
    const { put, read, app } = await withProject();
    await put({ app_spec: validSpecText(2) });
    expect(await read("initializer_prompt.md")).toBe(initializerTemplate());
    await put({ app_spec: validSpecText(6) }, {}, "?via=page");
    expect(await read("initializer_prompt.md")).toBe(fillFeatureCount(initializerTemplate(), 6));
    const spec = (await app.inject({ method: "GET", url: "/api/spec/status/demo" })).json();
    expect(spec).toMatchObject({ exists: true, status: "complete" });
  });
});

describe("POST /api/projects/{name}/spec/check", () => {
  it("answers the validator's findings for text that is not saved, and writes nothing", async () => {
    const { app, projectDir } = await withProject();
    const check = (payload: unknown, project = "demo") =>
      app.inject({ method: "POST", url: `/api/projects/${project}/spec/check`, payload: payload as object });
    const good = await check({ text: validSpecText(3) });
    expect(good.json()).toMatchObject({ valid: true, feature_count: 3, findings: { errors: [] } });
    const broken = (await check({ text: validSpecText(3).replace("<overview>", "<overviw>") })).json();
    expect(broken.valid).toBe(false);
    expect(broken.findings.errors[0]).toMatchObject({ severity: "error", line: expect.any(Number) });
    expect((await check({ text: 5 })).statusCode).toBe(422);
    expect((await check({ text: "x".repeat(1024 * 1024 + 1) })).statusCode).toBe(413);
    expect((await check({ text: "x" }, "ghost")).statusCode).toBe(404);
    expect(await readdir(join(projectDir, "prompts"))).toEqual(["initializer_prompt.md"]);
  });
});

describe("/api/projects/{name}/spec/versions", () => {
  it("lists every version with how it was made, answers one's text, and restores one as a new version", async () => {
    const { app, put, read, projectDir } = await withProject();
    await writeFile(join(projectDir, "prompts/app_spec.txt"), "written by hand");
    await put({ app_spec: validSpecText(2) });
    await put({ app_spec: validSpecText(4) }, {}, "?via=page");
    // An old backup folder from an earlier Specwright is listed too.
    await mkdir(join(projectDir, "prompts/history/1"), { recursive: true });
    await writeFile(join(projectDir, "prompts/history/1/app_spec.txt"), "ancient");

    const listed = (await app.inject({ method: "GET", url: "/api/projects/demo/spec/versions" })).json();
    const specVersions = listed.versions.filter(
      (version: { file: string }) => version.file === "prompts/app_spec.txt",
    );
    expect(
      specVersions.map((version: { id: string; source: string }) => `${version.id} ${version.source}`),
    ).toEqual(["3 page", "2 rest", "1 found", "history-1-app_spec backup"]);
    expect(specVersions[0]).toEqual({
      id: "3",
      file: "prompts/app_spec.txt",
      source: "page",
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      bytes: Buffer.byteLength(validSpecText(4)),
    });
    const one = (await app.inject({ method: "GET", url: "/api/projects/demo/spec/versions/2" })).json();
    expect(one).toMatchObject({ id: "2", source: "rest", text: validSpecText(2) });
    expect((await app.inject({ method: "GET", url: "/api/projects/demo/spec/versions/77" })).statusCode).toBe(
      404,
    );
    expect(
      (await app.inject({ method: "GET", url: "/api/projects/demo/spec/versions/..%2f" })).statusCode,
    ).toBe(404);

    const restore = (id: string, headers: Record<string, string> = {}) =>
      app.inject({ method: "POST", url: `/api/projects/demo/spec/versions/${id}/restore`, headers });
    expect((await restore("2", { "if-match": '"outdated"' })).statusCode).toBe(412);
    const restored = await restore("2");
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({
      restored: { id: "2" },
      version: { source: "restore", restored_from: "2" },
    });
    expect(await read("app_spec.txt")).toBe(validSpecText(2));
    // The initializer prompt follows the restored spec's count.
    expect(await read("initializer_prompt.md")).toBe(fillFeatureCount(initializerTemplate(), 2));
    expect((await restore("history-1-app_spec")).statusCode).toBe(200);
    expect(await read("app_spec.txt")).toBe("ancient");
    expect((await restore("99")).statusCode).toBe(404);
  });
});
