import { describe, expect, it } from "vitest";
import {
  errorFrame,
  type HistoryFrame,
  type HistoryMessage,
  type ServerFrame,
} from "../../../src/types/wire.js";
import {
  type ConversationEvent,
  NEW_INTERVIEW_ELSEWHERE_TEXT,
  NEW_INTERVIEW_TEXT,
  reduceConversation,
} from "../../../web/src/logic/conversation.js";
import { type ConversationState, INITIAL_CONVERSATION } from "../../../web/src/logic/conversation-state.js";
import { CUT_OFF_TEXT, historyEntries, UNANSWERED_TEXT } from "../../../web/src/logic/history.js";
import { STALE_QUESTION_TEXT } from "../../../web/src/logic/server-errors.js";

function play(
  events: ConversationEvent[],
  from: ConversationState = INITIAL_CONVERSATION,
): ConversationState {
  return events.reduce(reduceConversation, from);
}

const received = (frame: ServerFrame): ConversationEvent => ({ type: "received", frame });
const text = (content: string) => received({ type: "text", content });
const done = received({ type: "response_done" });
const resumeSent = (startWhenEmpty = false): ConversationEvent => ({ type: "resume-sent", startWhenEmpty });
const message = (content: string): ConversationEvent => ({
  type: "sent",
  request: { type: "message", content },
  attachments: [],
});

const platform = {
  question: "Where should it run?",
  header: "Platform",
  multiSelect: false,
  options: [
    { label: "Web (Recommended)", description: "" },
    { label: "Phone", description: "" },
  ],
};
const extras = { ...platform, question: "Which extras?", header: "Extras", multiSelect: true };

const GREETING: HistoryMessage = {
  role: "assistant",
  content: "Hello! What would you like to build?",
  timestamp: "2025-03-01T10:00:00.000Z",
};
const OVERVIEW: HistoryMessage = {
  role: "user",
  content: "A chore tracker for families.",
  timestamp: "2025-03-01T10:01:00.000Z",
};
const ASKED: HistoryMessage = {
  role: "assistant",
  content: "Two choices first.",
  timestamp: "2025-03-01T10:01:05.000Z",
  question: { questions: [platform, extras], tool_id: "ask-1" },
};
const ANSWERED: HistoryMessage = {
  role: "user",
  content: "Web (Recommended); Reminders, Points",
  timestamp: "2025-03-01T10:02:00.000Z",
  answers: { "0": "Web (Recommended)", "1": ["Reminders", "Points"] },
};

function historyFrame(
  messages: HistoryMessage[],
  extra: Partial<Omit<HistoryFrame, "type" | "messages">> = {},
): ServerFrame {
  return {
    type: "history",
    messages,
    pending_question: null,
    phase: null,
    usage: null,
    complete: false,
    engine: "anthropic",
    model: "claude-sonnet-5-5",
    ...extra,
  };
}

const pendingAsk = { questions: [platform, extras], tool_id: "ask-1" };

