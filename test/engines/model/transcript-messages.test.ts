import type { ModelMessage } from "ai";
import { describe, expect, it } from "vitest";
import {
  CANCELLED_TOOL_RESULT,
  transcriptToMessages,
} from "../../../src/engines/model/transcript-messages.js";
import type { StoredAttachment } from "../../../src/types/attachments.js";
import type {
  AssistantEntry,
  ToolCall,
  ToolEntry,
  TranscriptEntry,
  UserEntry,
} from "../../../src/types/transcript.js";

const at = "2026-11-01T10:00:00.000Z";
const images = { imagesAccepted: true };

const user = (text: string, extra: Partial<UserEntry> = {}): UserEntry => ({
  role: "user",
  text,
  timestamp: at,
  ...extra,
});
const assistant = (
  text: string,
  toolCalls: ToolCall[] = [],
  extra: Partial<AssistantEntry> = {},
): AssistantEntry => ({
  role: "assistant",
  text,
  toolCalls,
  timestamp: at,
  ...extra,
});
const call = (toolCallId: string, toolName: string, input: unknown = {}): ToolCall => ({
  toolCallId,
  toolName,
  input,
});
const tools = (...results: [string, string, string, boolean][]): ToolEntry => ({
  role: "tool",
  timestamp: at,
  results: results.map(([toolCallId, toolName, output, isError]) => ({
    toolCallId,
    toolName,
    output,
    isError,
  })),
});
const question = { questions: [{ question: "Which?", header: "Pick", options: [], multiSelect: false }] };
const attachment: StoredAttachment = {
  filename: "home.png",
  mimeType: "image/png",
  base64Data: "AAAA",
  savedAs: "prompts/mockups/home.png",
};

