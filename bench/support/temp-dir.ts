import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Runs `body` with a fresh folder under the system's temporary folder, removed afterwards whatever happens. */
export async function withTempDir<Result>(body: (dir: string) => Promise<Result>): Promise<Result> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "specwright-bench-")));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
