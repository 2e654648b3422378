import { z } from "zod";

export const questionOptionSchema = z.object({
  label: z.string(),
  description: z.string().default(""),
});

/** A structured question, in the shape of the `AskUserQuestion` tool's input. */
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
