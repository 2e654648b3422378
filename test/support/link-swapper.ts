import { type ChildProcess, spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";

/** One thing to swap: `path` (a file or folder) and a symbolic link to `target` take turns at its place. */
export interface Swap {
  /** The real file or folder that is moved aside and back. */
  path: string;
  /** Where it waits while the link stands in its place. */
  aside: string;
  /** What the link points to (outside the project, in the tests). */
  target: string;
}

export interface LinkSwapper {
  /** Stops the swapping, puts every real file and folder back, and answers how many swaps were made. */
  stop(): Promise<number>;
}

/**
 * The swapper, run in a child process of its own so it races the code under test for
 * real: it moves each path aside, puts a link in its place for a moment, then takes the
 * link away and moves the real one back and leaves it a little longer, over and over,
 * until the stop file appears.
 * Every step may fail (the code under test may have made or removed something in the
 * meantime), so each is tried and the state repaired.
 */
const SCRIPT = `
const fs = require("node:fs");
const [swapsJson, stopFile] = process.argv.slice(1);
const swaps = JSON.parse(swapsJson);
const pause = (count) => { for (let i = 0; i < count; i++) fs.existsSync(stopFile + ".never"); };
const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms) => Atomics.wait(sleeper, 0, 0, ms);
const isLink = (path) => { try { return fs.lstatSync(path).isSymbolicLink(); } catch { return false; } };
const exists = (path) => { try { fs.lstatSync(path); return true; } catch { return false; } };
let junk = 0;
function restore(swap) {
  if (isLink(swap.path)) { try { fs.unlinkSync(swap.path); } catch {} }
  if (!exists(swap.aside)) return;
  try { fs.renameSync(swap.aside, swap.path); }
  catch {
    // Something real was made at the path meanwhile (a folder a write created): keep it aside.
    try { fs.renameSync(swap.path, swap.path + ".junk-" + junk++); fs.renameSync(swap.aside, swap.path); } catch {}
  }
}
let swapsMade = 0;
process.stdout.write("ready\\n");
while (!fs.existsSync(stopFile)) {
  for (const swap of swaps) {
    try { fs.renameSync(swap.path, swap.aside); } catch { restore(swap); continue; }
    try { fs.symlinkSync(swap.target, swap.path); swapsMade++; } catch {}
    pause(Math.floor(Math.random() * 8));
    restore(swap);
    // The real file or folder stays longer than the link (and the processor is left to
    // the code under test meanwhile), so calls also find it in place.
    sleep(Math.random() * 0.5);
  }
}
for (const swap of swaps) restore(swap);
process.stdout.write(String(swapsMade));
`;

/** Starts swapping `swaps` in a child process; call `stop()` when the racing code is done. */
export async function startLinkSwapper(swaps: readonly Swap[], stopFile: string): Promise<LinkSwapper> {
  const child: ChildProcess = spawn(process.execPath, ["-e", SCRIPT, JSON.stringify(swaps), stopFile], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => resolve(code));
  });
  // Swapping starts once the child says so, so the racing code never runs unraced.
  await new Promise<void>((resolve, reject) => {
    const waitForReady = () => {
      if (!output.startsWith("ready\n")) return;
      child.stdout?.off("data", waitForReady);
      resolve();
    };
    child.stdout?.on("data", waitForReady);
    exited.then(
      (code) => reject(new Error(`the link swapper exited with ${code} before it started`)),
      reject,
    );
  });
  return {
    async stop() {
      await writeFile(stopFile, "");
      const code = await exited;
      if (code !== 0) throw new Error(`the link swapper exited with ${code}`);
      return Number(output.slice("ready\n".length));
    },
  };
}
