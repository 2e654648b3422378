import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  FEATURE_COUNT_PLACEHOLDER,
  fillFeatureCount,
  type InitializerTemplate,
  initializerTemplate,
  makeInitializerTemplate,
} from "../../src/app-spec/index.js";
import type { TurnContext } from "../../src/engines/engine.js";
import { SpecChatSession } from "../../src/session/index.js";
import type { EngineEvent } from "../../src/types/engine-events.js";
import { engineError } from "../../src/types/engine-events.js";
import type { Transcript, UserEntry } from "../../src/types/transcript.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { listSpecVersions, ProjectRegistry, readSpecVersion } from "../../src/workspace/index.js";
import { audienceQuestion } from "../support/questions.js";
import { asks, collect, hangs, ScriptedEngine, says, usesTools } from "../support/scripted-engine.js";
import { validSpecText } from "../support/spec-text.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const PNG_1PX =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

async function sessionWith(
  engine: ScriptedEngine,
  options: { skillPath?: string; name?: string; initializerTemplate?: InitializerTemplate } = {},
) {
  const projectsDir = await tempDir();
  const projects = new ProjectRegistry(projectsDir);
  const session = new SpecChatSession({ projectName: options.name ?? "demo", projects, engine, ...options });
  return { session, projectsDir, projectDir: join(projectsDir, options.name ?? "demo"), projects };
}

/** A model's turn that writes the app spec and nothing else, as the skill asks. */
function writeAppSpec(count: number) {
  return usesTools(
    [{ toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: validSpecText(count) } }],
    "Your spec is written.",
  );
}

const initializerIn = (projectDir: string) =>
  readFile(join(projectDir, "prompts/initializer_prompt.md"), "utf8");

const types = (frames: ServerFrame[]) => frames.map((frame) => frame.type);

describe("SpecChatSession.start", () => {
  it("streams the greeting, creates the project folder and records the kickoff", async () => {
    const engine = new ScriptedEngine(says("Hello! What are we building?"));
    const { session, projectDir } = await sessionWith(engine);
    const frames = await collect(session.start());
    expect(frames).toEqual([
      { type: "text", content: "Hello! What are we building?" },
      { type: "response_done" },
    ]);
    expect(await readdir(join(projectDir, "prompts"))).toContain("initializer_prompt.md");
    const messages = session.getMessages();
    expect(messages.map((entry) => entry.role)).toEqual(["user", "assistant"]);
    expect(messages[0]).toMatchObject({ role: "user", kind: "kickoff" });
    expect(Date.parse(messages[0]!.timestamp)).not.toBeNaN();
  });

  it("replaces $ARGUMENTS in the skill with the project folder's absolute path", async () => {
    const skillDir = await tempDir();
    const skillPath = join(skillDir, "skill.md");
    await writeFile(skillPath, "Work in $ARGUMENTS and nowhere else.");
    const engine = new ScriptedEngine(says("Hi"));
    const { session, projectDir } = await sessionWith(engine, { skillPath });
    await collect(session.start());
    expect(engine.seen[0]!.context.systemPrompt).toBe(`Work in ${projectDir} and nowhere else.`);
  });

  it("reports a missing skill as an error, ends the turn, and breaks nothing else", async () => {
    const engine = new ScriptedEngine(says("never"));
    const { session } = await sessionWith(engine, { skillPath: "/nonexistent/skill.md" });
    const frames = await collect(session.start());
    expect(types(frames)).toEqual(["error", "response_done"]);
    expect((frames[0] as { content: string }).content).toMatch(/skill not found at \/nonexistent\/skill\.md/);
    expect(engine.seen).toHaveLength(0);
    expect(session.isBusy()).toBe(false);
    expect(await collect(session.sendMessage("hello"))).toEqual([
      {
        type: "error",
        content: "Session not started. Send 'start' first.",
        code: "session_not_started",
        retryable: false,
      },
    ]);
  });
});

