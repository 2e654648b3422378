import type { Answers } from "../../types/questions.js";

/**
 * Why an `answer` frame is too long to be the person's turn, or null. The limit on a
 * message's text applies to each answer (a free text, or a multi-select's labels
 * together) and to the whole answer (every question's key and answer, and the
 * question's id), since an answer becomes the person's turn as text, is kept with the
 * interview and goes to the model at every step after. The words match a message's.
 */
export function answerTooLong(
  frame: { tool_id: string; answers: Answers },
  maxLength: number,
): string | null {
  let total = frame.tool_id.length;
  let longest = 0;
  for (const key in frame.answers) {
    const value = frame.answers[key] ?? "";
    let length = 0;
    if (Array.isArray(value)) for (const label of value) length += label.length;
    else length = value.length;
    longest = Math.max(longest, length);
    total += key.length + length;
  }
  if (longest > maxLength) return `Answer too long: at most ${maxLength} characters (got ${longest})`;
  if (total > maxLength)
    return `Answer too long: at most ${maxLength} characters in all the answers together (got ${total})`;
  return null;
}
