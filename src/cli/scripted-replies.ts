import type { Answers, Question } from "../types/questions.js";
import { answerFromLine } from "./answer-line.js";
import type { Reply, ReplySource } from "./reply-source.js";
import type { TurnOutcome } from "./turn-renderer.js";

/**
 * Replies read from `--answers <file>`: each non-empty line answers the next question
 * (one line per question when a frame holds several) or is the next message. When the
 * lines run out, the chat finishes.
 */
export class ScriptedReplies implements ReplySource {
  private readonly lines: string[];

  constructor(
    text: string,
    private readonly echo: (line: string) => void,
    private readonly show: (question: Question) => void,
  ) {
    this.lines = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
  }

  async next(outcome: TurnOutcome): Promise<Reply> {
    if (outcome.question) {
      const answers: Answers = {};
      for (const [index, question] of outcome.question.questions.entries()) {
        this.show(question);
        const line = this.take();
        if (line === null) return { kind: "finish" };
        answers[String(index)] = answerFromLine(line, question);
      }
      return { kind: "answer", toolId: outcome.question.toolId, answers };
    }
    const line = this.take();
    return line === null ? { kind: "finish" } : { kind: "message", text: line };
  }

  private take(): string | null {
    const line = this.lines.shift();
    if (line === undefined) return null;
    this.echo(line);
    return line;
  }
}
