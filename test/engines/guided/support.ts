import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { APP_SPEC_PATH } from "../../../src/app-spec/paths.js";
import type { Engine, ExistingSpec, TurnContext } from "../../../src/engines/engine.js";
import { createGuidedEngine } from "../../../src/engines/guided/index.js";
import { isStepId, type StepId } from "../../../src/engines/guided/interview/steps.js";
import type { StoredAttachment } from "../../../src/types/attachments.js";
import type { EngineEvent } from "../../../src/types/engine-events.js";
import type { Answers, Question } from "../../../src/types/questions.js";
import type { AssistantEntry, TranscriptEntry, UserEntry } from "../../../src/types/transcript.js";
import { createProjectTools } from "../../../src/workspace/index.js";
import { type Persona, PersonaPlayer } from "../../support/persona-driver.js";

/** A temporary project folder, removed by `cleanup`. */
export async function makeProjectDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "specwright-guided-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** How the scripted person answers: typed text, or the question widget's answers. */
export type ScriptedReply =
  | string
  | { widget: string | string[] }
  | { text: string; attachments: StoredAttachment[] };

/** One turn as the person saw it. */
export interface TurnView {
  events: EngineEvent[];
  text: string;
  question: { toolCallId: string; questions: Question[] } | null;
  phases: string[];
  errors: string[];
}

/**
 * Plays the person in a guided interview: keeps the transcript as the session would,
 * runs one turn per reply, and appends the engine's records.
 */
export class InterviewDriver {
  readonly transcript: TranscriptEntry[] = [];
  readonly turns: TurnView[] = [];
  private engine: Engine;
  private clock = Date.UTC(2025, 0, 1);

  private constructor(
    readonly context: TurnContext,
    engine: Engine,
  ) {
    this.engine = engine;
  }

  static async start(
    projectDir: string,
    options: { existingSpec?: ExistingSpec | null; projectName?: string } = {},
  ): Promise<InterviewDriver> {
    const tools = await createProjectTools(projectDir);
    const context: TurnContext = {
      projectName: options.projectName ?? "test-app",
      projectDir: tools.projectDir,
      systemPrompt: "",
      tools,
      existingSpec: options.existingSpec ?? null,
      signal: new AbortController().signal,
    };
    const driver = new InterviewDriver(context, createGuidedEngine());
    driver.push({
      role: "user",
      text: "Begin the spec creation process.",
      timestamp: driver.now(),
      kind: "kickoff",
    });
    await driver.runTurn();
    return driver;
  }

  /**
   * Swaps in a new engine and a transcript read back from JSON, as a session resumed
   * from its stored transcript after a restart would have.
   */
  restartEngine(): void {
    this.engine = createGuidedEngine();
    const stored = JSON.parse(JSON.stringify(this.transcript)) as TranscriptEntry[];
    this.transcript.splice(0, this.transcript.length, ...stored);
  }

  /** Appends an entry as the session does for a turn that was cancelled midway. */
  pushInterrupted(text: string): void {
    this.transcript.push({
      role: "assistant",
      text,
      toolCalls: [],
      timestamp: this.now(),
      interrupted: true,
    });
  }

  get last(): TurnView {
    return this.turns[this.turns.length - 1]!;
  }

  /** The step the interviewer recorded last, or null before its first turn. */
  get step(): StepId | null {
    const entry = [...this.transcript].reverse().find((candidate) => candidate.role === "assistant") as
      | AssistantEntry
      | undefined;
    const step = entry?.meta?.guidedStep;
    return isStepId(step) ? step : null;
  }

  /** Answers the last turn: typed text, or the widget's answer to its question. */
  async reply(reply: ScriptedReply): Promise<TurnView> {
    if (typeof reply === "string") {
      this.push({ role: "user", text: reply, timestamp: this.now() });
    } else if ("widget" in reply) {
      const question = this.last.question;
      if (!question)
        throw new Error(`No question to answer at step ${this.step}; the turn said: ${this.last.text}`);
      const answers: Answers = { "0": reply.widget };
      const text = Array.isArray(reply.widget) ? reply.widget.join(", ") : reply.widget;
      this.push({
        role: "user",
        text,
        timestamp: this.now(),
        answer: { toolCallId: question.toolCallId, answers },
      });
    } else {
      this.push({ role: "user", text: reply.text, timestamp: this.now(), attachments: reply.attachments });
    }
    return this.runTurn();
  }

  async replyAll(replies: readonly ScriptedReply[]): Promise<void> {
    for (const reply of replies) await this.reply(reply);
  }

  /** The label of the option marked "(Recommended)" in the last question. */
  recommendedLabel(): string {
    const option = this.last.question?.questions[0]?.options.find((candidate) =>
      candidate.label.endsWith("(Recommended)"),
    );
    if (!option) throw new Error(`No recommended option at step ${this.step}`);
    return option.label;
  }

  async readSpec(): Promise<string> {
    return readFile(join(this.context.projectDir, APP_SPEC_PATH), "utf8");
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private push(entry: UserEntry): void {
    this.transcript.push(entry);
  }

  private async runTurn(): Promise<TurnView> {
    const events: EngineEvent[] = [];
    for await (const event of this.engine.turn(this.transcript.slice(), this.context)) {
      events.push(event);
      if (event.type === "record") this.transcript.push(event.entry);
    }
    const question = events.find((event) => event.type === "question");
    const view: TurnView = {
      events,
      text: events.flatMap((event) => (event.type === "text-delta" ? [event.text] : [])).join(""),
      question:
        question?.type === "question"
          ? { toolCallId: question.toolCallId, questions: question.questions }
          : null,
      phases: events.flatMap((event) => (event.type === "phase" ? [event.id] : [])),
      errors: events.flatMap((event) => (event.type === "error" ? [event.message] : [])),
    };
    this.turns.push(view);
    return view;
  }
}

/** The text inside one top-level element of an app spec. */
/**
 * Interviews a persona in process, turn by turn as the session would, in a project folder
 * of its own: the driver, at the end, and the cleanup of its folder.
 */
export async function interviewPersona(
  persona: Persona,
): Promise<{ driver: InterviewDriver; cleanup: () => Promise<void> }> {
  const project = await makeProjectDir();
  const driver = await InterviewDriver.start(project.dir, { projectName: persona.id });
  const player = new PersonaPlayer(persona);
  for (let turn = 0; turn < 60 && driver.step !== "done"; turn++) {
    const reply = player.reply(driver.last.text, driver.last.question?.questions[0] ?? null);
    await driver.reply("widget" in reply ? { widget: reply.widget } : reply.text);
  }
  return { driver, cleanup: project.cleanup };
}

export function section(spec: string, name: string): string {
  const match = spec.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`));
  return match?.[1] ?? "";
}