describe("SpecChatSession turns", () => {
  it("refuses a second turn while one runs, without disturbing it", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const engine = new ScriptedEngine(says("Hi"), async function* () {
      yield { type: "text-delta", text: "Part one. " };
      await gate;
      yield { type: "text-delta", text: "Part two." };
    });
    const { session } = await sessionWith(engine);
    await collect(session.start());
    const running = collect(session.sendMessage("first"));
    expect(await collect(session.sendMessage("second"))).toEqual([
      { type: "error", content: "a response is already in progress", code: "busy", retryable: true },
    ]);
    expect(await collect(session.answer("x", { "0": "y" }))).toEqual([
      { type: "error", content: "a response is already in progress", code: "busy", retryable: true },
    ]);
    release();
    expect(types(await running)).toEqual(["text", "text", "response_done"]);
    expect(engine.seen).toHaveLength(2);
  });

  it("refuses an empty message with one error frame", async () => {
    const { session } = await sessionWith(new ScriptedEngine(says("Hi")));
    await collect(session.start());
    expect(await collect(session.sendMessage("   "))).toEqual([
      { type: "error", content: "Empty message", code: "empty_message", retryable: false },
    ]);
  });

  it("cancels a running turn at once, keeps what was said, and goes on", async () => {
    for (const honourSignal of [true, false]) {
      const engine = new ScriptedEngine(says("Hi"), hangs({ honourSignal }), says("Still here."));
      const { session } = await sessionWith(engine);
      await collect(session.start());
      const frames: ServerFrame[] = [];
      const turn = (async () => {
        for await (const frame of session.sendMessage("go")) {
          frames.push(frame);
          if (frame.type === "text") expect(session.cancel()).toBe(true);
        }
      })();
      await turn;
      expect(types(frames)).toEqual(["text", "response_done"]);
      expect(session.getMessages().at(-1)).toMatchObject({
        role: "assistant",
        text: "Thinking about",
        interrupted: true,
      });
      expect(types(await collect(session.sendMessage("again")))).toEqual(["text", "response_done"]);
    }
  });

  it("ends a turn whose engine throws with error and response_done, and the next turn works", async () => {
    const engine = new ScriptedEngine(
      says("Hi"),
      // biome-ignore lint/correctness/useYield: the failure before any event is the point
      async function* () {
        throw new Error("provider exploded");
      },
      async function* () {
        yield engineError("provider_overloaded", "The model is overloaded.");
        yield { type: "text-delta", text: "never shown" };
      },
      says("Recovered."),
    );
    const { session } = await sessionWith(engine);
    await collect(session.start());
    const thrown = await collect(session.sendMessage("one"));
    expect(thrown).toEqual([
      { type: "error", content: "Error: provider exploded", code: "internal_error", retryable: true },
      { type: "response_done" },
    ]);
    const reported = await collect(session.sendMessage("two"));
    expect(reported).toEqual([
      { type: "error", content: "The model is overloaded.", code: "provider_overloaded", retryable: true },
      { type: "response_done" },
    ]);
    expect(await collect(session.sendMessage("three"))).toEqual([
      { type: "text", content: "Recovered." },
      { type: "response_done" },
    ]);
  });

  it("turns an answer into text as the protocol says and keeps the raw answers", async () => {
    const engine = new ScriptedEngine(asks("tool-1", [...audienceQuestion.questions]), says("Thanks"));
    const { session } = await sessionWith(engine);
    await collect(session.start());
    await collect(session.answer("tool-1", { "1": ["Search", "Tags"], "0": "Quick" }));
    expect(session.getMessages()[2]).toMatchObject({
      role: "user",
      text: "Quick; Search, Tags",
      answer: { toolCallId: "tool-1", answers: { "0": "Quick", "1": ["Search", "Tags"] } },
    });
  });

  it("saves attached images into prompts/mockups/ and refuses bad ones", async () => {
    const engine = new ScriptedEngine(says("Hi"), says("Nice mockup"), says("And another"));
    const { session, projectDir } = await sessionWith(engine);
    await collect(session.start());
    const image = { filename: "home screen.png", mimeType: "image/png", base64Data: PNG_1PX };
    await collect(session.sendMessage("", [image]));
    await collect(session.sendMessage("again", [image]));
    expect((await readdir(join(projectDir, "prompts/mockups"))).sort()).toEqual([
      "home-screen-2.png",
      "home-screen.png",
    ]);
    expect(session.getMessages()[2]).toMatchObject({
      attachments: [{ savedAs: "prompts/mockups/home-screen.png" }],
    });
    const lying = { filename: "x.jpg", mimeType: "image/jpeg", base64Data: PNG_1PX };
    expect(await collect(session.sendMessage("look", [lying]))).toEqual([
      {
        type: "error",
        content: "Invalid attachment: x.jpg is declared as image/jpeg but its content is image/png",
        code: "invalid_attachment",
        retryable: false,
      },
    ]);
  });

  it("returns a copy of the transcript", async () => {
    const { session } = await sessionWith(new ScriptedEngine(says("Hi")));
    await collect(session.start());
    const copy = session.getMessages();
    copy.length = 0;
    expect(session.getMessages()).toHaveLength(2);
  });
});

