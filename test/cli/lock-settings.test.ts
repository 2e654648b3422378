import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CliProcess, offlineEnv } from "../support/cli-process.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const running: CliProcess[] = [];
afterEach(() => {
  for (const cli of running.splice(0)) cli.child.kill("SIGKILL");
});

async function turnOf(cli: CliProcess): Promise<void> {
  for (let line = await cli.nextLine(); line !== null; line = await cli.nextLine())
    if ((JSON.parse(line) as { type: string }).type === "response_done") return;
  throw new Error(`the chat ended mid-turn: ${cli.stderr.join("")}`);
}

describe("the project lock's timing from the environment", () => {
  it("beats as often as SPECWRIGHT_LOCK_HEARTBEAT_MS says, and refuses a stale age too short for it", async () => {
    const projectsDir = await tempDir();
    const cli = new CliProcess(
      ["chat", "demo", "--jsonl", "--projects-dir", projectsDir],
      offlineEnv({ SPECWRIGHT_LOCK_HEARTBEAT_MS: "20", SPECWRIGHT_LOCK_STALE_MS: "5000" }),
    );
    running.push(cli);
    cli.write(JSON.stringify({ type: "start" }));
    await turnOf(cli);
    const lockPath = join(projectsDir, "demo/.specwright/lock");
    const beatOf = async () => JSON.parse(await readFile(lockPath, "utf8")).heartbeatAt as string;
    const first = await beatOf();
    let beat = first;
    // The default beat is every 15 s; with 20 ms it changes within moments.
    for (let tries = 0; beat === first && tries < 500; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      beat = await beatOf();
    }
    expect(Date.parse(beat)).toBeGreaterThan(Date.parse(first));
    cli.endInput();
    await cli.exited;

    const refused = new CliProcess(
      ["chat", "demo", "--jsonl", "--projects-dir", projectsDir],
      offlineEnv({ SPECWRIGHT_LOCK_HEARTBEAT_MS: "1000", SPECWRIGHT_LOCK_STALE_MS: "1500" }),
    );
    running.push(refused);
    refused.endInput();
    expect(await refused.exited).toBe(2);
    expect(refused.stderr.join("")).toMatch(/SPECWRIGHT_LOCK_STALE_MS \(1500\) must be at least twice/);
  });
});
