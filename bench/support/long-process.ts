import { type ChildProcess, type ChildProcessWithoutNullStreams, spawn } from "node:child_process";

/** How many of a process's last stderr lines are kept, to say why it failed. */
const KEPT_STDERR_LINES = 20;

/** Every process started here and still running, killed if the benchmark itself exits first. */
const running = new Set<ChildProcessWithoutNullStreams>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    for (const child of running) child.kill("SIGKILL");
    process.exit(130);
  });

/**
 * A process that runs beside a benchmark (the fake provider, `specwright serve`, a fleet
 * of clients): started, ready once it prints its first line on stdout, and stopped at
 * the end. Its stdin stays open as a lifeline: the helpers here exit when it closes, so
 * none outlives a benchmark that dies (`specwright serve`, which does not watch its stdin,
 * is killed when the benchmark exits or is interrupted). Its stderr is drained (a full pipe would stall
 * it) and its last lines kept.
 */
export class LongProcess {
  readonly stderrTail: string[] = [];
  stderrLines = 0;
  private readonly exited: Promise<number | null>;
  private stdoutBuffer = "";
  private readonly lineWaiters: ((line: string) => void)[] = [];
  private readonly lines: string[] = [];
  private guard: ChildProcess | null = null;

  private constructor(
    readonly name: string,
    readonly child: ChildProcessWithoutNullStreams,
  ) {
    running.add(child);
    this.exited = new Promise((resolve) =>
      child.once("close", (code) => {
        running.delete(child);
        resolve(code);
      }),
    );
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => {
      this.stdoutBuffer += text;
      let newline = this.stdoutBuffer.indexOf("\n");
      while (newline >= 0) {
        const line = this.stdoutBuffer.slice(0, newline);
        this.stdoutBuffer = this.stdoutBuffer.slice(newline + 1);
        const waiter = this.lineWaiters.shift();
        if (waiter) waiter(line);
        else this.lines.push(line);
        newline = this.stdoutBuffer.indexOf("\n");
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (text: string) => {
      for (const line of text.split("\n")) {
        if (line === "") continue;
        this.stderrLines += 1;
        this.stderrTail.push(line);
        if (this.stderrTail.length > KEPT_STDERR_LINES) this.stderrTail.shift();
      }
    });
    child.stdin.on("error", () => {});
  }

  /** Starts `command` and waits for its first line on stdout, which it returns with the process. */
  static async start(
    name: string,
    command: string,
    args: readonly string[],
    options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number; killWithParent?: boolean } = {},
  ): Promise<{ process: LongProcess; firstLine: string }> {
    const child = spawn(command, args, {
      env: options.env ?? process.env,
      cwd: options.cwd,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const started = new LongProcess(name, child);
    if (options.killWithParent) started.guard = guardFor(child);
    const firstLine = await started.nextLine(options.timeoutMs ?? 30_000);
    return { process: started, firstLine };
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** The next line the process prints on stdout; fails if it exits or stays silent for `timeoutMs`. */
  nextLine(timeoutMs: number): Promise<string> {
    const ready = this.lines.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.lineWaiters.splice(this.lineWaiters.indexOf(onLine), 1);
        reject(
          new Error(
            `${this.name}: nothing on stdout for ${timeoutMs} ms; stderr: ${this.stderrTail.join(" | ")}`,
          ),
        );
      }, timeoutMs);
      const onLine = (line: string) => {
        clearTimeout(timer);
        resolve(line);
      };
      this.lineWaiters.push(onLine);
      this.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${code}); stderr: ${this.stderrTail.join(" | ")}`));
      });
    });
  }

  /** Writes one line to the process's stdin. */
  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** SIGTERM (and the lifeline cut), then SIGKILL if it has not exited after `graceMs`. */
  async stop(graceMs = 10_000): Promise<number | null> {
    // The guard goes first, so it can never signal a process id the system has handed on.
    this.guard?.kill("SIGKILL");
    this.guard = null;
    if (this.child.exitCode !== null || this.child.signalCode !== null) return this.exited;
    this.child.stdin.end();
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * For a program that does not watch its stdin (`specwright serve`): a shell beside it
 * (not below it, so it counts in none of its measurements) that reads a pipe from this
 * process and, once the pipe closes because this process died, even by SIGKILL, kills
 * the program.
 */
function guardFor(child: ChildProcess): ChildProcess | null {
  if (child.pid === undefined) return null;
  const guard = spawn("/bin/sh", ["-c", `cat > /dev/null; kill -KILL ${child.pid} 2>/dev/null`], {
    stdio: ["pipe", "ignore", "ignore"],
  });
  guard.on("error", () => {});
  guard.stdin?.on("error", () => {});
  guard.unref();
  return guard;
}
