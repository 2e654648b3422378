/** One choice offered by a structured question. */
export interface QuestionOption {
  label: string;
  description: string;
}

/** A structured question, in the shape of the `AskUserQuestion` tool's input. */
export interface Question {
  question: string;
  header: string;
  options: QuestionOption[];
  multiSelect: boolean;
}

/**
 * A person's answers to a `question` frame: question index (as a string) to the
 * chosen label, a free text, or a list of labels for a multi-select.
 */
export type Answers = Record<string, string | string[]>;

/** The label suffix that marks the option an interviewer recommends. */
export const RECOMMENDED_SUFFIX = " (Recommended)";
