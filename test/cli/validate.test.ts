import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APP_SPEC_PATH,
  fillFeatureCount,
  INITIALIZER_PROMPT_PATH,
  initializerTemplate,
} from "../../src/app-spec/index.js";
import { validateCommand } from "../../src/cli/validate-command.js";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(REPO_ROOT, "bin", "specwright");
const FIXTURE = new URL("../app-spec/fixtures/recipe_app_spec.txt", import.meta.url);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let workDir: string;
let recipeSpec: string;

beforeAll(async () => {
  recipeSpec = await readFile(FIXTURE, "utf8");
});

beforeEach(async () => {
  workDir = await realpath(await mkdtemp(join(tmpdir(), "specwright-validate-")));
});

afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Writes a project folder `name` under the work folder with the given spec files. */
async function project(name: string, files: { spec?: string; prompt?: string }): Promise<string> {
  const dir = join(workDir, name);
  await mkdir(join(dir, "prompts"), { recursive: true });
  if (files.spec !== undefined) await writeFile(join(dir, APP_SPEC_PATH), files.spec);
  if (files.prompt !== undefined) await writeFile(join(dir, INITIALIZER_PROMPT_PATH), files.prompt);
  return dir;
}

/** Runs the real binary in the work folder. */
function specwright(...args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, "validate", ...args], {
    cwd: workDir,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command in this process, with every stream captured. */
async function runInProcess(...args: string[]): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as string[], stderr: [] as string[] };
  stdout.on("data", (chunk: Buffer) => chunks.stdout.push(chunk.toString()));
  stderr.on("data", (chunk: Buffer) => chunks.stderr.push(chunk.toString()));
  const status = await validateCommand.run(args, {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: {},
    cwd: workDir,
  });
  return { status, stdout: chunks.stdout.join(""), stderr: chunks.stderr.join("") };
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`"${needle}" is not in the text`);
  return text.slice(0, index).split("\n").length;
}

const runners = {
  "the binary": async (...args: string[]) => specwright(...args),
  "in process": runInProcess,
};

