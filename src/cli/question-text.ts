import type { Question } from "../types/questions.js";
import type { painter } from "./paint.js";

/** A question as plain lines, options numbered, for output where no picker is shown. */
export function formatQuestion(question: Question, paint: ReturnType<typeof painter>): string {
  const bar = paint("gray", "│");
  const title = question.header ? `${question.header}: ${question.question}` : question.question;
  const hint = question.multiSelect ? paint("gray", " (choose one or more, separated by commas)") : "";
  const options = question.options.map(
    (option, index) =>
      `${bar}    ${index + 1}. ${option.label}${option.description ? paint("gray", ` - ${option.description}`) : ""}`,
  );
  return [
    `${paint("cyan", "◇")}  ${paint("bold", title)}${hint}`,
    ...options,
    `${bar}    or type your own answer`,
    "",
  ].join("\n");
}
