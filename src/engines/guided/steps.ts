import type { InterviewPhaseId } from "../../types/phases.js";
import { vagueStatements } from "./person-statements.js";
import type { InterviewState } from "./state.js";

/** Every step of the guided interview; an assistant entry records the one it asked. */
export const STEP_PHASES = {
  overview: "overview",
  "overview-more": "overview",
  involvement: "involvement",
  "tech-quick": "technology",
  "tech-preferences": "technology",
  "tech-frontend": "technology",
  "tech-backend": "technology",
  data: "data",
  "features-main": "features",
  "features-accounts": "features",
  "features-manages": "features",
  "features-search": "features",
  "features-sharing": "features",
  "features-settings": "features",
  "features-dashboards": "features",
  "features-domain": "features",
  "features-clarify": "features",
  "feature-count": "feature-count",
  "design-quick": "design",
  "design-change": "design",
  "design-database": "design",
  "design-api": "design",
  "design-deployment": "design",
  success: "success",
  review: "review",
  "review-change": "review",
  done: "review",
} as const satisfies Record<string, InterviewPhaseId>;

export type StepId = keyof typeof STEP_PHASES;

export function isStepId(value: unknown): value is StepId {
  return typeof value === "string" && Object.hasOwn(STEP_PHASES, value);
}

export function phaseOf(step: StepId): InterviewPhaseId {
  return STEP_PHASES[step];
}

/** At most this many "what exactly do you mean?" follow-ups. */
export const MAX_CLARIFICATIONS = 2;

/** An overview this short gets one follow-up asking for more. */
const THIN_OVERVIEW_WORDS = 8;

export function isThin(text: string): boolean {
  return (
    text
      .trim()
      .split(/\s+/)
      .filter((word) => word.length > 0).length < THIN_OVERVIEW_WORDS
  );
}

/**
 * The step to ask next: the first thing the interview does not know yet. Because it
 * reads only the state, replaying a transcript always lands on the same step.
 */
export function nextStep(state: InterviewState): StepId {
  if (state.overview.length === 0) return "overview";
  if (!state.overviewFollowedUp && isThin(state.overview.join(" "))) return "overview-more";
  if (state.mode === null) return "involvement";
  const technology = technologyStep(state);
  if (technology) return technology;
  if (state.storesData === null) return "data";
  const feature = featureStep(state);
  if (feature) return feature;
  if (!state.countConfirmed) return "feature-count";
  const design = designStep(state);
  if (design) return design;
  if (state.successCriteria === null) return "success";
  if (state.reviewChangePending) return "review-change";
  if (!state.approved) return "review";
  return "done";
}

function technologyStep(state: InterviewState): StepId | null {
  if (state.mode === "quick") {
    if (state.techApproach === null) return "tech-quick";
    if (state.techApproach === "preferences" && !state.techPreferencesGiven) return "tech-preferences";
    return null;
  }
  if (!state.frontendAsked) return "tech-frontend";
  if (!state.backendAsked) return "tech-backend";
  return null;
}

function featureStep(state: InterviewState): StepId | null {
  if (state.mainExperience === null) return "features-main";
  if (state.accounts === null) return "features-accounts";
  if (state.manages === null) return "features-manages";
  if (state.search === null) return "features-search";
  if (state.sharing === null) return "features-sharing";
  if (state.settings === null) return "features-settings";
  if (state.dashboards === null) return "features-dashboards";
  if (state.domainExtras === null) return "features-domain";
  const stillInFeatures = !state.countConfirmed && state.derivedLimit === null;
  if (
    stillInFeatures &&
    state.clarifications.length < MAX_CLARIFICATIONS &&
    vagueStatements(state).length > 0
  ) {
    return "features-clarify";
  }
  return null;
}

function designStep(state: InterviewState): StepId | null {
  if (state.mode === "detailed") {
    if (!state.databaseAsked && state.storesData !== false) return "design-database";
    if (!state.apiAsked) return "design-api";
    if (!state.deploymentAsked) return "design-deployment";
    return null;
  }
  if (state.designChangePending) return "design-change";
  if (!state.designConfirmed) return "design-quick";
  return null;
}
