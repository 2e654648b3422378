import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";

export const WEB_DIR = resolve(import.meta.dirname, "../../../web");

/**
 * Builds the page from its sources into a fresh folder, so a browser test always runs
 * the page as it is now, never a stale web/dist, and parallel test files never share
 * (or overwrite) one output folder.
 */
export async function buildPage(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "specwright-page-"));
  // The page's build switches NODE_ENV to production; this test process keeps its own.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({
      root: WEB_DIR,
      configFile: join(WEB_DIR, "vite.config.ts"),
      logLevel: "silent",
      build: { outDir: dir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
