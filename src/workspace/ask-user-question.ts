import { z } from "zod";
import { INTERVIEW_PHASE_IDS, type InterviewPhaseId, isInterviewPhaseId } from "../types/phases.js";
import {
  MAX_HEADER_LENGTH,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  MIN_OPTIONS,
  type Question,
  RECOMMENDED_SUFFIX,
} from "../types/questions.js";
import { defineTool } from "./define-tool.js";
import { badInputReason } from "./refusal.js";
import { describeIssues } from "./tool-input.js";
import { QUESTION_TOOL } from "./tool-names.js";

/** What a model reads when it asks a second question in one step: only one can wait for the person. */
export const ONE_QUESTION_MESSAGE = `Only one ${QUESTION_TOOL} call can wait for an answer; put all the questions in that one call.`;

/** The rule every structured question follows, in words a model reads (and reads again after breaking it). */
export const QUESTION_RULES = `Each call asks 1 to ${MAX_QUESTIONS} questions; each question has a header of at most ${MAX_HEADER_LENGTH} characters and ${MIN_OPTIONS} to ${MAX_OPTIONS} options with distinct labels, the recommended option first with "${RECOMMENDED_SUFFIX.trim()}" at the end of its label.`;

const questionOptionSchema = z.object({
  label: z
    .string()
    .min(1, { error: "an option needs a label" })
    .describe('The choice, short; " (Recommended)" ends the one you recommend, put first.'),
  description: z.string().describe("One line on what choosing it means."),
});

const questionSchema = z
  .object({
    question: z
      .string()
      .min(1, { error: "write the question as a full sentence" })
      .describe("The question, as a full sentence."),
    header: z
      .string()
      .min(1, { error: `give a header of 1 to ${MAX_HEADER_LENGTH} characters` })
      .max(MAX_HEADER_LENGTH, {
        error: (issue) =>
          `the header "${String(issue.input)}" is longer than ${MAX_HEADER_LENGTH} characters; shorten it`,
      })
      .describe(`A short label above the question, at most ${MAX_HEADER_LENGTH} characters.`),
    options: z
      .array(questionOptionSchema)
      .min(MIN_OPTIONS, {
        error: `a question needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options; for an open question, ask in plain text instead`,
      })
      .max(MAX_OPTIONS, {
        error: (issue) =>
          `${Array.isArray(issue.input) ? issue.input.length : "too many"} options is more than ${MAX_OPTIONS}; merge or drop the least useful ones and keep the recommended one first`,
      })
      .describe(
        `${MIN_OPTIONS} to ${MAX_OPTIONS} options; the person can always type their own answer instead.`,
      ),
    multiSelect: z.boolean().default(false).describe("Whether the person may choose more than one option."),
    phase: z
      .enum(INTERVIEW_PHASE_IDS, {
        error: `phase must be one of ${INTERVIEW_PHASE_IDS.join(", ")}`,
      })
      .optional()
      .describe(
        "The interview step this question belongs to; Specwright shows the person's progress from it.",
      ),
  })
  .superRefine((question, context) => {
    const labels = question.options.map((option) => option.label.trim());
    const repeated = labels.find((label, index) => labels.indexOf(label) !== index);
    if (repeated !== undefined)
      context.addIssue({
        code: "custom",
        path: ["options"],
        message: `the label "${repeated}" is used twice; every option needs its own label`,
      });
  });

export const askUserQuestionInputSchema = z.object({
  questions: z
    .array(questionSchema)
    .min(1, { error: "ask at least one question" })
    .max(MAX_QUESTIONS, { error: `ask at most ${MAX_QUESTIONS} questions in one call` })
    .superRefine((questions, context) => {
      const texts = questions.map((question) => question.question.trim());
      const repeated = texts.find((text, index) => texts.indexOf(text) !== index);
      if (repeated !== undefined)
        context.addIssue({
          code: "custom",
          message: `the question "${repeated}" is asked twice in one call; ask each question once`,
        });
    }),
});

export type AskUserQuestionInput = z.infer<typeof askUserQuestionInputSchema>;

/**
 * The structured question, as a model is told about it. The interview asks it (each
 * engine takes the call to the person); the file tools never run it.
 */
export const askUserQuestionTool = defineTool({
  name: QUESTION_TOOL,
  description: `Asks the person structured questions and ends your turn; their answers arrive as their next message. ${QUESTION_RULES}`,
  inputSchema: askUserQuestionInputSchema,
});

export type ParsedQuestions =
  | {
      ok: true;
      /** The questions as the person sees them (the phase is not part of a question frame). */
      questions: Question[];
      /** The phase the call reports, from its first question that names one. */
      phase: InterviewPhaseId | null;
    }
  /** `message` for the model; `refused`, why, for the person (the result's `refused`). */
  | { ok: false; message: string; refused: string };

/**
 * Reads an `AskUserQuestion` call's input into questions for the interview to ask, or
 * says what is wrong with it, and what the rules are, so the model can ask again properly.
 */
export function parseAskUserQuestionInput(input: unknown): ParsedQuestions {
  const result = askUserQuestionInputSchema.safeParse(input);
  if (!result.success) {
    const message = `Invalid input for ${QUESTION_TOOL}: ${describeIssues(result.error.issues)}. ${QUESTION_RULES} Nothing was asked; ask again.`;
    return { ok: false, message, refused: badInputReason(message) };
  }
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
