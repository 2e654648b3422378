import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The newest modification time among the TypeScript sources under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Why a benchmark that runs the built command line cannot trust it, or null when it can:
 * dist/ missing (a clone without `npm install` would fail at its first persona, minutes in)
 * or older than a source file (it would measure the code as it was, not as it is).
 */
export function builtCliProblem(): string | null {
  let built: number;
  try {
    built = statSync(join(root, "dist", "cli", "main.js")).mtimeMs;
  } catch {
    return "dist/ is missing: run `npm run build` first";
  }
  return newestSource(join(root, "src")) > built
    ? "dist/ is older than src/: run `npm run build` so the run measures the code as it is"
    : null;
}
