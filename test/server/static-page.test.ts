import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDirsForEachTest } from "../support/temp-dir.js";
import { serversForEachTest } from "./support/harness.js";
import { rawRequest } from "./support/raw-http.js";

const start = serversForEachTest();
const tempDir = tempDirsForEachTest();

describe("the page", () => {
  it("shows a placeholder on / until the web page is built, pointing to chat and the API", async () => {
    const { server } = await start({ listen: false, settings: { staticDir: await tempDir() } });
    const page = await server.app.inject({ method: "GET", url: "/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).toContain("not built yet");
    expect(page.body).toContain("specwright chat");
    expect(page.body).toContain("/api/health");
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    expect((await server.app.inject({ method: "GET", url: "/app.js" })).statusCode).toBe(404);
  });

  it("serves a built page from the static folder, with index.html for the page's own routes", async () => {
    const outside = await tempDir();
    const root = join(outside, "dist");
    await mkdir(join(root, "assets"), { recursive: true });
    await writeFile(join(root, "index.html"), "<!doctype html><title>Studio</title>");
    await writeFile(join(root, "assets/app.js"), "console.log('studio')");
    await writeFile(join(root, ".env"), "SECRET=1");
    await writeFile(join(outside, "secret.txt"), "do not serve");
    await symlink(join(outside, "secret.txt"), join(root, "linked.txt"));
    const { server, port } = await start({ settings: { staticDir: root } });

    const index = await server.app.inject({ method: "GET", url: "/" });
    expect(index.body).toBe("<!doctype html><title>Studio</title>");
    const script = await server.app.inject({ method: "GET", url: "/assets/app.js" });
    expect(script.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(script.body).toBe("console.log('studio')");
    expect(script.headers["cache-control"]).toMatch(/immutable/);
    expect(index.headers["cache-control"]).toBe("no-cache");
    const route = await server.app.inject({ method: "GET", url: "/projects/demo" });
    expect(route.body).toBe("<!doctype html><title>Studio</title>");

    for (const path of [
      "/assets/missing.js",
      "/.env",
      "/linked.txt",
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/assets/..%2f..%2fsecret.txt",
    ]) {
      const response = await rawRequest(port, "GET", path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain("do not serve");
      expect(response.body, path).not.toContain("SECRET");
    }
  });
});
