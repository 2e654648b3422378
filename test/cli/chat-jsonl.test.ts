import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateAppSpec } from "../../src/app-spec/index.js";
import type { Question } from "../../src/types/questions.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { CliProcess } from "../support/cli-process.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

/** A person at the other end of the pipe: free-text replies in order, and a rule for picking options. */
interface Person {
  say: string[];
  pick: (question: Question) => string;
}

const recommended = (question: Question) => question.options[0]!.label;

/** Reads frames until the turn ends; returns them. Every line on stdout must be a JSON frame. */
async function readTurn(cli: CliProcess): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  while (true) {
    const line = await cli.nextLine();
    if (line === null) throw new Error(`process ended mid-turn; stderr: ${cli.stderr.join("")}`);
    const frame = JSON.parse(line) as ServerFrame;
    frames.push(frame);
    if (frame.type === "response_done") {
      // `complete` follows response_done in a turn that completed the spec.
      if (frames.some((candidate) => candidate.type === "spec_complete"))
        frames.push(JSON.parse((await cli.nextLine())!));
      return frames;
    }
  }
}

async function interview(projectsDir: string, person: Person) {
  const cli = new CliProcess(["chat", "demo", "--jsonl", "--projects-dir", projectsDir]);
  const all: ServerFrame[] = [];
  cli.write(JSON.stringify({ type: "start" }));
  const freeText = [...person.say];
  for (let turn = 0; turn < 80; turn++) {
    const frames = await readTurn(cli);
    all.push(...frames);
    if (frames.some((frame) => frame.type === "complete")) break;
    const question = frames.find((frame) => frame.type === "question");
    if (question) {
      const answers = Object.fromEntries(
        question.questions.map((q, index) => [
          String(index),
          q.multiSelect ? [person.pick(q)] : person.pick(q),
        ]),
      );
      cli.write(JSON.stringify({ type: "answer", tool_id: question.tool_id, answers }));
    } else {
      cli.write(JSON.stringify({ type: "message", content: freeText.shift() ?? "Nothing more to add." }));
    }
  }
  cli.endInput();
  return { frames: all, exitCode: await cli.exited, stderr: cli.stderr.join("") };
}

describe("specwright chat --jsonl with the guided interviewer", () => {
  it("interviews a quick-mode person to a valid spec holding the features they named", async () => {
    const projectsDir = await tempDir();
    const result = await interview(projectsDir, {
      say: [
        "A recipe app for home cooks. People save their recipes, plan weekly meals and generate shopping lists from the meal plan.",
        "I open the app, pick recipes for each day of the week, and then get one shopping list for the whole week.",
        "Recipes with ingredients and steps, weekly meal plans, and shopping lists.",
        "Scale a recipe to a different number of servings. Import a recipe from a web page.",
      ],
      pick: recommended,
    });
    expect(result.exitCode, result.stderr).toBe(0);
    const types = result.frames.map((frame) => frame.type);
    expect(types).toContain("phase");
    expect(types).toContain("question");
    expect(types.filter((type) => type === "file_written")).toHaveLength(2);
    // The spec is reported as it is written, before the interviewer's closing words.
    expect(types.slice(-2)).toEqual(["response_done", "complete"]);
    expect(types.lastIndexOf("text")).toBeGreaterThan(types.indexOf("spec_complete"));
    const spec = await readFile(join(projectsDir, "demo/prompts/app_spec.txt"), "utf8");
    const validation = validateAppSpec(spec);
    expect(validation.errors).toEqual([]);
    const features = validation.categories
      .flatMap((category) => category.features)
      .join("\n")
      .toLowerCase();
    for (const named of ["save", "plan weekly meals", "shopping list", "scale", "import"]) {
      expect(features).toContain(named);
    }
    expect(validation.featureCount).toBe(validation.featureLines);
    expect(spec).not.toMatch(/<item>|\bItem\b/);
    const initializer = await readFile(join(projectsDir, "demo/prompts/initializer_prompt.md"), "utf8");
    expect(initializer).toContain(String(validation.featureCount));
    expect(initializer).not.toContain("[FEATURE_COUNT]");
  });

  it("interviews a detailed-mode person about a different idea to a visibly different spec", async () => {
    const projectsDir = await tempDir();
    const result = await interview(projectsDir, {
      say: [
        "A volunteer scheduler for a food bank. Coordinators publish shifts, volunteers sign up for shifts, and coordinators see who is coming each day.",
        "A volunteer browses open shifts for the week, signs up, and gets a reminder the day before.",
        "Shifts with a date, time and number of spots; volunteers with their contact details.",
        "Track volunteer hours for each volunteer. Send a reminder email before each shift.",
      ],
      pick: (question) =>
        question.options.find((option) => /^detailed/i.test(option.label))?.label ?? recommended(question),
    });
    expect(result.exitCode, result.stderr).toBe(0);
    const spec = await readFile(join(projectsDir, "demo/prompts/app_spec.txt"), "utf8");
    const validation = validateAppSpec(spec);
    expect(validation.errors).toEqual([]);
    const text = spec.toLowerCase();
    for (const named of ["shift", "volunteer", "sign up", "reminder", "hours"]) expect(text).toContain(named);
    expect(text).not.toContain("recipe");
  });

  it("writes nothing but frames on stdout and does nothing until start", async () => {
    const projectsDir = await tempDir();
    const cli = new CliProcess(["chat", "demo", "--jsonl", "--projects-dir", projectsDir]);
    cli.write(JSON.stringify({ type: "ping" }));
    cli.write("not json");
    cli.endInput();
    expect(JSON.parse((await cli.nextLine())!)).toEqual({ type: "pong" });
    expect(JSON.parse((await cli.nextLine())!)).toEqual({
      type: "error",
      content: "Invalid JSON",
      code: "invalid_frame",
      retryable: false,
    });
    expect(await cli.nextLine()).toBeNull();
    expect(await cli.exited).toBe(1);
    await expect(readFile(join(projectsDir, "demo/prompts/initializer_prompt.md"))).rejects.toThrow();
  });

  it("carries on after the process is restarted, from the interview kept on disk", async () => {
    const projectsDir = await tempDir();
    const first = new CliProcess(["chat", "demo", "--jsonl", "--projects-dir", projectsDir]);
    first.write(JSON.stringify({ type: "start" }));
    await readTurn(first);
    first.write(
      JSON.stringify({
        type: "message",
        // "A web app" says the kind of software, so the first question is the involvement one.
        content:
          "A web app for booking at a small yoga studio: classes, teachers and members who book spots.",
      }),
    );
    const asked = await readTurn(first);
    const question = asked.find((frame) => frame.type === "question");
    expect(question).toBeDefined();
    first.endInput();
    expect(await first.exited).toBe(1);

    const second = new CliProcess(["chat", "demo", "--jsonl", "--projects-dir", projectsDir]);
    second.write(
      JSON.stringify({ type: "answer", tool_id: question!.tool_id, answers: { "0": "Quick (Recommended)" } }),
    );
    const answered = await readTurn(second);
    second.endInput();
    await second.exited;
    expect(answered.filter((frame) => frame.type === "error")).toEqual([]);
    expect(answered).toContainEqual(expect.objectContaining({ type: "phase", id: "technology" }));
  });
});
