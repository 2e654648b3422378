import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Vitest global setup: builds the package once before any test runs, so the tests
 * that spawn `bin/specwright` run the current code, and no two test files build at once.
 */
export default function buildPackage(): void {
  execFileSync("npm", ["run", "--silent", "build"], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    stdio: ["ignore", "inherit", "inherit"],
  });
}
