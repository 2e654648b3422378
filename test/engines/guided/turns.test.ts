import { afterEach, describe, expect, it } from "vitest";
import { APP_SPEC_PATH, validateAppSpec } from "../../../src/app-spec/index.js";
import { createGuidedEngine } from "../../../src/engines/guided/index.js";
import type { StoredAttachment } from "../../../src/types/attachments.js";
import type { AssistantEntry, ToolEntry } from "../../../src/types/transcript.js";
import type { ProjectTools } from "../../../src/workspace/index.js";
import { QUICK_REVIEW, QUICK_SCRIPT } from "./scripts.js";
import { InterviewDriver, makeProjectDir, section } from "./support.js";

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function newInterview(
  options: Parameters<typeof InterviewDriver.start>[1] = {},
): Promise<InterviewDriver> {
  const project = await makeProjectDir();
  cleanups.push(project.cleanup);
  return InterviewDriver.start(project.dir, options);
}

const MOCKUP: StoredAttachment = {
  filename: "home.png",
  mimeType: "image/png",
  base64Data: "iVBORw0KGgo=",
  savedAs: "prompts/mockups/home.png",
};

function assistantEntries(interview: InterviewDriver): AssistantEntry[] {
  return interview.transcript.filter((entry): entry is AssistantEntry => entry.role === "assistant");
}

describe("the engine's contract", () => {
  it("is named guided and has no model", () => {
    const engine = createGuidedEngine();
    expect(engine.name).toBe("guided");
    expect(engine.model).toBeNull();
  });

  it("greets, enters the first phase and records one assistant entry per turn", async () => {
    const interview = await newInterview({ projectName: "plant-pal" });
    const greeting = interview.last;
    expect(greeting.phases).toEqual(["overview"]);
    expect(greeting.text).toContain("**plant-pal**");
    expect(greeting.text).toContain("what is your app");
    expect(greeting.events.filter((event) => event.type === "text-delta").length).toBeGreaterThan(1);
    const records = greeting.events.filter((event) => event.type === "record");
    expect(records).toHaveLength(1);
    const entry = assistantEntries(interview)[0]!;
    expect(entry.text).toBe(greeting.text);
    expect(entry.meta?.guidedStep).toBe("overview");
  });

  it("asks one structured question at the end of a turn and records it as an AskUserQuestion call", async () => {
    const interview = await newInterview();
    const turn = await interview.reply(QUICK_SCRIPT[0]!);
    const last = turn.events[turn.events.length - 1]!;
    expect(last.type).toBe("question");
    if (last.type !== "question") return;
    expect(last.toolCallId).toMatch(/^guided-/);
    expect(last.questions).toHaveLength(1);
    const entry = assistantEntries(interview).at(-1)!;
    expect(entry.toolCalls).toEqual([
      { toolCallId: last.toolCallId, toolName: "AskUserQuestion", input: { questions: last.questions } },
    ]);
    const other = await newInterview();
    await other.reply(QUICK_SCRIPT[0]!);
    expect(other.last.question?.toolCallId).not.toBe(last.toolCallId);
  });

  it("records the writes as calls, then their results, so the session can match them", async () => {
    const interview = await newInterview();
    await interview.replyAll([...QUICK_SCRIPT, ...QUICK_REVIEW]);
    const records = interview.last.events.flatMap((event) => (event.type === "record" ? [event.entry] : []));
    expect(records.map((entry) => entry.role)).toEqual(["assistant", "tool"]);
    const calls = (records[0] as AssistantEntry).toolCalls;
    const results = (records[1] as ToolEntry).results;
    // Only the app spec: the session writes the initializer prompt from it, for every engine.
    expect(calls.map((call) => (call.input as { file_path: string }).file_path)).toEqual([
      "prompts/app_spec.txt",
    ]);
    expect(results.map((result) => result.toolCallId)).toEqual(calls.map((call) => call.toolCallId));
    expect(results.every((result) => !result.isError)).toBe(true);
  });
});

