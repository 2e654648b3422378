import { describe, expect, it } from "vitest";
import { toQuestion } from "../../src/engines/guided/interview/questions.js";
import * as catalogue from "../../src/interview/guided-questions.js";
import {
  type GuidedQuestion,
  SUCCESS_OPTIONS,
  SUCCESS_QUESTION_TEXT,
} from "../../src/interview/guided-questions.js";
import { MAX_HEADER_LENGTH, MAX_OPTIONS, MIN_OPTIONS } from "../../src/types/questions.js";
import { parseAskUserQuestionInput } from "../../src/workspace/index.js";

/** Every question with options that the guided interviewer can ask. */
const QUESTIONS: [string, GuidedQuestion][] = [
  ...Object.entries(catalogue).filter(
    (entry): entry is [string, GuidedQuestion] =>
      typeof entry[1] === "object" && entry[1] !== null && "options" in entry[1] && "header" in entry[1],
  ),
  ["SUCCESS_QUESTION", { ...SUCCESS_QUESTION_TEXT, multiSelect: true, options: SUCCESS_OPTIONS }],
];

describe("the guided interviewer's questions", () => {
  it("are all found", () => {
    expect(QUESTIONS.length).toBeGreaterThan(15);
  });

  it.each(QUESTIONS)("%s follows the one question rule, whichever option is recommended", (_, question) => {
    expect(question.header.length).toBeLessThanOrEqual(MAX_HEADER_LENGTH);
    expect(question.options.length).toBeGreaterThanOrEqual(MIN_OPTIONS);
    expect(question.options.length).toBeLessThanOrEqual(MAX_OPTIONS);
    for (const option of question.options) {
      const parsed = parseAskUserQuestionInput({ questions: [toQuestion(question, option.id)] });
      expect(parsed.ok, parsed.ok ? "" : parsed.message).toBe(true);
      if (parsed.ok) expect(parsed.questions[0]!.options[0]!.label).toBe(`${option.label} (Recommended)`);
    }
  });
});
