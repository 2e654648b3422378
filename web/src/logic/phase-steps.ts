import { INTERVIEW_PHASES } from "../../../src/types/phases.js";
import type { PhaseProgress } from "./conversation-state.js";

export interface PhaseStep {
  id: string;
  title: string;
  state: "done" | "current" | "upcoming";
}

/**
 * The interview's phases with where it stands. `phase` frames carry the 1-based index
 * of the phase entered; a finished spec marks them all done. An engine that reports
 * phases of its own (a different total or an unknown id) gets a list made of the
 * phase it reported and numbered placeholders around it.
 */
export function phaseSteps(progress: PhaseProgress | null, complete: boolean): PhaseStep[] {
  const known = progress === null || isKnownPhase(progress);
  const phases = known ? INTERVIEW_PHASES.map(({ id, title }) => ({ id, title })) : placeholders(progress);
  const current = progress === null ? 0 : progress.index;
  return phases.map((phase, position) => {
    const index = position + 1;
    if (complete) return { ...phase, state: "done" };
    if (index < current) return { ...phase, state: "done" };
    if (index === current) return { ...phase, state: "current" };
    return { ...phase, state: "upcoming" };
  });
}

function isKnownPhase(progress: PhaseProgress): boolean {
  const at = INTERVIEW_PHASES[progress.index - 1];
  return progress.total === INTERVIEW_PHASES.length && at?.id === progress.id;
}

function placeholders(progress: PhaseProgress): { id: string; title: string }[] {
  const total = Math.max(progress.total, progress.index, 1);
  return Array.from({ length: total }, (_, position) =>
    position + 1 === progress.index
      ? { id: progress.id, title: progress.title }
      : { id: `phase-${position + 1}`, title: `Phase ${position + 1}` },
  );
}
