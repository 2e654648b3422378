import type { ModelMessage } from "ai";
import type { Transcript, TranscriptEntry } from "../../types/transcript.js";
import { DIGEST_REPLY, digestText } from "./history-digest.js";
import { withEverythingStubbed, withStubbedHistory, withTightHistory } from "./history-stubs.js";

/**
 * Makes a request's history fit the model's context window, giving up as little as it
 * can, in this order:
 * 1. the history with finished turns' files stubbed (history-stubs.ts), as every request
 *    is sent when it fits;
 * 2. the running turn's earlier steps stubbed too;
 * 3. the oldest turns left out, whole, and one digest message in their place
 *    (history-digest.ts): what the person said and chose in them, and which files were
 *    written. The spec files on disk stay the truth, and the model can Read them;
 * 4. the least a request can be: every turn before the running one left out but the
 *    question the person is answering, and the running turn's own latest step stubbed.
 * If even that does not fit, the caller tells the person (context_too_small).
 *
 * A cut never separates a tool call from its result: it falls where a turn begins (the
 * person's message or answer), or, at the least, just before the step that asked the
 * question being answered, so that question and its answer travel together. The
 * running turn is never cut.
 *
 * The prompt cache against forgetting. Each request could leave out just enough to
 * fit, but then the cut would move every turn, the digest with it, and a provider's
 * prompt cache (or a local server's reuse of the prompt it evaluated last) would lose
 * everything after the system prompt at every turn. So the turns are cut at fixed
 * places instead: every `dropStep` tokens of history counted from the interview's
 * start, places that depend only on the entries, never on the request at hand. A
 * request cuts at the first such place that makes it fit, and keeps cutting there turn
 * after turn, the digest and every kept message the same bytes, until the history has
 * grown by about `dropStep` tokens again. The price: up to a third of the room for the
 * history goes unused just after a cut, and what was left out is only in the digest,
 * shortened. A model with a large window cuts nothing until its history would not fit.
 */

export interface FitBudget {
  /** The tokens a request may take: the window, less the room kept for the answer. */
  room: number;
  /** The estimated tokens of a request with these messages: system prompt and tools included. */
  tokens: (messages: ModelMessage[]) => number;
  /** The transcript as the provider's messages, with the turn's image and thinking choices. */
  toMessages: (entries: TranscriptEntry[]) => ModelMessage[];
}

export type FittedHistory =
  | {
      ok: true;
      messages: ModelMessage[];
      /** Transcript entries left out and digested (0 when nothing was). */
      leftOut: number;
    }
  | {
      ok: false;
      /** The estimated tokens of the smallest request this history can make. */
      needed: number;
    };

/** At least this many tokens go at each cut, however small the window. */
const MIN_DROP_STEP = 256;
/** The digest may take this share of the room the history has, and no less than `MIN_DIGEST_CHARACTERS`. */
const DIGEST_SHARE = 1 / 4;
const MIN_DIGEST_CHARACTERS = 800;

export function fitHistory(transcript: Transcript, budget: FitBudget): FittedHistory {
  const fits = (messages: ModelMessage[]) => budget.tokens(messages) <= budget.room;
  const stubbed = budget.toMessages(withStubbedHistory(transcript));
  if (fits(stubbed)) return { ok: true, messages: stubbed, leftOut: 0 };
  const tight = withTightHistory(transcript);
  const tightMessages = budget.toMessages(tight);
  if (fits(tightMessages)) return { ok: true, messages: tightMessages, leftOut: 0 };

  // The room the history has beside the system prompt and the tools sets the size of a cut and of the digest.
  const historyRoom = Math.max(0, budget.room - budget.tokens([]));
  const dropStep = Math.max(MIN_DROP_STEP, Math.floor(historyRoom / 3));
  const digestCharacters = Math.max(MIN_DIGEST_CHARACTERS, Math.floor(historyRoom * DIGEST_SHARE) * 4);
  const withCut = (entries: readonly TranscriptEntry[], cut: number) => {
    if (cut === 0) return budget.toMessages([...entries]);
    const digest: TranscriptEntry = {
      role: "user",
      text: digestText(transcript, cut, digestCharacters),
      timestamp: "",
    };
    // A kept history that begins with the person's words needs the interviewer's reply between them and the digest.
    const reply: TranscriptEntry[] =
      entries[cut]?.role === "user"
        ? [{ role: "assistant", text: DIGEST_REPLY, toolCalls: [], timestamp: "" }]
        : [];
    return budget.toMessages([digest, ...reply, ...entries.slice(cut)]);
  };

  const cuts = cutPlaces(transcript, tight, budget, dropStep);
  for (const cut of cuts.planned) {
    const messages = withCut(tight, cut);
    if (fits(messages)) return { ok: true, messages, leftOut: cut };
  }
  const least = withCut(withEverythingStubbed(transcript), cuts.least);
  if (fits(least)) return { ok: true, messages: least, leftOut: cuts.least };
  return { ok: false, needed: budget.tokens(least) };
}

/**
 * Where the history may be cut, in the order to try them: the fixed places (a turn's
 * start, each about `dropStep` tokens of history after the one before), then the start
 * of the turn before the running one, then the least: just before the step that asked
 * what the running turn answers (or the running turn's own start).
 */
function cutPlaces(
  transcript: Transcript,
  tight: readonly TranscriptEntry[],
  budget: FitBudget,
  dropStep: number,
): { planned: number[]; least: number } {
  const starts = transcript.flatMap((entry, index) => (entry.role === "user" && index > 0 ? [index] : []));
  const running = starts.at(-1);
  if (running === undefined) return { planned: [], least: 0 };
  const previous = starts.at(-2) ?? 0;
  const asked = transcript.findLastIndex((entry, index) => entry.role === "assistant" && index < running);
  const least = asked > previous ? asked : running;

  const planned: number[] = [];
  const base = budget.tokens([]);
  let total = 0;
  let from = 0;
  for (const start of starts) {
    if (start > previous) break;
    total += budget.tokens(budget.toMessages(tight.slice(from, start))) - base;
    // A place is where the history so far first reaches another multiple of `dropStep`.
    const before = planned.length;
    if (Math.floor(total / dropStep) > before) planned.push(start);
    from = start;
  }
  if (planned.at(-1) !== previous && previous > 0) planned.push(previous);
  if (least !== previous) planned.push(least);
  return { planned, least };
}
