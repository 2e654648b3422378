import type { ActivityEvent } from "../../types/engine-events.js";
import type { Question } from "../../types/questions.js";
import type { ToolCall, ToolResult } from "../../types/transcript.js";
import {
  ONE_QUESTION_MESSAGE,
  type ProjectTools,
  parseAskUserQuestionInput,
  QUESTION_TOOL,
} from "../../workspace/index.js";
import { notRunResult } from "../stopped-calls.js";
import { toolActivity } from "../tool-activity.js";

export interface PendingQuestion {
  toolCallId: string;
  questions: Question[];
}

export interface StepToolsOutcome {
  /** A result for every call except the question, which the person's reply will answer. */
  results: ToolResult[];
  /** The structured question to put to the person; the turn ends after it. */
  question: PendingQuestion | null;
  /** How many calls were not run because the turn was stopped (each has a result saying so). */
  notRun: number;
}

/**
 * Runs a step's tool calls in the order the model made them (a Write before the Edit
 * that depends on it). File tools go through the sandbox; `AskUserQuestion` is checked
 * here and, when valid, handed back to be asked. `signal` is looked at before each
 * call: once the person stops the turn, no further call runs, and each one left gets a
 * result saying it was not run, so the transcript still answers every call. Each call
 * that runs is announced as an activity just before it starts, so the person reads
 * "writing prompts/app_spec.txt" before the write's outcome is reported.
 */
export async function* runStepTools(
  calls: readonly ToolCall[],
  tools: ProjectTools,
  signal?: AbortSignal,
): AsyncGenerator<ActivityEvent, StepToolsOutcome> {
  const results: ToolResult[] = [];
  let question: PendingQuestion | null = null;
  for (const [index, call] of calls.entries()) {
    const activity = signal?.aborted ? null : toolActivity(call.toolName, call.input, tools.projectDir);
    // Looked at again after it: the person may have stopped the turn while it was told.
    if (activity) yield activity;
    if (signal?.aborted) {
      const left = calls.slice(index);
      results.push(...left.map(notRunResult));
      // A question the person will never see must not wait for an answer either.
      if (question) results.push(notRunResult({ toolCallId: question.toolCallId, toolName: QUESTION_TOOL }));
      return { results, question: null, notRun: left.length + (question ? 1 : 0) };
    }
    const result = (output: string, isError: boolean, refused?: string): ToolResult => ({
      toolCallId: call.toolCallId,
      toolName: call.toolName,
      output,
      isError,
      ...(refused === undefined ? {} : { refused }),
    });
    if (call.toolName !== QUESTION_TOOL) {
      const outcome = await tools.run(call.toolName, call.input);
      results.push(result(outcome.output, outcome.isError, outcome.refused));
      continue;
    }
    if (question) {
      results.push(result(ONE_QUESTION_MESSAGE, true));
      continue;
    }
    const parsed = parseAskUserQuestionInput(call.input);
    if (parsed.ok) question = { toolCallId: call.toolCallId, questions: parsed.questions };
    else results.push(result(parsed.message, true, parsed.refused));
  }
  if (question && signal?.aborted) {
    results.push(notRunResult({ toolCallId: question.toolCallId, toolName: QUESTION_TOOL }));
    return { results, question: null, notRun: 1 };
  }
  return { results, question, notRun: 0 };
}
