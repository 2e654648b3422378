import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-build.ts"],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Vitest runs one worker fewer than the machine has CPUs, which on a two-CPU machine (as CI
    // has) is one, every file in turn. Most files wait on child processes, servers and a browser
    // rather than on the CPU, so one worker a CPU runs them side by side.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
