import { type InitializerTemplate, makeSpecStatus } from "../app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH, SPEC_FILE_PATHS } from "../app-spec/paths.js";
import type { Engine, ExistingSpec, TurnContext } from "../engines/engine.js";
import { type SessionStore, STORED_SESSION_VERSION, type StoredSession } from "../store/index.js";
import type { StoredAttachment } from "../types/attachments.js";
import type { EngineEvent } from "../types/engine-events.js";
import type { Answers, Question } from "../types/questions.js";
import type { ToolEntry, TranscriptEntry, UserEntry } from "../types/transcript.js";
import { addUsage, type TokenUsage, ZERO_USAGE } from "../types/usage.js";
import { errorFrame, type ServerFrame } from "../types/wire.js";
import {
  createProjectTools,
  inspectSpec,
  type ProjectRegistry,
  writeInitializerPrompt,
  writeSpecStatusFile,
} from "../workspace/index.js";
import { abortable } from "./abortable.js";
import { answersToText } from "./answer-text.js";
import { type AttachmentLimits, checkAttachments, DEFAULT_ATTACHMENT_LIMITS } from "./image-check.js";
import { kickoffText } from "./kickoff.js";
import { saveMockups } from "./mockups.js";
import { DEFAULT_SKILL_PATH, loadSkill } from "./skill.js";
import { withSpecBackup } from "./spec-backup.js";
import { specFilesWritten } from "./spec-files.js";

export interface SpecChatSessionOptions {
  projectName: string;
  projects: ProjectRegistry;
  engine: Engine;
  /** Where the conversation is kept between turns, so a restart loses nothing. */
  store?: SessionStore;
  /** The interview skill; defaults to the one shipped in src/interview/. */
  skillPath?: string;
  /**
   * The template Specwright writes the initializer prompt from once the app spec is
   * valid, and checks it against; defaults to the projects registry's.
   */
  initializerTemplate?: InitializerTemplate;
  attachmentLimits?: AttachmentLimits;
  /** How long `close` waits for a cancelled turn to wind down. */
  closeTimeoutMs?: number;
  now?: () => Date;
}

/** The error a second turn gets while one is running (docs/protocol.md). */
export const BUSY_MESSAGE = "a response is already in progress";

/**
 * One project's spec interview: owns the transcript, runs one turn at a time on its
 * engine, and decides when the spec is complete (both files on disk and valid).
 *
 * Each turn is an async iterable of wire frames that always ends with `response_done`
 * once the turn has begun. The busy check happens when the method is called, so the
 * caller must iterate what it gets back.
 */
export class SpecChatSession {
  readonly projectName: string;
  readonly engine: Engine;
  /** When the interview began; a restored session keeps its original date. */
  private began: Date;
  private readonly projects: ProjectRegistry;
  private readonly store: SessionStore | undefined;
  private readonly skillPath: string;
  private readonly initializerTemplate: InitializerTemplate;
  private readonly attachmentLimits: AttachmentLimits;
  private readonly closeTimeoutMs: number;
  private readonly now: () => Date;
  private readonly transcript: TranscriptEntry[] = [];
  private context: Omit<TurnContext, "signal"> | null = null;
  private running: AbortController | null = null;
  private turnSettled: Promise<void> = Promise.resolve();
  private settleTurn: () => void = () => {};
  private complete = false;
  private closed = false;
  private usageTotal: TokenUsage = ZERO_USAGE;
  private costTotal: number | undefined;
  /** Set when this turn could not write the initializer prompt (and already said so). */
  private initializerFailed = false;

  constructor(options: SpecChatSessionOptions) {
    this.projectName = options.projectName;
    this.engine = options.engine;
    this.projects = options.projects;
    this.store = options.store;
    this.skillPath = options.skillPath ?? DEFAULT_SKILL_PATH;
    this.initializerTemplate = options.initializerTemplate ?? options.projects.initializerTemplate;
    this.attachmentLimits = options.attachmentLimits ?? DEFAULT_ATTACHMENT_LIMITS;
    this.closeTimeoutMs = options.closeTimeoutMs ?? 2_000;
    this.now = options.now ?? (() => new Date());
    this.began = this.now();
  }

  get createdAt(): Date {
    return this.began;
  }

  isComplete(): boolean {
    return this.complete;
  }

  isBusy(): boolean {
    return this.running !== null;
  }

  isClosed(): boolean {
    return this.closed;
  }

  isStarted(): boolean {
    return this.context !== null;
  }

  /** A copy of the conversation, each entry with its timestamp. */
  getMessages(): TranscriptEntry[] {
    return structuredClone(this.transcript);
  }