for (const [how, run] of Object.entries(runners)) {
  describe(`specwright validate (${how})`, () => {
    it("accepts a valid project folder and names both files", async () => {
      await project("recipes", { spec: recipeSpec, prompt: fillFeatureCount(initializerTemplate(), 30) });
      const result = await run("recipes");
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(
        [
          "recipes/prompts/app_spec.txt",
          "  ok",
          "",
          "recipes/prompts/initializer_prompt.md",
          "  ok",
          "",
          "Valid: 30 features in 5 categories.",
          "",
        ].join("\n"),
      );
      expect(result.status).toBe(0);
    });

    it("stays valid with warnings, and lists them with their lines", async () => {
      const spec = recipeSpec.replace(
        / {2}<design_system>[\s\S]*?<\/design_system>\n/,
        "  <design_system></design_system>\n",
      );
      await project("recipes", { spec, prompt: fillFeatureCount(initializerTemplate(), 30) });
      const result = await run("recipes");
      expect(result.stdout).toContain(
        `  warning line ${lineOf(spec, "<design_system>")}  <design_system> is empty. Fill it with colours, typography, spacing and components.\n`,
      );
      expect(result.stdout).toMatch(/Valid: 30 features in 5 categories \(1 warning\)\.\n$/);
      expect(result.status).toBe(0);
    });

    it("reports an invalid spec file with each error and its line, and exits 1", async () => {
      const spec = recipeSpec.replace(
        "<feature_count>30</feature_count>",
        "<feature_count>about 30</feature_count>",
      );
      await writeFile(join(workDir, "app_spec.txt"), spec);
      const result = await run("app_spec.txt");
      expect(result.stdout).toBe(
        [
          "app_spec.txt",
          `  error   line ${lineOf(spec, "<feature_count>")}  <feature_count> must be a positive whole number, found "about 30". Write only the number, e.g. <feature_count>30</feature_count>, matching the 30 feature lines in <core_features>.`,
          "",
          "Not valid: 1 error, 0 warnings.",
          "",
        ].join("\n"),
      );
      expect(result.status).toBe(1);
    });

    it("checks the initializer prompt's count against the spec's", async () => {
      const prompt = fillFeatureCount(initializerTemplate(), 31);
      await project("recipes", { spec: recipeSpec, prompt });
      const result = await run("recipes");
      expect(result.stdout).toContain(
        `recipes/prompts/initializer_prompt.md\n  error   line ${lineOf(prompt, "exactly 31 of them")}  The prompt asks for 31 features, but the spec's <feature_count> is 30. Write 30 here.\n`,
      );
      expect(result.stdout).toContain(
        `  error   line ${lineOf(prompt, "**31**")}  The prompt asks for 31 features, but the spec's <feature_count> is 30. Write 30 here.\n`,
      );
      expect(result.stdout).toMatch(/Not valid: \d+ errors, 0 warnings\.\n$/);
      expect(result.status).toBe(1);
    });

    it("reports a project folder without an initializer prompt as not valid", async () => {
      await project("recipes", { spec: recipeSpec });
      const result = await run("recipes");
      expect(result.stdout).toContain(
        "recipes/prompts/initializer_prompt.md\n  error   The initializer prompt does not exist; a coding agent needs it to start.\n",
      );
      expect(result.stdout).toContain("Not valid: 1 error, 0 warnings.");
      expect(result.status).toBe(1);
    });

    it("reports a folder without a spec, and a path that does not exist", async () => {
      await project("empty", {});
      const empty = await run("empty");
      expect(empty.stdout).toContain("empty/prompts/app_spec.txt\n  error   The app spec does not exist.\n");
      expect(empty.status).toBe(1);
      const missing = await run("nowhere");
      expect(missing.stdout).toBe(
        "nowhere\n  error   No such file or folder.\n\nNot valid: 1 error, 0 warnings.\n",
      );
      expect(missing.status).toBe(1);
    });

    it("prints one JSON object with --json", async () => {
      await project("recipes", { spec: recipeSpec, prompt: fillFeatureCount(initializerTemplate(), 30) });
      const valid = await run("recipes", "--json");
      expect(JSON.parse(valid.stdout)).toEqual({
        valid: true,
        files: [
          { path: "recipes/prompts/app_spec.txt", errors: [], warnings: [] },
          { path: "recipes/prompts/initializer_prompt.md", errors: [], warnings: [] },
        ],
        featureCount: 30,
      });
      expect(valid.status).toBe(0);

      await writeFile(join(workDir, "broken.txt"), "<project_specification>\n  <overview>x</overview>\n");
      const broken = await run("--json", "broken.txt");
      const report = JSON.parse(broken.stdout) as {
        valid: boolean;
        files: { path: string; errors: { severity: string; message: string; line: number | null }[] }[];
        featureCount: number | null;
      };
      expect(report.valid).toBe(false);
      expect(report.featureCount).toBeNull();
      expect(report.files.map((file) => file.path)).toEqual(["broken.txt"]);
      expect(report.files[0]!.errors).toContainEqual({
        severity: "error",
        message:
          "<project_specification> opened at line 1 is never closed: add </project_specification> where it ends.",
        line: 1,
      });
      expect(broken.status).toBe(1);
    });

    const usageErrors: [string, string[], string][] = [
      ["no argument", [], "name a project folder or an app_spec.txt file."],
      ["an unknown flag", ["recipes", "--strict"], "--strict"],
      ["too many arguments", ["one", "two"], "expected one path, got 2."],
    ];

    for (const [what, args, problem] of usageErrors) {
      it(`exits 2 with a usage line for ${what}`, async () => {
        const result = await run(...args);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe("");
        expect(result.stderr).toContain(problem);
        expect(result.stderr).toMatch(
          /Usage: specwright validate <project folder \| app_spec\.txt> \[--json\]\n$/,
        );
      });
    }
  });
}

describe("specwright validate --help", () => {
  it("explains the arguments, the options and the exit codes", () => {
    const result = specwright("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(validateCommand.help);
    for (const part of [
      "project folder",
      "app_spec.txt",
      "--json",
      "Exit codes: 0 valid",
      "1 not valid",
      "2 usage",
    ]) {
      expect(result.stdout).toContain(part);
    }
  });

  it("is listed among the commands", () => {
    const result = spawnSync(process.execPath, [BIN, "--help"], { cwd: workDir, encoding: "utf8" });
    expect(result.stdout).toMatch(/^ {2}validate +check a project's spec files/m);
  });
});
