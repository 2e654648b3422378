import type { ModelMessage } from "ai";
import type { Transcript, TranscriptEntry } from "../../types/transcript.js";
import { DIGEST_REPLY, digestText } from "./history-digest.js";
import { withEverythingStubbed, withStubbedHistory, withTightHistory } from "./history-stubs.js";

/**
 * Makes a request's history fit the model's context window, giving up as little as it
 * can, in this order:
 * 1. the history with finished turns' files stubbed (history-stubs.ts), as every request
 *    is sent when it fits;
 * 2. the oldest messages left out and one digest message in their place
 *    (history-digest.ts): what the person said and chose in them, and which files were
 *    written. The spec files on disk stay the truth, and the model can Read them;
 * 3. within a turn whose later steps outgrew the room, the running turn's earlier steps
 *    stubbed too, then more left out;
 * 4. the least a request can be: every turn before the running one left out but the
 *    question the person is answering, and the running turn's own latest step stubbed.
 * If even that does not fit, the caller tells the person (context_too_small).
 *
 * A cut never separates a tool call from its result: it falls before a message of the
 * person or of the interviewer, never before a tool's result, and at the latest just
 * before the step that asked the question being answered, so that question and its
 * answer travel together. The running turn is never cut.
 *
 * A flat ceiling. Every turn's first request (the one that brings the person's new
 * words) is fitted to a fixed budget, the ceiling: the room less a reserve. It leaves
 * out the fewest old messages that bring it under the ceiling, so from the first cut on
 * every turn's request is as full as the ceiling allows, short of it by less than the
 * message that would not fit (a message goes whole): flat, however long the interview
 * goes on, and never above where the first cut put it.
 * The reserve is for the turn's later steps (a question asked, a file read or written):
 * they keep the turn's cut, and with it the prompt the server evaluated a moment
 * before, while they fit the room; only past it are they cut further.
 *
 * What that costs the prompt cache. A server that keeps the prompt it evaluated last
 * (llama.cpp, Ollama and LM Studio alike, vLLM's prefix cache, Anthropic's prompt
 * cache) reuses only the part of a request that begins the same as the one before. A
 * request no larger than the one before cannot also begin with all of it: to take in
 * the new turn it must drop something old, and everything after what was dropped
 * moves. The other way, cutting at fixed places a third of the room apart, keeps whole
 * requests reusable between cuts, but the requests then climb and fall in a saw tooth a
 * third of the room high, and which turn's request is larger than which depends only
 * on where each falls in its tooth. Here, once cutting has begun, what stays the same
 * from one turn to the next is the tools, the system prompt and the digest as far as
 * it went (it grows at its end while it is short); the messages kept after it are the
 * same bytes as before (a stub depends only on its entry), moved up. A server that
 * reuses moved parts of its cache (llama.cpp's `--cache-reuse`, "min chunk size to
 * attempt reusing from the cache via KV shifting",
 * https://github.com/ggml-org/llama.cpp/pull/9866) keeps those too; one
 * that does not evaluates them again, at most the room the history has under the
 * ceiling: a few thousand tokens in a small window, where what matters more is that
 * every request keeps as much of the conversation as fits. A model with a large window
 * cuts nothing until its history outgrows it, hundreds of turns in, and keeps its
 * whole prompt cache until then.
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

/** The reserve for a turn's later steps: this share of the room the history has, within the bounds below. */
const RESERVE_SHARE = 1 / 8;
const MIN_RESERVE = 256;
const MAX_RESERVE = 8_192;
/** The digest may take this share of the room the history has under the ceiling, and no less than `MIN_DIGEST_CHARACTERS`. */
const DIGEST_SHARE = 1 / 4;
const MIN_DIGEST_CHARACTERS = 800;

/** The budget every turn's first request is fitted to: the room less the reserve for the turn's later steps. */
export function ceilingOf(budget: FitBudget, emptyTokens = budget.tokens([])): number {
  const historyRoom = Math.max(0, budget.room - emptyTokens);
  const reserve = Math.min(MAX_RESERVE, Math.max(MIN_RESERVE, Math.floor(historyRoom * RESERVE_SHARE)));
  return budget.room - Math.min(reserve, historyRoom);
}

