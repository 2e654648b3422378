import { type Answers, type Question, RECOMMENDED_SUFFIX } from "../../../src/types/questions.js";

/** What the person has picked for one question so far. */
export interface Selection {
  /** Labels of the chosen options, exactly as the question gave them. */
  chosen: string[];
  /** Whether "Other" is chosen; its text is then the answer (or part of it). */
  other: boolean;
  otherText: string;
}

export const EMPTY_SELECTION: Selection = Object.freeze({ chosen: [], other: false, otherText: "" });

/** Whether the interviewer marked this option as the one it recommends. */
export function isRecommended(label: string): boolean {
  return label.endsWith(RECOMMENDED_SUFFIX);
}

/** The label without the recommendation marker, which the page shows as a badge instead. */
export function displayLabel(label: string): string {
  return isRecommended(label) ? label.slice(0, -RECOMMENDED_SUFFIX.length) : label;
}

/** Picks an option: in a single-select it replaces the choice (and "Other"); in a multi-select it toggles. */
export function chooseOption(selection: Selection, label: string, multiSelect: boolean): Selection {
  if (!multiSelect) return { ...selection, chosen: [label], other: false };
  const chosen = selection.chosen.includes(label)
    ? selection.chosen.filter((candidate) => candidate !== label)
    : [...selection.chosen, label];
  return { ...selection, chosen };
}

/** Picks "Other": in a single-select it replaces the options; in a multi-select it toggles. */
export function chooseOther(selection: Selection, multiSelect: boolean): Selection {
  if (!multiSelect) return { ...selection, chosen: [], other: true };
  return { ...selection, other: !selection.other };
}

export type BuiltAnswers = { ok: true; answers: Answers } | { ok: false; unanswered: number[] };

/**
 * The `answers` of an `answer` frame: question index (as a string) to the chosen label,
 * the "Other" text, or, for a multi-select, the chosen labels in the order the options
 * are listed followed by the "Other" text (possibly none at all). Every single-select
 * question must have an answer, and "Other" once chosen needs its text.
 */
export function buildAnswers(questions: readonly Question[], selections: readonly Selection[]): BuiltAnswers {
  const answers: Answers = {};
  const unanswered: number[] = [];
  for (const [index, question] of questions.entries()) {
    const answer = answerFor(question, selections[index] ?? EMPTY_SELECTION);
    if (answer === null) unanswered.push(index);
    else answers[String(index)] = answer;
  }
  return unanswered.length > 0 ? { ok: false, unanswered } : { ok: true, answers };
}

function answerFor(question: Question, selection: Selection): string | string[] | null {
  const otherText = selection.other ? selection.otherText.trim() : "";
  if (selection.other && otherText.length === 0) return null;
  if (!question.multiSelect) return selection.other ? otherText : (selection.chosen[0] ?? null);
  const labels = question.options
    .map((option) => option.label)
    .filter((label) => selection.chosen.includes(label));
  // A multi-select may be answered with none of its options: the answer is an empty list.
  return otherText.length > 0 ? [...labels, otherText] : labels;
}

/** How an answer of none of a multi-select's options shows in the conversation. */
export const NONE_CHOSEN = "(none)";

/**
 * The answers as the person's message in the conversation: the same joining the server
 * uses for the transcript (", " within a question, "; " between them), without markers.
 */
export function answersSummary(answers: Answers): string {
  const parts = Object.keys(answers)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => {
      const answer = answers[key] ?? "";
      const list = Array.isArray(answer) ? answer : [answer];
      return list.length === 0 ? NONE_CHOSEN : list.map(displayLabel).join(", ");
    });
  return parts.length > 0 ? parts.join("; ") : "OK";
}

/**
 * Where the focus goes among a question's choices (its options, then "Other") for a
 * key press, or null when the key does not move it. Arrows wrap around.
 */
export function focusTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowDown":
    case "ArrowRight":
      return (current + 1) % count;
    case "ArrowUp":
    case "ArrowLeft":
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/** The choice a number key stands for (1 is the first), or null when there is none. */
export function choiceForDigit(key: string, count: number): number | null {
  if (!/^[1-9]$/.test(key)) return null;
  const index = Number(key) - 1;
  return index < count ? index : null;
}
