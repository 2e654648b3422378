import { describe, expect, it } from "vitest";
import { replayPrompt } from "../../../src/engines/claude-code/replay-prompt.js";
import { turnPrompt } from "../../../src/engines/claude-code/turn-prompt.js";
import type { Transcript } from "../../../src/types/transcript.js";

const at = "2026-05-01T10:00:00.000Z";

const question = {
  questions: [
    {
      question: "Who will use the app?",
      header: "Audience",
      options: [
        { label: "Families", description: "Parents and children" },
        { label: "Teams", description: "People at work" },
      ],
      multiSelect: false,
    },
    {
      question: "Which platforms?",
      header: "Platforms",
      options: [
        { label: "Web", description: "Any browser" },
        { label: "Phone", description: "iOS and Android" },
      ],
      multiSelect: true,
    },
  ],
};

const askedQuestion: Transcript = [
  { role: "user", text: "Begin the spec creation process.", timestamp: at, kind: "kickoff" },
  {
    role: "assistant",
    text: "Hello! Two questions first.",
    toolCalls: [
      { toolCallId: "toolu_g", toolName: "Glob", input: { pattern: "prompts/*" } },
      { toolCallId: "toolu_q", toolName: "AskUserQuestion", input: question },
    ],
    timestamp: at,
    meta: { claudeCodeSessionId: "s-1" },
  },
  {
    role: "tool",
    results: [
      { toolCallId: "toolu_g", toolName: "Glob", output: "No files match\nsecond line", isError: false },
    ],
    timestamp: at,
  },
];

const answered: Transcript = [
  ...askedQuestion,
  {
    role: "user",
    text: "Families; Web, Phone",
    timestamp: at,
    answer: { toolCallId: "toolu_q", answers: { "0": "Families", "1": ["Web", "Phone"] } },
  },
];

describe("the prompt of a resumed turn", () => {
  it("is the person's message as they wrote it", () => {
    expect(turnPrompt([...askedQuestion, { role: "user", text: "Mostly grandparents", timestamp: at }])).toBe(
      "Mostly grandparents",
    );
  });

  it("pairs each answer with its question and says why the question's call shows as rejected", () => {
    const prompt = turnPrompt(answered);
    expect(prompt).toContain("Here are my answers to the questions you asked with AskUserQuestion.");
    expect(prompt).toContain("which is why that tool call ended as rejected");
    expect(prompt).toContain("- Who will use the app? → Families\n- Which platforms? → Web, Phone");
  });

  it("names attached images where they were saved, for Read", () => {
    const prompt = turnPrompt([
      {
        role: "user",
        text: "Like this",
        timestamp: at,
        attachments: [
          {
            filename: "home.png",
            mimeType: "image/png",
            base64Data: "iVBO",
            savedAs: "prompts/mockups/home.png",
          },
        ],
      },
    ]);
    expect(prompt).toBe(
      "Like this\n\n[I attached an image: prompts/mockups/home.png. Use Read on prompts/mockups/home.png to see it.]",
    );
  });

  it("sends every message since the assistant last spoke", () => {
    const prompt = turnPrompt([
      ...askedQuestion,
      { role: "user", text: "First try", timestamp: at },
      { role: "user", text: "Second try", timestamp: at },
    ]);
    expect(prompt).toBe("First try\n\nSecond try");
  });
});

describe("the prompt that replays the conversation into a new session", () => {
  it("is just the message when nothing came before it", () => {
    expect(replayPrompt([{ role: "user", text: "Begin the spec creation process.", timestamp: at }])).toBe(
      "Begin the spec creation process.",
    );
  });

  it("gives the conversation so far compactly, then the new message", () => {
    const prompt = replayPrompt([
      ...answered,
      { role: "assistant", text: "Great.", toolCalls: [], timestamp: at },
      {
        role: "user",
        text: "Add a calendar",
        timestamp: at,
      },
    ]);
    expect(prompt).toMatch(/^This interview began in an earlier Claude Code session that cannot be resumed/);
    expect(prompt).toContain("Person: Begin the spec creation process.");
    expect(prompt).toContain("You: Hello! Two questions first.");
    expect(prompt).toContain("You called Glob on prompts/* → No files match");
    expect(prompt).not.toContain("second line");
    expect(prompt).toContain("You asked with AskUserQuestion: Who will use the app? / Which platforms?");
    expect(prompt).toContain("Person (answering your questions):\n- Who will use the app? → Families");
    expect(prompt).toContain("You: Great.");
    expect(prompt.endsWith("My new message:\n\nAdd a calendar")).toBe(true);
  });

  it("marks failed tool calls and shortens long results", () => {
    const prompt = replayPrompt([
      {
        role: "assistant",
        text: "",
        toolCalls: [
          { toolCallId: "a", toolName: "Write", input: { file_path: "notes.md", content: "x" } },
          { toolCallId: "b", toolName: "Read", input: { file_path: "prompts/app_spec.txt" } },
        ],
        timestamp: at,
      },
      {
        role: "tool",
        results: [
          { toolCallId: "a", toolName: "Write", output: "Refused: not inside prompts/", isError: true },
          { toolCallId: "b", toolName: "Read", output: "x".repeat(500), isError: false },
        ],
        timestamp: at,
      },
      { role: "user", text: "Go on", timestamp: at },
    ]);
    expect(prompt).toContain("You called Write on notes.md → failed: Refused: not inside prompts/");
    expect(prompt).toContain(`You called Read on prompts/app_spec.txt → ${"x".repeat(160)}…`);
  });
});
