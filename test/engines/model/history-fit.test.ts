import type { ModelMessage } from "ai";
import { describe, expect, it } from "vitest";
import { messageTokens } from "../../../src/engines/model/context-budget.js";
import { DIGEST_OPENING, DIGEST_REPLY, digestText } from "../../../src/engines/model/history-digest.js";
import { ceilingOf, type FitBudget, fitHistory } from "../../../src/engines/model/history-fit.js";
import { transcriptToMessages } from "../../../src/engines/model/transcript-messages.js";
import type { TranscriptEntry } from "../../../src/types/transcript.js";

const at = "2026-12-02T10:00:00.000Z";
const SYSTEM = "You interview people about their app. ".repeat(40);

/** A budget as the model engine makes one: `window` tokens, 1,024 of them kept for the answer. */
function budget(window: number): FitBudget {
  return {
    room: window - 1024,
    tokens: (messages: ModelMessage[]) => 400 + messageTokens(SYSTEM, messages),
    toMessages: (entries) => transcriptToMessages(entries, { imagesAccepted: true }),
  };
}

const question = (id: string, header: string, text: string): TranscriptEntry => ({
  role: "assistant",
  text: "",
  toolCalls: [
    {
      toolCallId: id,
      toolName: "AskUserQuestion",
      input: {
        questions: [
          {
            question: text,
            header,
            options: [
              { label: "Yes (Recommended)", description: "…" },
              { label: "No", description: "…" },
            ],
            multiSelect: false,
          },
        ],
      },
    },
  ],
  timestamp: at,
});

/**
 * An interview: the kickoff and greeting, a structured question answered, a spec
 * written, then `tail` plain turns (the model asks in plain text, the person answers).
 */
function interview(tail: number): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [
    { role: "user", text: "Begin the spec creation process.", kind: "kickoff", timestamp: at },
    { role: "assistant", text: "Hi! What would you like to build?", toolCalls: [], timestamp: at },
    { role: "user", text: "A reading log for our book club, with a shared list of books.", timestamp: at },
    question("q1", "Accounts", "Should members sign in?"),
    {
      role: "user",
      text: "Yes (Recommended)",
      answer: { toolCallId: "q1", answers: { "0": "Yes (Recommended)" } },
      timestamp: at,
    },
    {
      role: "assistant",
      text: "Writing it.",
      toolCalls: [
        {
          toolCallId: "w1",
          toolName: "Write",
          input: { file_path: "prompts/app_spec.txt", content: "<project_specification>\n".repeat(200) },
        },
      ],
      timestamp: at,
    },
    {
      role: "tool",
      results: [{ toolCallId: "w1", toolName: "Write", output: "Wrote it; valid.", isError: false }],
      timestamp: at,
    },
    { role: "assistant", text: "Written. What about detail 1?", toolCalls: [], timestamp: at },
  ];
  for (let n = 1; n <= tail; n++)
    entries.push(
      {
        role: "user",
        text: `Detail ${n}: keep it to one screen that every member sees at once.`,
        timestamp: at,
      },
      {
        role: "assistant",
        text: `Noted for detail ${n}. What about detail ${n + 1}?`,
        toolCalls: [],
        timestamp: at,
      },
    );
  entries.push({ role: "user", text: "And the reminders should go out on Sunday evening.", timestamp: at });
  return entries;
}

const fitted = (entries: TranscriptEntry[], window: number) => {
  const result = fitHistory(entries, budget(window));
  if (!result.ok) throw new Error(`did not fit: ${result.needed}`);
  return result;
};

const textOf = (message: ModelMessage | undefined) =>
  typeof message?.content === "string"
    ? message.content
    : (message?.content ?? []).map((part) => ("text" in part ? part.text : "")).join("");

