import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = fileURLToPath(new URL("../../bin/specwright", import.meta.url));

/**
 * Environment for a child process with no model configured, whatever the developer's
 * shell has, and no search for a local model server (one may be running on the
 * developer's machine).
 */
export function offlineEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", SPECWRIGHT_PROBE_LOCAL: "0", ...extra };
  for (const key of [
    "ANTHROPIC_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_API_KEY",
    "SPECWRIGHT_ENGINE",
    "SPECWRIGHT_MODEL",
  ]) {
    if (!(key in extra)) delete env[key];
  }
  return env;
}

/** A running `specwright` whose stdout is read line by line. */
export class CliProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly stderr: string[] = [];
  private readonly lines: string[] = [];
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number>;

  constructor(args: string[], env: NodeJS.ProcessEnv = offlineEnv()) {
    this.child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env });
    createInterface({ input: this.child.stdout }).on("line", (line) => {
      this.lines.push(line);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.child.stderr.on("data", (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on("close", (code) => resolve(code ?? -1)));
  }

  /** The next stdout line, waiting for it if need be; null once the process has ended. */
  async nextLine(): Promise<string | null> {
    while (this.lines.length === 0) {
      const ended = await Promise.race([
        new Promise<false>((resolve) => this.waiters.push(() => resolve(false))),
        this.exited.then(() => true),
      ]);
      if (ended && this.lines.length === 0) return null;
    }
    return this.lines.shift() ?? null;
  }

  write(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  endInput(): void {
    this.child.stdin.end();
  }
}
