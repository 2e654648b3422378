import type { EngineEvent } from "../../types/engine-events.js";
import { INTERVIEW_PHASES, phaseEvent } from "../../types/phases.js";

/**
 * The interview skill asks the model to announce each step ("Step 3 of 9:
 * Technology"). The announcement is the only way a model engine knows the phase, so
 * the text is watched for it and a `phase` event follows as soon as it appears.
 */
const ANNOUNCEMENT = new RegExp(`\\bstep\\s+(\\d{1,2})\\s+of\\s+${INTERVIEW_PHASES.length}\\b`, "i");

export function announcedPhase(text: string): EngineEvent | null {
  const match = ANNOUNCEMENT.exec(text);
  const phase = match ? INTERVIEW_PHASES[Number(match[1]) - 1] : undefined;
  return phase ? phaseEvent(phase.id) : null;
}

/** Passes a step's events through, adding a `phase` event once its text announces one. */
export async function* withPhaseAnnouncements<Event extends EngineEvent, Result>(
  step: AsyncGenerator<Event, Result>,
): AsyncGenerator<Event | EngineEvent, Result> {
  let text = "";
  let announced = false;
  while (true) {
    const next = await step.next();
    if (next.done) return next.value;
    yield next.value;
    if (announced || next.value.type !== "text-delta") continue;
    // Only the start of a step's text is searched: announcements open a message.
    text = (text + next.value.text).slice(0, 400);
    const phase = announcedPhase(text);
    if (phase) {
      announced = true;
      yield phase;
    }
  }
}
