import type { Answers } from "../types/questions.js";

/**
 * Turns a structured answer into the person's turn as text (docs/protocol.md): each
 * question in index order, a list joined by ", ", the parts joined by "; ", and "OK"
 * when nothing was answered. A multi-select sent with nothing ticked is an answer too
 * ("none of these"), so it reads "(none)" rather than vanishing.
 */
export function answersToText(answers: Answers): string {
  const parts = Object.keys(answers)
    .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
    .map((key) => {
      const value = answers[key];
      if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : "(none)";
      return value ?? "";
    })
    .filter((part) => part.length > 0);
  return parts.length > 0 ? parts.join("; ") : "OK";
}