describe("transcriptToMessages", () => {
  it("turns the kickoff and plain turns into user and assistant messages", () => {
    const transcript: TranscriptEntry[] = [
      user("Begin the spec creation process.", { kind: "kickoff" }),
      assistant("Hello!"),
      user("A chore tracker"),
    ];
    expect(transcriptToMessages(transcript, images)).toEqual([
      { role: "user", content: [{ type: "text", text: "Begin the spec creation process." }] },
      { role: "assistant", content: [{ type: "text", text: "Hello!" }] },
      { role: "user", content: [{ type: "text", text: "A chore tracker" }] },
    ]);
  });

  it("pairs tool calls with their results, errors flagged as errors", () => {
    const transcript: TranscriptEntry[] = [
      user("Go"),
      assistant("Writing.", [
        call("c1", "Write", { file_path: "prompts/app_spec.txt", content: "x" }),
        call("c2", "Read"),
      ]),
      tools(["c1", "Write", "Wrote it.", false], ["c2", "Read", "Refused: no such file.", true]),
      assistant("Done."),
    ];
    expect(transcriptToMessages(transcript, images).slice(1)).toEqual([
      {
        role: "assistant",
        content: [
          { type: "text", text: "Writing." },
          {
            type: "tool-call",
            toolCallId: "c1",
            toolName: "Write",
            input: { file_path: "prompts/app_spec.txt", content: "x" },
          },
          { type: "tool-call", toolCallId: "c2", toolName: "Read", input: {} },
        ],
      },
      {
        role: "tool",
        content: [
          {
            type: "tool-result",
            toolCallId: "c1",
            toolName: "Write",
            output: { type: "text", value: "Wrote it." },
          },
          {
            type: "tool-result",
            toolCallId: "c2",
            toolName: "Read",
            output: { type: "error-text", value: "Refused: no such file." },
          },
        ],
      },
      { role: "assistant", content: [{ type: "text", text: "Done." }] },
    ]);
  });

  it("makes the answer to a structured question that question's result", () => {
    const transcript: TranscriptEntry[] = [
      user("Go"),
      assistant("One question.", [call("q1", "AskUserQuestion", question)]),
      user("Web", { answer: { toolCallId: "q1", answers: { "0": "Web" } } }),
    ];
    expect(transcriptToMessages(transcript, images).at(-1)).toEqual({
      role: "tool",
      content: [
        {
          type: "tool-result",
          toolCallId: "q1",
          toolName: "AskUserQuestion",
          output: { type: "text", value: "Web" },
        },
      ],
    });
  });

  it("makes a typed reply to an open question its result, with the reply's images after it", () => {
    const transcript: TranscriptEntry[] = [
      user("Go"),
      assistant("", [call("q1", "AskUserQuestion", question)]),
      user("Like this mockup", { attachments: [attachment] }),
    ];
    expect(transcriptToMessages(transcript, images).slice(-2)).toEqual([
      {
        role: "tool",
        content: [
          {
            type: "tool-result",
            toolCallId: "q1",
            toolName: "AskUserQuestion",
            output: { type: "text", value: "Like this mockup" },
          },
        ],
      },
      { role: "user", content: [{ type: "image", image: "AAAA", mediaType: "image/png" }] },
    ]);
  });

  it("keeps the results of one step together when the question's answer comes a turn later", () => {
    const transcript: TranscriptEntry[] = [
      user("Go"),
      assistant("", [call("g1", "Glob", { pattern: "*" }), call("q1", "AskUserQuestion", question)]),
      tools(["g1", "Glob", "prompts/app_spec.txt", false]),
      user("Teams", { answer: { toolCallId: "q1", answers: { "0": "Teams" } } }),
    ];
    const messages = transcriptToMessages(transcript, images);
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant", "tool"]);
    expect(messages[2]!.content).toHaveLength(2);
  });

  it("gives calls left without a result the cancelled result, before the next message", () => {
    const transcript: TranscriptEntry[] = [
      user("Go"),
      assistant("", [call("w1", "Write", { file_path: "prompts/app_spec.txt", content: "x" })]),
      user("Stop, let me rethink"),
      assistant("Sure.", [call("g1", "Glob", { pattern: "*" })]),
    ];
    const messages = transcriptToMessages(transcript, images);
    expect(messages.map((message) => message.role)).toEqual([
      "user",
      "assistant",
      "tool",
      "user",
      "assistant",
      "tool",
    ]);
    for (const index of [2, 5]) {
      expect(messages[index]!.content).toEqual([
        expect.objectContaining({ output: { type: "error-text", value: CANCELLED_TOOL_RESULT } }),
      ]);
    }
  });

  it("sends interrupted text as plain assistant text", () => {
    const transcript: TranscriptEntry[] = [
      user("Go"),
      assistant("Half an ans", [call("x", "Glob")], { interrupted: true }),
      user("Hello?"),
    ];
    expect(transcriptToMessages(transcript, images)).toEqual([
      { role: "user", content: [{ type: "text", text: "Go" }] },
      { role: "assistant", content: [{ type: "text", text: "Half an ans" }] },
      { role: "user", content: [{ type: "text", text: "Hello?" }] },
    ]);
  });

  it("sends attachments as image parts, or names them when the model cannot see images", () => {
    const transcript: TranscriptEntry[] = [user("My mockup", { attachments: [attachment] })];
    expect(transcriptToMessages(transcript, images)).toEqual([
      {
        role: "user",
        content: [
          { type: "text", text: "My mockup" },
          { type: "image", image: "AAAA", mediaType: "image/png" },
        ],
      },
    ]);
    expect(transcriptToMessages(transcript, { imagesAccepted: false })).toEqual([
      {
        role: "user",
        content: [
          { type: "text", text: "My mockup" },
          {
            type: "text",
            text: "[Image prompts/mockups/home.png was attached, but this model cannot see images.]",
          },
        ],
      },
    ]);
  });

  it("repairs what providers would reject: input that never parsed, stray results, empty steps", () => {
    const transcript: TranscriptEntry[] = [
      user("Go"),
      assistant("", [call("w1", "Write", '{"file_path": "prompts/a')]),
      tools(["w1", "Write", "Invalid input for Write.", true], ["zz", "Glob", "stray", false]),
      assistant(""),
    ];
    const messages = transcriptToMessages(transcript, images);
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant", "tool"]);
    expect(messages[1]!.content).toEqual([
      { type: "tool-call", toolCallId: "w1", toolName: "Write", input: {} },
    ]);
    expect(messages[2]!.content).toHaveLength(1);
  });

  it("closes calls still open at the end of the transcript", () => {
    const messages = transcriptToMessages([user("Go"), assistant("", [call("g1", "Glob")])], images);
    expect(messages.at(-1)).toEqual({
      role: "tool",
      content: [
        {
          type: "tool-result",
          toolCallId: "g1",
          toolName: "Glob",
          output: { type: "error-text", value: CANCELLED_TOOL_RESULT },
        },
      ],
    });
  });
});

