import type { Question } from "../types/questions.js";
import { describeIssues } from "./tool-input.js";
import { askUserQuestionInputSchema } from "./tool-schemas.js";

export type ParsedQuestions = { ok: true; questions: Question[] } | { ok: false; message: string };

/**
 * Reads an `AskUserQuestion` call's input into questions for the interview to ask, or
 * says what is wrong with it so the model can ask again properly.
 */
export function parseAskUserQuestionInput(input: unknown): ParsedQuestions {
  const result = askUserQuestionInputSchema.safeParse(input);
  if (result.success) return { ok: true, questions: result.data.questions };
  return { ok: false, message: `Invalid input for AskUserQuestion: ${describeIssues(result.error.issues)}.` };
}
