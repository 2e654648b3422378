import type { Question } from "../types/questions.js";
import { RECOMMENDED_SUFFIX } from "../types/questions.js";

function bareLabel(label: string): string {
  const trimmed = label.trim();
  return (
    trimmed.endsWith(RECOMMENDED_SUFFIX) ? trimmed.slice(0, -RECOMMENDED_SUFFIX.length) : trimmed
  ).toLowerCase();
}

/** The option a piece of text names, by its 1-based number or its label (any case, "(Recommended)" optional). */
function optionNamed(text: string, question: Question): string | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) {
    const option = question.options[Number(trimmed) - 1];
    return option ? option.label : null;
  }
  const wanted = bareLabel(trimmed);
  return question.options.find((option) => bareLabel(option.label) === wanted)?.label ?? null;
}

/**
 * Reads one typed line as the answer to a question: a number picks that option, a
 * label picks it, labels (or numbers) separated by ", " answer a multi-select, and
 * anything else is the person's own free-text answer.
 */
export function answerFromLine(line: string, question: Question): string | string[] {
  const text = line.trim();
  const single = optionNamed(text, question);
  if (!question.multiSelect) return single ?? text;
  if (single) return [single];
  const parts = text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const labels = parts.map((part) => optionNamed(part, question));
  if (labels.length > 0 && labels.every((label) => label !== null)) return labels as string[];
  return text;
}
