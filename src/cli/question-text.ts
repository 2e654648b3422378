import type { Question } from "../types/questions.js";
import type { painter } from "./paint.js";
import { terminalSafe } from "./terminal-safe.js";

/** The question's title as a terminal shows it: "Header: question", stripped of control sequences. */
export function questionTitle(question: Question): string {
  const title = question.header ? `${question.header}: ${question.question}` : question.question;
  return terminalSafe(title);
}

/**
 * A question as plain lines, options numbered, for output where no picker is shown.
 * Header, question, labels and descriptions come from a model: they are stripped of
 * escape sequences and control characters before any colour is added.
 */
export function formatQuestion(question: Question, paint: ReturnType<typeof painter>): string {
  const bar = paint("gray", "│");
  const title = questionTitle(question);
  const hint = question.multiSelect ? paint("gray", " (choose one or more, separated by commas)") : "";
  const options = question.options.map(
    (option, index) =>
      `${bar}    ${index + 1}. ${terminalSafe(option.label)}${option.description ? paint("gray", ` - ${terminalSafe(option.description)}`) : ""}`,
  );
  return [
    `${paint("cyan", "◇")}  ${paint("bold", title)}${hint}`,
    ...options,
    `${bar}    or type your own answer`,
    "",
  ].join("\n");
}
