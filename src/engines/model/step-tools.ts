import type { Question } from "../../types/questions.js";
import type { ToolCall, ToolResult } from "../../types/transcript.js";
import { parseAskUserQuestionInput } from "../../workspace/index.js";
import type { ProjectTools } from "../../workspace/tools.js";

export interface PendingQuestion {
  toolCallId: string;
  questions: Question[];
}

export interface StepToolsOutcome {
  /** A result for every call except the question, which the person's reply will answer. */
  results: ToolResult[];
  /** The structured question to put to the person; the turn ends after it. */
  question: PendingQuestion | null;
}

const QUESTION_TOOL = "AskUserQuestion";

/**
 * Runs a step's tool calls in the order the model made them (a Write before the Edit
 * that depends on it). File tools go through the sandbox; `AskUserQuestion` is checked
 * here and, when valid, handed back to be asked.
 */
export async function runStepTools(
  calls: readonly ToolCall[],
  tools: ProjectTools,
): Promise<StepToolsOutcome> {
  const results: ToolResult[] = [];
  let question: PendingQuestion | null = null;
  for (const call of calls) {
    const result = (output: string, isError: boolean): ToolResult => ({
      toolCallId: call.toolCallId,
      toolName: call.toolName,
      output,
      isError,
    });
    if (call.toolName !== QUESTION_TOOL) {
      const outcome = await tools.run(call.toolName, call.input);
      results.push(result(outcome.output, outcome.isError));
      continue;
    }
    if (question) {
      results.push(
        result(
          "Only one AskUserQuestion call can wait for an answer; put all the questions in that one call.",
          true,
        ),
      );
      continue;
    }
    const parsed = parseAskUserQuestionInput(call.input);
    if (parsed.ok) question = { toolCallId: call.toolCallId, questions: parsed.questions };
    else results.push(result(parsed.message, true));
  }
  return { results, question };
}
