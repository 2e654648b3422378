import type { EngineEvent } from "../types/engine-events.js";
import { INTERVIEW_PHASES, phaseEvent } from "../types/phases.js";
import type { Transcript } from "../types/transcript.js";

/** Events that show the interviewer has begun to speak; a failure before any of them opens nothing. */
const SPEAKING: ReadonlySet<EngineEvent["type"]> = new Set(["text-delta", "record", "question", "phase"]);

/**
 * The phase the greeting turn opens: the turn that answers the kickoff always starts the
 * interview's first phase. Engines that learn later phases from their questions report
 * this one themselves. Null on any other turn.
 */
export function openingPhase(transcript: Transcript): EngineEvent | null {
  const last = transcript.at(-1);
  return last?.role === "user" && last.kind === "kickoff" ? phaseEvent(INTERVIEW_PHASES[0].id) : null;
}

/**
 * Passes `events` through, announcing `opening.phase` once, just before the first event
 * in which the interviewer speaks (so a turn that fails before it says anything opens no
 * phase). `opening` is shared by the calls of one turn and emptied once announced.
 */
export async function* withOpeningPhase<Event extends EngineEvent, Result>(
  events: AsyncGenerator<Event, Result>,
  opening: { phase: EngineEvent | null },
): AsyncGenerator<Event | EngineEvent, Result> {
  let done = false;
  try {
    while (true) {
      const next = await events.next();
      if (next.done) {
        done = true;
        return next.value;
      }
      if (opening.phase && SPEAKING.has(next.value.type)) {
        yield opening.phase;
        opening.phase = null;
      }
      yield next.value;
    }
  } finally {
    // A consumer that stops early stops the events it was reading too.
    if (!done) await events.return(undefined as Result);
  }
}
