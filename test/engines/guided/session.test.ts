import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  APP_SPEC_PATH,
  INITIALIZER_PROMPT_PATH,
  validateAppSpec,
  validateInitializerPrompt,
} from "../../../src/app-spec/index.js";
import { createGuidedEngine } from "../../../src/engines/guided/index.js";
import { SpecChatSession } from "../../../src/session/index.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { ProjectRegistry } from "../../../src/workspace/index.js";
import { collect } from "../../support/scripted-engine.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";
import { QUICK_REVIEW, QUICK_SCRIPT } from "./scripts.js";
import type { ScriptedReply } from "./support.js";

const tempDir = tempDirsForEachTest();

/** Plays a script through a real session: typed text as messages, widget answers as answers. */
async function play(session: SpecChatSession, replies: readonly ScriptedReply[]): Promise<ServerFrame[]> {
  let frames: ServerFrame[] = [];
  for (const reply of replies) {
    const pending = session.pendingQuestion();
    if (typeof reply === "string") frames = await collect(session.sendMessage(reply));
    else if ("widget" in reply) {
      if (!pending) throw new Error("no question to answer");
      frames = await collect(session.answer(pending.toolCallId, { "0": reply.widget }));
    } else frames = await collect(session.sendMessage(reply.text));
  }
  return frames;
}

const initializerOf = (projectDir: string) => readFile(join(projectDir, INITIALIZER_PROMPT_PATH), "utf8");

describe("the guided engine in a session", () => {
  it("writes the app spec; the session writes the initializer prompt from its count, and completes", async () => {
    const projectsDir = await tempDir();
    const session = new SpecChatSession({
      projectName: "meals",
      projects: new ProjectRegistry(projectsDir),
      engine: createGuidedEngine(),
    });
    const projectDir = join(projectsDir, "meals");
    await collect(session.start());
    const approved = await play(session, [...QUICK_SCRIPT, ...QUICK_REVIEW]);
    // Reported as the spec is written, before the interviewer says it is done.
    expect(approved.filter((frame) => frame.type !== "text")).toEqual([
      // The person is told the spec is being checked before the verdict's frames.
      { type: "activity", kind: "checking", path: APP_SPEC_PATH },
      { type: "spec_complete", path: APP_SPEC_PATH },
      { type: "file_written", path: APP_SPEC_PATH },
      { type: "file_written", path: INITIALIZER_PROMPT_PATH },
      { type: "response_done" },
      { type: "complete", path: APP_SPEC_PATH },
    ]);
    expect(approved.findLastIndex((frame) => frame.type === "text")).toBeGreaterThan(
      approved.findIndex((frame) => frame.type === "file_written"),
    );
    const count = validateAppSpec(await readFile(join(projectDir, APP_SPEC_PATH), "utf8")).featureCount!;
    expect(validateInitializerPrompt(await initializerOf(projectDir), count)).toEqual([]);

    // A change after completion: the new count reaches the initializer prompt too.
    await play(session, ["add a feature: print the shopping list"]);
    const changed = await play(session, [{ widget: "Approve and write the spec (Recommended)" }]);
    expect(changed.map((frame) => frame.type)).toContain("spec_complete");
    expect(validateInitializerPrompt(await initializerOf(projectDir), count + 1)).toEqual([]);
    const status = JSON.parse(await readFile(join(projectDir, "prompts/.spec_status.json"), "utf8"));
    expect(status.feature_count).toBe(count + 1);
    // A change within the same interview keeps no backup; a new interview on a finished spec would.
    expect(await readdir(join(projectDir, "prompts"))).not.toContain("history");
  });
});
