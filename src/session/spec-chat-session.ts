import { join } from "node:path";
import { setImmediate as nextPass } from "node:timers/promises";
import type { InitializerTemplate } from "../app-spec/index.js";
import { APP_SPEC_PATH } from "../app-spec/paths.js";
import type { Engine, ExistingSpec, TurnContext } from "../engines/engine.js";
import {
  canRetry,
  type InterviewLog,
  type InterviewRecord,
  type InterviewState,
  type InterviewStore,
} from "../store/index.js";
import type { StoredAttachment } from "../types/attachments.js";
import type { Answers, Question } from "../types/questions.js";
import type { TranscriptEntry, UserEntry } from "../types/transcript.js";
import { type ActivityFrame, errorFrame, type HistoryFrame, type ServerFrame } from "../types/wire.js";
import { type ProjectRegistry, projectToolsAt } from "../workspace/index.js";
import { currentActivity } from "./activity-frame.js";
import { answersToText } from "./answer-text.js";
import type { ReadDocument } from "./documents/document-reader.js";
import { entryWithDocuments } from "./documents/kept-documents.js";
import { historyFrame } from "./history-frame.js";
import { type AttachmentLimits, checkAttachments, DEFAULT_ATTACHMENT_LIMITS } from "./image-check.js";
import { InterviewRecorder } from "./interview-recorder.js";
import { kickoffText } from "./kickoff.js";
import { saveMockups } from "./mockups.js";
import {
  begun,
  refused,
  type SessionListener,
  SessionListeners,
  type TurnFrames,
  type TurnKind,
} from "./session-events.js";
import { SideFrames } from "./side-frames.js";
import { DEFAULT_SKILL_PATH, loadSkill } from "./skill.js";
import { SpecCompletion } from "./spec-completion.js";
import { reloadStoredImages } from "./stored-images.js";
import { turnEvents } from "./turn-events.js";
import { RecordingFailure, turnFailureFrame } from "./turn-failure.js";
import {
  closeTurn,
  framesForEvent,
  framesForOutcome,
  newTurn,
  type RunningTurn,
  recordStep,
  shownBeforeOpening,
  stoppedTurnFrames,
  type TurnScope,
  textFrame,
  turnActivity,
} from "./turn-steps.js";
import { TurnTools } from "./turn-tools.js";

export interface SpecChatSessionOptions {
  projectName: string;
  projects: ProjectRegistry;
  engine: Engine;
  /** Where the interview is kept, record by record, so a restart or a crash loses nothing. */
  store?: InterviewStore;
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
  /**
   * How long a stopped turn waits for its engine to wind down (to record which calls
   * ran), and then for a tool call already running to land, before it ends anyway.
   */
  stopGraceMs?: number;
  /** Where the session reports what a person running it should know (an image of a kept interview left out); stderr by default. */
  warn?: (message: string) => void;
  now?: () => Date;
}

/** The error a second turn gets while one is running (docs/protocol.md). */
export const BUSY_MESSAGE = "a response is already in progress";

/**
 * What a turn begins with. `begun`, for a new interview's greeting: the interview is
 * being begun on disk meanwhile (see `turnBody`).
 */
type Prepared = { entry: UserEntry; begun?: Promise<void> } | { retry: true } | { error: string };
type Context = Omit<TurnContext, "signal">;

/**
 * One project's spec interview: runs one turn at a time on its engine, records every
 * step through its InterviewRecorder before the frame that depends on it is sent, and
 * decides when the spec is complete (both files on disk and valid).
 *
 * Each turn is an async iterable of wire frames that always ends with `response_done`
 * once the turn has begun. The busy check happens when the method is called, so the
 * caller must iterate what it gets back. Listeners (`listen`) hear each turn begin and
 * end and get its frames, which is how every window on a project sees the same turn.
 */
export class SpecChatSession {
  readonly projectName: string;
  readonly engine: Engine;
  private readonly made: Date;
  private readonly projects: ProjectRegistry;
  private readonly skillPath: string;
  private readonly initializerTemplate: InitializerTemplate;
  private readonly attachmentLimits: AttachmentLimits;
  private readonly closeTimeoutMs: number;
  private readonly stopGraceMs: number;
  private readonly warn: (message: string) => void;
  private readonly now: () => Date;
  private readonly recorder: InterviewRecorder;
  private readonly completion: SpecCompletion;
  private readonly listeners = new SessionListeners();
  private context: Context | null = null;
  private running: RunningTurn | null = null;
  private turnSettled: Promise<void> = Promise.resolve();
  private settleTurn: () => void = () => {};
  private closed = false;
  /** Resolves once the session is closed, its turn over and its interview's log (and the project) let go. */
  private released: Promise<void> = Promise.resolve();

