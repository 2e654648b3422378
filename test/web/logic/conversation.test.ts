import { describe, expect, it } from "vitest";
import type { ServerFrame } from "../../../src/types/wire.js";
import { type ConversationEvent, reduceConversation } from "../../../web/src/logic/conversation.js";
import { type ConversationState, INITIAL_CONVERSATION } from "../../../web/src/logic/conversation-state.js";

function play(
  events: ConversationEvent[],
  from: ConversationState = INITIAL_CONVERSATION,
): ConversationState {
  return events.reduce(reduceConversation, from);
}

const received = (frame: ServerFrame): ConversationEvent => ({ type: "received", frame });
const text = (content: string) => received({ type: "text", content });
const done = received({ type: "response_done" });
const message = (content: string): ConversationEvent => ({
  type: "sent",
  request: { type: "message", content },
  attachments: [],
});

const question: ServerFrame = {
  type: "question",
  tool_id: "tool-1",
  questions: [
    {
      question: "Where should it run?",
      header: "Platform",
      multiSelect: false,
      options: [
        { label: "Web (Recommended)", description: "" },
        { label: "Phone", description: "" },
      ],
    },
  ],
};

describe("the conversation reducer", () => {
  it("joins consecutive text chunks into one reply and ends it on response_done", () => {
    const state = play([{ type: "started" }, text("Hello"), text(", what shall we build?"), done]);
    expect(state.entries).toEqual([
      { kind: "assistant", id: 1, text: "Hello, what shall we build?", streaming: false, cut: null },
    ]);
    expect(state.turn).toBe("idle");
    expect(state.announcement?.text).toBe("Hello, what shall we build?");
  });

  it("waits, then streams, then goes idle", () => {
    const waiting = play([{ type: "started" }]);
    expect(waiting.turn).toBe("waiting");
    const streaming = play([text("Hi")], waiting);
    expect(streaming.turn).toBe("streaming");
    expect(play([done], streaming).turn).toBe("idle");
  });

  it("starts a new reply after the person speaks", () => {
    const state = play([{ type: "started" }, text("Hi."), done, message("A recipe app"), text("Nice.")]);
    expect(state.entries.map((entry) => entry.kind)).toEqual(["assistant", "user", "assistant"]);
    expect(state.entries[1]).toMatchObject({ kind: "user", text: "A recipe app", isAnswer: false });
    expect(state.lastRequest).toEqual({ type: "message", content: "A recipe app" });
  });

  it("shows a question and marks it answered when the answer goes out", () => {
    const asked = play([{ type: "started" }, text("One choice:"), received(question), done]);
    expect(asked.entries.at(-1)).toMatchObject({ kind: "question", toolId: "tool-1", state: "open" });
    expect(asked.announcement?.text).toBe("Where should it run? Options: Web, Phone, or Other.");
    const answered = play(
      [
        {
          type: "sent",
          request: { type: "answer", tool_id: "tool-1", answers: { "0": "Web (Recommended)" } },
          attachments: [],
        },
      ],
      asked,
    );
    expect(answered.entries.at(-2)).toMatchObject({ kind: "question", state: "answered" });
    expect(answered.entries.at(-1)).toMatchObject({ kind: "user", text: "Web", isAnswer: true });
    expect(answered.turn).toBe("waiting");
  });

  it("marks an open question as passed when the person writes a message instead", () => {
    const state = play([{ type: "started" }, received(question), done, message("Both, really")]);
    expect(state.entries.find((entry) => entry.kind === "question")).toMatchObject({ state: "passed" });
  });

  it("marks a reply cut short by Stop", () => {
    const state = play([{ type: "started" }, text("Thinking about"), { type: "cancel-sent" }, done]);
    expect(state.entries).toEqual([
      { kind: "assistant", id: 1, text: "Thinking about", streaming: false, cut: "stopped" },
    ]);
    expect(state.turn).toBe("idle");
  });

  it("says so when Stop came before any words", () => {
    const state = play([message("Hi"), { type: "cancel-sent" }, done]);
    expect(state.entries.at(-1)).toMatchObject({
      kind: "notice",
      text: "Stopped before the interviewer said anything.",
    });
  });

  it("ignores Stop when nothing is running", () => {
    const idle = play([{ type: "started" }, text("Hi"), done]);
    expect(play([{ type: "cancel-sent" }], idle)).toBe(idle);
  });

  it("ends a turn cut by a lost connection, saying so, and keeps the transcript", () => {
    const state = play([{ type: "started" }, text("Half a"), { type: "connection-lost" }]);
    expect(state.entries[0]).toMatchObject({
      kind: "assistant",
      text: "Half a",
      cut: "connection",
      streaming: false,
    });
    expect(state.entries[1]).toMatchObject({ kind: "notice" });
    expect(state.turn).toBe("idle");
    const idle = play([done], state);
    expect(play([{ type: "connection-lost" }], idle)).toBe(idle);
  });

  it("offers to run a failed turn again, without sending the message a second time", () => {
    const state = play([
      { type: "started" },
      text("Hi"),
      done,
      message("Go on"),
      received({
        type: "error",
        content: "Error: provider overloaded",
        code: "internal_error",
        retryable: true,
      }),
      done,
    ]);
    const error = state.entries.at(-1);
    expect(error).toMatchObject({
      kind: "error",
      text: "Something went wrong: Provider overloaded.",
      retry: { type: "retry" },
      needsRestart: false,
    });
    expect(state.turn).toBe("idle");
    const retried = play([{ type: "retried", errorId: error!.id }], state);
    expect(retried.entries.at(-1)).toMatchObject({ kind: "error", retry: null });
    expect(retried.turn).toBe("waiting");
  });

  it("offers to send a message again that the server refused before its turn began", () => {
    const state = play([
      { type: "started" },
      text("Hi"),
      done,
      message("Go on"),
      received({
        type: "error",
        content: "a response is already in progress",
        code: "busy",
        retryable: true,
      }),
    ]);
    expect(state.entries.at(-1)).toMatchObject({
      kind: "error",
      retry: { type: "message", content: "Go on" },
    });
  });

  it("asks for a restart when the server has no session any more", () => {
    const state = play([
      message("Hello"),
      received({
        type: "error",
        content: "No active session. Send 'start' first.",
        code: "session_not_started",
        retryable: false,
      }),
    ]);
    expect(state.entries.at(-1)).toMatchObject({ kind: "error", needsRestart: true, retry: null });
    const restarted = play([{ type: "started" }], state);
    expect(restarted.entries.at(-1)).toMatchObject({ kind: "notice", text: "A new interview started." });
    expect(restarted.entries.at(-2)).toMatchObject({ kind: "error", needsRestart: false, retry: null });
    expect(restarted.turn).toBe("waiting");
  });

  it("does not offer Retry for a message the server refused for what it is", () => {
    const state = play([
      message("x"),
      received({
        type: "error",
        content: "Invalid attachment: not a PNG image",
        code: "invalid_attachment",
        retryable: false,
      }),
    ]);
    expect(state.entries.at(-1)).toMatchObject({
      kind: "error",
      text: "An image couldn't be sent: Not a PNG image.",
      retry: null,
    });
  });

  it("records written files and completion, and counts spec revisions", () => {
    const state = play([
      message("Approve"),
      text("Writing."),
      received({ type: "file_written", path: "prompts/app_spec.txt" }),
      received({ type: "file_written", path: "prompts/initializer_prompt.md" }),
      received({ type: "spec_complete", path: "prompts/app_spec.txt" }),
      text("Done!"),
      done,
      received({ type: "complete", path: "prompts/app_spec.txt" }),
    ]);
    expect(state.entries.map((entry) => entry.kind)).toEqual([
      "user",
      "assistant",
      "file",
      "file",
      "assistant",
      "complete",
    ]);
    expect(state.complete).toBe(true);
    expect(state.specRevision).toBe(3);
    expect(state.entries.at(-1)).toMatchObject({ kind: "complete", revised: false });
    const again = play(
      [message("Add export"), received({ type: "complete", path: "prompts/app_spec.txt" })],
      state,
    );
    expect(again.entries.at(-1)).toMatchObject({ kind: "complete", revised: true });
  });

  it("gives a revision's notice what its spec_complete said had changed, and says it aloud", () => {
    const changes = {
      features_added: ["Export a recipe to PDF"],
      features_removed: [],
      sections_changed: ["core_features"],
      feature_count: 43,
      previous_feature_count: 42,
      from_version: "3",
      to_version: "5",
    };
    const first = play([
      message("Approve"),
      received({ type: "spec_complete", path: "prompts/app_spec.txt" }),
      done,
    ]);
    const state = play(
      [
        received({ type: "complete", path: "prompts/app_spec.txt" }),
        message("add a feature: export a recipe to PDF"),
        received({ type: "spec_complete", path: "prompts/app_spec.txt", changes }),
        done,
        received({ type: "complete", path: "prompts/app_spec.txt" }),
      ],
      first,
    );
    const notices = state.entries.filter((entry) => entry.kind === "complete");
    expect(notices[0]).not.toHaveProperty("changes");
    expect(notices[1]).toMatchObject({ revised: true, changes });
    expect(state.pendingChanges).toBeNull();
    expect(state.announcement?.text).toBe(
      "The spec is updated. Added 1 feature: Export a recipe to PDF. 42 → 43 features. Changed: core_features.",
    );
  });

  it("shows a refused tool call and a stopped turn's account as quiet lines where they happened", () => {
    const refusal =
      'The interviewer tried to write "../../etc/passwd"; Specwright refused: "../../etc/passwd" is outside the project folder.';
    const state = play([
      message("Go on"),
      text("Let me look."),
      received({ type: "notice", kind: "tool_refused", content: refusal }),
      text("I will stay in prompts/."),
      { type: "cancel-sent" },
      received({ type: "notice", kind: "turn_stopped", content: "You stopped the turn." }),
      done,
    ]);
    expect(state.entries.map((entry) => entry.kind)).toEqual([
      "user",
      "assistant",
      "tool-note",
      "assistant",
      "tool-note",
    ]);
    expect(state.entries[2]).toMatchObject({ kind: "tool-note", text: refusal });
    expect(state.entries[1]).toMatchObject({ streaming: false, cut: null });
    // The reply the person stopped says so; nothing claims the interviewer said nothing.
    expect(state.entries[3]).toMatchObject({ streaming: false, cut: "stopped" });
    expect(state.turn).toBe("idle");
  });

  it("follows phases and usage", () => {
    const state = play([
      received({ type: "phase", id: "technology", title: "Technology", index: 3, total: 9 }),
      received({
        type: "usage",
        turn: { input_tokens: 1, output_tokens: 1, cache_read_tokens: 0, cache_write_tokens: 0 },
        total: { input_tokens: 100, output_tokens: 20, cache_read_tokens: 5, cache_write_tokens: 0 },
        cost_usd: 0.0123,
      }),
    ]);
    expect(state.phase).toEqual({ id: "technology", title: "Technology", index: 3, total: 9 });
    expect(state.usage).toEqual({
      tokens: { input_tokens: 100, output_tokens: 20, cache_read_tokens: 5, cache_write_tokens: 0 },
      costUsd: 0.0123,
    });
  });

  it("never changes the state it is given", () => {
    const before = play([{ type: "started" }, text("Hi")]);
    const snapshot = structuredClone(before);
    play([text(" there"), done, message("x")], before);
    expect(before).toEqual(snapshot);
  });
});