describe("the conversation from a history", () => {
  it("shows what was said, questions with what became of them, and brings back phase, usage and engine", () => {
    const usage = { input_tokens: 1_200, output_tokens: 40, cache_read_tokens: 0, cache_write_tokens: 0 };
    const state = play([
      resumeSent(),
      received(
        historyFrame(
          [
            GREETING,
            OVERVIEW,
            ASKED,
            ANSWERED,
            { role: "assistant", content: "Noted. Now the data.", timestamp: "2025-03-01T10:02:05.000Z" },
          ],
          {
            phase: { id: "data", title: "Data", index: 4, total: 9 },
            usage: { total: usage, cost_usd: 0.01 },
            complete: true,
          },
        ),
      ),
    ]);
    expect(state.entries).toEqual([
      { id: 1, kind: "assistant", text: GREETING.content, streaming: false, cut: null },
      { id: 2, kind: "user", text: OVERVIEW.content, attachments: [], isAnswer: false },
      { id: 3, kind: "assistant", text: "Two choices first.", streaming: false, cut: null },
      { id: 4, kind: "question", toolId: "ask-1", questions: [platform, extras], state: "answered" },
      { id: 5, kind: "user", text: "Web; Reminders, Points", attachments: [], isAnswer: true },
      { id: 6, kind: "assistant", text: "Noted. Now the data.", streaming: false, cut: null },
      { id: 7, kind: "complete", path: "prompts/app_spec.txt", revised: false },
    ]);
    expect(state.phase).toEqual({ id: "data", title: "Data", index: 4, total: 9 });
    expect(state.usage).toEqual({ tokens: usage, costUsd: 0.01 });
    expect(state.complete).toBe(true);
    expect(state.engine).toEqual({ name: "anthropic", model: "claude-sonnet-5-5" });
    expect(state.historyLoaded).toBe(true);
    expect(state.awaitingHistory).toBe(false);
    expect(state.turn).toBe("idle");
    expect(state.followUp).toBeNull();
  });

  it("shows the pending question as an open card once, though the server asks it again", () => {
    const resumed = play([
      resumeSent(),
      received(historyFrame([GREETING, OVERVIEW, ASKED], { pending_question: pendingAsk })),
    ]);
    expect(resumed.entries.at(-1)).toMatchObject({ kind: "question", toolId: "ask-1", state: "open" });
    expect(resumed.announcement?.text).toContain("Where should it run? Options: Web, Phone, or Other.");
    const askedAgain = play([received({ type: "question", ...pendingAsk })], resumed);
    expect(askedAgain).toBe(resumed);
    const answered = play(
      [
        {
          type: "sent",
          request: { type: "answer", tool_id: "ask-1", answers: { "0": "Phone", "1": ["Points"] } },
          attachments: [],
        },
      ],
      askedAgain,
    );
    expect(answered.entries.filter((entry) => entry.kind === "question")).toMatchObject([
      { state: "answered" },
    ]);
    expect(answered.entries.at(-1)).toMatchObject({ kind: "user", text: "Phone; Points", isAnswer: true });
  });

  it("adds a pending question that no message carries", () => {
    const state = play([received(historyFrame([GREETING], { pending_question: pendingAsk }))]);
    expect(state.entries.map((entry) => entry.kind)).toEqual(["assistant", "question"]);
    expect(state.entries[1]).toMatchObject({ state: "open", toolId: "ask-1" });
  });

  it("marks a question passed by a message, and one never answered", () => {
    const passed = play([received(historyFrame([ASKED, OVERVIEW]))]);
    expect(passed.entries.find((entry) => entry.kind === "question")).toMatchObject({ state: "passed" });
    const unanswered = historyEntries([ASKED], {
      live: true,
      pending: null,
      complete: false,
      busy: false,
      canRetry: false,
    });
    expect(unanswered.find((entry) => entry.kind === "question")).toMatchObject({ state: "closed" });
  });

  it("names the images a message had, and where the server keeps them, without their bytes", () => {
    const state = play([
      received(
        historyFrame([
          {
            ...OVERVIEW,
            attachments: [{ filename: "sketch.png", saved_as: "prompts/mockups/sketch.png" }],
          },
        ]),
      ),
    ]);
    expect(state.entries[0]).toMatchObject({
      kind: "user",
      attachments: [{ filename: "sketch.png", url: null, savedAs: "prompts/mockups/sketch.png" }],
    });
  });

  it("marks a reply that was cut off, and offers to run its turn again when the server can", () => {
    const cutOff: HistoryMessage = {
      role: "assistant",
      content: "Let me think about",
      timestamp: "t3",
      interrupted: true,
    };
    const state = play([received(historyFrame([GREETING, OVERVIEW, cutOff], { can_retry: true }))]);
    expect(state.entries.at(-2)).toMatchObject({
      kind: "assistant",
      text: "Let me think about",
      cut: "interrupted",
    });
    const offer = state.entries.at(-1);
    expect(offer).toMatchObject({ kind: "error", text: CUT_OFF_TEXT, retry: { type: "retry" } });
    const retried = play([{ type: "retried", errorId: offer!.id }], state);
    expect(retried.turn).toBe("waiting");
    expect(retried.entries.at(-1)).toMatchObject({ kind: "error", retry: null });

    // Marked, but nothing to run again unless the server says so.
    const marked = play([received(historyFrame([GREETING, OVERVIEW, cutOff]))]);
    expect(marked.entries.at(-1)).toMatchObject({ kind: "assistant", cut: "interrupted" });
    // A turn cut off before any words: no empty reply, only the offer.
    const silent = play([
      received(
        historyFrame([GREETING, OVERVIEW, { ...cutOff, content: "" }], {
          can_retry: true,
        }),
      ),
    ]);
    expect(silent.entries.map((entry) => entry.kind)).toEqual(["assistant", "user", "error"]);
    expect(silent.entries.at(-1)).toMatchObject({ text: CUT_OFF_TEXT });
    expect(
      historyEntries([GREETING, OVERVIEW], {
        live: true,
        pending: null,
        complete: false,
        busy: false,
        canRetry: true,
      }).at(-1),
    ).toMatchObject({ text: UNANSWERED_TEXT });
  });

  it("goes on with a turn that was running when the history was taken", () => {
    const replying = play([
      received(
        historyFrame([GREETING, OVERVIEW, { role: "assistant", content: "Nice, a chore", timestamp: "t3" }], {
          busy: true,
          complete: true,
        }),
      ),
    ]);
    expect(replying.turn).toBe("streaming");
    expect(replying.entries.at(-1)).toMatchObject({
      kind: "assistant",
      text: "Nice, a chore",
      streaming: true,
    });
    const done1 = play([text(" tracker."), done], replying);
    expect(done1.entries.map((entry) => entry.kind)).toEqual(["assistant", "user", "assistant"]);
    expect(done1.entries.at(-1)).toMatchObject({ text: "Nice, a chore tracker.", streaming: false });
    expect(done1.turn).toBe("idle");
    // The history showed the other window's message, so nothing more is asked for.
    expect(done1.followUp).toBeNull();

    const awaited = play([received(historyFrame([GREETING, OVERVIEW], { busy: true }))]);
    expect(awaited.turn).toBe("waiting");
    expect(awaited.entries.at(-1)).toMatchObject({ kind: "user" });
    const answered = play([text("Nice."), done], awaited);
    expect(answered.entries.at(-1)).toMatchObject({ kind: "assistant", text: "Nice." });
    expect(answered.followUp).toBeNull();
  });

  it("starts a new project's interview when the history is empty, and only then", () => {
    const empty = historyFrame([]);
    const fresh = play([resumeSent(true), received(empty)]);
    expect(fresh.followUp).toBe("start");
    const started = play([{ type: "started" }], fresh);
    expect(started.followUp).toBeNull();
    expect(started.turn).toBe("waiting");
    expect(started.entries).toEqual([]);
    // The history another window's `start` brings is empty too: it must not start yet another.
    expect(play([received(empty)], started).followUp).toBeNull();

    // A finished project, or one with an interview, carries on.
    expect(play([resumeSent(false), received(empty)]).followUp).toBeNull();
    expect(play([resumeSent(true), received(historyFrame([GREETING]))]).followUp).toBeNull();
    // A reconnect before the first history still starts a new project.
    expect(play([resumeSent(true), resumeSent(false), received(empty)]).followUp).toBe("start");
  });

  it("replaces what it showed of the same interview rather than adding to it", () => {
    const first = play([
      received(historyFrame([GREETING, OVERVIEW, ASKED], { pending_question: pendingAsk })),
    ]);
    const again = play(
      [
        resumeSent(),
        received(historyFrame([GREETING, OVERVIEW, ASKED, ANSWERED], { pending_question: null })),
      ],
      first,
    );
    expect(again.entries.map((entry) => entry.kind)).toEqual([
      "assistant",
      "user",
      "assistant",
      "question",
      "user",
    ]);
    expect(again.entries.filter((entry) => entry.kind === "question")).toMatchObject([{ state: "answered" }]);
  });

  it("follows a turn another window started, then asks for the interview to show that window's message", () => {
    const idle = play([received(historyFrame([GREETING]))]);
    const streaming = play([text("Nice, a chore tracker.")], idle);
    expect(streaming.foreignTurn).toBe(true);
    expect(streaming.turn).toBe("streaming");
    expect(streaming.entries.at(-1)).toMatchObject({ kind: "assistant", text: "Nice, a chore tracker." });
    const ended = play([done], streaming);
    expect(ended.followUp).toBe("resume");
    expect(ended.foreignTurn).toBe(false);
    expect(ended.turn).toBe("idle");

    const refreshed = play(
      [
        resumeSent(),
        received(
          historyFrame([
            GREETING,
            OVERVIEW,
            { role: "assistant", content: "Nice, a chore tracker.", timestamp: "t3" },
          ]),
        ),
      ],
      ended,
    );
    expect(refreshed.entries.map((entry) => entry.kind)).toEqual(["assistant", "user", "assistant"]);
    expect(refreshed.followUp).toBeNull();
  });

  it("asks for nothing after its own turns", () => {
    const state = play([received(historyFrame([GREETING])), message("Hi"), text("Hello."), done]);
    expect(state.followUp).toBeNull();
    expect(state.foreignTurn).toBe(false);
  });

  it("keeps the interview shown above a line when another window starts a new one", () => {
    const shown = play([
      received(historyFrame([GREETING, OVERVIEW, ASKED], { pending_question: pendingAsk, complete: true })),
    ]);
    const replaced = play([received(historyFrame([]))], shown);
    expect(replaced.entries.slice(0, 4).map((entry) => entry.kind)).toEqual([
      "assistant",
      "user",
      "assistant",
      "question",
    ]);
    expect(replaced.entries[3]).toMatchObject({ kind: "question", state: "closed" });
    expect(replaced.entries.at(-1)).toMatchObject({ kind: "notice", text: NEW_INTERVIEW_ELSEWHERE_TEXT });
    expect(replaced.announcement?.text).toBe(NEW_INTERVIEW_ELSEWHERE_TEXT);
    expect(replaced.interviewNumber).toBe(shown.interviewNumber + 1);
    expect(replaced.complete).toBe(false);

    // Its greeting streams in, then the history of the new interview replaces only the part below the line.
    const greeted = play([text("Hello again!"), done], replaced);
    expect(greeted.followUp).toBe("resume");
    const NEW_GREETING = { ...GREETING, content: "Hello again!", timestamp: "2025-03-02T09:00:00.000Z" };
    const refreshed = play([resumeSent(), received(historyFrame([NEW_GREETING]))], greeted);
    expect(refreshed.entries.map((entry) => entry.kind)).toEqual([
      "assistant",
      "user",
      "assistant",
      "question",
      "complete",
      "notice",
      "assistant",
    ]);
    expect(refreshed.entries.at(-1)).toMatchObject({ text: "Hello again!" });
    expect(refreshed.interviewNumber).toBe(replaced.interviewNumber);
  });

  it("keeps the interview shown above a line when this page starts a new one", () => {
    const shown = play([received(historyFrame([GREETING, OVERVIEW], { can_retry: true }))]);
    const started = play([{ type: "started" }], shown);
    expect(started.entries.at(-1)).toMatchObject({ kind: "notice", text: NEW_INTERVIEW_TEXT });
    // The earlier interview's turn can no longer be run again.
    expect(started.entries.at(-2)).toMatchObject({ kind: "error", retry: null });
    expect(started.currentFrom).toBe(started.entries.length);
    // The server's fresh history of the new interview does not take the earlier one away.
    const fresh = play([received(historyFrame([]))], started);
    expect(fresh.entries).toEqual(started.entries);
    expect(fresh.turn).toBe("waiting");
    const greeted = play([text("Hello again!"), done], fresh);
    expect(greeted.followUp).toBeNull();
    expect(greeted.entries.at(-1)).toMatchObject({ kind: "assistant", text: "Hello again!" });
  });

  it("says plainly when an answer came too late, and shows the interview as it is now", () => {
    const asked = play([
      received(historyFrame([GREETING, OVERVIEW, ASKED], { pending_question: pendingAsk })),
    ]);
    const answered = play(
      [
        {
          type: "sent",
          request: { type: "answer", tool_id: "ask-1", answers: { "0": "Phone" } },
          attachments: [],
        },
      ],
      asked,
    );
    const refused = play(
      [received(errorFrame("question_not_pending", "That question is no longer pending"))],
      answered,
    );
    expect(refused.turn).toBe("idle");
    expect(refused.followUp).toBe("resume");
    expect(refused.entries.at(-1)).toMatchObject({ kind: "error", text: STALE_QUESTION_TEXT, retry: null });
    expect(refused.announcement?.text).toBe(STALE_QUESTION_TEXT);

    const now = play(
      [
        resumeSent(),
        received(
          historyFrame([
            GREETING,
            OVERVIEW,
            ASKED,
            ANSWERED,
            { role: "assistant", content: "Noted.", timestamp: "t5" },
          ]),
        ),
      ],
      refused,
    );
    expect(now.entries.map((entry) => entry.kind)).toEqual([
      "assistant",
      "user",
      "assistant",
      "question",
      "user",
      "assistant",
      "error",
    ]);
    expect(now.entries.at(-1)).toMatchObject({ text: STALE_QUESTION_TEXT });
    expect(now.entries.at(-3)).toMatchObject({ kind: "user", text: "Web; Reminders, Points" });
    expect(now.carryOver).toEqual([]);
  });

  it("after a dropped connection, the history brings back the whole reply", () => {
    const cut = play([
      received(historyFrame([GREETING])),
      message("A chore tracker"),
      text("Nice, a"),
      { type: "connection-lost" },
    ]);
    expect(cut.entries.at(-1)).toMatchObject({ kind: "notice" });
    const resumed = play(
      [
        resumeSent(),
        received(
          historyFrame([
            GREETING,
            { ...OVERVIEW, content: "A chore tracker" },
            { role: "assistant", content: "Nice, a chore tracker.", timestamp: "t3" },
          ]),
        ),
      ],
      cut,
    );
    expect(resumed.entries.map((entry) => entry.kind)).toEqual(["assistant", "user", "assistant"]);
    expect(resumed.entries.at(-1)).toMatchObject({ text: "Nice, a chore tracker.", cut: null });
  });

  it("reads an archived interview without anything to act on", () => {
    const entries = historyEntries(
      [GREETING, OVERVIEW, ASKED, { role: "assistant", content: "Half", timestamp: "t", interrupted: true }],
      { live: false },
    );
    expect(entries.map((entry) => entry.kind)).toEqual([
      "assistant",
      "user",
      "assistant",
      "question",
      "assistant",
    ]);
    expect(entries.find((entry) => entry.kind === "question")).toMatchObject({ state: "closed" });
  });

  it("never changes the state it is given", () => {
    const before = play([received(historyFrame([GREETING, OVERVIEW]))]);
    const snapshot = structuredClone(before);
    play([received(historyFrame([])), { type: "started" }, text("x"), done], before);
    expect(before).toEqual(snapshot);
  });
});

