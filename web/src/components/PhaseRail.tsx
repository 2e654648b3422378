import type { PhaseProgress } from "../logic/conversation-state.js";
import { phaseSteps } from "../logic/phase-steps.js";
import { CheckIcon } from "./icons.js";
import "./PhaseRail.css";

/**
 * Where the interview stands among its phases: a list on wide screens, one line with a
 * bar on a phone. Shown once the interviewer reports a phase, or the spec is done.
 */
export function PhaseRail({ progress, complete }: { progress: PhaseProgress | null; complete: boolean }) {
  if (progress === null && !complete) return null;
  const steps = phaseSteps(progress, complete);
  const doneCount = steps.filter((step) => step.state === "done").length;
  const current = steps.find((step) => step.state === "current");
  const position = complete ? steps.length : (progress?.index ?? 0);
  const summary = complete
    ? "All phases done"
    : `Phase ${position} of ${steps.length}${current ? `: ${current.title}` : ""}`;
  const fraction = complete ? 1 : (doneCount + 0.5) / steps.length;
  return (
    <nav className="phase-rail" aria-label="Interview progress">
      <div className="phase-rail-compact">
        <span className="phase-rail-summary">{summary}</span>
        <span className="phase-rail-bar" aria-hidden="true">
          <span className="phase-rail-fill" style={{ transform: `scaleX(${fraction})` }} />
        </span>
      </div>
      <span className="sidebar-label phase-rail-heading">Progress</span>
      <ol className="phase-rail-list">
        {steps.map((step) => (
          <li
            key={step.id}
            className={`phase-step phase-${step.state}`}
            aria-current={step.state === "current" ? "step" : undefined}
          >
            <span className="phase-marker" aria-hidden="true">
              {step.state === "done" ? <CheckIcon /> : null}
            </span>
            <span className="phase-title">{step.title}</span>
            <span className="visually-hidden">
              {step.state === "done" ? " (done)" : step.state === "current" ? " (now)" : ""}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