describe("resuming", () => {
  it("goes on from the stored transcript on a fresh engine and ends with the same spec", async () => {
    const straight = await newInterview();
    await straight.replyAll([...QUICK_SCRIPT, ...QUICK_REVIEW]);

    const resumed = await newInterview();
    await resumed.replyAll(QUICK_SCRIPT.slice(0, 11));
    const stepBefore = resumed.step;
    resumed.restartEngine();
    await resumed.replyAll([...QUICK_SCRIPT.slice(11), ...QUICK_REVIEW]);

    expect(stepBefore).toBe("features-settings");
    expect(await resumed.readSpec()).toBe(await straight.readSpec());
  });

  it("takes the answer after a cancelled turn as the answer to the question still open", async () => {
    const interview = await newInterview();
    await interview.replyAll(QUICK_SCRIPT.slice(0, 2));
    expect(interview.step).toBe("involvement");
    interview.pushInterrupted("Thanks, that gives me");
    await interview.reply("Detailed");
    expect(interview.step).toBe("tech-frontend");
  });

  it("asks the same step again when a reply says nothing", async () => {
    const interview = await newInterview();
    await interview.reply({ text: "", attachments: [MOCKUP] });
    expect(interview.step).toBe("overview");
    expect(interview.last.text).toContain("what is your app");
    expect(interview.last.text).toContain("can't look at images");
    expect(interview.last.phases).toEqual([]);
  });
});

describe("images", () => {
  it("tells the person it cannot look at them, keeps them, and names them in ui_layout", async () => {
    const interview = await newInterview();
    await interview.replyAll(QUICK_SCRIPT.slice(0, 5));
    const turn = await interview.reply({ text: String(QUICK_SCRIPT[5]), attachments: [MOCKUP] });
    expect(turn.text).toContain("can't look at images");
    expect(turn.text).toContain("prompts/mockups/home.png");
    expect(interview.step).toBe("features-accounts");
    await interview.replyAll([...QUICK_SCRIPT.slice(6), ...QUICK_REVIEW]);
    const layout = section(await interview.readSpec(), "ui_layout");
    expect(layout).toContain("Mockup provided: prompts/mockups/home.png");
  });

  it("says so when an image could not be saved", async () => {
    const interview = await newInterview();
    const { savedAs: _saved, ...unsaved } = MOCKUP;
    const turn = await interview.reply({
      text: "A plant watering tracker for my flat",
      attachments: [unsaved],
    });
    expect(turn.text).toContain("couldn't keep “home.png”");
  });
});

describe("an existing spec", () => {
  it("is mentioned in the greeting, with where its files are kept", async () => {
    const interview = await newInterview({ existingSpec: { featureCount: 12, path: APP_SPEC_PATH } });
    expect(interview.last.text).toContain("already has a finished spec");
    expect(interview.last.text).toContain("12 features");
    expect(interview.last.text).toContain("the spec's versions");
  });
});

