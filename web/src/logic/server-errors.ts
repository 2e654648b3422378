import type { ErrorCode } from "../../../src/types/error-codes.js";
import type { ErrorFrame } from "../../../src/types/wire.js";

/** How the page treats an `error` frame: the words it shows and what the person can do next. */
export interface ErrorReading {
  text: string;
  /** Sending the same message again could work (the failure was not about the message itself). */
  retryable: boolean;
  /** The session is gone on the server; only a fresh `start` carries on. */
  needsRestart: boolean;
  /**
   * The server refused the frame before any turn began, so nothing of it was recorded:
   * a retry sends the same frame again. Otherwise the turn ran and a retry asks the
   * server to run it again (`retry`), so the person's message is not recorded twice.
   */
  refusedBeforeTurn: boolean;
  /** An answer to a question that is no longer pending: the page shows the interview as it is now. */
  staleQuestion: boolean;
}

/**
 * The page's own words for errors whose server wording is terse or technical. The
 * decision is made on the code (docs/protocol.md), never on the server's words; any
 * other code shows the server's words as a sentence.
 */
const PAGE_WORDS: Partial<Record<ErrorCode, (content: string) => string>> = {
  busy: () => "The interviewer is still answering the previous message. Try again once it has finished.",
  session_not_started: () => SESSION_GONE,
  session_closed: () => SESSION_GONE,
  invalid_attachment: (content) =>
    `An image couldn't be sent: ${sentence(content.replace(/^Invalid attachment:\s*/i, ""))}`,
  empty_message: () => "There was nothing to send.",
  invalid_project_name: () =>
    "This project name can't be used: a name has 1 to 50 letters, digits, hyphens or underscores.",
  internal_error: (content) =>
    `Something went wrong: ${sentence(content.replace(/^(?:Internal )?Error:\s*/i, ""))}`,
};

const SESSION_GONE =
  "This interview has ended on the server, so it can't carry on from here. Start it again to continue; spec files already written are kept.";

const NEEDS_RESTART: ReadonlySet<ErrorCode> = new Set(["session_not_started", "session_closed"]);

/** Retryable codes the server sends instead of a turn (docs/protocol.md, "Rules"); the others end a turn. */
const BEFORE_TURN: ReadonlySet<ErrorCode> = new Set([
  "busy",
  "rate_limited",
  "too_many_sessions",
  "shutting_down",
]);

export const STALE_QUESTION_TEXT =
  "Your answer wasn't used: that question had already been answered or replaced, perhaps in another window. The conversation above shows where the interview stands now.";

export function readServerError(frame: ErrorFrame): ErrorReading {
  // An answer to a question no longer waiting (answered in another window, say).
  if (frame.code === "question_not_pending") {
    return {
      text: STALE_QUESTION_TEXT,
      retryable: false,
      needsRestart: false,
      refusedBeforeTurn: true,
      staleQuestion: true,
    };
  }
  const words = PAGE_WORDS[frame.code];
  const content = frame.content.trim();
  return {
    text: words ? words(content) : sentence(content.length > 0 ? content : "Something went wrong."),
    retryable: frame.retryable,
    needsRestart: NEEDS_RESTART.has(frame.code),
    refusedBeforeTurn: BEFORE_TURN.has(frame.code),
    staleQuestion: false,
  };
}

/** Capitalised and ending in a full stop, so messages read as sentences. */
function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return trimmed;
  const capitalised = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
