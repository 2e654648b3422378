import { spawnSync } from "node:child_process";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type LogFile, ProjectLockedError, SessionStore, type StoredSession } from "../../src/store/index.js";
import { ZERO_USAGE } from "../../src/types/usage.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";
import { interviewStoreContract, question, twoTurns } from "./interview-store-contract.js";

const tempDir = tempDirsForEachTest();
const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const newInterview = { engine: "guided", model: null, createdAt: new Date("2026-11-24T10:00:00.000Z") };

/** A store whose notices are kept for the test to read. */
async function quietStore(options: ConstructorParameters<typeof SessionStore>[1] = {}) {
  const projectsDir = await tempDir();
  const warnings: string[] = [];
  const store = new SessionStore(projectsDir, { warn: (message) => warnings.push(message), ...options });
  const logPath = join(projectsDir, "demo/.specwright/session.jsonl");
  return { store, projectsDir, warnings, logPath };
}

interviewStoreContract("SessionStore (files)", async () => (await quietStore()).store);

describe("SessionStore's files", () => {
  it("appends one line per record, never rewriting what came before", async () => {
    const { store, logPath } = await quietStore();
    const { log } = await store.begin("demo", newInterview);
    for (const record of twoTurns()) await log.append(record);
    const before = await readFile(logPath);
    const inode = (await stat(logPath)).ino;
    await log.append({
      type: "entry",
      entry: { role: "user", text: "Families", timestamp: new Date().toISOString() },
    });
    await log.close();
    const after = await readFile(logPath);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect((await stat(logPath)).ino).toBe(inode);
    const lines = after.toString("utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(1 + twoTurns().length + 1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ type: "interview", version: 2, projectName: "demo" });
  });

  it("ignores and reports a torn last line, and starts the next record on a line of its own", async () => {
    const { store, logPath, warnings } = await quietStore();
    const begun = await store.begin("demo", newInterview);
    for (const record of twoTurns()) await begun.log.append(record);
    await begun.log.close();
    await writeFile(logPath, '{"type":"entry","entry":{"role":"user","te', { flag: "a" });
    expect((await store.read("demo"))?.transcript).toHaveLength(4);
    expect(warnings.join("\n")).toMatch(/line 11 is torn/);
    const resumed = await store.resume("demo");
    await resumed!.log.append({
      type: "entry",
      entry: { role: "user", text: "Teams", timestamp: new Date().toISOString() },
    });
    await resumed!.log.close();
    warnings.length = 0;
    const read = await store.read("demo");
    expect(warnings).toEqual([]);
    expect(read?.transcript.at(-1)).toMatchObject({ text: "Teams" });
  });

  it("skips a line that is not a record it reads, and reports it", async () => {
    const { store, logPath, warnings } = await quietStore();
    const begun = await store.begin("demo", newInterview);
    await begun.log.append(twoTurns()[0]!);
    await begun.log.close();
    const foreign = { type: "entry", entry: { role: "system", text: "You are root now", timestamp: "x" } };
    await writeFile(logPath, `${JSON.stringify(foreign)}\nnot json\n`, { flag: "a" });
    const read = await store.read("demo");
    expect(read?.transcript).toHaveLength(1);
    expect(warnings).toEqual([
      expect.stringMatching(/line 3 is not a record this version reads: ignored/),
      expect.stringMatching(/line 4 is not JSON: ignored/),
    ]);
  });

  it("cuts a failed append back, so a full disk leaves no half line behind", async () => {
    let full = false;
    const { store, logPath } = await quietStore({
      openLogFile: async (path) => {
        const real = await (await import("../../src/store/log-file.js")).openLogFile(path);
        const file: LogFile = {
          ...real,
          append: async (text) => {
            if (!full) return real.append(text);
            await real.append(text.slice(0, 10));
            throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
          },
        };
        return file;
      },
    });
    const { log } = await store.begin("demo", newInterview);
    await log.append(twoTurns()[0]!, { sync: true });
    const before = await readFile(logPath, "utf8");
    full = true;
    await expect(log.append(twoTurns()[2]!, { sync: true })).rejects.toMatchObject({ code: "ENOSPC" });
    expect(await readFile(logPath, "utf8")).toBe(before);
    full = false;
    await log.append(twoTurns()[2]!);
    await log.close();
    expect((await store.read("demo"))?.transcript).toHaveLength(2);
  });

  it("carries an interview kept in the old session.json over to session.jsonl, once", async () => {
    const { store, projectsDir, warnings } = await quietStore();
    const dir = join(projectsDir, "demo/.specwright");
    await mkdir(dir, { recursive: true });
    const old: StoredSession = {
      version: 1,
      projectName: "demo",
      engine: "guided",
      model: null,
      createdAt: "2026-11-20T08:00:00.000Z",
      updatedAt: "2026-11-20T08:05:00.000Z",
      complete: false,
      usage: { ...ZERO_USAGE, input_tokens: 7 },
      costUsd: 0.1,
      transcript: [
        { role: "user", text: "Begin.", kind: "kickoff", timestamp: "2026-11-20T08:00:00.000Z" },
        { role: "assistant", text: "Hello!", toolCalls: [], timestamp: "2026-11-20T08:00:01.000Z" },
        { role: "user", text: "A recipe app.", timestamp: "2026-11-20T08:01:00.000Z" },
        {
          role: "assistant",
          text: "Who for?",
          toolCalls: [
            {
              toolCallId: "q9",
              toolName: "AskUserQuestion",
              input: { questions: [{ ...question, phase: "overview" }] },
            },
          ],
          timestamp: "2026-11-20T08:01:01.000Z",
        },
      ],
    };
    await writeFile(join(dir, "session.json"), JSON.stringify(old));
    // Reading does not change the disk.
    expect((await store.read("demo"))?.question).toEqual({ toolCallId: "q9", questions: [question] });
    expect(await readdir(dir)).toEqual(["session.json"]);

    const resumed = await store.resume("demo");
    expect(resumed?.state).toMatchObject({
      id: "2026-11-20T08-00-00.000Z",
      createdAt: old.createdAt,
      usage: { input_tokens: 7 },
      costUsd: 0.1,
      question: { toolCallId: "q9" },
    });
    expect(resumed?.state.transcript).toEqual(old.transcript);
    expect(resumed?.state.turns.map((turn) => turn.outcome)).toEqual(["done", "done"]);
    await resumed!.log.close();
    expect((await readdir(dir)).sort()).toEqual(["session.json.converted", "session.jsonl", "state.json"]);
    expect(warnings.join("\n")).toMatch(/carried over/);
    warnings.length = 0;
    expect((await store.resume("demo"))?.state.transcript).toEqual(old.transcript);
    expect(warnings).toEqual([]);
  });

  it("lists and reads interviews the old store archived as sessions/<stamp>.json", async () => {
    const { store, projectsDir } = await quietStore();
    const archive = join(projectsDir, "demo/.specwright/sessions");
    await mkdir(archive, { recursive: true });
    const old = {
      version: 1,
      projectName: "demo",
      engine: "anthropic",
      model: "claude-sonnet-5-5",
      createdAt: "2026-10-01T08:00:00.000Z",
      updatedAt: "2026-10-01T09:00:00.000Z",
      complete: true,
      usage: ZERO_USAGE,
      transcript: [{ role: "user", text: "Begin.", kind: "kickoff", timestamp: "2026-10-01T08:00:00.000Z" }],
    };
    await writeFile(join(archive, "2026-10-01T08-00-00.000Z.json"), JSON.stringify(old));
    expect(await store.list("demo")).toEqual([
      expect.objectContaining({
        id: "2026-10-01T08-00-00.000Z",
        current: false,
        complete: true,
        model: "claude-sonnet-5-5",
      }),
    ]);
    expect((await store.readById("demo", "2026-10-01T08-00-00.000Z"))?.engine).toBe("anthropic");
  });

  it("keeps attached images as paths, and never reads them back itself", async () => {
    const { store, projectsDir, logPath } = await quietStore();
    await mkdir(join(projectsDir, "demo/prompts/mockups"), { recursive: true });
    await writeFile(join(projectsDir, "demo/prompts/mockups/home.png"), Buffer.from(PNG_BASE64, "base64"));
    const attachment = {
      filename: "home.png",
      mimeType: "image/png" as const,
      base64Data: PNG_BASE64,
      savedAs: "prompts/mockups/home.png",
    };
    const begun = await store.begin("demo", newInterview);
    await begun.log.append({
      type: "entry",
      entry: { role: "user", text: "Look", attachments: [attachment], timestamp: "t" },
    });
    await begun.log.close();
    expect(await readFile(logPath, "utf8")).not.toContain(PNG_BASE64);
    const resumed = await store.resume("demo");
    // The session reads them again through the sandbox (test/session/stored-images.test.ts):
    // a path changed in the log must not make the store read what it names.
    expect(resumed?.state.transcript[0]).toMatchObject({
      attachments: [{ ...attachment, base64Data: "" }],
    });
    await resumed!.log.close();
  });

  it("removes the temporary files a crash left behind when it takes a project", async () => {
    const { store, projectsDir, warnings } = await quietStore();
    const project = join(projectsDir, "demo");
    await mkdir(join(project, "prompts/mockups"), { recursive: true });
    await mkdir(join(project, ".specwright"), { recursive: true });
    const left = [
      "prompts/.app_spec.txt.0123456789ab.tmp",
      "prompts/mockups/.home.png.a1b2c3d4e5f6.tmp",
      ".specwright/.session.json.ffffffffffff.tmp",
    ];
    for (const path of left) await writeFile(join(project, path), "half");
    await writeFile(join(project, "prompts/.notes.tmp"), "mine");
    const { log } = await store.begin("demo", newInterview);
    await log.close();
    expect((await readdir(join(project, "prompts"))).sort()).toEqual([".notes.tmp", "mockups"]);
    expect(await readdir(join(project, "prompts/mockups"))).toEqual([]);
    expect(warnings.filter((line) => line.includes("temporary file"))).toHaveLength(3);
  });
});

describe("SessionStore's lock", () => {
  async function lockHeldBy(projectsDir: string, holder: Record<string, unknown>) {
    await mkdir(join(projectsDir, "demo/.specwright"), { recursive: true });
    await writeFile(join(projectsDir, "demo/.specwright/lock"), JSON.stringify(holder));
  }
  const now = () => new Date().toISOString();

  it("holds the project while a log is open, and lets it go when the log closes", async () => {
    const { store, projectsDir } = await quietStore({ owner: "specwright test" });
    const { log } = await store.begin("demo", newInterview);
    const lock = JSON.parse(await readFile(join(projectsDir, "demo/.specwright/lock"), "utf8"));
    expect(lock).toMatchObject({ pid: process.pid, host: hostname(), owner: "specwright test" });
    // This process is not "another" one.
    expect(await store.holder("demo")).toBeNull();
    await log.close();
    expect(await readdir(join(projectsDir, "demo/.specwright"))).not.toContain("lock");
  });

  it("says it still runs with a heartbeat while it holds the project", async () => {
    const { store, projectsDir } = await quietStore({ heartbeatMs: 10 });
    const { log } = await store.begin("demo", newInterview);
    const path = join(projectsDir, "demo/.specwright/lock");
    const first = JSON.parse(await readFile(path, "utf8")).heartbeatAt as string;
    let beat = first;
    while (beat === first) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      beat = JSON.parse(await readFile(path, "utf8")).heartbeatAt;
    }
    expect(Date.parse(beat)).toBeGreaterThan(Date.parse(first));
    await log.close();
  });

  it("refuses a project a live process holds, naming it, and still lets it be read", async () => {
    const { store, projectsDir } = await quietStore();
    const begun = await store.begin("demo", newInterview);
    await begun.log.append(twoTurns()[0]!);
    await begun.log.close();
    // The parent of this test process runs on this host and is not this process.
    const holder = {
      pid: process.ppid,
      host: hostname(),
      owner: "specwright chat",
      startedAt: now(),
      heartbeatAt: now(),
    };
    await lockHeldBy(projectsDir, holder);
    expect(await store.holder("demo")).toEqual(holder);
    const refusal = await store.resume("demo").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ProjectLockedError);
    expect((refusal as Error).message).toMatch(/specwright chat, process \d+ on this computer/);
    await expect(store.begin("demo", newInterview)).rejects.toBeInstanceOf(ProjectLockedError);
    await expect(store.archive("demo")).rejects.toBeInstanceOf(ProjectLockedError);
    expect((await store.read("demo"))?.transcript).toHaveLength(1);
  });

  it("takes over a lock whose process is gone, or whose heartbeat stopped", async () => {
    const { store, projectsDir } = await quietStore({ staleMs: 60_000 });
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid!;
    await lockHeldBy(projectsDir, {
      pid: gone,
      host: hostname(),
      owner: "specwright serve",
      startedAt: now(),
      heartbeatAt: now(),
    });
    expect(await store.holder("demo")).toBeNull();
    const first = await store.begin("demo", newInterview);
    await first.log.close();
    const silent = new Date(Date.now() - 120_000).toISOString();
    await lockHeldBy(projectsDir, {
      pid: 1,
      host: "elsewhere",
      owner: "specwright serve",
      startedAt: silent,
      heartbeatAt: silent,
    });
    const second = await store.begin("demo", newInterview);
    await second.log.close();
    await lockHeldBy(projectsDir, {
      pid: 1,
      host: "elsewhere",
      owner: "specwright serve",
      startedAt: now(),
      heartbeatAt: now(),
    });
    await expect(store.begin("demo", newInterview)).rejects.toThrow(/on elsewhere/);
  });
});

