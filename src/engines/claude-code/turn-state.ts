import type { InterviewPhaseId } from "../../types/phases.js";
import type { Question } from "../../types/questions.js";

export interface PendingQuestion {
  toolCallId: string;
  questions: Question[];
  /** The interview phase the question names, when the checked input still carried it. */
  phase?: InterviewPhaseId | null;
}

/**
 * What the permission handlers learn during one turn that the message stream does not
 * carry: Claude Code calls them out of band, and the mapper reads this when the
 * messages they concern arrive. It lives for one turn; nothing in it outlasts the turn.
 */
export class TurnState {
  /** The structured question put to the person; the turn ends once it is asked. */
  question: PendingQuestion | null = null;
  /** Validator feedback the model got after a spec write, by tool call id. */
  readonly feedback = new Map<string, string>();
  /**
   * Calls Specwright's checks denied, by tool call id: why, in the person's words. The
   * denial reaches the model as an error result; this makes it a refusal in the transcript.
   */
  readonly refusals = new Map<string, string>();

  /** Takes the question, unless one is already waiting (only one can be answered at a time). */
  ask(question: PendingQuestion): boolean {
    if (this.question) return false;
    this.question = question;
    return true;
  }
}
