import { describe, expect, it } from "vitest";
import { openingPhase, questionPhaseEvent } from "../../../src/engines/model/phase-announcements.js";
import { reply } from "../../support/fake-provider/index.js";
import { audienceQuestion } from "../../support/questions.js";
import { collect } from "../../support/scripted-engine.js";
import { harnessForEachTest, PROVIDERS } from "./harness.js";

const start = harnessForEachTest();

/** The audience question, naming the phase it belongs to as the skill asks. */
function askedIn(phase: string) {
  return { questions: audienceQuestion.questions.map((question) => ({ ...question, phase })) };
}

describe("questionPhaseEvent", () => {
  const call = (input: unknown) => [{ toolCallId: "q1", toolName: "AskUserQuestion", input }];

  it("reads the phase a question names, whatever language it is asked in", () => {
    const input = {
      questions: [
        { question: "¿Qué tecnología prefieres?", header: "Tecnología", options: [], phase: "technology" },
      ],
    };
    expect(questionPhaseEvent(call(input), "q1")).toEqual({
      type: "phase",
      id: "technology",
      title: "Technology",
      index: 3,
      total: 9,
    });
  });

  it("ignores a call without a phase, a phase that does not exist, and other calls", () => {
    expect(questionPhaseEvent(call(audienceQuestion), "q1")).toBeNull();
    expect(questionPhaseEvent(call(askedIn("step-3")), "q1")).toBeNull();
    expect(questionPhaseEvent(call(askedIn("data")), "other")).toBeNull();
  });
});

describe("openingPhase", () => {
  const at = "2025-01-01T00:00:00.000Z";
  const kickoff = { role: "user" as const, text: "Begin.", timestamp: at, kind: "kickoff" as const };

  it("opens the overview on the greeting turn only", () => {
    expect(openingPhase([kickoff])).toMatchObject({ id: "overview", index: 1 });
    const later = [
      kickoff,
      { role: "assistant" as const, text: "Hi", toolCalls: [], timestamp: at },
      { role: "user" as const, text: "A recipe app", timestamp: at },
    ];
    expect(openingPhase(later)).toBeNull();
  });
});

describe.each(PROVIDERS)("phases over the %s format", (provider) => {
  it("opens with the overview and reports each question's phase just before it", async () => {
    const { session } = await start(provider, {
      replies: [
        reply().text("Hello! What are we building?"),
        reply().text("Thanks. ").tool("AskUserQuestion", askedIn("involvement")),
        // No "Step N of 9" anywhere: text in another language announces nothing.
        reply().text("Paso 3 de 9: tecnología. ").tool("AskUserQuestion", askedIn("technology")),
      ],
    });
    const greeting = await collect(session.start());
    expect(greeting.filter((frame) => frame.type === "phase")).toEqual([
      { type: "phase", id: "overview", title: "Overview", index: 1, total: 9 },
    ]);

    const asked = await collect(session.sendMessage("A recipe app"));
    const types = asked.map((frame) => frame.type);
    expect(types.filter((type) => type === "phase")).toHaveLength(1);
    expect(types.indexOf("phase")).toBe(types.indexOf("question") - 1);
    expect(asked.find((frame) => frame.type === "phase")).toMatchObject({ id: "involvement", index: 2 });
    // The phase is the interview's business, not part of the question the person sees.
    const question = asked.find((frame) => frame.type === "question");
    expect(question).toMatchObject({ questions: audienceQuestion.questions });
    expect(JSON.stringify(question)).not.toContain("involvement");

    const toolId = (question as { tool_id: string }).tool_id;
    const next = await collect(session.answer(toolId, { "0": "Families (Recommended)" }));
    expect(next.find((frame) => frame.type === "phase")).toMatchObject({ id: "technology", index: 3 });
  });
});
