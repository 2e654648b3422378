import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CommandIo } from "../../src/cli/command.js";
import { main } from "../../src/cli/program.js";
import { createServeCommand, type ProcessControl } from "../../src/cli/serve-command.js";
import { CliProcess, offlineEnv } from "../support/cli-process.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

function captureIo(env: NodeJS.ProcessEnv, cwd: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on("data", (chunk: Buffer) => err.push(chunk.toString()));
  const io: CommandIo = { stdout, stderr, stdin: new PassThrough(), env, cwd };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

/** Stands in for the process: the test sends the signal, and an exit is recorded rather than done. */
function fakeProcess() {
  let send: (signal: NodeJS.Signals) => void = () => {};
  const exits: number[] = [];
  const control: ProcessControl = {
    stopSignal: () =>
      new Promise((resolve) => {
        send = resolve;
      }),
    exit: (code) => {
      exits.push(code);
    },
  };
  return { control, signal: (name: NodeJS.Signals) => send(name), exits };
}

async function firstLine(read: () => string): Promise<string> {
  while (!read().includes("\n")) await new Promise((resolve) => setTimeout(resolve, 5));
  return read().split("\n")[0]!;
}

describe("specwright serve", () => {
  it("prints the address on one stdout line, serves, and stops cleanly on a signal", async () => {
    const projectsDir = await tempDir();
    const { io, stdout, stderr } = captureIo({ SPECWRIGHT_TOKEN: "tok en/+" }, projectsDir);
    const stand = fakeProcess();
    const running = createServeCommand(stand.control).run(
      ["--port", "0", "--projects-dir", projectsDir, "--engine", "guided"],
      io,
    );
    const url = await firstLine(stdout);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=tok%20en%2F%2B$/);
    const base = url.slice(0, url.indexOf("?"));
    const health = await fetch(`${base}api/health`);
    expect(await health.json()).toMatchObject({ status: "ok", engine: "guided" });
    expect((await fetch(`${base}api/projects`)).status).toBe(401);
    const authorised = await fetch(`${base}api/projects`, { headers: { authorization: "Bearer tok en/+" } });
    expect(authorised.status).toBe(200);

    stand.signal("SIGTERM");
    expect(await running).toBe(0);
    expect(stand.exits).toEqual([]);
    expect(stdout()).toBe(`${url}\n`);
    const lines = stderr().trim().split("\n");
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(stderr()).not.toContain("tok en");
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(
      expect.arrayContaining(["server_started", "request_refused", "stop_requested", "server_stopped"]),
    );
  });

  it("greets a person at a terminal in words, and logs only warnings there", async () => {
    const projectsDir = await tempDir();
    const { io, stdout, stderr } = captureIo({}, projectsDir);
    (io.stderr as PassThrough & { isTTY?: boolean }).isTTY = true;
    const stand = fakeProcess();
    const running = createServeCommand(stand.control).run(
      ["--port", "0", "--projects-dir", projectsDir, "--engine", "guided"],
      io,
    );
    const url = await firstLine(stdout);
    stand.signal("SIGINT");
    expect(await running).toBe(0);
    expect(stdout()).toBe(`${url}\n`);
    expect(stderr()).toContain(`Specwright is ready: open ${url} in your browser.`);
    expect(stderr()).toContain("Press Ctrl+C to stop.");
    expect(stderr()).not.toContain('"level"');
  });

  it("refuses to start off loopback without a token, saying why on stderr", async () => {
    const cwd = await tempDir();
    const { io, stdout, stderr } = captureIo({}, cwd);
    const code = await main(["serve", "--host", "0.0.0.0", "--port", "0"], io);
    expect(code).toBe(1);
    expect(stdout()).toBe("");
    expect(stderr()).toMatch(/refusing to listen on 0\.0\.0\.0 without a token/);
  });

  it("answers a usage error with exit code 2", async () => {
    const cwd = await tempDir();
    for (const args of [
      ["--port", "http"],
      ["--port", "70000"],
      ["--allow-origin", "localhost:5173"],
      ["--allow-host", "box.lan:8080"],
      ["--log-level", "loud"],
      ["--max-sessions", "0"],
      ["--frobnicate"],
      ["extra"],
    ]) {
      const { io, stderr } = captureIo({}, cwd);
      expect(await main(["serve", ...args], io), args.join(" ")).toBe(2);
      expect(stderr()).toMatch(/^specwright serve: /);
    }
  });

  it("shows its help", async () => {
    const { io, stdout } = captureIo({}, await tempDir());
    expect(await main(["serve", "--help"], io)).toBe(0);
    expect(stdout()).toMatch(/^Usage: specwright serve/);
    expect(stdout()).toContain("SPECWRIGHT_ALLOW_ORIGIN");
  });

  it("exits non-zero as a process when the port is taken", async () => {
    const projectsDir = await tempDir();
    const first = new CliProcess(["serve", "--port", "0", "--projects-dir", projectsDir], offlineEnv());
    try {
      const url = await first.nextLine();
      const port = new URL(url!).port;
      const second = new CliProcess(["serve", "--port", port, "--projects-dir", projectsDir], offlineEnv());
      expect(await second.exited).toBe(1);
      expect(second.stderr.join("")).toMatch(/cannot listen on 127\.0\.0\.1:\d+/);
      expect(await second.nextLine()).toBeNull();
    } finally {
      first.child.kill("SIGTERM");
      expect(await first.exited).toBe(0);
    }
  });
});