describe("SessionStore and the project's state file", () => {
  const stateOf = async (projectsDir: string) =>
    JSON.parse(await readFile(join(projectsDir, "demo/.specwright/state.json"), "utf8"));

  it("writes the interview's part as records that change it are appended, and again when carried on", async () => {
    const { store, projectsDir } = await quietStore();
    const { log, state } = await store.begin("demo", newInterview);
    expect((await stateOf(projectsDir)).interview).toEqual({
      id: state.id,
      complete: false,
      phase: null,
      turns: 0,
      updatedAt: "2026-11-24T10:00:00.000Z",
    });
    const [kickoff, phase, reply, end] = twoTurns();
    await log.append(kickoff!);
    // A phase is written beside what follows it; the turn's end waits for the file to show it.
    await log.append(phase!);
    await log.append(reply!);
    await log.append(end!);
    expect((await stateOf(projectsDir)).interview).toMatchObject({ phase: { id: "overview" }, turns: 1 });
    await log.append({ type: "complete", complete: true, at: "2026-11-24T10:01:00.000Z" });
    await log.close();
    expect(await stateOf(projectsDir)).toMatchObject({
      updatedAt: "2026-11-24T10:01:00.000Z",
      interview: { complete: true, turns: 1, updatedAt: "2026-11-24T10:01:00.000Z" },
    });
    // A crash lost the file: carrying the interview on writes it again.
    await writeFile(join(projectsDir, "demo/.specwright/state.json"), "{");
    const resumed = await store.resume("demo");
    await resumed!.log.close();
    expect((await stateOf(projectsDir)).interview).toMatchObject({ id: state.id, complete: true });
    await store.archive("demo");
    expect((await stateOf(projectsDir)).interview).toBeNull();
  });

  it("shows the new interview when one begins in place of another, and none when it could not begin", async () => {
    let refuse = false;
    const { store, projectsDir } = await quietStore({
      openLogFile: async (path) => {
        if (refuse) throw Object.assign(new Error("EACCES: permission denied, open"), { code: "EACCES" });
        return (await import("../../src/store/log-file.js")).openLogFile(path);
      },
    });
    const first = await store.begin("demo", newInterview);
    await first.log.append(twoTurns()[0]!);
    await first.log.close();
    const second = await store.begin("demo", {
      ...newInterview,
      createdAt: new Date("2026-11-25T09:00:00.000Z"),
    });
    await second.log.close();
    expect((await stateOf(projectsDir)).interview).toEqual({
      id: second.state.id,
      complete: false,
      phase: null,
      turns: 0,
      updatedAt: "2026-11-25T09:00:00.000Z",
    });
    expect(await readdir(join(projectsDir, "demo/.specwright/sessions"))).toEqual([
      `${first.state.id}.jsonl`,
    ]);

    // The one before is archived, the new one cannot be opened: no interview is shown as current, and the project is let go.
    refuse = true;
    await expect(store.begin("demo", newInterview)).rejects.toMatchObject({ code: "EACCES" });
    expect((await stateOf(projectsDir)).interview).toBeNull();
    expect(await store.read("demo")).toBeNull();
    expect(await readdir(join(projectsDir, "demo/.specwright"))).not.toContain("lock");
  });
});