  /** Loads the skill, prepares the project folder and streams the greeting. */
  start(): AsyncIterable<ServerFrame> {
    const refusal = this.refusal({ needsStart: false });
    if (refusal) return once(refusal);
    if (this.context) return once(errorFrame("session_already_started", "This session has already started"));
    const controller = this.claim();
    return this.turn(controller, async () => {
      const prepared = await this.prepareContext();
      if ("error" in prepared) return prepared;
      await this.store?.archive(this.projectName);
      return { entry: this.userEntry(kickoffText(prepared.existingSpec), { kind: "kickoff" }) };
    });
  }

  /**
   * Takes up an interview kept by the store (after a restart, say) instead of starting
   * one: no greeting turn, the transcript as it was. Returns an error message, or null.
   */
  async restore(stored: StoredSession): Promise<string | null> {
    if (this.context || this.running || this.closed) return "This session has already started";
    const prepared = await this.prepareContext();
    if ("error" in prepared) return prepared.error;
    this.transcript.push(...stored.transcript);
    this.complete = stored.complete;
    this.usageTotal = stored.usage;
    this.costTotal = stored.costUsd;
    this.began = new Date(stored.createdAt);
    return null;
  }

  /** The structured question the person has not answered yet, if the last turn ended on one. */
  pendingQuestion(): { toolCallId: string; questions: Question[] } | null {
    const last = this.transcript.findLast((entry) => entry.role !== "tool");
    if (last?.role !== "assistant") return null;
    const call = last.toolCalls.find((candidate) => candidate.toolName === "AskUserQuestion");
    const input = call?.input as { questions?: (Question & { phase?: unknown })[] } | undefined;
    if (!call || !Array.isArray(input?.questions)) return null;
    // The phase a question names is the interview's business, not part of the question shown.
    const questions = input.questions.map(({ phase: _phase, ...question }) => question);
    return { toolCallId: call.toolCallId, questions };
  }

  /** Loads the skill and prepares the project folder and its tools. */
  private async prepareContext(): Promise<{ existingSpec: ExistingSpec | null } | { error: string }> {
    const project = await this.projects.ensure(this.projectName);
    const skill = await loadSkill(this.skillPath, project.dir);
    if (!skill.ok) return { error: skill.message };
    const inspection = await inspectSpec(project.dir, this.initializerTemplate);
    const existingSpec: ExistingSpec | null = inspection.complete
      ? { featureCount: inspection.featureCount, path: APP_SPEC_PATH }
      : null;
    const tools = await createProjectTools(project.dir);
    this.context = {
      projectName: this.projectName,
      projectDir: project.dir,
      systemPrompt: skill.prompt,
      tools: existingSpec ? withSpecBackup(tools) : tools,
      existingSpec,
    };
    return { existingSpec };
  }

  /** Writes the conversation to the store; returns why that failed, or null. */
  private async persist(): Promise<string | null> {
    if (!this.store || this.transcript.length === 0) return null;
    const stored: StoredSession = {
      version: STORED_SESSION_VERSION,
      projectName: this.projectName,
      engine: this.engine.name,
      model: this.engine.model,
      createdAt: this.began.toISOString(),
      updatedAt: this.now().toISOString(),
      complete: this.complete,
      usage: this.usageTotal,
      transcript: this.transcript,
    };
    if (this.costTotal !== undefined) stored.costUsd = this.costTotal;
    try {
      await this.store.save(stored);
      return null;
    } catch (error) {
      return `The conversation could not be saved: ${(error as Error).message}`;
    }
  }

  /**
   * The person's turn. Attachments arrive as the client sent them: they are checked
   * (count, size, bytes), saved to prompts/mockups/ and handed to the engine.
   */
  sendMessage(text: string, attachments: readonly unknown[] = []): AsyncIterable<ServerFrame> {
    const refusal = this.refusal({ needsStart: true });
    if (refusal) return once(refusal);
    if (text.trim().length === 0 && attachments.length === 0)
      return once(errorFrame("empty_message", "Empty message"));
    const checked = checkAttachments(attachments, this.attachmentLimits);
    if (!checked.ok) return once(errorFrame("invalid_attachment", `Invalid attachment: ${checked.reason}`));
    const tools = this.context!.tools;
    const controller = this.claim();
    return this.turn(controller, async () => {
      const stored: StoredAttachment[] = await saveMockups(tools, checked.images);
      return { entry: this.userEntry(text, stored.length > 0 ? { attachments: stored } : {}) };
    });
  }

  /** The person's answer to a structured question; it becomes their turn as text. */
  answer(toolCallId: string, answers: Answers): AsyncIterable<ServerFrame> {
    const refusal = this.refusal({ needsStart: true });
    if (refusal) return once(refusal);
    const controller = this.claim();
    return this.turn(controller, async () => ({
      entry: this.userEntry(answersToText(answers), { answer: { toolCallId, answers } }),
    }));
  }