describe("refused calls after a reload", () => {
  const REFUSED =
    'The interviewer tried to write "../outside.txt"; Specwright refused: "../outside.txt" is outside the project folder.';
  const refusedReply: HistoryMessage = {
    role: "assistant",
    content: "Let me save a note.\n\nI will keep to prompts/.",
    timestamp: "2025-03-01T10:01:05.000Z",
    notices: [{ kind: "tool_refused", content: REFUSED, at: "Let me save a note.".length }],
  };

  it("shows each refusal as the same muted line the live notice made, where it came", () => {
    const entries = historyEntries([GREETING, OVERVIEW, refusedReply], {
      live: true,
      pending: null,
      complete: false,
      busy: false,
      canRetry: false,
    });
    expect(entries.slice(2)).toEqual([
      { kind: "assistant", text: "Let me save a note.", streaming: false, cut: null },
      { kind: "tool-note", text: REFUSED },
      { kind: "assistant", text: "I will keep to prompts/.", streaming: false, cut: null },
    ]);
    // Live, the same turn made the same entries.
    const live = play([
      message("A chore tracker for families."),
      text("Let me save a note."),
      received({ type: "notice", kind: "tool_refused", content: REFUSED }),
      text("I will keep to prompts/."),
      done,
    ]);
    expect(
      live.entries
        .slice(1)
        .map((entry) => ({ kind: entry.kind, shown: "text" in entry ? entry.text : null })),
    ).toEqual(
      entries.slice(2).map((entry) => ({ kind: entry.kind, shown: "text" in entry ? entry.text : null })),
    );
  });

  it("goes on streaming after the last refusal of a turn still running", () => {
    const entries = historyEntries([OVERVIEW, { ...refusedReply, content: "Let me save a note." }], {
      live: true,
      pending: null,
      complete: false,
      busy: true,
      canRetry: false,
    });
    expect(entries.slice(1)).toEqual([
      { kind: "assistant", text: "Let me save a note.", streaming: false, cut: null },
      { kind: "tool-note", text: REFUSED },
      { kind: "assistant", text: "", streaming: true, cut: null },
    ]);
  });
});