describe("fitting a long interview into the model's window", () => {
  it("leaves nothing out while it fits, however long the interview", () => {
    const result = fitted(interview(300), 200_000);
    expect(result.leftOut).toBe(0);
    expect(textOf(result.messages[0])).toBe("Begin the spec creation process.");
  });

  it("leaves the oldest messages out, with a digest in their place, and never a tool result without its call", () => {
    const entries = interview(120);
    const result = fitted(entries, 4096);
    expect(result.leftOut).toBeGreaterThan(0);
    expect(entries[result.leftOut]?.role).not.toBe("tool");
    expect(textOf(result.messages[0])).toMatch(new RegExp(`^${DIGEST_OPENING.replace(/[[\]().]/g, "\\$&")}`));
    // The person's words right after the digest would make two user messages in a row: the interviewer's reply goes between.
    if (entries[result.leftOut]?.role === "user") expect(textOf(result.messages[1])).toBe(DIGEST_REPLY);
    else expect(result.messages[1]?.role).toBe("assistant");
    expect(textOf(result.messages.at(-1))).toBe("And the reminders should go out on Sunday evening.");
    expect(budget(4096).tokens(result.messages)).toBeLessThanOrEqual(4096 - 1024);
  });

  it("fits every turn's first request under one fixed ceiling, as full as it allows, however long the interview", () => {
    const ceiling = ceilingOf(budget(4096));
    expect(ceiling).toBeLessThan(4096 - 1024);
    // One turn of the tail: the person's words and the interviewer's reply.
    const turnTokens = Math.ceil(
      JSON.stringify(transcriptToMessages(interview(1).slice(8, 10), { imagesAccepted: true })).length / 4,
    );
    const sizes: number[] = [];
    const cuts: number[] = [];
    for (let tail = 100; tail < 160; tail++) {
      const result = fitted(interview(tail), 4096);
      const tokens = budget(4096).tokens(result.messages);
      // Under the ceiling, and less than a turn below it: no more was left out than it took.
      expect(tokens).toBeLessThanOrEqual(ceiling);
      expect(tokens).toBeGreaterThan(ceiling - turnTokens);
      sizes.push(tokens);
      cuts.push(result.leftOut);
    }
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(turnTokens);
    // A cut never moves back to keep what it had left out.
    for (let index = 1; index < cuts.length; index++)
      expect(cuts[index] ?? 0).toBeGreaterThanOrEqual(cuts[index - 1] ?? 0);
  });

  it("puts the interviewer's reply after the digest whenever the kept history would begin with the person's words", () => {
    // The person stopped the interviewer before it said anything, turn after turn: empty steps.
    const entries = interview(150).map((entry, index) =>
      entry.role === "assistant" && index > 10
        ? { ...entry, text: "", toolCalls: [], interrupted: true }
        : entry,
    );
    const cuts = new Set<string>();
    for (let end = entries.length - 40; end <= entries.length; end += 2) {
      const result = fitted([...entries.slice(0, end - 1), entries.at(-1) as TranscriptEntry], 4096);
      expect(textOf(result.messages[0]).startsWith(DIGEST_OPENING)).toBe(true);
      expect(result.messages[1]?.role).toBe("assistant");
      cuts.add(entries[result.leftOut]?.role === "assistant" ? "before an empty step" : "before the person");
    }
    // The case this is about was met: the history kept begins with a step that says nothing.
    expect(cuts).toContain("before an empty step");
  });

  it("keeps a turn's cut for its later steps while they fit the room, so they begin with the request before", () => {
    const entries = interview(100);
    const first = fitted(entries, 4096);
    // The interviewer reads a short file, then asks: two more steps of the same turn, within the reserve.
    entries.push(
      {
        role: "assistant",
        text: "",
        toolCalls: [{ toolCallId: "r9", toolName: "Read", input: { file_path: "prompts/app_spec.txt" } }],
        timestamp: at,
      },
      {
        role: "tool",
        results: [{ toolCallId: "r9", toolName: "Read", output: "<project_specification>", isError: false }],
        timestamp: at,
      },
    );
    const second = fitted(entries, 4096);
    expect(second.leftOut).toBe(first.leftOut);
    expect(JSON.stringify(second.messages.slice(0, first.messages.length))).toBe(
      JSON.stringify(first.messages),
    );
    expect(budget(4096).tokens(second.messages)).toBeGreaterThan(ceilingOf(budget(4096)));
    expect(budget(4096).tokens(second.messages)).toBeLessThanOrEqual(4096 - 1024);
  });

  it("keeps the question the person is answering with its answer, and stubs the running step only last", () => {
    const entries = interview(2);
    entries.pop();
    entries.push(question("q2", "Reminders", "Should the app send reminders?"), {
      role: "user",
      text: "Yes (Recommended)",
      answer: { toolCallId: "q2", answers: { "0": "Yes (Recommended)" } },
      timestamp: at,
    });
    // The running turn has read a long file; only the least request leaves most of it out.
    entries.push(
      {
        role: "assistant",
        text: "",
        toolCalls: [{ toolCallId: "r1", toolName: "Read", input: { file_path: "prompts/app_spec.txt" } }],
        timestamp: at,
      },
      {
        role: "tool",
        results: [
          { toolCallId: "r1", toolName: "Read", output: "line of the spec\n".repeat(600), isError: false },
        ],
        timestamp: at,
      },
    );
    const result = fitted(entries, 4096);
    const kept = result.messages.map((message) => JSON.stringify(message)).join("\n");
    expect(kept).toContain('"toolCallId":"q2"');
    expect(kept).toContain("Should the app send reminders?");
    expect(kept).toContain("Read a file a part at a time, with offset and limit");
    expect(kept).not.toContain('"toolCallId":"q1"');
    expect(textOf(result.messages[0])).toContain('Accounts: "Should members sign in?" → Yes (Recommended)');
  });

  it("says how much the least request needs when even that does not fit", () => {
    const entries = interview(1);
    entries.push({ role: "user", text: "word ".repeat(8000), timestamp: at });
    const result = fitHistory(entries, budget(4096));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.needed).toBeGreaterThan(10_000);
  });
});