describe("SpecChatSession completion", () => {
  it("writes the initializer prompt itself once the app spec is valid, then completes and writes the status file last", async () => {
    const engine = new ScriptedEngine(says("Hi"), writeAppSpec(4));
    const { session, projectDir } = await sessionWith(engine);
    await collect(session.start());
    const frames = await collect(session.sendMessage("Approved"));
    // spec_complete first: the reference's page ends the reply it streams on it, not on file_written.
    expect(frames.filter((frame) => frame.type !== "text")).toEqual([
      // The validator at work on what was written, told before the outcome.
      { type: "activity", kind: "checking", path: "prompts/app_spec.txt" },
      { type: "spec_complete", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/initializer_prompt.md" },
      { type: "response_done" },
      { type: "complete", path: "prompts/app_spec.txt" },
    ]);
    expect(session.isComplete()).toBe(true);
    expect(await initializerIn(projectDir)).toBe(fillFeatureCount(initializerTemplate(), 4));
    const status = JSON.parse(await readFile(join(projectDir, "prompts/.spec_status.json"), "utf8"));
    expect(status).toMatchObject({
      status: "complete",
      version: 1,
      feature_count: 4,
      files_written: ["prompts/app_spec.txt", "prompts/initializer_prompt.md"],
    });
    // The model heard that the initializer prompt is Specwright's to write.
    const toolEntry = session.getMessages().find((entry) => entry.role === "tool");
    expect(JSON.stringify(toolEntry)).toContain("Specwright writes prompts/initializer_prompt.md");
  });

  it("tells what a revision changed on its spec_complete, from where the turn began, and nothing on the first completion", async () => {
    const first = validSpecText(3);
    const revised = first
      .replace("      - Tasks are saved", "      - Export a task list to PDF\n      - Tasks are saved")
      .replace("<feature_count>3</feature_count>", "<feature_count>4</feature_count>");
    const engine = new ScriptedEngine(
      says("Hi"),
      writeAppSpec(3),
      // A revision written twice in one turn: first not valid, then fixed.
      usesTools([
        {
          toolName: "Write",
          input: { file_path: "prompts/app_spec.txt", content: "<project_specification>" },
        },
        { toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: revised } },
      ]),
      // Written again as it is: nothing changed, so nothing to tell (not the turn before's changes).
      usesTools([{ toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: revised } }]),
    );
    const { session, projectDir } = await sessionWith(engine);
    await collect(session.start());
    const completes = (frames: ServerFrame[]) => frames.filter((frame) => frame.type === "spec_complete");
    expect(completes(await collect(session.sendMessage("Approved")))).toEqual([
      { type: "spec_complete", path: "prompts/app_spec.txt" },
    ]);
    const [revision] = completes(await collect(session.sendMessage("add a feature: export to PDF")));
    const appSpecVersions = (await listSpecVersions(projectDir)).filter(
      (version) => version.file === "prompts/app_spec.txt",
    );
    const [newest, broken, completed] = appSpecVersions;
    expect(broken!.source).toBe("chat");
    expect(revision).toEqual({
      type: "spec_complete",
      path: "prompts/app_spec.txt",
      changes: {
        features_added: ["Export a task list to PDF"],
        features_removed: [],
        sections_changed: ["feature_count", "core_features"],
        feature_count: 4,
        previous_feature_count: 3,
        from_version: completed!.id,
        to_version: newest!.id,
      },
    });
    expect((await readSpecVersion(projectDir, completed!.id))!.text).toBe(first);
    expect(completes(await collect(session.sendMessage("write it again")))).toEqual([
      { type: "spec_complete", path: "prompts/app_spec.txt" },
    ]);
  });

  it("refuses a model's own initializer prompt and writes Specwright's instead", async () => {
    const engine = new ScriptedEngine(
      says("Hi"),
      usesTools([
        { toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: validSpecText(3) } },
        {
          toolName: "Write",
          input: { file_path: "prompts/initializer_prompt.md", content: "Build 3 things." },
        },
        {
          toolName: "Edit",
          input: {
            file_path: "prompts/initializer_prompt.md",
            old_string: "exactly **3**",
            new_string: "exactly **300**",
          },
        },
      ]),
    );
    const { session, projectDir } = await sessionWith(engine);
    await collect(session.start());
    const frames = await collect(session.sendMessage("Approved"));
    expect(frames.filter((frame) => frame.type === "file_written")).toEqual([
      { type: "file_written", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/initializer_prompt.md" },
    ]);
    expect(frames.map((frame) => frame.type)).toContain("spec_complete");
    expect(frames.filter((frame) => frame.type === "error")).toEqual([]);
    expect(await initializerIn(projectDir)).toBe(fillFeatureCount(initializerTemplate(), 3));
    const results = session.getMessages().flatMap((entry) => (entry.role === "tool" ? entry.results : []));
    expect(results.map((result) => result.isError)).toEqual([false, true, true]);
    for (const refused of results.slice(1))
      expect(refused.output).toMatch(/^Refused: Specwright writes prompts\/initializer_prompt\.md itself/);
  });

  it("fills a person's own template, and checks the initializer against it", async () => {
    const template = makeInitializerTemplate(
      `# First session\n\nRecord all ${FEATURE_COUNT_PLACEHOLDER} features, then stop.\n`,
      "/templates/mine.md",
    );
    const engine = new ScriptedEngine(says("Hi"), writeAppSpec(5));
    const { session, projectDir } = await sessionWith(engine, { initializerTemplate: template });
    await collect(session.start());
    const frames = await collect(session.sendMessage("Approved"));
    expect(frames.map((frame) => frame.type)).toContain("spec_complete");
    expect(await initializerIn(projectDir)).toBe("# First session\n\nRecord all 5 features, then stop.\n");
  });

  it("takes the template from the projects registry when the session is given none", async () => {
    const projectsDir = await tempDir();
    const template = makeInitializerTemplate(`Make ${FEATURE_COUNT_PLACEHOLDER} features.\n`, null);
    const projects = new ProjectRegistry(projectsDir, { initializerTemplate: template });
    const session = new SpecChatSession({
      projectName: "demo",
      projects,
      engine: new ScriptedEngine(says("Hi"), writeAppSpec(2)),
    });
    await collect(session.start());
    // A new project starts with the template in use.
    expect(await initializerIn(join(projectsDir, "demo"))).toBe(template.text);
    expect((await collect(session.sendMessage("Approved"))).map((frame) => frame.type)).toContain(
      "spec_complete",
    );
    expect(await initializerIn(join(projectsDir, "demo"))).toBe("Make 2 features.\n");
    expect(await projects.list()).toEqual([expect.objectContaining({ name: "demo", hasSpec: true })]);
  });

  it("says so when it cannot write the initializer prompt, and does not complete", async () => {
    const engine = new ScriptedEngine(says("Hi"), writeAppSpec(3));
    const { session, projectDir } = await sessionWith(engine);
    await collect(session.start());
    // A folder where the file should be: the sandbox refuses to write over it.
    await rm(join(projectDir, "prompts/initializer_prompt.md"));
    await mkdir(join(projectDir, "prompts/initializer_prompt.md"));
    const frames = await collect(session.sendMessage("Approved"));
    expect(frames.filter((frame) => frame.type !== "text")).toEqual([
      { type: "activity", kind: "checking", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/app_spec.txt" },
      {
        type: "error",
        code: "spec_write_failed",
        retryable: true,
        content: expect.stringMatching(
          /^prompts\/app_spec\.txt is valid, but Specwright could not write prompts\/initializer_prompt\.md: Refused: .* is a folder/,
        ),
      },
      { type: "response_done" },
    ]);
    expect(session.isComplete()).toBe(false);
  });

  it("reports an initializer prompt changed by hand out of step with a valid spec", async () => {
    const engine = new ScriptedEngine(
      says("Hi"),
      usesTools([{ toolName: "Read", input: { file_path: "prompts/app_spec.txt" } }]),
    );
    const { session, projectDir } = await sessionWith(engine);
    await collect(session.start());
    await writeFile(join(projectDir, "prompts/app_spec.txt"), validSpecText(3));
    await writeFile(
      join(projectDir, "prompts/initializer_prompt.md"),
      fillFeatureCount(initializerTemplate(), 9),
    );
    const frames = await collect(session.sendMessage("Look at it"));
    expect(frames.find((frame) => frame.type === "error")).toMatchObject({
      code: "spec_incomplete",
      content: expect.stringMatching(
        /not complete yet: prompts\/initializer_prompt\.md: .*asks for 9 features.*Specwright writes it again/,
      ),
    });
  });

  it("does not complete an invalid spec, and says why", async () => {
    const broken = validSpecText(3).replace(
      "<feature_count>3</feature_count>",
      "<feature_count>lots</feature_count>",
    );
    const engine = new ScriptedEngine(
      says("Hi"),
      usesTools([{ toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: broken } }]),
    );
    const { session } = await sessionWith(engine);
    await collect(session.start());
    const frames = await collect(session.sendMessage("Approved"));
    expect(types(frames)).not.toContain("spec_complete");
    expect(types(frames)).toContain("file_written");
    const error = frames.find((frame) => frame.type === "error") as { content: string };
    expect(error.content).toMatch(/app_spec\.txt was written but is not valid yet/);
    expect(error.content).toMatch(/feature_count/);
    expect(session.isComplete()).toBe(false);
    // The engine was told too: the Write result carries the validator's findings.
    const toolEntry = session.getMessages().find((entry) => entry.role === "tool");
    expect(JSON.stringify(toolEntry)).toMatch(/NOT valid/);
  });

  it("reports each write of a spec file once, from what the write says it wrote", async () => {
    const broken = validSpecText(3).replace(
      "<feature_count>3</feature_count>",
      "<feature_count>lots</feature_count>",
    );
    let projectDir = "";
    const engine = new ScriptedEngine(says("Hi"), async function* (transcript, context) {
      // However the model names the file, the session hears the spec file it really is.
      yield* usesTools([
        { toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: broken } },
        { toolName: "Write", input: { file_path: "prompts/notes.md", content: "ideas" } },
        { toolName: "Read", input: { file_path: "prompts/app_spec.txt" } },
        {
          toolName: "Write",
          input: {
            file_path: join(projectDir, "prompts/./drafts/../app_spec.txt"),
            content: validSpecText(3),
          },
        },
      ])(transcript, context);
    });
    const setup = await sessionWith(engine);
    projectDir = setup.projectDir;
    await collect(setup.session.start());
    const frames = await collect(setup.session.sendMessage("Approved"));
    expect(frames.filter((frame) => frame.type !== "text")).toEqual([
      { type: "activity", kind: "checking", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/app_spec.txt" },
      expect.objectContaining({ type: "error", code: "spec_invalid" }),
      { type: "activity", kind: "checking", path: "prompts/app_spec.txt" },
      { type: "spec_complete", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/initializer_prompt.md" },
      { type: "response_done" },
      { type: "complete", path: "prompts/app_spec.txt" },
    ]);
  });

  it("reports a write an engine made with tools of its own once it tells the tools, and never from its words alone", async () => {
    let projectDir = "";
    const wrote = async function* (
      _transcript: Transcript,
      context: TurnContext,
      told: boolean,
    ): AsyncGenerator<EngineEvent> {
      const call = {
        toolCallId: `own-${told}`,
        toolName: "Write",
        input: { file_path: "prompts/app_spec.txt" },
      };
      const timestamp = new Date().toISOString();
      yield { type: "record", entry: { role: "assistant", text: "", toolCalls: [call], timestamp } };
      // The engine writes the file itself, as Claude Code does, and may or may not tell the tools.
      await writeFile(join(projectDir, "prompts/app_spec.txt"), validSpecText(told ? 4 : 5));
      if (told) await context.tools.afterOwnWrite(call.toolName, call.input);
      const result = {
        toolCallId: call.toolCallId,
        toolName: "Write",
        output: "File written",
        isError: false,
      };
      yield { type: "record", entry: { role: "tool", results: [result], timestamp } };
    };
    const engine = new ScriptedEngine(
      says("Hi"),
      (transcript, context) => wrote(transcript, context, false),
      (transcript, context) => wrote(transcript, context, true),
    );
    const setup = await sessionWith(engine);
    projectDir = setup.projectDir;
    await collect(setup.session.start());
    const untold = await collect(setup.session.sendMessage("Write it"));
    expect(untold.filter((frame) => frame.type === "file_written")).toEqual([]);
    const told = await collect(setup.session.sendMessage("Write it again"));
    expect(told.filter((frame) => frame.type === "file_written")).toEqual([
      { type: "file_written", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/initializer_prompt.md" },
    ]);
    expect(await initializerIn(projectDir)).toBe(fillFeatureCount(initializerTemplate(), 4));
  });

  it("completes again after a change to a finished spec, with the initializer rewritten for the new count", async () => {
    const engine = new ScriptedEngine(says("Hi"), writeAppSpec(3), writeAppSpec(4));
    const { session, projectDir } = await sessionWith(engine);
    await collect(session.start());
    await collect(session.sendMessage("Approved"));
    expect(await initializerIn(projectDir)).toBe(fillFeatureCount(initializerTemplate(), 3));
    const frames = await collect(session.sendMessage("Add a feature"));
    expect(frames.filter((frame) => frame.type === "file_written")).toHaveLength(2);
    expect(types(frames)).toContain("spec_complete");
    expect(types(frames).at(-1)).toBe("complete");
    expect(await initializerIn(projectDir)).toBe(fillFeatureCount(initializerTemplate(), 4));
    const status = JSON.parse(await readFile(join(projectDir, "prompts/.spec_status.json"), "utf8"));
    expect(status.feature_count).toBe(4);
  });

  it("says a new interview has a finished spec, and keeps every version of the files", async () => {
    const projectsDir = await tempDir();
    const projects = new ProjectRegistry(projectsDir);
    const projectDir = join(projectsDir, "demo");
    for (const [round, count] of [3, 5, 7].entries()) {
      const engine = new ScriptedEngine(says("Hi"), writeAppSpec(count));
      const session = new SpecChatSession({ projectName: "demo", projects, engine });
      await collect(session.start());
      const kickoff = session.getMessages()[0] as UserEntry;
      if (round === 0) expect(kickoff.text).not.toMatch(/already has a complete spec/);
      else expect(kickoff.text).toMatch(/already has a complete spec/);
      expect(engine.seen[0]!.context.existingSpec !== null).toBe(round > 0);
      expect(types(await collect(session.sendMessage("Approved")))).toContain("spec_complete");
    }
    // Every spec written is kept as a version, with the initializer prompt that went with it.
    const versions = await listSpecVersions(projectDir);
    const texts = async (file: string) =>
      Promise.all(
        versions
          .filter((version) => version.file === file)
          .map(async (version) => (await readSpecVersion(projectDir, version.id))?.text),
      );
    expect(await texts("prompts/app_spec.txt")).toEqual([7, 5, 3].map((count) => validSpecText(count)));
    // The first is the template a new project starts with, kept when the count first filled it in.
    expect(await texts("prompts/initializer_prompt.md")).toEqual([
      ...[7, 5, 3].map((count) => fillFeatureCount(initializerTemplate(), count)),
      initializerTemplate(),
    ]);
    expect(versions.map((version) => version.source).filter((source) => source !== "interview")).toEqual([
      "found",
    ]);
    await expect(readdir(join(projectDir, "prompts/history"))).rejects.toThrow();
    expect(await readFile(join(projectDir, "prompts/app_spec.txt"), "utf8")).toBe(validSpecText(7));
    expect(await initializerIn(projectDir)).toBe(fillFeatureCount(initializerTemplate(), 7));
  });

  it("leaves a finished spec alone when a new interview's model only tries to write the initializer", async () => {
    const projectsDir = await tempDir();
    const projects = new ProjectRegistry(projectsDir);
    const first = new SpecChatSession({
      projectName: "demo",
      projects,
      engine: new ScriptedEngine(says("Hi"), writeAppSpec(3)),
    });
    await collect(first.start());
    await collect(first.sendMessage("Approved"));
    const second = new SpecChatSession({
      projectName: "demo",
      projects,
      engine: new ScriptedEngine(
        says("Hi"),
        usesTools([
          { toolName: "Write", input: { file_path: "prompts/initializer_prompt.md", content: "x" } },
        ]),
      ),
    });
    await collect(second.start());
    await collect(second.sendMessage("Change the initializer"));
    await expect(readdir(join(projectsDir, "demo/prompts/history"))).rejects.toThrow();
    expect(await initializerIn(join(projectsDir, "demo"))).toBe(fillFeatureCount(initializerTemplate(), 3));
    expect(await readdir(join(projectsDir, "demo/prompts"))).toContain(".spec_status.json");
  });

  it("does not back up anything for an interview that never writes", async () => {
    const projectsDir = await tempDir();
    const projects = new ProjectRegistry(projectsDir);
    const first = new SpecChatSession({
      projectName: "demo",
      projects,
      engine: new ScriptedEngine(says("Hi"), writeAppSpec(3)),
    });
    await collect(first.start());
    await collect(first.sendMessage("Approved"));
    const second = new SpecChatSession({
      projectName: "demo",
      projects,
      engine: new ScriptedEngine(says("Hi")),
    });
    await collect(second.start());
    await expect(readdir(join(projectsDir, "demo/prompts/history"))).rejects.toThrow();
  });
});
