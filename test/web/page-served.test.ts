import { describe, expect, it } from "vitest";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("served");

describe("the page as the server serves it", () => {
  it("serves index.html uncached and the hashed assets cached for good", async () => {
    const studio = await open();
    const page = await fetch(studio.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    const html = await page.text();
    expect(html).toContain('<div id="root"></div>');

    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.some((path) => path.endsWith(".js"))).toBe(true);
    expect(assets.some((path) => path.endsWith(".css"))).toBe(true);
    for (const path of assets) {
      expect(path).toMatch(/-[A-Za-z0-9_-]{8}\.(js|css)$/);
      const asset = await fetch(new URL(path, studio.url));
      expect(asset.status, path).toBe(200);
      expect(asset.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
    }
  });
});