describe("the work a request's fitting takes", () => {
  it("builds and counts a turn's first request once, and the empty request once", () => {
    const entries = interview(40);
    const counted: ModelMessage[][] = [];
    const built: TranscriptEntry[][] = [];
    const plain = budget(200_000);
    const result = fitHistory(entries, {
      room: plain.room,
      tokens: (messages) => {
        counted.push(messages);
        return plain.tokens(messages);
      },
      toMessages: (list) => {
        built.push(list);
        return plain.toMessages(list);
      },
    });
    expect(result).toMatchObject({ ok: true, leftOut: 0 });
    expect(built).toHaveLength(1);
    expect(counted.map((messages) => messages.length)).toEqual([0, result.ok ? result.messages.length : -1]);
  });

  it("counts the system prompt as part of the request's JSON, whichever prompt comes", () => {
    const messages = transcriptToMessages(interview(3), { imagesAccepted: true });
    for (const system of [SYSTEM, 'A shorter prompt, with "quotes" and a\nline.', SYSTEM])
      expect(messageTokens(system, messages)).toBe(Math.ceil(JSON.stringify([system, messages]).length / 4));
  });
});

describe("the digest of what was left out", () => {
  it("only grows at its end as more is left out, while it is short", () => {
    const entries = interview(10);
    const early = digestText(entries, 8, 100_000);
    const later = digestText(entries, 20, 100_000);
    expect(later.startsWith(early)).toBe(true);
    expect(later).toContain(
      'Asked "What would you like to build?", they said: "A reading log for our book club',
    );
    expect(later).toContain("(Wrote prompts/app_spec.txt)");
  });

  it("stays within its bound, keeping the first decisions and the latest words", () => {
    const entries = interview(300);
    const digest = digestText(entries, entries.length - 1, 2_000);
    expect(digest.length).toBeLessThan(2_000 + DIGEST_OPENING.length + 200);
    expect(digest).toContain("- Accounts: Yes (Recommended)");
    expect(digest).toMatch(
      /- … \d+ more of the person's messages and answers, left out to keep this short …/,
    );
    expect(digest).toContain("Detail 300: keep it to one screen");
  });

  it("ends with the question whose answer comes next, whole, when that question was left out", () => {
    const entries = interview(0);
    const answerAt = entries.findIndex((entry) => entry.role === "user" && entry.answer);
    expect(digestText(entries, answerAt, 10_000)).toMatch(
      /Then you asked, and the person's answer follows: Accounts: Should members sign in\? \(options: Yes \(Recommended\); No\)$/,
    );
  });
});
