/** A phase of the interview, as a `phase` frame reports it. */
export interface Phase {
  id: string;
  title: string;
}

/**
 * The interview's phases, in order. The guided engine walks them one by one, the
 * interview skill asks a model to do the same, `phase` frames carry their index, and
 * the page draws them as its progress rail; so they live with the shared shapes.
 */
export const INTERVIEW_PHASES = [
  { id: "overview", title: "Overview" },
  { id: "involvement", title: "Involvement" },
  { id: "technology", title: "Technology" },
  { id: "data", title: "Data storage" },
  { id: "features", title: "Features" },
  { id: "feature-count", title: "Feature count" },
  { id: "design", title: "Technical design" },
  { id: "success", title: "Success criteria" },
  { id: "review", title: "Review and approval" },
] as const satisfies readonly Phase[];

export type InterviewPhaseId = (typeof INTERVIEW_PHASES)[number]["id"];

/** The phase ids in order, as a tuple a schema can enumerate. */
export const INTERVIEW_PHASE_IDS = INTERVIEW_PHASES.map((phase) => phase.id) as [
  InterviewPhaseId,
  ...InterviewPhaseId[],
];

export function isInterviewPhaseId(value: unknown): value is InterviewPhaseId {
  return typeof value === "string" && (INTERVIEW_PHASE_IDS as readonly string[]).includes(value);
}

/** The phase's position (1-based) and the total, as a `phase` event carries them. */
export function phaseEvent(id: InterviewPhaseId): {
  type: "phase";
  id: InterviewPhaseId;
  title: string;
  index: number;
  total: number;
} {
  const index = INTERVIEW_PHASES.findIndex((phase) => phase.id === id);
  const phase = INTERVIEW_PHASES[index]!;
  return {
    type: "phase",
    id: phase.id,
    title: phase.title,
    index: index + 1,
    total: INTERVIEW_PHASES.length,
  };
}