describe("thinking sent back", () => {
  const signed = { text: "Ask about roles next.", signature: "sig-1" };
  const redacted = { text: "", redactedData: "opaque" };
  const thinkingOf = (message: ModelMessage | undefined) =>
    Array.isArray(message?.content) ? message.content.filter((part) => part.type === "reasoning") : [];

  it("goes back first in its message, signature and redacted data unchanged, to the model that wrote it", () => {
    const transcript: TranscriptEntry[] = [
      user("Begin"),
      assistant("Hello.", [call("q1", "AskUserQuestion", question)], {
        thinking: [signed, redacted],
        model: "claude-sonnet-5-5",
      }),
      user("A", { answer: { toolCallId: "q1", answers: { "0": "A" } } }),
    ];
    const messages = transcriptToMessages(transcript, { ...images, modelId: "claude-sonnet-5-5" });
    const content = messages[1]!.content as { type: string }[];
    expect(content.map((part) => part.type)).toEqual(["reasoning", "reasoning", "text", "tool-call"]);
    expect(thinkingOf(messages[1])).toEqual([
      { type: "reasoning", text: signed.text, providerOptions: { anthropic: { signature: "sig-1" } } },
      { type: "reasoning", text: "", providerOptions: { anthropic: { redactedData: "opaque" } } },
    ]);
  });

  it("is dropped for another model, and a block without a signature is never sent", () => {
    const transcript: TranscriptEntry[] = [
      user("Begin"),
      assistant("Hello.", [], { thinking: [signed], model: "claude-opus-5-5" }),
      user("Hi"),
      assistant("Next.", [], { thinking: [{ text: "unsigned" }], model: "claude-sonnet-5-5" }),
    ];
    const messages = transcriptToMessages(transcript, { ...images, modelId: "claude-sonnet-5-5" });
    expect(messages.flatMap(thinkingOf)).toEqual([]);
  });

  it("is kept only for the running tool loop once images had to be left out of the history", () => {
    const transcript: TranscriptEntry[] = [
      user("Look", { attachments: [attachment] }),
      assistant("Nice mockup.", [], { thinking: [signed], model: "m" }),
      user("Go on"),
      assistant("Writing.", [call("w1", "Write", { file_path: "prompts/x", content: "" })], {
        thinking: [{ text: "Write it now.", signature: "sig-2" }],
        model: "m",
      }),
      tools(["w1", "Write", "Wrote prompts/x", false]),
    ];
    const kept = transcriptToMessages(transcript, { imagesAccepted: true, modelId: "m" }).flatMap(thinkingOf);
    expect(kept).toHaveLength(2);
    const afterRefusal = transcriptToMessages(transcript, { imagesAccepted: false, modelId: "m" });
    expect(afterRefusal.flatMap(thinkingOf)).toEqual([
      { type: "reasoning", text: "Write it now.", providerOptions: { anthropic: { signature: "sig-2" } } },
    ]);
  });
});

describe("images too large for the provider", () => {
  it("are sent as their smaller copy, or named in words when left out", () => {
    const big: StoredAttachment = { ...attachment, filename: "big.png", base64Data: "BIG" };
    const huge: StoredAttachment = { ...attachment, filename: "huge.png", base64Data: "HUGE" };
    const imageReplacements = new Map([
      ["BIG", { base64Data: "small", mimeType: "image/jpeg" as const }],
      ["HUGE", { leftOut: "[Image huge.png was left out.]" }],
    ]);
    const messages = transcriptToMessages([user("Look", { attachments: [attachment, big, huge] })], {
      ...images,
      imageReplacements,
    });
    expect(messages[0]!.content).toEqual([
      { type: "text", text: "Look" },
      { type: "image", image: "AAAA", mediaType: "image/png" },
      { type: "image", image: "small", mediaType: "image/jpeg" },
      { type: "text", text: "[Image huge.png was left out.]" },
    ]);
  });
});
