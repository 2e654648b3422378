/** What a project list row says of a project, from what the server's listing reports. */
export interface ProjectStatusFacts {
  hasSpec: boolean;
  /** `none`, `invalid`, `valid` (the app spec checks out, the initializer is missing) or `complete`; null from an older server. */
  specState: string | null;
  featureCount: number | null;
  interview: { complete: boolean; phaseIndex: number | null; phaseTotal: number | null } | null;
}

export interface ProjectStatus {
  label: string;
  tone: "ready" | "draft" | "problem";
}

/**
 * One line on where a project stands. A finished spec says so first (with its size); a
 * spec with problems comes next, since it needs the person; then an interview under
 * way, with its phase, so a half-done project never reads "No spec yet".
 */
export function projectStatus(facts: ProjectStatusFacts): ProjectStatus {
  if (facts.specState === "complete" || (facts.specState === null && facts.hasSpec)) {
    const count = facts.featureCount;
    const size = count === null ? "" : ` · ${count} ${count === 1 ? "feature" : "features"}`;
    return { label: `Spec ready${size}`, tone: "ready" };
  }
  if (facts.specState === "invalid") return { label: "Spec has problems", tone: "problem" };
  const interview = facts.interview;
  if (interview && !interview.complete) {
    const phase =
      interview.phaseIndex !== null && interview.phaseTotal !== null
        ? ` · phase ${interview.phaseIndex} of ${interview.phaseTotal}`
        : "";
    return { label: `Interview in progress${phase}`, tone: "draft" };
  }
  if (facts.specState === "valid") return { label: "Spec written, not finished", tone: "draft" };
  return { label: "No spec yet", tone: "draft" };
}
