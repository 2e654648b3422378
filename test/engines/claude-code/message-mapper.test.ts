import { describe, expect, it } from "vitest";
import { ENDED_EARLY_MESSAGE, MessageMapper } from "../../../src/engines/claude-code/message-mapper.js";
import type { SdkMessage } from "../../../src/engines/claude-code/sdk-types.js";
import type { ResumableSession } from "../../../src/engines/claude-code/session-meta.js";
import { TurnState } from "../../../src/engines/claude-code/turn-state.js";
import { type EngineEvent, engineError } from "../../../src/types/engine-events.js";
import {
  assistantText,
  assistantThinking,
  assistantToolUse,
  blockStop,
  init,
  interruptedNote,
  messageStart,
  notLoggedIn,
  result,
  SESSION_ID,
  status,
  textDelta,
  toolResult,
} from "./sdk-messages.js";

const NOW = new Date("2026-05-01T10:00:00.000Z");

const question = {
  question: "Who will use the app?",
  header: "Audience",
  options: [
    { label: "Families (Recommended)", description: "Parents and children" },
    { label: "Teams", description: "People at work" },
  ],
  multiSelect: false,
};

function mapAll(
  messages: object[],
  options: { state?: TurnState; resumed?: ResumableSession | null; thrown?: unknown } = {},
): EngineEvent[] {
  const mapper = new MessageMapper({
    state: options.state ?? new TurnState(),
    resumed: options.resumed ?? null,
    maxTurns: 100,
    model: null,
    now: () => NOW,
  });
  const events: EngineEvent[] = [];
  for (const message of messages) events.push(...mapper.accept(message as SdkMessage));
  events.push(...mapper.finish(options.thrown ?? null));
  return events;
}

function records(events: EngineEvent[]) {
  return events.flatMap((event) => (event.type === "record" ? [event.entry] : []));
}

