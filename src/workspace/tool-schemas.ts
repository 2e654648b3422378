import { z } from "zod";
import { INTERVIEW_PHASE_IDS } from "../types/phases.js";
import {
  MAX_HEADER_LENGTH,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  MIN_OPTIONS,
  RECOMMENDED_SUFFIX,
} from "../types/questions.js";

/**
 * The inputs of the tools that spec-writing prompts are written for, with the names
 * and fields those prompts use. Unknown fields are dropped rather than refused, so a
 * model that adds one still gets its call through.
 */

export const readInputSchema = z.object({
  file_path: z.string().describe("The file to read: relative to the project folder, or absolute inside it."),
  offset: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe("The line number to start from (1 is the first line). Use it with limit for long files."),
  limit: z.number().int().min(1).optional().describe("How many lines to read (default 2000)."),
});

export const writeInputSchema = z.object({
  file_path: z
    .string()
    .describe("The file to write, inside the prompts/ folder, such as prompts/app_spec.txt."),
  content: z.string().describe("The whole new content of the file."),
});

export const editInputSchema = z.object({
  file_path: z.string().describe("The file to change, inside the prompts/ folder."),
  old_string: z.string().min(1).describe("The exact text to replace, as it appears in the file."),
  new_string: z.string().describe("The text to put in its place (must differ from old_string)."),
  replace_all: z
    .boolean()
    .optional()
    .describe("Replace every occurrence of old_string instead of exactly one (default false)."),
});

export const globInputSchema = z.object({
  pattern: z.string().min(1).describe('A glob pattern such as "**/*.md" or "prompts/*".'),
  path: z
    .string()
    .optional()
    .describe("The folder to search in, relative to the project folder (default the project folder)."),
});

export { MAX_HEADER_LENGTH, MAX_OPTIONS, MAX_QUESTIONS, MIN_OPTIONS };

/** The rule every structured question follows, in words a model reads (and reads again after breaking it). */
export const QUESTION_RULES = `Each call asks 1 to ${MAX_QUESTIONS} questions; each question has a header of at most ${MAX_HEADER_LENGTH} characters and ${MIN_OPTIONS} to ${MAX_OPTIONS} options with distinct labels, the recommended option first with "${RECOMMENDED_SUFFIX.trim()}" at the end of its label.`;

const questionOptionSchema = z.object({
  label: z
    .string()
    .min(1, { error: "an option needs a label" })
    .describe('The choice, short. Add " (Recommended)" to the one you recommend, and put it first.'),
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
        `The interview phase this question belongs to: one of ${INTERVIEW_PHASE_IDS.join(", ")}. Specwright shows the person's progress from it.`,
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

export type ReadInput = z.infer<typeof readInputSchema>;
export type WriteInput = z.infer<typeof writeInputSchema>;
export type EditInput = z.infer<typeof editInputSchema>;
export type GlobInput = z.infer<typeof globInputSchema>;
export type AskUserQuestionInput = z.infer<typeof askUserQuestionInputSchema>;