  constructor(options: SpecChatSessionOptions) {
    this.projectName = options.projectName;
    this.engine = options.engine;
    this.projects = options.projects;
    this.skillPath = options.skillPath ?? DEFAULT_SKILL_PATH;
    this.initializerTemplate = options.initializerTemplate ?? options.projects.initializerTemplate;
    this.attachmentLimits = options.attachmentLimits ?? DEFAULT_ATTACHMENT_LIMITS;
    this.closeTimeoutMs = options.closeTimeoutMs ?? 2_000;
    this.stopGraceMs = options.stopGraceMs ?? 1_000;
    this.warn = options.warn ?? ((message) => process.stderr.write(`specwright: ${message}\n`));
    this.now = options.now ?? (() => new Date());
    this.made = this.now();
    this.recorder = new InterviewRecorder(options.projectName, options.store);
    this.completion = new SpecCompletion(this.initializerTemplate, this.now);
  }

  /** When the interview began; a restored session keeps its original date. */
  get createdAt(): Date {
    const state = this.recorder.state;
    return state ? new Date(state.createdAt) : this.made;
  }

  /** The interview's id in the store, once it has begun. */
  get interviewId(): string | null {
    return this.recorder.state?.id ?? null;
  }

  isComplete(): boolean {
    return this.recorder.state?.complete ?? false;
  }

  isBusy(): boolean {
    return this.running !== null;
  }

  isClosed(): boolean {
    return this.closed;
  }

  isStarted(): boolean {
    return this.context !== null && this.recorder.state !== null;
  }

  /** Whether the last turn was cut off (a crash, a Stop, an error), so `retry` would run it again. */
  canRetry(): boolean {
    const state = this.recorder.state;
    return state !== null && !this.running && canRetry(state);
  }

  /** Hears the session's turns and frames; returns how to stop listening. */
  listen(listener: SessionListener): () => void {
    return this.listeners.add(listener);
  }

  /** A copy of the conversation, each entry with its timestamp. */
  getMessages(): TranscriptEntry[] {
    return structuredClone(this.recorder.state?.transcript ?? []);
  }

  /** A copy of the interview as it stands, records and bookkeeping. */
  snapshot(): InterviewState | null {
    const state = this.recorder.state;
    return state ? structuredClone(state) : null;
  }

  /** The interview as the person saw it, for a client that (re)connects. */
  history(): HistoryFrame {
    return historyFrame(this.recorder.state, {
      engine: this.engine.name,
      model: this.engine.model,
      busy: this.isBusy(),
      streaming: this.running?.streamed ?? "",
      ...activityNow(this.running),
    });
  }

  /** The structured question the person has not answered yet, if the last turn ended on one. */
  pendingQuestion(): { toolCallId: string; questions: Question[] } | null {
    const question = this.recorder.state?.question;
    return question ? structuredClone(question) : null;
  }

  /** Loads the skill, begins a new interview (the one before archived) and streams the greeting. */
  start(): TurnFrames {
    const refusal = this.refusal({ needsStart: false });
    if (refusal) return refused(refusal);
    if (this.context)
      return refused(errorFrame("session_already_started", "This session has already started"));
    return this.runTurn("start", async () => {
      // The store begins the interview (the one before archived) once the first request is out.
      const prepared = await this.prepareContext(() => this.recorder.begin(this.engine, this.now()));
      if ("error" in prepared) return prepared;
      this.context = prepared.context;
      const entry = this.userEntry(kickoffText(prepared.existingSpec), { kind: "kickoff" });
      return prepared.alongside ? { entry, begun: prepared.alongside } : { entry };
    });
  }

  /**
   * Takes up an interview the store opened (after a restart, say) instead of starting
   * one: no greeting turn, the interview as it was. Returns an error message, or null;
   * on an error the interview is left to the caller to close.
   */
  async restore(opened: { state: InterviewState; log: InterviewLog | null }): Promise<string | null> {
    if (this.context || this.running || this.closed) return "This session has already started";
    const prepared = await this.prepareContext();
    if ("error" in prepared) return prepared.error;
    // Images go back to an engine only as the sandbox reads them from prompts/mockups/ now.
    opened.state.transcript = await reloadStoredImages(
      opened.state.transcript,
      prepared.context.projectDir,
      this.attachmentLimits,
      (note) => this.warn(`${this.projectName}: ${note}`),
    );
    this.recorder.adopt(opened);
    this.context = prepared.context;
    const { engine, model } = opened.state;
    if (engine !== this.engine.name || model !== this.engine.model) {
      // Bookkeeping only: an interview a disk cannot take this note for still goes on.
      await this.recorder
        .record({ type: "engine", engine: this.engine.name, model: this.engine.model, at: this.stamp() })
        .catch(() => {});
    }
    return null;
  }

