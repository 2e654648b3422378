import { type EngineError, engineError } from "../../types/engine-events.js";

/**
 * The most characters a model may write for the person in one turn (its answer and its
 * notes, every step together). An interview's turn says a few paragraphs; the files go
 * through tools. A model stuck repeating itself would otherwise fill the interview's log,
 * the memory and every later request (10 s of it made 177 MB).
 */
export const DEFAULT_MAX_REPLY_LENGTH = 200_000;

/** Why a step was stopped before the model finished it. */
export type ReplyCutOff =
  /** The answer and notes reached what was left of the turn's allowance. */
  | { kind: "text"; limit: number }
  /** Hidden thinking (a local model's) ran past the allowance in one step without a word. */
  | { kind: "thinking"; limit: number };

/** The last whole character of `text` within `room` code units: a surrogate pair is never split. */
export function cutAt(text: string, room: number): string {
  if (room <= 0) return "";
  if (room >= text.length) return text;
  const code = text.charCodeAt(room - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? room - 1 : room);
}

/** The line that ends a cut answer, in the text kept and on the person's screen alike. */
export function cutNote(limit: number): string {
  return `\n\n[… cut off here: the answer passed ${limit} characters, the most one turn may have]`;
}

export function replyTooLongError(cut: ReplyCutOff): EngineError {
  const what =
    cut.kind === "text"
      ? `The interviewer's answer passed ${cut.limit} characters in this turn, so it was stopped there and cut off (it may have been repeating itself).`
      : `The model thought for more than ${cut.limit} characters without answering, so it was stopped (it may have been going round in circles).`;
  return engineError(
    "model_output_too_long",
    `${what} Send a message such as "go on, briefly" to let it continue, or raise the limit with --max-reply-length (SPECWRIGHT_MAX_REPLY_LENGTH).`,
  );
}
