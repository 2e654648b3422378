import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What the build reads, and the files it writes last, for the staleness check. */
const SOURCES = ["src", "web/src", "web/index.html", "web/vite.config.ts", "tsconfig.build.json"];
const OUTPUTS = ["dist/cli/main.js", "web/dist/index.html"];

function newestModified(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestModified(join(path, name))), 0);
}

function oldestOutput(): number {
  const times = OUTPUTS.map((path) => statSync(join(ROOT, path), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  return Math.min(...times);
}

/**
 * Vitest global setup: builds the package before any test runs, so the tests that
 * spawn `bin/specwright` or load the page run the current code, and no two test files
 * build at once. A build is skipped when dist/ and web/dist/ are newer than every
 * source they come from, so running one test file takes seconds (CONTRIBUTING.md);
 * SPECWRIGHT_TEST_BUILD=always forces it.
 */
export default function buildPackage(): void {
  const newestSource = Math.max(...SOURCES.map((path) => newestModified(join(ROOT, path))));
  if (process.env.SPECWRIGHT_TEST_BUILD !== "always" && oldestOutput() > newestSource) return;
  execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
}