describe("mapping Claude Code's messages to engine events", () => {
  it("streams text in order, records the response once, and reports usage with its cost", () => {
    const events = mapAll([
      init(),
      status(),
      messageStart("msg_1"),
      textDelta("Hello! What "),
      textDelta("would you like to build?"),
      assistantText("msg_1", "Hello! What would you like to build?"),
      blockStop(),
      result({ totalCostUsd: 0.0123 }),
    ]);
    expect(events).toEqual([
      { type: "text-delta", text: "Hello! What " },
      { type: "text-delta", text: "would you like to build?" },
      {
        type: "record",
        entry: {
          role: "assistant",
          text: "Hello! What would you like to build?",
          toolCalls: [],
          timestamp: NOW.toISOString(),
          meta: { claudeCodeSessionId: SESSION_ID, claudeCodeSessionCostUsd: 0.0123 },
        },
      },
      {
        type: "usage",
        usage: { input_tokens: 120, output_tokens: 30, cache_read_tokens: 400, cache_write_tokens: 50 },
        costUsd: 0.0123,
      },
    ]);
  });

  it("records each response with its tool calls, then a tool entry with the results matched to the calls", () => {
    const events = mapAll([
      init(),
      messageStart("msg_1"),
      textDelta("Writing the spec."),
      assistantText("msg_1", "Writing the spec."),
      assistantToolUse("msg_1", "toolu_1", "Write", { file_path: "prompts/app_spec.txt", content: "<x/>" }),
      assistantToolUse("msg_1", "toolu_2", "Read", { file_path: "/etc/passwd" }),
      toolResult("toolu_1", "File created successfully at: prompts/app_spec.txt"),
      toolResult("toolu_2", "Refused: outside the project folder.", true),
      status(),
      messageStart("msg_2"),
      textDelta("Done."),
      assistantText("msg_2", "Done."),
      result(),
    ]);
    const recorded = records(events);
    expect(recorded.map((entry) => entry.role)).toEqual(["assistant", "tool", "assistant"]);
    expect(recorded[0]).toMatchObject({
      text: "Writing the spec.",
      toolCalls: [
        {
          toolCallId: "toolu_1",
          toolName: "Write",
          input: { file_path: "prompts/app_spec.txt", content: "<x/>" },
        },
        { toolCallId: "toolu_2", toolName: "Read", input: { file_path: "/etc/passwd" } },
      ],
      meta: { claudeCodeSessionId: SESSION_ID },
    });
    expect(recorded[0]).not.toHaveProperty(["meta", "claudeCodeSessionCostUsd"]);
    expect(recorded[1]).toEqual({
      role: "tool",
      timestamp: NOW.toISOString(),
      results: [
        {
          toolCallId: "toolu_1",
          toolName: "Write",
          output: "File created successfully at: prompts/app_spec.txt",
          isError: false,
        },
        {
          toolCallId: "toolu_2",
          toolName: "Read",
          output: "Refused: outside the project folder.",
          isError: true,
        },
      ],
    });
    // The tool entry is recorded before the next response's text streams.
    const typeOrder = events.map((event) => (event.type === "record" ? event.entry.role : event.type));
    expect(typeOrder).toEqual(["text-delta", "assistant", "tool", "text-delta", "assistant", "usage"]);
  });

  it("adds the validator's feedback the model was given to a spec write's result", () => {
    const state = new TurnState();
    state.feedback.set("toolu_1", "prompts/app_spec.txt is NOT valid yet.");
    const events = mapAll(
      [
        assistantToolUse("msg_1", "toolu_1", "Write", { file_path: "prompts/app_spec.txt", content: "<x/>" }),
        toolResult("toolu_1", [{ type: "text", text: "File created" }]),
        status(),
        assistantText("msg_2", "Fixing it."),
        result(),
      ],
      { state },
    );
    expect(records(events)[1]).toMatchObject({
      results: [{ output: "File created\n\nprompts/app_spec.txt is NOT valid yet.", isError: false }],
    });
  });

  it("shows text that was never streamed, once", () => {
    const events = mapAll([assistantText("msg_1", "Hello"), assistantText("msg_1", " again"), result()]);
    expect(events.filter((event) => event.type === "text-delta")).toEqual([
      { type: "text-delta", text: "Hello" },
      { type: "text-delta", text: " again" },
    ]);
    expect(records(events)).toMatchObject([{ text: "Hello again" }]);
  });

  it("ends the turn on the question, leaving its refusal out of the tool entry", () => {
    const state = new TurnState();
    state.ask({ toolCallId: "toolu_q", questions: [question] });
    const events = mapAll(
      [
        init(),
        messageStart("msg_1"),
        textDelta("Checking, then asking."),
        assistantText("msg_1", "Checking, then asking."),
        assistantToolUse("msg_1", "toolu_g", "Glob", { pattern: "prompts/*" }),
        assistantToolUse("msg_1", "toolu_q", "AskUserQuestion", { questions: [question] }),
        toolResult("toolu_g", "No files found"),
        toolResult("toolu_q", "The user doesn't want to proceed with this tool use.", true),
        interruptedNote(),
        result({
          subtype: "error_during_execution",
          isError: true,
          errors: ["[ede_diagnostic] result_type=user"],
          totalCostUsd: 0.02,
        }),
      ],
      { state },
    );
    expect(events.map((event) => event.type)).toEqual([
      "text-delta",
      "record",
      "record",
      "usage",
      "question",
    ]);
    const [assistant, tools] = records(events);
    expect(assistant).toMatchObject({
      toolCalls: [{ toolName: "Glob" }, { toolCallId: "toolu_q", toolName: "AskUserQuestion" }],
      meta: { claudeCodeSessionId: SESSION_ID, claudeCodeSessionCostUsd: 0.02 },
    });
    expect(tools).toMatchObject({ role: "tool", results: [{ toolCallId: "toolu_g", toolName: "Glob" }] });
    expect(events.at(-1)).toEqual({ type: "question", toolCallId: "toolu_q", questions: [question] });
  });

  it("reports only this turn's share of a resumed session's running cost", () => {
    const events = mapAll([assistantText("msg_1", "Hi"), result({ totalCostUsd: 0.05 })], {
      resumed: { sessionId: SESSION_ID, costUsd: 0.03 },
    });
    const usage = events.find((event) => event.type === "usage");
    expect(usage?.type === "usage" && usage.costUsd).toBeCloseTo(0.02, 10);
    expect(records(events)[0]).toMatchObject({ meta: { claudeCodeSessionCostUsd: 0.05 } });
  });

  it("takes the whole total as this turn's cost when the session is not the one resumed", () => {
    const events = mapAll([assistantText("msg_1", "Hi"), result({ totalCostUsd: 0.05 })], {
      resumed: { sessionId: "another-session", costUsd: 0.03 },
    });
    expect(events.find((event) => event.type === "usage")).toMatchObject({ costUsd: 0.05 });
  });

  it("says in plain words that Claude Code is not logged in, once, and records nothing", () => {
    const events = mapAll([init(), status(), ...notLoggedIn()]);
    expect(events).toEqual([
      engineError(
        "claude_code_not_logged_in",
        "Claude Code is not logged in: run `claude` once and log in, then try again.",
      ),
    ]);
  });

  it("reports an error result as one error", () => {
    const events = mapAll([
      assistantText("msg_1", "Working"),
      result({ isError: true, result: "API Error: 500 Internal server error" }),
    ]);
    expect(events.filter((event) => event.type === "error")).toEqual([
      engineError("claude_code_error", "Claude Code reported an error: API Error: 500 Internal server error"),
    ]);
  });

  it("says the call limit was reached in the interviewer's terms", () => {
    const events = mapAll([
      assistantText("msg_1", "Working"),
      result({ subtype: "error_max_turns", isError: true }),
    ]);
    expect(events.at(-1)).toEqual(
      engineError(
        "step_limit_reached",
        "The interviewer made 100 model calls in this turn without finishing, so it was stopped. Send a message to let it go on.",
      ),
    );
  });

  it("records what was complete and explains a crash when Claude Code dies mid-turn", () => {
    const events = mapAll(
      [
        assistantText("msg_1", "Let me write"),
        assistantToolUse("msg_1", "toolu_1", "Write", { file_path: "x" }),
      ],
      { thrown: new Error("Claude Code process exited with code 1\nstack trace here") },
    );
    expect(records(events)).toMatchObject([{ role: "assistant", text: "Let me write" }]);
    expect(events.at(-1)).toEqual(
      engineError(
        "claude_code_crashed",
        "Claude Code stopped unexpectedly (exit code 1). Try again; if it keeps happening, run `claude` in a terminal to see what is wrong.",
      ),
    );
  });

  it("says the answer was cut short when the messages end without a result", () => {
    const events = mapAll([assistantText("msg_1", "Half an answer")]);
    expect(events.at(-1)).toEqual(engineError("response_incomplete", ENDED_EARLY_MESSAGE));
  });

  it("skips subagent messages, replays and thinking-only responses", () => {
    const fromSubagent = { ...assistantText("msg_9", "Subagent text"), parent_tool_use_id: "toolu_task" };
    const replayed = { ...toolResult("toolu_1", "old"), isReplay: true };
    const events = mapAll([
      fromSubagent,
      replayed,
      assistantThinking("msg_1"),
      assistantText("msg_2", "Hi"),
      result(),
    ]);
    expect(records(events)).toMatchObject([{ text: "Hi" }]);
    expect(events.filter((event) => event.type === "text-delta")).toEqual([
      { type: "text-delta", text: "Hi" },
    ]);
  });

  it("leaves out a usage report when the turn never reached the model", () => {
    const events = mapAll([
      result({
        subtype: "error_during_execution",
        isError: true,
        errors: ["Something failed"],
        totalCostUsd: 0,
        usage: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      }),
    ]);
    expect(events.map((event) => event.type)).toEqual(["error"]);
  });

  it("learns the model Claude Code runs on from its first message", () => {
    const mapper = new MessageMapper({
      state: new TurnState(),
      resumed: null,
      maxTurns: 100,
      model: null,
      now: () => NOW,
    });
    [...mapper.accept(init("claude-opus-4-5") as SdkMessage)];
    expect(mapper.model).toBe("claude-opus-4-5");
  });
});

describe("a call Specwright's checks denied", () => {
  it("is recorded with the refusal as a fact, whatever its words", () => {
    const state = new TurnState();
    state.refusals.set("toolu_2", "the path leads out of the project folder.");
    const events = mapAll(
      [
        init(),
        assistantToolUse("msg_1", "toolu_1", "Edit", { file_path: "prompts/a.txt" }),
        assistantToolUse("msg_1", "toolu_2", "Write", { file_path: "../a.txt" }),
        toolResult("toolu_1", "String to replace not found in file.", true),
        toolResult("toolu_2", "Denied.", true),
        result(),
      ],
      { state },
    );
    const tool = records(events).find((entry) => entry.role === "tool");
    expect(tool?.role === "tool" && tool.results).toEqual([
      {
        toolCallId: "toolu_1",
        toolName: "Edit",
        output: "String to replace not found in file.",
        isError: true,
      },
      {
        toolCallId: "toolu_2",
        toolName: "Write",
        output: "Denied.",
        isError: true,
        refused: "the path leads out of the project folder.",
      },
    ]);
  });
});
