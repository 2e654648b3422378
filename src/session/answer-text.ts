import type { Answers } from "../types/questions.js";

/**
 * Turns a structured answer into the person's turn as text (docs/protocol.md): each
 * question in index order, a list joined by ", ", the parts joined by "; ", and "OK"
 * when nothing was answered.
 */
export function answersToText(answers: Answers): string {
  const parts = Object.keys(answers)
    .sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
    .map((key) => {
      const value = answers[key];
      return Array.isArray(value) ? value.join(", ") : (value ?? "");
    })
    .filter((part) => part.length > 0);
  return parts.length > 0 ? parts.join("; ") : "OK";
}