  /**
   * The person's turn. Attachments arrive as the client sent them: they are checked
   * (count, size, bytes), saved to prompts/mockups/ and handed to the engine. Documents
   * come already read (sendMessageWithDocuments): they are kept in the project and their
   * text joins the person's words for the engine.
   */
  sendMessage(
    text: string,
    attachments: readonly unknown[] = [],
    documents: readonly ReadDocument[] = [],
  ): TurnFrames {
    const refusal = this.refusal({ needsStart: true });
    if (refusal) return refused(refusal);
    if (text.trim().length === 0 && attachments.length === 0 && documents.length === 0)
      return refused(errorFrame("empty_message", "Empty message"));
    const checked = checkAttachments(attachments, this.attachmentLimits);
    if (!checked.ok)
      return refused(errorFrame("invalid_attachment", `Invalid attachment: ${checked.reason}`));
    const tools = this.context!.tools;
    return this.runTurn("message", async () => {
      const stored: StoredAttachment[] = await saveMockups(tools, checked.images);
      const said = await entryWithDocuments(tools.projectDir, text, documents);
      return {
        entry: this.userEntry(said.text, {
          ...(stored.length > 0 ? { attachments: stored } : {}),
          ...said.extra,
        }),
      };
    });
  }

  /** The person's answer to the structured question waiting for one; it becomes their turn as text. */
  answer(toolCallId: string, answers: Answers): TurnFrames {
    const refusal = this.refusal({ needsStart: true });
    if (refusal) return refused(refusal);
    const pending = this.recorder.state?.question;
    if (pending?.toolCallId !== toolCallId)
      return refused(
        errorFrame(
          "question_not_pending",
          pending
            ? "That question is no longer waiting for an answer (it was answered or replaced, perhaps in another window); answer the latest question."
            : "No question is waiting for an answer; send a message instead.",
        ),
      );
    return this.runTurn("answer", async () => ({
      entry: this.userEntry(answersToText(answers), { answer: { toolCallId, answers } }),
    }));
  }

  /** Runs the last turn again from the person's message, when a crash, a Stop or an error cut it off. */
  retry(): TurnFrames {
    const refusal = this.refusal({ needsStart: true });
    if (refusal) return refused(refusal);
    if (!this.canRetry())
      return refused(
        errorFrame(
          "nothing_to_retry",
          "The last turn finished, so there is nothing to run again; send a message.",
        ),
      );
    return this.runTurn("retry", async () => ({ retry: true }));
  }