  /** Stops the running turn; it still ends with `response_done`. Returns whether one was running. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.abort();
    return true;
  }

  /**
   * Cancels any running turn and waits for it to wind down, for at most
   * `closeTimeoutMs`: a turn whose frames nobody reads any more cannot finish, and must
   * not hold a closing session (or a shutdown) forever. Idempotent.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.cancel();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.closeTimeoutMs);
    });
    await Promise.race([this.turnSettled, timeout]);
    clearTimeout(timer);
  }

  private refusal({ needsStart }: { needsStart: boolean }): ServerFrame | null {
    if (this.closed)
      return errorFrame("session_closed", "This session has been closed. Send 'start' to begin again.");
    if (this.running) return errorFrame("busy", BUSY_MESSAGE);
    if (needsStart && !this.context)
      return errorFrame("session_not_started", "Session not started. Send 'start' first.");
    return null;
  }

  private claim(): AbortController {
    const controller = new AbortController();
    this.running = controller;
    this.turnSettled = new Promise<void>((resolve) => {
      this.settleTurn = resolve;
    });
    return controller;
  }

  private userEntry(text: string, extra: Partial<UserEntry>): UserEntry {
    return { role: "user", text, timestamp: this.now().toISOString(), ...extra };
  }

  /**
   * Runs one turn: `prepare` produces the person's entry (or an error), then the engine's
   * events become frames. Whatever happens, the turn ends with `response_done`.
   */
  private async *turn(
    controller: AbortController,
    prepare: () => Promise<{ entry: UserEntry } | { error: string }>,
  ): AsyncGenerator<ServerFrame> {
    const progress = { completed: false, unrecordedText: "" };
    let saveFailure: string | null = null;
    try {
      yield* this.turnBody(controller.signal, prepare, progress);
    } catch (error) {
      if (!controller.signal.aborted) yield errorFrame("internal_error", describeError(error));
    } finally {
      this.keepInterruptedText(progress.unrecordedText);
      saveFailure = await this.persist();
      this.running = null;
      this.settleTurn();
    }
    if (saveFailure) yield errorFrame("transcript_not_saved", saveFailure);
    yield { type: "response_done" };
    if (progress.completed && this.complete) yield { type: "complete", path: APP_SPEC_PATH };
  }

  private async *turnBody(
    signal: AbortSignal,
    prepare: () => Promise<{ entry: UserEntry } | { error: string }>,
    progress: { completed: boolean; unrecordedText: string },
  ): AsyncGenerator<ServerFrame> {
    const prepared = await prepare();
    if ("error" in prepared) {
      yield errorFrame("interview_setup_failed", prepared.error);
      return;
    }
    const context = this.context;
    if (!context || signal.aborted) return;
    this.transcript.push(prepared.entry);
    this.initializerFailed = false;
    const events = this.engine.turn(this.transcript.slice(), { ...context, signal });
    for await (const event of abortable(events, signal)) {
      if (event.type === "text-delta") progress.unrecordedText += event.text;
      if (event.type === "record" && event.entry.role === "assistant") progress.unrecordedText = "";
      for await (const frame of this.framesFor(event, context)) {
        if (frame.type === "spec_complete") progress.completed = true;
        yield frame;
      }
      if (event.type === "error") break;
    }
    if (!signal.aborted) yield* this.reportIncompleteSpec(context, progress.completed);
  }

  private async *framesFor(
    event: EngineEvent,
    context: Omit<TurnContext, "signal">,
  ): AsyncGenerator<ServerFrame> {
    switch (event.type) {
      case "text-delta":
        if (event.text.length > 0) yield { type: "text", content: event.text };
        return;
      case "question":
        yield { type: "question", questions: event.questions, tool_id: event.toolCallId };
        return;
      case "phase":
        yield { type: "phase", id: event.id, title: event.title, index: event.index, total: event.total };
        return;
      case "usage": {
        this.usageTotal = addUsage(this.usageTotal, event.usage);
        if (event.costUsd !== undefined) this.costTotal = (this.costTotal ?? 0) + event.costUsd;
        const frame: ServerFrame = { type: "usage", turn: event.usage, total: this.usageTotal };
        if (this.costTotal !== undefined) frame.cost_usd = this.costTotal;
        yield frame;
        return;
      }
      case "record":
        this.transcript.push(event.entry);
        if (event.entry.role === "tool") yield* this.checkSpecFiles(event.entry, context);
        return;
      case "error":
        yield { type: "error", content: event.message, code: event.code, retryable: event.retryable };
        return;
    }
  }

