import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InterviewRecorder } from "../../src/session/interview-recorder.js";
import { SessionStore } from "../../src/store/index.js";
import { openLogFile } from "../../src/store/log-file.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

describe("an interview recorder closed while its interview is being begun", () => {
  it("lets the new interview's log and the project's lock go once the disk has begun it", async () => {
    const projectsDir = await tempDir();
    await mkdir(join(projectsDir, "demo"));
    // The disk is slow to open the new log, as it is when many interviews begin at once.
    let openTheLog = () => {};
    const logMayOpen = new Promise<void>((resolve) => {
      openTheLog = resolve;
    });
    const store = new SessionStore(projectsDir, {
      warn: () => {},
      openLogFile: async (path) => {
        await logMayOpen;
        return openLogFile(path);
      },
    });
    const recorder = new InterviewRecorder("demo", store);
    const begun = recorder.begin({ name: "scripted", model: null }, new Date());
    // The window went away: the session closes its recorder before the begin is done.
    await recorder.close();
    openTheLog();
    await begun;
    expect(recorder.state).toBeNull();
    expect(await store.holder("demo")).toBeNull();
    // Another process can take the project at once.
    const other = new SessionStore(projectsDir, { warn: () => {} });
    const opened = await other.begin("demo", { engine: "scripted", model: null, createdAt: new Date() });
    await opened.log.close();
  });
});
