import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SpecChatSession } from "../../src/session/index.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { modelEngineFor } from "../engines/model/harness.js";
import { type FakeProvider, type Reply, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { referencePageMessages, stillStreaming } from "../support/reference-page.js";
import { collect } from "../support/scripted-engine.js";
import { validSpecText } from "../support/spec-text.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const providers: FakeProvider[] = [];
const sessions: SpecChatSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  await Promise.all(providers.splice(0).map((provider) => provider.close()));
});

/** A session on a model engine whose provider plays `replies` after a greeting; the turn after it. */
async function turnOf(...replies: Reply[]): Promise<{ frames: ServerFrame[]; projectDir: string }> {
  const provider = await startFakeProvider({ replies: [reply().text("Hello."), ...replies] });
  providers.push(provider);
  const projectsDir = await tempDir();
  const session = new SpecChatSession({
    projectName: "demo",
    projects: new ProjectRegistry(projectsDir),
    engine: modelEngineFor("anthropic", provider),
  });
  sessions.push(session);
  await collect(session.start());
  const frames = await collect(session.sendMessage("Write it."));
  return { frames, projectDir: join(projectsDir, "demo") };
}

const writeSpec = { file_path: "prompts/app_spec.txt", content: validSpecText(3) };
/** The frame types in order, leaving out `activity` (test/session/turn-activity.test.ts checks it). */
const typesOf = (frames: readonly ServerFrame[]) =>
  frames.filter((frame) => frame.type !== "activity").map((frame) => frame.type);
/** The frame types in order, a run of text chunks counted once. */
const shapeOf = (frames: readonly ServerFrame[]) =>
  typesOf(frames).filter(
    (type, index, types) => type !== "usage" && !(type === "text" && types[index - 1] === "text"),
  );

describe("the order of a turn's frames, as the reference's page reads them", () => {
  it("reports the spec before the closing words, so no reply is left looking unfinished", async () => {
    // The model says it is done in the same step as the write, then has nothing more to say.
    const { frames } = await turnOf(
      reply().text("Here is your spec. Done!").tool("Write", writeSpec),
      reply().text(""),
    );
    expect(shapeOf(frames)).toEqual([
      "text",
      "spec_complete",
      "file_written",
      "file_written",
      "response_done",
      "complete",
    ]);
    expect(stillStreaming(frames)).toEqual([]);
    expect(referencePageMessages(frames).map((message) => message.content)).toEqual([
      "Here is your spec. Done!",
      "Specification file created: prompts/app_spec.txt",
      "File created: prompts/app_spec.txt",
      "File created: prompts/initializer_prompt.md",
    ]);
  });

  it("sends file_written and spec_complete before the last text and response_done", async () => {
    const { frames } = await turnOf(
      reply().text("Writing it now.").tool("Write", writeSpec),
      reply().text("Your spec is complete."),
    );
    const types = typesOf(frames);
    const lastText = types.lastIndexOf("text");
    expect(types.indexOf("spec_complete")).toBeLessThan(types.indexOf("file_written"));
    expect(types.lastIndexOf("file_written")).toBeLessThan(lastText);
    expect(lastText).toBeLessThan(types.indexOf("response_done"));
    expect(stillStreaming(frames)).toEqual([]);
  });
});

describe("tool calls Specwright refuses", () => {
  it("shows the person what the interviewer tried and why it was refused, in plain words", async () => {
    const { frames, projectDir } = await turnOf(
      reply()
        .chunkSize({ text: 1_000, json: 2_000_000 })
        .text("Let me look around.")
        .tool("Write", { file_path: "../../../etc/evil.txt", content: "x" })
        .tool("Bash", { command: "cat ~/.ssh/id_rsa" })
        .tool("Write", { file_path: "prompts/\u001b[31mred.txt", content: "x" })
        .tool("Write", { file_path: "prompts/big.txt", content: "x".repeat(1024 * 1024 + 1) }),
      reply().text("I will stay inside prompts/."),
    );
    const notices = frames.filter((frame) => frame.type === "notice");
    expect(notices).toEqual([
      {
        type: "notice",
        kind: "tool_refused",
        content:
          'The interviewer tried to write "../../../etc/evil.txt"; Specwright refused: "../../../etc/evil.txt" is outside the project folder.',
      },
      {
        type: "notice",
        kind: "tool_refused",
        content:
          'The interviewer tried to use a tool called "Bash"; Specwright refused: an interview has no such tool.',
      },
      {
        type: "notice",
        kind: "tool_refused",
        content: expect.stringMatching(
          /^The interviewer tried to write "prompts\/\\u001b\[31mred\.txt"; Specwright refused: .*control character/,
        ),
      },
      {
        type: "notice",
        kind: "tool_refused",
        content:
          "Specwright refused 1 more call of the interviewer's in the same step, for reasons like these.",
      },
    ]);
    // Nothing of it was written, and no notice carries a raw control character.
    expect(await readdir(join(projectDir, "prompts"))).toEqual(["initializer_prompt.md"]);
    for (const notice of notices) expect(notice.content.includes(String.fromCharCode(0x1b))).toBe(false);
    // The reference's page ignores the notices: they change nothing it shows.
    const withoutNotices = frames.filter((frame) => frame.type !== "notice");
    expect(referencePageMessages(frames)).toEqual(referencePageMessages(withoutNotices));
    expect(stillStreaming(frames)).toEqual([]);
  });

  it("says nothing about calls that ran, or failed for an ordinary reason", async () => {
    const { frames } = await turnOf(
      reply()
        .tool("Read", { file_path: "prompts/missing.txt" })
        .tool("Write", { file_path: "prompts/notes.md", content: "notes" })
        .tool("Edit", { file_path: "prompts/notes.md", old_string: "absent", new_string: "x" }),
      reply().text("OK."),
    );
    expect(frames.filter((frame) => frame.type === "notice")).toEqual([]);
  });
});
