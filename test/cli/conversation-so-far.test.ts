import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { conversationSoFar } from "../../src/cli/conversation-so-far.js";
import { painter } from "../../src/cli/paint.js";
import { historyParts } from "../../src/types/history-parts.js";
import type { HistoryFrame, HistoryMessage } from "../../src/types/wire.js";

const REFUSED =
  'The interviewer tried to write "../outside.txt"; Specwright refused: "../outside.txt" is outside the project folder.';

const refusedReply: HistoryMessage = {
  role: "assistant",
  content: "Let me save a note.\n\nI will keep to prompts/.",
  timestamp: "2026-05-01T10:00:01.000Z",
  notices: [{ kind: "tool_refused", content: REFUSED, at: "Let me save a note.".length }],
};

function frameOf(messages: HistoryMessage[]): HistoryFrame {
  return {
    type: "history",
    messages,
    pending_question: null,
    phase: null,
    usage: null,
    complete: false,
    engine: "anthropic",
    model: null,
  };
}

describe("an assistant message's words and notices, in the order they came", () => {
  it("cuts the words where each notice came", () => {
    expect(historyParts(refusedReply)).toEqual([
      { kind: "text", text: "Let me save a note." },
      { kind: "notice", notice: refusedReply.notices![0] },
      { kind: "text", text: "I will keep to prompts/." },
    ]);
    expect(historyParts({ content: "Hello.", notices: undefined })).toEqual([
      { kind: "text", text: "Hello." },
    ]);
    // A notice before any words, and an `at` past the end, are still shown, in place.
    expect(
      historyParts({ content: "", notices: [{ kind: "tool_refused", content: "x", at: 99 }] }).map(
        (part) => part.kind,
      ),
    ).toEqual(["notice"]);
  });

  it("shows the person resuming in the terminal what the interviewer tried and Specwright refused", () => {
    const shown = conversationSoFar(
      frameOf([
        { role: "user", content: "Write a note.", timestamp: "2026-05-01T10:00:00.000Z" },
        refusedReply,
        { role: "user", content: "Thanks.", timestamp: "2026-05-01T10:00:02.000Z" },
        { role: "assistant", content: "What next?", timestamp: "2026-05-01T10:00:03.000Z" },
      ]),
      painter(new PassThrough(), {}),
      200,
    );
    const lines = shown.trimEnd().split("\n").slice(1);
    expect(lines).toEqual([
      "│  you          Write a note.",
      "│  interviewer  Let me save a note.",
      `│               ${REFUSED}`,
      "│               I will keep to prompts/.",
      "│  you          Thanks.",
    ]);
  });
});
