import { type InterviewRecord, refusalNotices, type TurnOutcome } from "../store/index.js";
import type { TurnActivity } from "../types/activity.js";
import type { EngineEvent } from "../types/engine-events.js";
import type { AssistantEntry, ToolCall, Transcript, TranscriptEntry } from "../types/transcript.js";
import { addUsage, ZERO_USAGE } from "../types/usage.js";
import type { ActivityFrame, ServerFrame } from "../types/wire.js";
import { specFileOf, type ToolOutcome } from "../workspace/index.js";
import { activityFrame } from "./activity-frame.js";
import type { InterviewRecorder } from "./interview-recorder.js";
import type { TurnKind } from "./session-events.js";
import type { SpecCompletion } from "./spec-completion.js";
import { notRunEntry, stoppedNotice, unansweredCalls } from "./stopped-turn.js";
import { RecordingFailure, turnFailureFrame } from "./turn-failure.js";

/** The turn running now: what began it, how to stop it, and what it has done so far. */
export interface RunningTurn {
  kind: TurnKind;
  controller: AbortController;
  startedAt: number;
  cancelled: boolean;
  /** The person's entry (or the retry) is recorded: the turn must be closed with a turn-end record. */
  opened: boolean;
  outcome: TurnOutcome;
  completed: boolean;
  /** A failure to record was already told to the person. */
  reportedRecording: boolean;
  /** Text the turn has shown but its engine has not recorded yet. */
  streamed: string;
  /** What the turn is doing now, as last told, and when (`performance.now()`); null once words or a question came. */
  activity: { frame: ActivityFrame; at: number } | null;
}

/** What a turn's steps need of their session. */
export interface TurnScope {
  turn: RunningTurn;
  recorder: InterviewRecorder;
  completion: SpecCompletion;
  projectDir: string;
  /** The project folder as the person knows it, for messages. */
  folder: string;
  stamp: () => string;
}

const MID_TURN = "the interview could not be saved, so the turn was stopped";

export function newTurn(kind: TurnKind): RunningTurn {
  return {
    kind,
    controller: new AbortController(),
    startedAt: performance.now(),
    cancelled: false,
    opened: false,
    outcome: "done",
    completed: false,
    reportedRecording: false,
    streamed: "",
    activity: null,
  };
}

/**
 * A greeting's event shown while its new interview is still being begun on disk: its
 * words, and the phase it opens (whose record is written once the interview is, by
 * `writeLater`). Null for any other event: it waits for the interview.
 *
 * Nothing the person typed is in a greeting (it answers Specwright's kickoff), so its
 * words need not wait for the disk; a hundred interviews begun at once would otherwise
 * hold each greeting for as long as the disk takes to begin them all. Should the
 * interview not be begun, the turn is stopped and says why after what was shown.
 */
export function shownBeforeOpening(
  event: EngineEvent,
  scope: TurnScope,
): { frames: ServerFrame[]; writeLater: (() => Promise<void>) | null } | null {
  switch (event.type) {
    case "text-delta": {
      const frame = textFrame(scope.turn, event.text);
      return { frames: frame ? [frame] : [], writeLater: null };
    }
    case "phase": {
      const record = phaseRecord(event, scope);
      return {
        frames: [phaseFrame(event)],
        writeLater: () => recordStep(scope.recorder, record, false, MID_TURN),
      };
    }
    default:
      return null;
  }
}

/**
 * The frame for a text delta (null for no words), noting the words as streamed. Made
 * without a generator: a delta comes with every streamed chunk, the most frequent event
 * of a turn by far, and the session makes its frame directly (`SpecChatSession`), which
 * spares an async generator and its promises per chunk.
 */
export function textFrame(turn: RunningTurn, text: string): ServerFrame | null {
  if (text.length === 0) return null;
  turn.activity = null;
  turn.streamed += text;
  return { type: "text", content: text };
}

type PhaseEvent = Extract<EngineEvent, { type: "phase" }>;

function phaseRecord({ id, title, index, total }: PhaseEvent, scope: TurnScope): InterviewRecord {
  return { type: "phase", id, title, index, total, at: scope.stamp() };
}

function phaseFrame({ id, title, index, total }: PhaseEvent): ServerFrame {
  return { type: "phase", id, title, index, total };
}

/**
 * One engine event of a running turn as records and frames: each record is written
 * (and applied) before the frame that depends on it is yielded.
 */
export async function* framesForEvent(event: EngineEvent, scope: TurnScope): AsyncGenerator<ServerFrame> {
  const { turn, recorder } = scope;
  const record = (step: InterviewRecord, sync = false) => recordStep(recorder, step, sync, MID_TURN);
  switch (event.type) {
    case "activity":
      yield turnActivity(turn, event.activity);
      return;
    case "text-delta": {
      const frame = textFrame(turn, event.text);
      if (frame) yield frame;
      return;
    }
    case "question": {
      const { toolCallId, questions } = event;
      turn.activity = null;
      await record({ type: "question", toolCallId, questions, at: scope.stamp() });
      yield { type: "question", questions, tool_id: toolCallId };
      return;
    }
    case "phase": {
      await record(phaseRecord(event, scope));
      yield phaseFrame(event);
      return;
    }
    case "usage": {
      const state = recorder.state!;
      const total = addUsage(state.usage ?? ZERO_USAGE, event.usage);
      const cost = event.costUsd === undefined ? state.costUsd : (state.costUsd ?? 0) + event.costUsd;
      const totals: InterviewRecord = { type: "usage", total, at: scope.stamp() };
      if (cost !== undefined) totals.costUsd = cost;
      await record(totals);
      const frame: ServerFrame = { type: "usage", turn: event.usage, total };
      if (cost !== undefined) frame.cost_usd = cost;
      yield frame;
      return;
    }
    case "record": {
      const { entry } = event;
      // A tool's result is flushed: what it did to the files is on disk, and so is the record of it.
      await record({ type: "entry", entry }, entry.role === "tool");
      if (entry.role === "assistant") turn.streamed = "";
      if (entry.role !== "tool") return;
      // The calls are over: what they were doing is no longer what the turn is doing.
      turn.activity = null;
      // The files the calls wrote were reported from their outcomes (framesForOutcome) when they returned.
      const transcript = recorder.state!.transcript;
      yield* refusalNotices(entry, (toolCallId) => callFor(transcript, toolCallId));
      return;
    }
    case "error":
      turn.activity = null;
      if (turn.outcome === "done") turn.outcome = "failed";
      yield { type: "error", content: event.message, code: event.code, retryable: event.retryable };
      return;
  }
}

