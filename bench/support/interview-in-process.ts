import type { SpecChatSession } from "../../src/session/index.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { answersFrom, NOTHING_MORE, type Person } from "./person.js";

/** Past this many turns an interview is taken to be stuck, and the benchmark fails. */
export const MAX_TURNS = 80;

export interface InProcessInterview {
  /** Wall time of every turn after the greeting, in order, in ms. */
  turnMs: number[];
  greetingMs: number;
  totalMs: number;
  frames: number;
  errors: string[];
  complete: boolean;
}

async function framesOf(turn: AsyncIterable<ServerFrame>): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  for await (const frame of turn) frames.push(frame);
  return frames;
}

/**
 * Interviews `person` on a session that has not started: the greeting, then each
 * question answered by the person's rule and each prompt by their next line, until
 * the spec is complete. Each turn is timed from the call to its last frame.
 */
export async function interviewInProcess(
  session: SpecChatSession,
  person: Person,
): Promise<InProcessInterview> {
  const started = performance.now();
  let frames = await framesOf(session.start());
  const greetingMs = performance.now() - started;
  const lines = [...person.say];
  const turnMs: number[] = [];
  const errors: string[] = [];
  let frameCount = frames.length;
  for (let turn = 0; turn < MAX_TURNS && !frames.some((frame) => frame.type === "complete"); turn++) {
    const question = frames.find((frame) => frame.type === "question");
    const turnStarted = performance.now();
    frames = await framesOf(
      question
        ? session.answer(question.tool_id, answersFrom(person, question.questions))
        : session.sendMessage(lines.shift() ?? NOTHING_MORE),
    );
    turnMs.push(performance.now() - turnStarted);
    frameCount += frames.length;
    for (const frame of frames) if (frame.type === "error") errors.push(frame.content);
  }
  return {
    turnMs,
    greetingMs,
    totalMs: performance.now() - started,
    frames: frameCount,
    errors,
    complete: session.isComplete(),
  };
}
