import { execFile } from "node:child_process";
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/cli-process.js";

/**
 * The layer map lives in .dependency-cruiser.mjs and is enforced by `npm run lint`.
 * These tests prove its rules bite: they run the same command on small trees with the
 * repository's folder names, one with a violation of each kind (in the forms a
 * regular expression misses) and one without, then on the repository itself.
 */

const CONFIG = join(REPO_ROOT, ".dependency-cruiser.mjs");
const DEPCRUISE = join(REPO_ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
const CRUISED = ["src", "web/src", "bench"];

interface Violation {
  rule: string;
  severity: string;
  from: string;
  to: string;
}

interface Cruise {
  /** Violations of error severity: what `npm run lint`'s reporter exits with. */
  errors: number;
  violations: Violation[];
}

/**
 * Runs depcruise as `npm run lint` does, in `cwd`, but with JSON out (whose reporter
 * always exits 0; lint's exits with the number of errors).
 */
function depcruise(cwd: string): Promise<Cruise> {
  const args = [DEPCRUISE, "--config", CONFIG, "--output-type", "json", ...CRUISED];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`depcruise failed: ${stderr || error.message}`));
      const output = JSON.parse(stdout) as {
        summary: {
          error: number;
          violations: { from: string; to: string; rule: { name: string; severity: string } }[];
        };
      };
      resolve({
        errors: output.summary.error,
        violations: output.summary.violations.map(({ from, to, rule }) => ({
          rule: rule.name,
          severity: rule.severity,
          from,
          to,
        })),
      });
    });
  });
}

