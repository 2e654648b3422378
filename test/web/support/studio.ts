import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { resolveServerSettings, type ServerLimits, type ServerSettings } from "../../../src/config.js";
import type { Engine } from "../../../src/engines/engine.js";
import { createGuidedEngine } from "../../../src/engines/guided/index.js";
import { createServer, type SpecwrightServer } from "../../../src/server/index.js";
import { launchChromium } from "./chromium.js";
import { buildPage } from "./page-build.js";
import { saveScreenshot } from "./screenshots.js";

export interface StudioOptions {
  engine?: Engine;
  limits?: Partial<ServerLimits>;
  /** Browser window size; a phone is 375 wide. */
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  /** The access token the server requires (`--token`). */
  token?: string;
}

export interface Studio {
  page: Page;
  context: BrowserContext;
  server: SpecwrightServer;
  settings: ServerSettings;
  projectsDir: string;
  port: number;
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /** Uncaught errors in the page; a test ends by checking there are none. */
  pageErrors: string[];
  screenshot: (step: string) => Promise<string>;
  /** Stops the server and starts a new one on the same port and projects folder, as a restart would. */
  restartServer: () => Promise<void>;
  /** Closes every WebSocket from the server's side, as a network drop or a proxy timeout would. */
  dropConnections: () => void;
}

/**
 * The real server (src/server) on 127.0.0.1 with a free port, a fresh projects folder
 * and the page built from web/src, driven by Debian's Chromium. One page build and one
 * browser per test file; a server, a projects folder and a browser context per test.
 * Screenshots are named `<screenshotPrefix>--<step>.png`.
 */
export function studioForEachTest(screenshotPrefix: string): (options?: StudioOptions) => Promise<Studio> {
  let browser: Browser | null = null;
  let page: { dir: string; remove: () => Promise<void> } | null = null;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    [page, browser] = await Promise.all([buildPage(), launchChromium()]);
  }, 120_000);

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  });

  afterAll(async () => {
    await browser?.close();
    await page?.remove();
  });

  return async (options = {}) => {
    if (!browser || !page) throw new Error("The studio's browser and page build are not ready");
    const projectsDir = await realpath(await mkdtemp(join(tmpdir(), "specwright-studio-")));
    cleanups.push(() => rm(projectsDir, { recursive: true, force: true }));
    const engine = options.engine ?? createGuidedEngine();
    const base = resolveServerSettings(
      { "projects-dir": projectsDir, port: "0", "static-dir": page.dir, "log-level": "silent" },
      {},
      projectsDir,
    );
    const settings: ServerSettings = {
      ...base,
      token: options.token ?? null,
      limits: { ...base.limits, ...options.limits },
    };
    let server = createServer(settings, { engine });
    const { port } = await server.listen();
    cleanups.push(() => server.close());

    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 860 },
      colorScheme: options.colorScheme ?? "light",
      reducedMotion: "reduce",
      acceptDownloads: true,
    });
    cleanups.push(() => context.close());
    // Generous: a loaded CI machine is slow, and a passing wait costs nothing extra.
    context.setDefaultTimeout(30_000);
    const opened = await context.newPage();
    const pageErrors: string[] = [];
    opened.on("pageerror", (error) => pageErrors.push(error.message));

    return {
      page: opened,
      context,
      get server() {
        return server;
      },
      settings,
      projectsDir,
      port,
      url: `http://127.0.0.1:${port}/`,
      pageErrors,
      screenshot: (step) => saveScreenshot(opened, screenshotPrefix, step),
      async restartServer() {
        await server.close();
        server = createServer({ ...settings, port }, { engine });
        await server.listen();
      },
      dropConnections() {
        for (const client of server.app.websocketServer.clients) client.terminate();
      },
    };
  };
}