export function fitHistory(transcript: Transcript, budget: FitBudget): FittedHistory {
  // Each list of messages is built and counted once per request: the turn's first request
  // is its whole history, so it was built and counted twice (against the ceiling, then
  // the room), and the empty request twice more, each time stringifying the system prompt.
  const counted = new Map<ModelMessage[], number>();
  const tokens = (messages: ModelMessage[]): number => {
    let count = counted.get(messages);
    if (count === undefined) {
      count = budget.tokens(messages);
      counted.set(messages, count);
    }
    return count;
  };
  const fitsIn = (limit: number) => (messages: ModelMessage[]) => tokens(messages) <= limit;
  const fitsRoom = fitsIn(budget.room);
  const emptyTokens = tokens([]);
  const ceiling = ceilingOf(budget, emptyTokens);
  const fitsCeiling = fitsIn(ceiling);
  const historyRoom = Math.max(0, ceiling - emptyTokens);
  const digestCharacters = Math.max(MIN_DIGEST_CHARACTERS, Math.floor(historyRoom * DIGEST_SHARE) * 4);
  const built = new Map<readonly TranscriptEntry[], Map<number, ModelMessage[]>>();
  const withCut = (entries: readonly TranscriptEntry[], cut: number): ModelMessage[] => {
    let byCut = built.get(entries);
    if (!byCut) {
      byCut = new Map();
      built.set(entries, byCut);
    }
    let messages = byCut.get(cut);
    if (!messages) {
      messages = buildWithCut(entries, cut);
      byCut.set(cut, messages);
    }
    return messages;
  };
  const buildWithCut = (entries: readonly TranscriptEntry[], cut: number) => {
    if (cut === 0) return budget.toMessages([...entries]);
    const digest: TranscriptEntry = {
      role: "user",
      text: digestText(transcript, cut, digestCharacters),
      timestamp: "",
    };
    const messages = budget.toMessages([digest, ...entries.slice(cut)]);
    // A kept history that begins with the person's words (or with an interviewer's step
    // that says nothing) needs the interviewer's reply between them and the digest.
    if (messages[1]?.role !== "assistant")
      messages.splice(1, 0, { role: "assistant", content: [{ type: "text", text: DIGEST_REPLY }] });
    return messages;
  };

  const places = cutPlaces(transcript);
  const stubbed = withStubbedHistory(transcript);
  // The turn's first request: the fewest turns left out that bring it under the ceiling
  // (or, failing that, into the room). While the running turn has no step yet it is the
  // whole history: the same list, so its messages are built and counted once.
  const firstRequest = places.running + 1 >= stubbed.length ? stubbed : stubbed.slice(0, places.running + 1);
  const turnCut =
    leastFitting(places.all, (cut) => fitsCeiling(withCut(firstRequest, cut))) ??
    leastFitting(places.all, (cut) => fitsRoom(withCut(firstRequest, cut)));
  if (turnCut !== null) {
    // Its later steps keep that cut while they fit the room.
    const messages = withCut(stubbed, turnCut);
    if (fitsRoom(messages)) return { ok: true, messages, leftOut: turnCut };
    const tight = withTightHistory(transcript);
    const further = leastFitting(
      places.all.filter((cut) => cut >= turnCut),
      (cut) => fitsRoom(withCut(tight, cut)),
    );
    if (further !== null) return { ok: true, messages: withCut(tight, further), leftOut: further };
  }
  const least = withCut(withEverythingStubbed(transcript), places.least);
  if (fitsRoom(least)) return { ok: true, messages: least, leftOut: places.least };
  return { ok: false, needed: tokens(least) };
}

/**
 * Where the history may be cut, fewest entries left out first: nowhere (0), then before
 * each message of the person or the interviewer up to the least place: just before the
 * step that asked what the running turn answers, or the running turn's own start. Never
 * before a tool result, which must follow its call. Cutting a message at a time leaves
 * out no more than the ceiling needs, so a turn of many steps (a spec written and
 * checked) does not go all at once.
 */
function cutPlaces(transcript: Transcript): { all: number[]; least: number; running: number } {
  const running = transcript.findLastIndex((entry) => entry.role === "user");
  // The interview's first turn: nothing before it to leave out.
  if (running <= 0) return { all: [0], least: 0, running: Math.max(0, running) };
  const previous = transcript.findLastIndex((entry, index) => entry.role === "user" && index < running);
  const asked = transcript.findLastIndex((entry, index) => entry.role === "assistant" && index < running);
  const least = asked > Math.max(0, previous) ? asked : running;
  const all = [0];
  for (let index = 1; index <= least; index++)
    if ((transcript[index] as TranscriptEntry).role !== "tool") all.push(index);
  return { all, least, running };
}

/**
 * The first of `places` (ascending) whose request fits, or null. Leaving more out makes
 * a request smaller (a digest line is shorter than the turn it stands for), so the
 * places are searched by halves: a handful of requests built, however long the
 * interview. The place found has been tried and fits.
 */
function leastFitting(places: readonly number[], fits: (cut: number) => boolean): number | null {
  // Most requests leave nothing out: one request built.
  if (places.length === 0 || fits(places[0] as number)) return places[0] ?? null;
  let low = 1;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (fits(places[middle] as number)) high = middle;
    else low = middle + 1;
  }
  return low < places.length ? (places[low] as number) : null;
}
