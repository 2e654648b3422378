import { type InterviewPhaseId, isInterviewPhaseId } from "../types/phases.js";
import type { Question } from "../types/questions.js";
import { describeIssues } from "./tool-input.js";
import { askUserQuestionInputSchema, QUESTION_RULES } from "./tool-schemas.js";

export { QUESTION_RULES };

export type ParsedQuestions =
  | {
      ok: true;
      /** The questions as the person sees them (the phase is not part of a question frame). */
      questions: Question[];
      /** The phase the call reports, from its first question that names one. */
      phase: InterviewPhaseId | null;
    }
  | { ok: false; message: string };

/**
 * Reads an `AskUserQuestion` call's input into questions for the interview to ask, or
 * says what is wrong with it, and what the rules are, so the model can ask again properly.
 */
export function parseAskUserQuestionInput(input: unknown): ParsedQuestions {
  const result = askUserQuestionInputSchema.safeParse(input);
  if (!result.success)
    return {
      ok: false,
      message: `Invalid input for AskUserQuestion: ${describeIssues(result.error.issues)}. ${QUESTION_RULES} Nothing was asked; ask again.`,
    };
  const questions = result.data.questions.map(({ phase: _phase, ...question }) => question);
  const phase = result.data.questions.find((question) => question.phase !== undefined)?.phase ?? null;
  return { ok: true, questions, phase };
}

/**
 * The phase a question call names, read leniently from its raw input (a tool may have
 * dropped fields it does not know before Specwright saw the checked input, but the
 * model's own call still has them). Null when it names none, or none that exists.
 */
export function questionPhase(input: unknown): InterviewPhaseId | null {
  const questions = (input as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions)) return null;
  for (const question of questions) {
    const phase = (question as { phase?: unknown } | null)?.phase;
    if (isInterviewPhaseId(phase)) return phase;
  }
  return null;
}
