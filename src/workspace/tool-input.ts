import type { z } from "zod";
import { badInputReason } from "./refusal.js";
import { refusedOutcome, type ToolOutcome } from "./tool-outcome.js";

export type ParsedInput<T> = { ok: true; value: T } | { ok: false; outcome: ToolOutcome };

/** Zod's issues as one line, each led by the field it is about (`questions.0.header: …`). */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const field = issue.path.map(String).join(".");
      return field === "" ? issue.message : `${field}: ${issue.message}`;
    })
    .join("; ");
}

/** Checks a model's tool input, naming each bad field so the model can fix its call. */
export function parseToolInput<Schema extends z.ZodType>(
  toolName: string,
  schema: Schema,
  input: unknown,
): ParsedInput<z.infer<Schema>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const message = `Invalid input for ${toolName}: ${describeIssues(result.error.issues)}. Nothing was changed.`;
  return { ok: false, outcome: refusedOutcome(message, badInputReason(message)) };
}
