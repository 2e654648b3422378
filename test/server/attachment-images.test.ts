import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ServerFrame } from "../../src/types/wire.js";
import { ScriptedEngine, says } from "../support/scripted-engine.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";
import { serversForEachTest } from "./support/harness.js";
import { rawRequest } from "./support/raw-http.js";

const start = serversForEachTest();
const tempDir = tempDirsForEachTest();
const TOKEN = "s3cret-token-for-tests";
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);

describe("GET /api/projects/{name}/mockups/{file}", () => {
  it("serves an image attached in the interview, at the path its history gives, as the image it is", async () => {
    const { server, connect } = await start({
      engine: new ScriptedEngine(says("Hello."), says("Nice sketch.")),
    });
    const page = await connect("/api/spec/ws/demo");
    page.send({ type: "start" });
    await page.turn();
    page.send({
      type: "message",
      content: "Here is the home screen.",
      attachments: [
        { filename: "home screen.png", mimeType: "image/png", base64Data: PNG.toString("base64") },
      ],
    });
    await page.turn();
    page.send({ type: "resume" });
    const history = (await page.nextFrame()) as Extract<ServerFrame, { type: "history" }>;
    const attached = history.messages.find((message) => message.attachments)?.attachments;
    expect(attached).toEqual([{ filename: "home screen.png", saved_as: "prompts/mockups/home-screen.png" }]);

    const url = `/api/projects/demo/mockups/${attached![0]!.saved_as.split("/").pop()}`;
    const image = await server.app.inject({ method: "GET", url });
    expect(image.statusCode).toBe(200);
    expect(image.rawPayload.equals(PNG)).toBe(true);
    expect(image.headers).toMatchObject({
      "content-type": "image/png",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cross-origin-resource-policy": "same-origin",
    });
    expect((await server.app.inject({ method: "HEAD", url })).statusCode).toBe(200);
  });

  it("tells an image's type by its bytes, and serves nothing that is not an image", async () => {
    const { server, projectsDir } = await start({ listen: false });
    await server.app.inject({ method: "POST", url: "/api/projects", payload: { name: "demo" } });
    const mockups = join(projectsDir, "demo/prompts/mockups");
    await mkdir(mockups, { recursive: true });
    await writeFile(join(mockups, "photo.png"), JPEG);
    await writeFile(join(mockups, "page.png"), "<html><script>alert(1)</script></html>");
    await writeFile(join(mockups, "notes.md"), "# notes");
    const get = (file: string) =>
      server.app.inject({ method: "GET", url: `/api/projects/demo/mockups/${file}` });
    const photo = await get("photo.png");
    expect(photo.statusCode).toBe(200);
    expect(photo.headers["content-type"]).toBe("image/jpeg");
    for (const file of ["page.png", "notes.md", "missing.png"]) {
      const refused = await get(file);
      expect(refused.statusCode, file).toBe(404);
      expect(refused.json().detail).toBe(`No image '${file}' in project 'demo'`);
    }
    expect(
      (await server.app.inject({ method: "GET", url: "/api/projects/nobody/mockups/photo.png" })).statusCode,
    ).toBe(404);
  });

  it("refuses names that are not a saved image's, and never follows a link out of the project", async () => {
    const { projectsDir, port } = await start();
    const outside = await tempDir();
    await writeFile(join(outside, "secret.png"), PNG);
    await mkdir(join(projectsDir, "demo/prompts/mockups"), { recursive: true });
    await symlink(join(outside, "secret.png"), join(projectsDir, "demo/prompts/mockups/linked.png"));
    await mkdir(join(projectsDir, "other/prompts"), { recursive: true });
    await symlink(outside, join(projectsDir, "other/prompts/mockups"));
    for (const path of [
      "/api/projects/demo/mockups/..%2F..%2F..%2Fsecret.png",
      "/api/projects/demo/mockups/.hidden.png",
      "/api/projects/demo/mockups/%2e%2e",
      "/api/projects/demo/mockups/a%5Cb.png",
      "/api/projects/demo/mockups/name%00.png",
    ])
      expect((await rawRequest(port, "GET", path)).status, path).toBe(400);
    expect((await rawRequest(port, "GET", "/api/projects/demo/mockups/linked.png")).status).toBe(404);
    expect((await rawRequest(port, "GET", "/api/projects/other/mockups/secret.png")).status).toBe(404);
    expect((await rawRequest(port, "GET", "/api/projects/..%2Fdemo/mockups/linked.png")).status).toBe(400);
  });

  it("asks for the token and the host like every route", async () => {
    const { projectsDir, port } = await start({ settings: { token: TOKEN } });
    await mkdir(join(projectsDir, "demo/prompts/mockups"), { recursive: true });
    await writeFile(join(projectsDir, "demo/prompts/mockups/a.png"), PNG);
    const path = "/api/projects/demo/mockups/a.png";
    expect((await rawRequest(port, "GET", path)).status).toBe(401);
    expect((await rawRequest(port, "GET", `${path}?token=${TOKEN}`)).status).toBe(401);
    expect((await rawRequest(port, "GET", path, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect(
      (await rawRequest(port, "GET", path, { cookie: `specwright_token_${port}=${TOKEN}` })).status,
    ).toBe(200);
    const rebound = await rawRequest(port, "GET", path, {
      authorization: `Bearer ${TOKEN}`,
      host: "evil.example",
    });
    expect(rebound.status).toBe(403);
  });
});