describe("writing", () => {
  it("reports a refused write as an error and does not claim success", async () => {
    const interview = await newInterview();
    await interview.replyAll([...QUICK_SCRIPT, ...QUICK_REVIEW.slice(0, 2)]);
    const real = interview.context.tools;
    const refusing: ProjectTools = {
      ...real,
      run: async (toolName, input) =>
        toolName === "Write"
          ? { output: "Refused: the disk is full.", isError: true }
          : real.run(toolName, input),
    };
    interview.context.tools = refusing;
    const failed = await interview.reply("approve");
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors[0]).toContain("Refused: the disk is full.");
    expect(failed.events.at(-1)?.type).toBe("error");
    expect(failed.text).not.toContain("Done!");
    expect(interview.step).toBe("review");

    interview.context.tools = real;
    const retried = await interview.reply("approve");
    expect(retried.errors).toEqual([]);
    expect(retried.text).toContain("Done!");
    expect(validateAppSpec(await interview.readSpec()).valid).toBe(true);
  });

  it("keeps the conversation going after completion: thanks changes nothing, a removal lowers the count", async () => {
    const interview = await newInterview();
    await interview.replyAll([...QUICK_SCRIPT, ...QUICK_REVIEW]);
    const count = validateAppSpec(await interview.readSpec()).featureCount!;
    const thanks = await interview.reply("thanks!");
    expect(interview.step).toBe("done");
    expect(thanks.question).toBeNull();
    expect(thanks.text).toContain(`${count} features`);

    const question = await interview.reply("what happens now?");
    expect(question.text).toContain("can't answer questions");
    expect(interview.step).toBe("done");

    const removal = await interview.reply("remove: scale recipes");
    expect(removal.text).toContain("Removed: Users can scale recipes by servings");
    await interview.reply("1");
    const spec = await interview.readSpec();
    expect(validateAppSpec(spec).featureCount).toBe(count - 1);
    expect(spec).not.toContain("scale recipes");
  });
});

describe("reading replies", () => {
  it("takes technology preferences in free text", async () => {
    const interview = await newInterview();
    await interview.replyAll([QUICK_SCRIPT[0]!, "Web app", "Quick", "I have preferences"]);
    expect(interview.step).toBe("tech-preferences");
    const turn = await interview.reply("Vue and Python please, with Postgres");
    // Each part is kept in the person's words, and decides that part of the stack.
    expect(turn.text).toContain("Front end: Vue");
    expect(turn.text).toContain("Back end: Python");
    expect(turn.text).toContain("Database: Postgres");
    expect(interview.step).toBe("data");
  });

  it("chooses for a person who is not sure about storing data, and says what it chose", async () => {
    const interview = await newInterview();
    await interview.replyAll(QUICK_SCRIPT.slice(0, 4));
    const turn = await interview.reply("Not sure");
    expect(turn.text).toContain("I'll store data");
    expect(interview.step).toBe("features-main");
  });

  it("asks for more when the overview is very thin", async () => {
    const interview = await newInterview();
    await interview.reply("a todo app");
    expect(interview.step).toBe("overview-more");
    await interview.reply("People add tasks with due dates and tick them off when done.");
    // "a todo app" could be any kind of software, so the kind comes next.
    expect(interview.step).toBe("kind");
  });

  it("adds detail or trims to essentials at the count, and asks again until it looks right", async () => {
    const interview = await newInterview();
    await interview.replyAll(QUICK_SCRIPT.slice(0, 16));
    expect(interview.step).toBe("feature-count");
    const total = (text: string) => Number(text.match(/Total: (\d+) features/)?.[1]);
    const standard = total(interview.last.text);
    await interview.reply("Add more detail");
    expect(interview.step).toBe("feature-count");
    const more = total(interview.last.text);
    expect(more).toBeGreaterThan(standard);
    await interview.reply({ widget: "Fewer, keep it minimal" });
    const fewer = total(interview.last.text);
    expect(fewer).toBeLessThan(standard);
    await interview.reply("yes");
    expect(interview.step).toBe("design-quick");
    await interview.replyAll([...QUICK_SCRIPT.slice(17), "approve"]);
    const validation = validateAppSpec(await interview.readSpec());
    expect(validation.featureCount).toBe(fewer);
    expect(section(await interview.readSpec(), "core_features")).toContain("scale recipes by servings");
  });

  it("accepts a change to the design in free text", async () => {
    const interview = await newInterview();
    await interview.replyAll(QUICK_SCRIPT.slice(0, 17));
    expect(interview.step).toBe("design-quick");
    await interview.reply("Change something");
    expect(interview.step).toBe("design-change");
    const turn = await interview.reply("add a rating field to recipes");
    expect(turn.text).toContain("Updated the database design");
    expect(interview.step).toBe("design-quick");
    expect(turn.text).toContain("rating");
  });
});
