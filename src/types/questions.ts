import { z } from "zod";

/**
 * The one rule for structured questions, whoever asks them: a model through the
 * `AskUserQuestion` tool, Claude Code's own tool of that name, or the guided
 * interviewer. It is Claude Code's rule, the strictest of them, so a question that
 * passes here passes everywhere.
 */
/** Questions in one `AskUserQuestion` call. */
export const MAX_QUESTIONS = 4;
/** Options per question: at least a real choice, at most what a person compares at a glance. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 4;
/** A header is a chip-sized label above the question, in characters. */
export const MAX_HEADER_LENGTH = 12;

export const questionOptionSchema = z.object({
  label: z.string(),
  description: z.string().default(""),
});

/**
 * A structured question, in the shape of the `AskUserQuestion` tool's input. The wire
 * shape is lenient on purpose (a question kept from an older version still shows); the
 * limits above are enforced where a question is made, in the tool's input schema.
 */
export const questionSchema = z.object({
  question: z.string(),
  header: z.string().default(""),
  options: z.array(questionOptionSchema),
  multiSelect: z.boolean().default(false),
});

/** One choice offered by a structured question. */
export type QuestionOption = z.output<typeof questionOptionSchema>;
export type Question = z.output<typeof questionSchema>;

/**
 * A person's answers to a `question` frame: question index (as a string) to the
 * chosen label, a free text, or a list of labels for a multi-select.
 */
export const answersSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
export type Answers = z.output<typeof answersSchema>;

/** The label suffix that marks the option an interviewer recommends. */
export const RECOMMENDED_SUFFIX = " (Recommended)";
