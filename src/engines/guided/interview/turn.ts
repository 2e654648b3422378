import { randomUUID } from "node:crypto";
import type { StoredAttachment } from "../../../types/attachments.js";
import { type EngineEvent, engineError } from "../../../types/engine-events.js";
import { phaseEvent } from "../../../types/phases.js";
import type { JsonValue, ToolCall, Transcript } from "../../../types/transcript.js";
import { QUESTION_TOOL } from "../../../workspace/index.js";
import type { TurnContext } from "../../engine.js";
import { analyze } from "../design/analysis.js";
import { ownPluralsOf } from "../design/things-design.js";
import { withOwnPlurals } from "../language/inflection.js";
import { buildSpecModel } from "../spec/spec-model.js";
import { type SpecWrite, writeAppSpec } from "../spec/write-spec.js";
import { completionMessage, type Prompt, promptFor } from "./prompts.js";
import { META, replay, toReply } from "./replay.js";
import { applyReply } from "./replies.js";
import { nextStep, phaseOf, type StepId } from "./steps.js";

/**
 * One turn of the guided interview: rebuild the state from the transcript, fold in the
 * newest reply, write the spec if it was just approved, and ask the next step.
 */
export async function* guidedTurn(transcript: Transcript, context: TurnContext): AsyncGenerator<EngineEvent> {
  if (context.signal.aborted) return;
  const replayed = replay(transcript);
  let state = replayed.state;
  const said: string[] = [];
  let writeNow = false;
  if (replayed.reply) {
    said.push(...imageNotes(replayed.reply.attachments ?? []));
    if (replayed.asked) {
      const asked = replayed.asked;
      const reply = toReply(replayed.reply);
      const before = state;
      const applied = withOwnPlurals(ownPluralsOf(before), () => applyReply(asked, before, reply));
      state = applied.state;
      said.push(...applied.notes);
      writeNow = applied.write;
    }
  }
  let step: StepId = nextStep(state);
  // Everything said and written from here uses the person's own plurals for their things.
  const plurals = ownPluralsOf(state);
  const current = state;
  const analysis = withOwnPlurals(plurals, () => analyze(current));
  let written: SpecWrite | null = null;
  const meta: { [key: string]: JsonValue } = {};
  if (writeNow) {
    if (context.signal.aborted) return;
    const model = withOwnPlurals(plurals, () => buildSpecModel(context.projectName, current, analysis));
    written = await writeAppSpec(context.tools, model);
    if (written.failure) {
      step = "review";
      meta[META.writeFailed] = true;
      said.push(
        `I couldn't finish writing the spec. ${written.failure}`,
        "Nothing is lost: reply “approve” to try again, or tell me what to change.",
      );
    } else {
      meta[META.wrote] = true;
      said.push(...completionMessage(model.featureCount, state.writes > 0));
    }
  }
  const previousPhase = replayed.asked ? phaseOf(replayed.asked.step) : null;
  const enteredPhase = previousPhase !== phaseOf(step);
  const greeting = replayed.asked === null;
  const repeated = !greeting && step !== "done" && replayed.asked?.step === step && said.length === 0;
  // After a write, what was written (or why it was not) is all there is to say.
  const prompt: Prompt = written
    ? { paragraphs: [], question: null, subject: null }
    : withOwnPlurals(plurals, () =>
        promptFor(step, current, analysis, {
          projectName: context.projectName,
          existingSpec: context.existingSpec,
          greeting,
          repeated,
        }),
      );

  for (const [index, paragraph] of said.entries())
    yield { type: "text-delta", text: chunk(paragraph, index) };
  if (enteredPhase) yield phaseEvent(phaseOf(step));
  for (const [index, paragraph] of prompt.paragraphs.entries()) {
    yield { type: "text-delta", text: chunk(paragraph, said.length + index) };
  }

  const toolCalls: ToolCall[] = [];
  const questionCallId = prompt.question ? `guided-${randomUUID()}` : null;
  if (prompt.question && questionCallId) {
    toolCalls.push({
      toolCallId: questionCallId,
      toolName: QUESTION_TOOL,
      input: { questions: [prompt.question] },
    });
  }
  if (written) toolCalls.push(...written.calls);
  meta[META.step] = step;
  meta[META.subject] = prompt.subject;
  yield {
    type: "record",
    entry: {
      role: "assistant",
      text: [...said, ...prompt.paragraphs].join("\n\n"),
      toolCalls,
      timestamp: new Date().toISOString(),
      meta,
    },
  };
  if (written) {
    yield {
      type: "record",
      entry: { role: "tool", results: written.results, timestamp: new Date().toISOString() },
    };
    if (written.failure) yield engineError("spec_write_failed", written.failure);
  }
  if (prompt.question && questionCallId) {
    yield { type: "question", toolCallId: questionCallId, questions: [prompt.question] };
  }
}

/** Paragraphs stream as separate chunks; together they read as the recorded text. */
function chunk(paragraph: string, index: number): string {
  return index === 0 ? paragraph : `\n\n${paragraph}`;
}

/**
 * This interviewer reads no images; it says so plainly, and that the images stay with
 * the spec for the coding agent.
 */
function imageNotes(attachments: readonly StoredAttachment[]): string[] {
  if (attachments.length === 0) return [];
  const saved = attachments.filter((attachment) => attachment.savedAs);
  const lost = attachments.filter((attachment) => !attachment.savedAs);
  const notes: string[] = [];
  if (saved.length > 0) {
    const paths = saved.map((attachment) => `\`${attachment.savedAs}\``).join(", ");
    const them = saved.length === 1 ? "it" : "them";
    notes.push(
      `Thanks for the ${saved.length === 1 ? "image" : "images"}. I can't look at images myself (an interviewer backed by an AI model could), but I've kept ${them} with the spec at ${paths} and named ${them} in the spec's layout section, so the coding agent will see ${them}.`,
    );
  }
  if (lost.length > 0) {
    notes.push(
      `I couldn't keep ${lost.map((attachment) => `“${attachment.filename}”`).join(", ")}, so the coding agent won't see ${lost.length === 1 ? "it" : "them"}.`,
    );
  }
  return notes;
}