/**
 * What the turn is doing now (an engine's activity, or a tool call's progress) as the
 * frame to send. Transient: told to every window, and kept only for one that connects
 * meanwhile.
 */
export function turnActivity(turn: RunningTurn, activity: TurnActivity): ActivityFrame {
  const frame = activityFrame(activity);
  turn.activity = { frame, at: performance.now() };
  return frame;
}

/**
 * What a tool call did, the moment it returned (a call the turn's tools ran, or a write
 * an engine made with tools of its own), as frames: a spec file it wrote is reported at
 * once, before anything the engine says after it, from the facts of its outcome (the
 * file written and the inspection made right after), with the initializer prompt
 * Specwright writes from a valid app spec and `spec_complete` (SpecCompletion says in
 * which order). A change in completeness is recorded before the frames that follow it.
 */
export async function* framesForOutcome(outcome: ToolOutcome, scope: TurnScope): AsyncGenerator<ServerFrame> {
  const path = outcome.wrote ? specFileOf(outcome.wrote.path) : null;
  if (outcome.isError || path === null) return;
  const { recorder, completion } = scope;
  const inspection = outcome.spec?.inspection ?? (await completion.inspect(scope.projectDir));
  for await (const step of completion.afterWrite(path, inspection, scope.projectDir)) {
    if (step.type !== "completion") {
      if (step.type === "spec_complete") scope.turn.completed = true;
      yield step;
    } else if (step.complete !== (recorder.state?.complete ?? false))
      await recordStep(
        recorder,
        { type: "complete", complete: step.complete, at: scope.stamp() },
        true,
        MID_TURN,
      );
  }
}

/**
 * The end of a stopped turn, once nothing more runs: calls of the last step that an
 * engine left behind never answered get a "not run" result (so the transcript answers
 * every call, for the next request), then the person is told how far the turn got.
 */
export async function* stoppedTurnFrames(scope: TurnScope): AsyncGenerator<ServerFrame> {
  const state = scope.recorder.state;
  const turnMark = state?.turns.at(-1);
  if (!state || !turnMark) return;
  const entries = () => state.transcript.slice(turnMark.entryIndex + 1);
  const missing = unansweredCalls(entries(), state.question?.toolCallId ?? null);
  if (missing.length > 0)
    await recordStep(
      scope.recorder,
      { type: "entry", entry: notRunEntry(missing, scope.stamp()) },
      true,
      MID_TURN,
    );
  const notice = stoppedNotice(entries());
  if (notice) yield notice;
}

/** The call a result answers, looked up in the assistant entries before it. */
function callFor(transcript: Transcript, toolCallId: string): ToolCall | undefined {
  for (let index = transcript.length - 1; index >= 0; index--) {
    const entry = transcript[index];
    if (entry?.role !== "assistant") continue;
    const call = (entry as AssistantEntry).toolCalls.find((candidate) => candidate.toolCallId === toolCallId);
    if (call) return call;
  }
  return undefined;
}

/** Records one step; a failure becomes a RecordingFailure that says what it cost the person. */
export async function recordStep(
  recorder: InterviewRecorder,
  record: InterviewRecord,
  sync: boolean,
  consequence: string,
): Promise<void> {
  try {
    await recorder.record(record, sync);
  } catch (error) {
    throw new RecordingFailure(error, consequence);
  }
}

/**
 * Closes a turn that was opened: text the person saw but the engine never recorded (a
 * cancelled or failed turn) is kept, then how the turn ended is written and flushed.
 * Returns an error frame to send when that could not be written and nobody was told yet.
 */
export async function closeTurn(scope: TurnScope): Promise<ServerFrame | null> {
  const { turn, recorder } = scope;
  if (!turn.opened) return null;
  const outcome: TurnOutcome = turn.cancelled ? "cancelled" : turn.outcome;
  const end: InterviewRecord = { type: "turn-end", outcome, at: scope.stamp() };
  try {
    if (turn.streamed.length > 0) {
      const entry: TranscriptEntry = {
        role: "assistant",
        text: turn.streamed,
        toolCalls: [],
        timestamp: scope.stamp(),
        interrupted: true,
      };
      await recorder.record({ type: "entry", entry });
    }
    await recorder.record(end, true);
    return null;
  } catch (error) {
    // This process goes on with the turn ended (and retryable); the next open repairs the file.
    recorder.applyOnly({ ...end, outcome: "failed" });
    if (turn.reportedRecording) return null;
    return turnFailureFrame(
      new RecordingFailure(error, "the end of this turn could not be saved"),
      scope.folder,
    );
  }
}