  /**
   * After tools ran: report spec files that reached the disk. A valid app spec gets its
   * initializer prompt from Specwright (the template with the spec's count), and the
   * spec is complete once both files pass the validator.
   */
  private async *checkSpecFiles(
    entry: ToolEntry,
    context: Omit<TurnContext, "signal">,
  ): AsyncGenerator<ServerFrame> {
    const written = await specFilesWritten(entry, this.transcript, context.projectDir);
    if (written.length === 0) return;
    for (const path of written) yield { type: "file_written", path };
    let inspection = await inspectSpec(context.projectDir, this.initializerTemplate);
    if (
      written.includes(APP_SPEC_PATH) &&
      inspection.appSpec.validation?.valid &&
      inspection.featureCount !== null
    ) {
      const failure = await this.writeInitializer(context.projectDir, inspection.featureCount);
      if (failure !== null) {
        this.complete = false;
        this.initializerFailed = true;
        yield errorFrame("spec_write_failed", failure);
        return;
      }
      yield { type: "file_written", path: INITIALIZER_PROMPT_PATH };
      inspection = await inspectSpec(context.projectDir, this.initializerTemplate);
    }
    if (inspection.complete && inspection.featureCount !== null) {
      // The status file is written last, so its presence means everything before it landed.
      await writeSpecStatusFile(
        context.projectDir,
        makeSpecStatus([...SPEC_FILE_PATHS], inspection.featureCount, this.now()),
      );
      this.complete = true;
      yield { type: "spec_complete", path: APP_SPEC_PATH };
      return;
    }
    this.complete = false;
    const validation = inspection.appSpec.validation;
    if (written.includes(APP_SPEC_PATH) && validation && !validation.valid) {
      const problems = validation.errors.map((finding) => formatFinding(finding)).join("; ");
      yield errorFrame(
        "spec_invalid",
        `${APP_SPEC_PATH} was written but is not valid yet: ${problems}. The interviewer has been told what to fix.`,
      );
    }
  }

  /** Writes the initializer prompt for `featureCount` features; returns why that failed, or null. */
  private async writeInitializer(projectDir: string, featureCount: number): Promise<string | null> {
    try {
      await writeInitializerPrompt(projectDir, featureCount, this.initializerTemplate);
      return null;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return `${APP_SPEC_PATH} is valid, but Specwright could not write ${INITIALIZER_PROMPT_PATH}: ${reason}. It tries again the next time ${APP_SPEC_PATH} is written.`;
    }
  }

  /**
   * At the end of a turn that used tools without completing, on a valid app spec whose
   * initializer prompt is missing or out of step (changed by hand since Specwright wrote
   * it, say): say so, so nobody believes a half-finished spec is done.
   */
  private async *reportIncompleteSpec(
    context: Omit<TurnContext, "signal">,
    completedThisTurn: boolean,
  ): AsyncGenerator<ServerFrame> {
    if (completedThisTurn || this.complete || this.initializerFailed) return;
    const wroteThisTurn = this.lastTurnEntries().some((entry) => entry.role === "tool");
    if (!wroteThisTurn) return;
    const inspection = await inspectSpec(context.projectDir, this.initializerTemplate);
    if (!inspection.appSpec.exists || !inspection.appSpec.validation?.valid) return;
    if (inspection.initializer.findings.length === 0 && inspection.initializer.exists) return;
    const why = inspection.initializer.exists
      ? inspection.initializer.findings.map((finding) => formatFinding(finding)).join("; ")
      : "the file is missing";
    yield errorFrame(
      "spec_incomplete",
      `The spec is not complete yet: ${INITIALIZER_PROMPT_PATH}: ${why}. Specwright writes it again from ${APP_SPEC_PATH} the next time that file is written.`,
    );
  }

  private lastTurnEntries(): TranscriptEntry[] {
    const lastUser = this.transcript.findLastIndex((entry) => entry.role === "user");
    return this.transcript.slice(lastUser + 1);
  }

  /** Text the person saw but the engine never recorded (a cancelled or failed turn) stays in the transcript. */
  private keepInterruptedText(text: string): void {
    if (text.length === 0) return;
    this.transcript.push({
      role: "assistant",
      text,
      toolCalls: [],
      timestamp: this.now().toISOString(),
      interrupted: true,
    });
  }
}

function once(frame: ServerFrame): AsyncIterable<ServerFrame> {
  return (async function* () {
    yield frame;
  })();
}

function formatFinding(finding: { message: string; line: number | null }): string {
  return finding.line === null ? finding.message : `line ${finding.line}: ${finding.message}`;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `Error: ${error.message}`;
  return `Error: ${String(error)}`;
}
