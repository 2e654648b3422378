import type { Answers } from "../types/questions.js";
import type { TurnOutcome } from "./turn-renderer.js";

/** What the person does after a turn. */
export type Reply =
  | { kind: "answer"; toolId: string; answers: Answers }
  | { kind: "message"; text: string }
  | { kind: "finish" };

/** Where replies come from: the keyboard, or a file of answers. */
export interface ReplySource {
  next(outcome: TurnOutcome, specComplete: boolean): Promise<Reply>;
}