  /** Stops the running turn; it still ends with `response_done`. Returns whether one was running. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.cancelled = true;
    this.running.controller.abort();
    return true;
  }

  /**
   * Cancels any running turn and waits for it to wind down, for at most
   * `closeTimeoutMs`: a turn whose frames nobody reads any more cannot finish, and must
   * not hold a closing session (or a shutdown) forever. The interview's log (and the
   * project's lock) is let go once the turn has really ended. Idempotent.
   */
  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.released = this.turnSettled.then(async () => {
        await this.recorder.close().catch(() => {});
        this.listeners.emit("closed", this);
      });
    }
    this.cancel();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.closeTimeoutMs);
    });
    // A process about to exit waits for the project to be let go too, within the same bound.
    await Promise.race([this.released, timeout]);
    clearTimeout(timer);
  }

  /**
   * Loads the skill and prepares the project folder and its tools; a project this made is
   * removed again if that fails (once `alongside` is done). `alongside` starts once the
   * folder and the skill are ready, beside the first request; a new project's `prompts/`
   * and initializer template are written after it (once the interview holds the project:
   * ProjectRegistry.open). The caller awaits both.
   */
  private async prepareContext(
    alongside?: () => Promise<void>,
  ): Promise<
    | { context: Context; existingSpec: ExistingSpec | null; alongside: Promise<void> | null }
    | { error: string }
  > {
    let made = false;
    let started: Promise<void> | null = null;
    try {
      const project = await this.projects.open(this.projectName, this.initializerTemplate);
      made = project.made;
      const { furnish } = project;
      const skill = await loadSkill(this.skillPath, project.dir);
      if (!skill.ok) {
        // The project is left made, as a project with no interview.
        await furnish?.();
        return { error: skill.message };
      }
      if (alongside) {
        // Begun on the event loop's next pass: the engine's turn starts as this returns,
        // and its request is built and handed to the socket within this pass, so the
        // callbacks of the begin's file operations do not run in between and hold it up.
        const begun = nextPass().then(alongside);
        started = furnish ? begun.then(furnish) : begun;
      } else await furnish?.();
      // Awaited by the caller; this only keeps a failure from counting as unhandled meanwhile.
      started?.catch(() => {});
      const { inspection } = project;
      const existingSpec: ExistingSpec | null = inspection.complete
        ? { featureCount: inspection.featureCount, path: APP_SPEC_PATH }
        : null;
      // An interview on a finished spec keeps it before its first rewrite (the tools do, for every engine).
      const tools = projectToolsAt(project.dir, this.projects.toolLimits, {
        initializerTemplate: this.initializerTemplate,
        finishedSpec: existingSpec !== null,
      });
      const context: Context = {
        projectName: this.projectName,
        projectDir: project.dir,
        systemPrompt: skill.prompt,
        tools,
        existingSpec,
      };
      return { context, existingSpec, alongside: started };
    } catch (error) {
      // Nothing goes on writing in the folder, and creating a project is all or nothing:
      // a half-made folder would look like a project.
      await started?.catch(() => {});
      if (made) await this.projects.delete(this.projectName).catch(() => {});
      throw error;
    }
  }

  private refusal({ needsStart }: { needsStart: boolean }): ServerFrame | null {
    if (this.closed)
      return errorFrame("session_closed", "This session has been closed. Send 'start' to begin again.");
    if (this.running) return errorFrame("busy", BUSY_MESSAGE);
    if (needsStart && !this.isStarted())
      return errorFrame("session_not_started", "Session not started. Send 'start' first.");
    return null;
  }

  private userEntry(text: string, extra: Partial<UserEntry>): UserEntry {
    return { role: "user", text, timestamp: this.stamp(), ...extra };
  }

  /** What a turn's steps need of the session. */
  private scope(turn: RunningTurn): TurnScope {
    return {
      turn,
      recorder: this.recorder,
      completion: this.completion,
      projectDir: this.context?.projectDir ?? this.folder(),
      folder: this.folder(),
      stamp: () => this.stamp(),
    };
  }

  /** The project folder, as the person knows it. */
  private folder(): string {
    return join(this.projects.projectsDir, this.projectName);
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  /** Claims the session for a turn (synchronously, so a second call is refused as busy) and tells listeners. */
  private runTurn(kind: TurnKind, prepare: () => Promise<Prepared>): TurnFrames {
    const turn = newTurn(kind);
    this.running = turn;
    this.turnSettled = new Promise<void>((resolve) => {
      this.settleTurn = resolve;
    });
    this.listeners.emit("turnStarted", this, kind);
    return begun(this.told(turn, this.turn(turn, prepare)));
  }

  /** Hands each frame to the listeners before the caller gets it, and tells them when the turn is over. */
  private async *told(turn: RunningTurn, frames: AsyncIterable<ServerFrame>): AsyncGenerator<ServerFrame> {
    try {
      for await (const frame of frames) {
        this.listeners.emit("frame", this, frame);
        yield frame;
      }
    } finally {
      this.listeners.emit("turnEnded", this, turn.kind, Math.round(performance.now() - turn.startedAt));
    }
  }

  /**
   * Runs one turn: `prepare` produces the person's entry (or a retry, or an error), then
   * the engine's events become records and frames. Whatever happens, the turn ends with
   * `response_done`.
   */
  private async *turn(turn: RunningTurn, prepare: () => Promise<Prepared>): AsyncGenerator<ServerFrame> {
    let closing: ServerFrame | null = null;
    try {
      yield* this.turnBody(turn, prepare);
    } catch (error) {
      turn.outcome = "failed";
      const frame = turnFailureFrame(error, this.folder());
      if (error instanceof RecordingFailure) turn.reportedRecording = true;
      // A turn the person stopped says nothing more; one stopped because the interview could not be begun says why.
      if (frame && (!turn.cancelled || error instanceof RecordingFailure)) yield frame;
    } finally {
      closing = await closeTurn(this.scope(turn));
      this.running = null;
      this.settleTurn();
    }
    if (closing) yield closing;
    yield { type: "response_done" };
    if (turn.completed && this.isComplete()) yield { type: "complete", path: APP_SPEC_PATH };
  }

  private async *turnBody(turn: RunningTurn, prepare: () => Promise<Prepared>): AsyncGenerator<ServerFrame> {
    const signal = turn.controller.signal;
    const prepared = await prepare();
    if ("error" in prepared) {
      yield errorFrame("interview_setup_failed", prepared.error);
      return;
    }
    const begun = "begun" in prepared ? prepared.begun : undefined;
    const context = this.context;
    if (!context || signal.aborted) {
      await begun;
      return;
    }
    const opening: InterviewRecord =
      "entry" in prepared ? { type: "entry", entry: prepared.entry } : { type: "retry", at: this.stamp() };
    const scope = this.scope(turn);
    const writeOpening = async () => {
      await begun;
      await recordStep(
        this.recorder,
        opening,
        true,
        "your message could not be saved and was not sent to the interviewer",
      );
      turn.opened = true;
    };
    // The person's words reach the disk before any engine sees them. A new interview's
    // greeting starts from a kickoff Specwright wrote, not their words: its request goes
    // out while the interview is begun and the kickoff written, and only its words, its
    // opening phase and the activity are shown before both are on the disk (the phase's
    // record is written after them). If they cannot be written, the turn stops at once.
    let opened: Promise<void> | null = null;
    const thenWrite = (write: () => Promise<void>) => {
      const writing = (opened ?? Promise.resolve()).then(write);
      writing.catch(() => turn.controller.abort());
      opened = writing;
    };
    let transcript: TranscriptEntry[];
    if (begun && "entry" in prepared) {
      thenWrite(writeOpening);
      transcript = [prepared.entry];
    } else {
      const state = this.recorder.state;
      if (!state) return;
      await writeOpening();
      transcript = state.transcript.slice();
    }
    const whenOpened = async () => {
      const writing = opened;
      if (writing === null) return;
      opened = null;
      try {
        await writing;
      } catch (error) {
        // The request already out is stopped: the turn ends here, as if it never began.
        turn.controller.abort();
        throw error;
      }
    };
    this.completion.beginTurn();
    const side = new SideFrames();
    const tools = new TurnTools(
      context.tools,
      signal,
      async (outcome) => {
        try {
          for await (const frame of framesForOutcome(outcome, scope)) side.push(frame);
        } catch (error) {
          side.fail(error);
        }
      },
      // "Checking prompts/app_spec.txt": told at once, while the engine still waits on the call.
      (progress) => side.push(turnActivity(turn, progress)),
    );
    try {
      const events = this.engine.turn(transcript, { ...context, tools, signal });
      for await (const item of turnEvents(events, { signal, side, stopGraceMs: this.stopGraceMs })) {
        const early =
          opened !== null && item.kind === "event" && !signal.aborted
            ? shownBeforeOpening(item.event, scope)
            : null;
        if (early) {
          if (early.writeLater) thenWrite(early.writeLater);
          yield* early.frames;
          continue;
        }
        if (item.kind !== "event" || item.event.type !== "activity") await whenOpened();
        if (item.kind === "frames") {
          yield* item.frames;
          continue;
        }
        const { event } = item;
        // Once stopped, the turn keeps what happened (which calls ran, what it cost) and says nothing more.
        if (signal.aborted && event.type !== "record" && event.type !== "usage") continue;
        if (event.type === "text-delta") {
          // One per streamed chunk: its frame is made here rather than by framesForEvent's
          // async generator, the same frame without a generator and its promises per chunk.
          const frame = textFrame(turn, event.text);
          if (frame) yield frame;
          continue;
        }
        yield* framesForEvent(event, scope);
        if (event.type === "error") {
          turn.outcome = "failed";
          break;
        }
      }
      await whenOpened();
      if (signal.aborted) {
        // A call already running when the turn was stopped lands (or fails) before the
        // turn ends: after response_done, nothing more is written.
        await tools.settled(this.stopGraceMs);
        tools.close();
        yield* side.take();
        yield* stoppedTurnFrames(scope);
        return;
      }
    } finally {
      tools.close();
    }
    const state = this.recorder.state;
    if (state) yield* this.completion.atTurnEnd(context.projectDir, state.transcript, this.isComplete());
  }
}

/** The running turn's activity for `history`, as a field to spread (none when it has none). */
function activityNow(turn: RunningTurn | null): { activity?: ActivityFrame } {
  const activity = currentActivity(turn?.activity ?? null, performance.now());
  return activity ? { activity } : {};
}