/** Writes `files` (path → text) into a fresh temporary folder, runs `use`, removes the folder. */
async function withTree<T>(files: Record<string, string>, use: (root: string) => Promise<T>): Promise<T> {
  const root = await realpath(await mkdtemp(join(tmpdir(), "specwright-layers-")));
  try {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
    return await use(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** What every tree has: the compiler settings and a package with one devDependency installed. */
const SCAFFOLD: Record<string, string> = {
  "tsconfig.json": JSON.stringify({
    compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true },
    include: ["src", "bench", "test"],
  }),
  "package.json": JSON.stringify({
    name: "layer-rules-probe",
    type: "module",
    devDependencies: { "dev-only-tool": "1.0.0" },
  }),
  "node_modules/dev-only-tool/package.json": JSON.stringify({
    name: "dev-only-tool",
    version: "1.0.0",
    type: "module",
    exports: "./index.js",
  }),
  "node_modules/dev-only-tool/index.js": "export const tool = 1;\n",
};

/** One file per layer, each importing only what the map allows it. */
const CLEAN_TREE: Record<string, string> = {
  ...SCAFFOLD,
  "src/types/shapes.ts": "export interface Shape {\n  name: string;\n}\n",
  "src/app-spec/model.ts":
    'import type { Shape } from "../types/shapes.js";\nexport const MODEL: Shape = { name: "spec" };\n',
  "src/workspace/tools.ts":
    'import { MODEL } from "../app-spec/model.js";\nimport "./setup.js";\nexport const TOOLS = [MODEL];\n',
  "src/workspace/setup.ts": "export const SETUP = true;\n",
  "src/interview/questions.ts": 'export { MODEL as QUESTIONS } from "../app-spec/model.js";\n',
  "src/engines/engine.ts": [
    'import { createRequire } from "node:module";',
    'import { TOOLS } from "../workspace/tools.js";',
    "const require = createRequire(import.meta.url);",
    'export const questions = require("../interview/questions.js");',
    "export const load = () => import(`../workspace/setup.js`);",
    "export const ENGINE = TOOLS;",
    "",
  ].join("\n"),
  "src/store/store.ts": 'import { TOOLS } from "../workspace/tools.js";\nexport const STORE = TOOLS;\n',
  "src/session/session.ts":
    'import { ENGINE } from "../engines/engine.js";\nimport { STORE } from "../store/store.js";\nexport const SESSION = [ENGINE, STORE];\n',
  "src/config.ts": 'import { ENGINE } from "./engines/engine.js";\nexport const CONFIG = ENGINE;\n',
  "src/server/server.ts":
    'import { CONFIG } from "../config.js";\nimport { SESSION } from "../session/session.js";\nexport const SERVER = [CONFIG, SESSION];\n',
  "src/cli/main.ts": 'import { SERVER } from "../server/server.js";\nexport const MAIN = SERVER;\n',
  "web/src/page.tsx":
    'import type { Shape } from "../../src/types/shapes.js";\nexport const page: Shape[] = [];\n',
  "test/support/helper.ts": "export const helper = 1;\n",
  "bench/run.ts":
    'import { MAIN } from "../src/cli/main.js";\nimport { helper } from "../test/support/helper.js";\nexport const run = [MAIN, helper];\n',
};

/**
 * A violation of every rule, each in a file of its own (`text`, added to the clean
 * tree; src/config.ts replaces the clean one), in the forms a regular expression misses.
 */
const VIOLATIONS: (Violation & { text?: string })[] = [
  {
    rule: "layer-app-spec",
    severity: "error",
    from: "src/app-spec/side-effect.ts",
    to: "src/workspace/setup.ts",
    text: 'import "../workspace/setup.js";\n',
  },
  {
    rule: "layer-engines",
    severity: "error",
    from: "src/engines/lazy.ts",
    to: "src/session/session.ts",
    text: "export const session = () => import(`../session/session.js`);\n",
  },
  {
    rule: "layer-types",
    severity: "error",
    from: "src/types/loader.ts",
    to: "src/workspace/setup.ts",
    text: [
      'import { createRequire } from "node:module";',
      "const require = createRequire(import.meta.url);",
      'export const setup = require("../workspace/setup.js");',
      "",
    ].join("\n"),
  },
  // The same file's import of node:module, which a browser cannot load either.
  { rule: "types-no-node-builtins", severity: "error", from: "src/types/loader.ts", to: "module" },
  {
    rule: "types-no-node-builtins",
    severity: "error",
    from: "src/types/disk.ts",
    to: "fs",
    text: 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
  },
  {
    rule: "layer-interview",
    severity: "error",
    from: "src/interview/re-export.ts",
    to: "src/session/session.ts",
    text: 'export { SESSION } from "../session/session.js";\n',
  },
  {
    rule: "layer-workspace",
    severity: "error",
    from: "src/workspace/typed.ts",
    to: "src/server/server.ts",
    text: 'import type { SERVER } from "../server/server.js";\nexport type Server = typeof SERVER;\n',
  },
  {
    rule: "layer-config",
    severity: "error",
    from: "src/config.ts",
    to: "src/session/session.ts",
    text: 'import { SESSION } from "./session/session.js";\nexport const CONFIG = SESSION;\n',
  },
  {
    rule: "layer-unknown",
    severity: "error",
    from: "src/util.ts",
    to: "src/types/shapes.ts",
    text: 'export type { Shape } from "./types/shapes.js";\n',
  },
  {
    rule: "page-only-types",
    severity: "error",
    from: "web/src/projects.tsx",
    to: "src/workspace/setup.ts",
    text: 'import { SETUP } from "../../src/workspace/setup.js";\nexport const projects = SETUP;\n',
  },
  {
    rule: "page-no-node-builtins",
    severity: "error",
    from: "web/src/paths.ts",
    to: "path",
    text: 'import { join } from "node:path";\nexport const paths = join;\n',
  },
  {
    rule: "not-to-bench",
    severity: "error",
    from: "src/store/timing.ts",
    to: "bench/run.ts",
    text: 'import { run } from "../../bench/run.js";\nexport const timing = run;\n',
  },
  {
    rule: "src-not-to-test-or-page",
    severity: "error",
    from: "src/server/helper.ts",
    to: "test/support/helper.ts",
    text: 'import { helper } from "../../test/support/helper.js";\nexport const serverHelper = helper;\n',
  },
  {
    rule: "src-only-shipped-packages",
    severity: "error",
    from: "src/cli/tooling.ts",
    to: "node_modules/dev-only-tool/index.js",
    text: 'import { tool } from "dev-only-tool";\nexport const tooling = tool;\n',
  },
  {
    rule: "bench-only-src-and-test-support",
    severity: "error",
    from: "bench/page.ts",
    to: "web/src/page.tsx",
    text: 'import { page } from "../web/src/page.js";\nexport const pageBench = page;\n',
  },
  {
    rule: "not-to-unresolvable",
    severity: "error",
    from: "src/cli/missing.ts",
    to: "./gone.js",
    text: 'import "./gone.js";\n',
  },
];

/** Two import loops: one closed by a type-only import (erased at runtime, like today's), one of real imports. */
const LOOPS: Record<string, string> = {
  "src/store/record.ts": 'import type { Index } from "./index-file.js";\nexport type Record = Index[];\n',
  "src/store/index-file.ts": 'export type { Record } from "./record.js";\nexport type Index = number;\n',
  "src/session/first.ts": 'import { second } from "./second.js";\nexport const first = () => second;\n',
  "src/session/second.ts": 'import { first } from "./first.js";\nexport const second = () => first;\n',
};

const LOOP_RULES = new Set(["no-circular", "no-circular-at-runtime"]);

const VIOLATING_TREE: Record<string, string> = {
  ...CLEAN_TREE,
  ...LOOPS,
  ...Object.fromEntries(VIOLATIONS.flatMap(({ from, text }) => (text === undefined ? [] : [[from, text]]))),
};

const byRule = (left: Violation, right: Violation) =>
  `${left.rule} ${left.from} ${left.to}`.localeCompare(`${right.rule} ${right.from} ${right.to}`);

describe("the layer rules (npm run lint)", () => {
  it("pass a tree that keeps to the map", async () => {
    const cruise = await withTree(CLEAN_TREE, depcruise);
    expect(cruise.violations).toEqual([]);
    expect(cruise.errors).toBe(0);
  });

  describe("on a tree that breaks every rule", () => {
    let cruise: Cruise;
    beforeAll(async () => {
      cruise = await withTree(VIOLATING_TREE, depcruise);
    });

    it("report each violation under its rule, and nothing else", () => {
      const found = cruise.violations.filter(({ rule }) => !LOOP_RULES.has(rule));
      const expected = VIOLATIONS.map(({ text: _text, ...violation }) => violation);
      expect(found.toSorted(byRule)).toEqual(expected.toSorted(byRule));
      // What fails `npm run lint`: these and the loop of real imports below.
      expect(cruise.errors).toBe(expected.length + 1);
    });

    it("report an import loop as a warning, and a loop that survives compilation as an error", () => {
      // A loop is reported once, on whichever of its imports is found first.
      const loops = cruise.violations
        .filter(({ rule }) => LOOP_RULES.has(rule))
        .map(({ rule, severity, from }) => `${severity} ${rule} ${dirname(from)}`);
      expect(loops.toSorted()).toEqual([
        "error no-circular-at-runtime src/session",
        "warn no-circular src/session",
        "warn no-circular src/store",
      ]);
    });
  });

  it("pass the repository itself (errors only; loops are warnings)", async () => {
    const cruise = await depcruise(REPO_ROOT);
    expect(cruise.violations.filter(({ severity }) => severity === "error")).toEqual([]);
    expect(cruise.errors).toBe(0);
  });
});
