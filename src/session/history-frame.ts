import { canRetry, historyMessages, type InterviewState } from "../store/index.js";
import type { ActivityFrame, HistoryFrame } from "../types/wire.js";

export interface HistoryContext {
  /** The engine and model that carry the interview on (a live session's), or the ones it last had. */
  engine: string;
  model: string | null;
  busy?: boolean;
  /** Text the running turn has shown but not yet recorded. */
  streaming?: string;
  /** What the running turn is doing now, if it said. */
  activity?: ActivityFrame;
}

/** The `history` frame for an interview; an empty one (no messages) when there is none. */
export function historyFrame(state: InterviewState | null, context: HistoryContext): HistoryFrame {
  const frame: HistoryFrame = {
    type: "history",
    messages: state ? historyMessages(state, context.busy ? (context.streaming ?? "") : "") : [],
    pending_question:
      state?.question && state.question.questions.length > 0
        ? { questions: state.question.questions, tool_id: state.question.toolCallId }
        : null,
    phase: state?.phase ?? null,
    usage: null,
    complete: state?.complete ?? false,
    engine: context.engine,
    model: context.model,
  };
  if (state?.usage) {
    frame.usage = { total: state.usage };
    if (state.costUsd !== undefined) frame.usage.cost_usd = state.costUsd;
  }
  if (context.busy) frame.busy = true;
  if (context.busy && context.activity) frame.activity = context.activity;
  if (state && !context.busy && canRetry(state)) frame.can_retry = true;
  return frame;
}
