import { isCancel, multiselect, select, text } from "@clack/prompts";
import type { Answers, Question } from "../types/questions.js";
import { questionTitle } from "./question-text.js";
import type { Reply, ReplySource } from "./reply-source.js";
import { terminalSafe } from "./terminal-safe.js";
import type { TurnOutcome } from "./turn-renderer.js";

const OTHER = "\u0000other";

/**
 * Replies typed at the keyboard: options picked with the arrow keys (space toggles a
 * multi-select), "Other" for a free answer, free text for open questions. Ctrl+C at a
 * prompt finishes the chat.
 */
export class InteractiveReplies implements ReplySource {
  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly output: NodeJS.WritableStream,
  ) {}

  async next(outcome: TurnOutcome, specComplete: boolean): Promise<Reply> {
    if (outcome.question) {
      const answers: Answers = {};
      for (const [index, question] of outcome.question.questions.entries()) {
        const answer = await this.ask(question);
        if (answer === null) return { kind: "finish" };
        answers[String(index)] = answer;
      }
      return { kind: "answer", toolId: outcome.question.toolId, answers };
    }
    const reply = await text({
      message: specComplete ? "Anything to change? (press Enter to finish)" : "Your reply",
      validate: (value) =>
        specComplete || (value ?? "").trim().length > 0 ? undefined : "Type a reply, or press Ctrl+C to quit",
      ...this.streams(),
    });
    if (isCancel(reply) || reply.trim().length === 0) return { kind: "finish" };
    return { kind: "message", text: reply };
  }

  private async ask(question: Question): Promise<string | string[] | null> {
    const options = [
      // The value is the label as the model sent it (the answer names it); what is shown is stripped.
      ...question.options.map((option) => ({
        value: option.label,
        label: terminalSafe(option.label),
        hint: terminalSafe(option.description),
      })),
      { value: OTHER, label: "Other", hint: "type your own answer" },
    ];
    const message = questionTitle(question);
    const picked = question.multiSelect
      ? await multiselect({ message, options, required: true, ...this.streams() })
      : await select({ message, options, ...this.streams() });
    if (isCancel(picked)) return null;
    const chosen = Array.isArray(picked) ? picked : [picked];
    if (!chosen.includes(OTHER)) return question.multiSelect ? chosen : (chosen[0] ?? "");
    const own = await text({
      message: "Your answer",
      validate: (value) => ((value ?? "").trim().length > 0 ? undefined : "Type an answer"),
      ...this.streams(),
    });
    if (isCancel(own)) return null;
    const labels = chosen.filter((value) => value !== OTHER);
    return question.multiSelect ? [...labels, own] : own;
  }

  private streams() {
    return { input: this.input as NodeJS.ReadStream, output: this.output as NodeJS.WriteStream };
  }
}
