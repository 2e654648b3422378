import { describe, expect, it } from "vitest";
import {
  type ScriptedTurn,
  STANDARD_CHANGE,
  STANDARD_FEATURE_COUNT,
  standardInterview,
} from "../../bench/support/model-script.js";
import { accountRequests, bodyParts } from "../../bench/support/prompt-account.js";
import { validateAppSpec } from "../../src/app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../../src/app-spec/paths.js";
import { isInterviewPhaseId } from "../../src/types/phases.js";
import { parseAskUserQuestionInput } from "../../src/workspace/index.js";
import { MessageReply, type RecordedRequest } from "../support/fake-provider/index.js";

/** Every tool call the script's model makes, with the turn it belongs to (1 for the greeting). */
function toolCalls(turns: readonly ScriptedTurn[]) {
  return turns.flatMap((turn, index) =>
    turn.replies.flatMap((reply) =>
      reply instanceof MessageReply
        ? reply.plan.parts.flatMap((part) =>
            part.type === "tool" ? [{ turn: index + 1, name: part.name, input: part.input }] : [],
          )
        : [],
    ),
  );
}

describe("the benchmarks' standard interview", () => {
  const turns = standardInterview();
  const calls = toolCalls(turns);

  it("asks only questions the AskUserQuestion tool accepts, each naming its phase", () => {
    const questions = calls.filter((call) => call.name === "AskUserQuestion");
    expect(questions.length).toBeGreaterThanOrEqual(6);
    for (const call of questions) {
      const parsed = parseAskUserQuestionInput(call.input);
      expect(parsed, JSON.stringify(call.input)).toMatchObject({ ok: true });
      const raw = (call.input as { questions: { phase?: unknown; header: string; options: unknown[] }[] })
        .questions;
      for (const question of raw) {
        expect(isInterviewPhaseId(question.phase)).toBe(true);
        expect(question.header.length).toBeLessThanOrEqual(12);
        expect(question.options.length).toBeGreaterThanOrEqual(2);
        expect(question.options.length).toBeLessThanOrEqual(4);
      }
    }
  });

  it("has plain-text questions too, answered by messages", () => {
    const plainTurns = turns.filter(
      (turn, index) =>
        turn.move.kind === "message" &&
        (turns[index - 1]?.replies ?? []).every(
          (reply) => reply instanceof MessageReply && reply.plan.parts.every((part) => part.type === "text"),
        ),
    );
    expect(plainTurns.length).toBeGreaterThanOrEqual(3);
  });

  it("writes a valid spec of the standard size, never the initializer, and changes it once after", () => {
    const writes = calls.filter((call) => call.name === "Write" || call.name === "Edit");
    expect(writes.map((call) => (call.input as { file_path: string }).file_path)).not.toContain(
      INITIALIZER_PROMPT_PATH,
    );
    const write = writes.find((call) => call.name === "Write");
    if (!write) throw new Error("the standard interview writes no spec");
    const { file_path: path, content: spec } = write.input as { file_path: string; content: string };
    expect(path).toBe(APP_SPEC_PATH);
    const validation = validateAppSpec(spec);
    expect(validation.valid).toBe(true);
    expect(validation.featureCount).toBe(STANDARD_FEATURE_COUNT);
    const edit = writes.find((call) => call.name === "Edit");
    expect(edit?.turn).toBeGreaterThan(write.turn);
    expect(spec).toContain(STANDARD_CHANGE.oldString);
    expect(validateAppSpec(spec.replace(STANDARD_CHANGE.oldString, STANDARD_CHANGE.newString)).valid).toBe(
      true,
    );
  });
});

function recorded(sequence: number, body: Record<string, unknown>, at = 0): RecordedRequest {
  const rawBody = JSON.stringify(body);
  return {
    sequence,
    method: "POST",
    path: "/v1/messages",
    headers: {},
    body: JSON.parse(rawBody),
    rawBody,
    time: new Date(at),
  };
}

describe("the benchmarks' request accounting", () => {
  const system = [{ type: "text", text: "s".repeat(4_000), cache_control: { type: "ephemeral" } }];
  const first = recorded(1, {
    model: "claude-sonnet-5-5",
    system,
    messages: [
      { role: "user", content: [{ type: "text", text: "Hello", cache_control: { type: "ephemeral" } }] },
    ],
  });
  const second = recorded(2, {
    model: "claude-sonnet-5-5",
    system,
    messages: [
      { role: "user", content: [{ type: "text", text: "Hello" }] },
      { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "Glob", input: { pattern: "*" } }] },
      {
        role: "user",
        content: [
          { type: "tool_result", tool_use_id: "t1", content: "none", cache_control: { type: "ephemeral" } },
        ],
      },
    ],
  });

  it("splits a body into what was said, tool traffic and the rest, adding up to the whole", () => {
    const parts = bodyParts(second);
    expect(parts.characters).toBe(second.rawBody.length);
    expect(parts.conversationText).toBe(JSON.stringify({ type: "text", text: "Hello" }).length);
    expect(parts.fileTools).toBeGreaterThan(0);
    expect(
      parts.tools +
        parts.system +
        parts.conversationText +
        parts.questionsAndAnswers +
        parts.fileTools +
        parts.other,
    ).toBe(parts.characters);
  });

  it("counts a structured question and its answer as conversation, not as file tools", () => {
    const parts = bodyParts(
      recorded(3, {
        messages: [
          { role: "user", content: "Hi" },
          {
            role: "assistant",
            content: [{ type: "tool_use", id: "q1", name: "AskUserQuestion", input: { questions: [] } }],
          },
          { role: "user", content: [{ type: "tool_result", tool_use_id: "q1", content: "Web" }] },
        ],
      }),
    );
    expect(parts.fileTools).toBe(0);
    expect(parts.questionsAndAnswers).toBeGreaterThan(0);
    expect(parts.conversationText).toBe(JSON.stringify({ type: "text", text: "Hi" }).length);
  });

  it("reads back what the request before wrote, and says where the prompt changed", () => {
    const [one, two] = accountRequests([first, second], "claude-sonnet-5-5");
    expect(one).toMatchObject({ read: 0, input: 0, firstChange: null });
    expect(one!.write).toBe(one!.promptTokens);
    expect(two!.read).toBe(one!.promptTokens);
    expect(two!.write).toBe(two!.promptTokens - one!.promptTokens);
    expect(two!.firstChange).toMatchObject({ at: 2, previousBlocks: 2 });
    expect(two!.breakpoints.map((point) => point.place)).toEqual([
      "system",
      "messages[2][0] user tool_result",
    ]);
  });

  it("lets entries expire after five minutes", () => {
    const [, late] = accountRequests([first, second], "claude-sonnet-5-5", (request) =>
      request.sequence === 2 ? 6 * 60_000 : 0,
    );
    expect(late!.read).toBe(0);
    expect(late!.write).toBe(late!.promptTokens);
  });
});
