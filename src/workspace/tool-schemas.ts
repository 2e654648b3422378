import { z } from "zod";

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

/** Questions per call: enough for a small group of related choices, few enough to answer at once. */
export const MAX_QUESTIONS = 4;
/** Options per question: at least a real choice, at most what a person can compare at a glance. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;
/** A header is a chip-sized label above the question. */
export const MAX_HEADER_LENGTH = 30;

const questionOptionSchema = z.object({
  label: z.string().min(1).describe('The choice, short. Add " (Recommended)" to the one you recommend.'),
  description: z.string().describe("One line on what choosing it means."),
});

const questionSchema = z.object({
  question: z.string().min(1).describe("The question, as a full sentence."),
  header: z
    .string()
    .min(1)
    .max(MAX_HEADER_LENGTH)
    .describe(`A short label for the question, at most ${MAX_HEADER_LENGTH} characters.`),
  options: z.array(questionOptionSchema).min(MIN_OPTIONS).max(MAX_OPTIONS),
  multiSelect: z.boolean().default(false).describe("Whether the person may choose more than one option."),
});

export const askUserQuestionInputSchema = z.object({
  questions: z.array(questionSchema).min(1).max(MAX_QUESTIONS),
});

export type ReadInput = z.infer<typeof readInputSchema>;
export type WriteInput = z.infer<typeof writeInputSchema>;
export type EditInput = z.infer<typeof editInputSchema>;
export type GlobInput = z.infer<typeof globInputSchema>;
export type AskUserQuestionInput = z.infer<typeof askUserQuestionInputSchema>;
