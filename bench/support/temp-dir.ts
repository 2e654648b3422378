import { rmSync } from "node:fs";
import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Folders handed out and not yet removed: removed at exit if a benchmark is interrupted first. */
const live = new Set<string>();
process.once("exit", () => {
  for (const dir of live) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A process killed a moment ago may still be writing into it; nothing more can be done at exit.
    }
  }
});

/** Runs `body` with a fresh folder under the system's temporary folder, removed afterwards whatever happens. */
export async function withTempDir<Result>(body: (dir: string) => Promise<Result>): Promise<Result> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "specwright-bench-")));
  live.add(dir);
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
    live.delete(dir);
  }
}
