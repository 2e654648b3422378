import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ServerFrame } from "../../src/types/wire.js";
import { TestClient } from "../server/support/ws-client.js";
import { BIN, CliProcess, offlineEnv, REPO_ROOT } from "../support/cli-process.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const processes: CliProcess[] = [];
const clients: TestClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.terminate();
  for (const process of processes.splice(0)) process.child.kill("SIGKILL");
});

function specwright(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: offlineEnv(), encoding: "utf8" });
}

function start(args: string[]): CliProcess {
  const child = new CliProcess(args);
  processes.push(child);
  return child;
}

async function open(url: string, project: string): Promise<TestClient> {
  const client = await TestClient.open(`${url.replace(/^http/, "ws")}api/spec/ws/${project}`);
  clients.push(client);
  return client;
}

/** JSON lines from `chat --jsonl` up to the end of a turn. */
async function jsonlTurn(chat: CliProcess): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  for (let line = await chat.nextLine(); line !== null; line = await chat.nextLine()) {
    frames.push(JSON.parse(line) as ServerFrame);
    if (frames.at(-1)?.type === "response_done") return frames;
  }
  throw new Error(`chat ended early: ${chat.stderr.join("")}`);
}

describe("one writer per project", () => {
  it("refuses a second process plainly, lets it read, and hands over once the holder is gone", async () => {
    const projectsDir = await tempDir();
    const answers = join(projectsDir, "answers.txt");
    await writeFile(answers, "A tiny app to count the cups of water I drink.\n");

    const server = start(["serve", "--port", "0", "--projects-dir", projectsDir, "--engine", "guided"]);
    const url = (await server.nextLine())!;
    const page = await open(url, "demo");
    page.send({ type: "start" });
    await page.turn();

    // The terminal may not write a project the server has open, and says who has it.
    const refused = specwright(
      "chat",
      "demo",
      "--projects-dir",
      projectsDir,
      "--answers",
      answers,
      "--resume",
    );
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      new RegExp(
        `is open in another Specwright \\(specwright serve, process ${server.child.pid} on this computer`,
      ),
    );
    // It can still read it.
    const read = specwright("history", "demo", "--projects-dir", projectsDir);
    expect(read.status, read.stderr).toBe(0);
    expect(read.stdout).toContain("**Interviewer**");

    // And the server may not write a project a terminal has open.
    const chat = start(["chat", "other", "--projects-dir", projectsDir, "--jsonl"]);
    chat.write(JSON.stringify({ type: "start" }));
    await jsonlTurn(chat);
    const other = await open(url, "other");
    other.send({ type: "start" });
    other.send({ type: "resume" });
    const [startRefused, history, locked] = [
      await other.nextFrame(),
      await other.nextFrame(),
      await other.nextFrame(),
    ];
    expect(startRefused).toMatchObject({
      type: "error",
      code: "project_locked",
      retryable: true,
      content: expect.stringContaining(`specwright chat, process ${chat.child.pid}`),
    });
    expect(history).toMatchObject({ type: "history", messages: [{ role: "assistant" }] });
    expect(locked).toMatchObject({ type: "error", code: "project_locked" });
    const put = await fetch(`${url}api/projects/other/prompts`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ app_spec: "mine" }),
    });
    expect(put.status).toBe(409);
    expect(await put.json()).toMatchObject({ code: "project_locked" });
    chat.endInput();
    expect(await chat.exited).toBe(1);
    other.send({ type: "start" });
    expect((await other.turn()).at(-1)).toEqual({ type: "response_done" });

    // A holder killed outright leaves its lock behind; the next process takes the project over.
    server.child.kill("SIGKILL");
    await server.exited;
    const carried = specwright(
      "chat",
      "demo",
      "--projects-dir",
      projectsDir,
      "--answers",
      answers,
      "--resume",
    );
    expect(carried.status, carried.stderr).toBe(1);
    expect(carried.stdout).toContain("Carrying on your interview");
  });
});
