import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { setTimeout as delay } from "node:timers/promises";

/** GNU time, for the peak RSS of a process that exits too soon to be watched. */
export const GNU_TIME = "/usr/bin/time";
export const hasGnuTime = existsSync(GNU_TIME);

export interface ExitedRun {
  wallMs: number;
  exitCode: number | null;
  /** Peak RSS in bytes, as GNU time reports it; null without it. */
  peakRssBytes: number | null;
  stdout: string;
  /** What the command wrote on stderr, without GNU time's line. */
  stderr: string;
}

/**
 * Runs a command to its end and times it from spawn to exit. Under GNU time when it is
 * installed (its own start adds about a millisecond), which prints the peak RSS in KiB
 * as the last line of stderr.
 */
export function runToExit(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<ExitedRun> {
  const [file, fileArgs] = hasGnuTime ? [GNU_TIME, ["-f", "%M", command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, fileArgs, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("close", (exitCode) => {
      const wallMs = performance.now() - started;
      const lines = stderr.trimEnd().split("\n");
      const kib = hasGnuTime ? Number(lines.pop()) : Number.NaN;
      const peakRssBytes = Number.isFinite(kib) ? kib * 1024 : null;
      resolve({ wallMs, exitCode, peakRssBytes, stdout, stderr: hasGnuTime ? lines.join("\n") : stderr });
    });
  });
}

export interface StartedServer {
  /** From spawn to the first line on stdout. */
  readyMs: number;
  firstLine: string;
  /** The kernel's high-water mark of the process's RSS when it was ready (VmHWM). */
  peakRssAtReadyBytes: number | null;
  /** From SIGTERM to exit. */
  stopMs: number;
  exitCode: number | null;
}

/** The pause between the first line and SIGTERM. */
const SETTLE_MS = 100;

async function highWaterMark(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  return kib === undefined ? null : Number(kib) * 1024;
}

/**
 * Starts a long-running command, times it until it prints its first line on stdout,
 * reads its peak RSS, then stops it with SIGTERM and times the exit.
 */
export function startUntilFirstLine(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 30_000,
): Promise<StartedServer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no line on stdout within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    child.once("error", reject);
    const onData = async (chunk: Buffer) => {
      stdout += chunk;
      const newline = stdout.indexOf("\n");
      if (newline < 0) return;
      const readyMs = performance.now() - started;
      child.stdout.off("data", onData);
      clearTimeout(timer);
      const peakRssAtReadyBytes = await highWaterMark(child.pid!);
      // `serve` installs its SIGTERM handler only after printing its URL: a signal sent in
      // that instant ends it by the default action instead of a clean stop (see README).
      await delay(SETTLE_MS);
      const stopping = performance.now();
      child.once("close", (exitCode) =>
        resolve({
          readyMs,
          firstLine: stdout.slice(0, newline),
          peakRssAtReadyBytes,
          stopMs: performance.now() - stopping,
          exitCode,
        }),
      );
      child.kill("SIGTERM");
    };
    child.stdout.on("data", onData);
  });
}
