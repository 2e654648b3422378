import type { SoftwareKind } from "../../../app-spec/kinds.js";
import type { InterviewPhaseId } from "../../../types/phases.js";
import { isServerless, kindOf } from "../design/tech.js";
import { vagueStatements } from "../understanding/person-statements.js";
import { splitStatements } from "../understanding/statements.js";
import type { InterviewState } from "./state.js";

/**
 * Every step of the guided interview. A step is always one of these names, never a
 * bare string: an assistant entry records the one it asked, and a replay reads it back
 * through `isStepId`.
 */
export const STEP_IDS = [
  "overview",
  "overview-more",
  "kind",
  "kind-more",
  "involvement",
  "tech-quick",
  "tech-preferences",
  "tech-frontend",
  "tech-backend",
  "tech-runtime",
  "tech-mobile",
  "data",
  "features-main",
  "features-offline",
  "features-accounts",
  "features-manages",
  "features-things",
  "features-things-change",
  "features-commands",
  "features-search",
  "features-sharing",
  "features-settings",
  "features-dashboards",
  "features-domain",
  "features-clarify",
  "feature-count",
  "design-quick",
  "design-change",
  "design-database",
  "design-api",
  "design-deployment",
  "success",
  "review",
  "review-change",
  "done",
] as const;

export type StepId = (typeof STEP_IDS)[number];

/** The interview phase each step belongs to, which the page shows. */
export const STEP_PHASES: Readonly<Record<StepId, InterviewPhaseId>> = {
  overview: "overview",
  "overview-more": "overview",
  kind: "overview",
  "kind-more": "overview",
  involvement: "involvement",
  "tech-quick": "technology",
  "tech-preferences": "technology",
  "tech-frontend": "technology",
  "tech-backend": "technology",
  "tech-runtime": "technology",
  "tech-mobile": "technology",
  data: "data",
  "features-main": "features",
  "features-offline": "features",
  "features-accounts": "features",
  "features-manages": "features",
  "features-things": "features",
  "features-things-change": "features",
  "features-commands": "features",
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
};

export function isStepId(value: unknown): value is StepId {
  return typeof value === "string" && (STEP_IDS as readonly string[]).includes(value);
}

export function phaseOf(step: StepId): InterviewPhaseId {
  return STEP_PHASES[step];
}

/** At most this many "what exactly do you mean?" follow-ups. */
export const MAX_CLARIFICATIONS = 2;

/**
 * An overview this short gets one follow-up asking for more; up to the longer lengths,
 * when it says one thing it does only, beside who uses it ("app for logging our baby's
 * feeds, nappies and sleep. me and my wife both use it").
 */
const VERY_THIN_OVERVIEW_WORDS = 8;
const THIN_OVERVIEW_WORDS = 15;
const SHORT_OVERVIEW_WORDS = 25;

export function isThin(text: string): boolean {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0).length;
  // "a job that checks the river level for our canoe hire" says one thing it does: ask for more.
  if (words < VERY_THIN_OVERVIEW_WORDS) return true;
  if (words >= SHORT_OVERVIEW_WORDS) return false;
  // "me and my wife both use it" says who uses it, not what it does.
  const said = splitStatements(text);
  const doing = said.filter((statement) => !/\b(?:use|uses|using)\s+(?:it|this|the app)\b/i.test(statement));
  return doing.length <= 1 && (words < THIN_OVERVIEW_WORDS || doing.length < said.length);
}

/**
 * The step to ask next: the first thing the interview does not know yet. Because it
 * reads only the state, replaying a transcript always lands on the same step.
 */
export function nextStep(state: InterviewState): StepId {
  if (state.overview.length === 0) return "overview";
  if (!state.overviewFollowedUp && isThin(state.overview.join(" "))) return "overview-more";
  if (state.kind === null) return state.kindMore ? "kind-more" : "kind";
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
  const kind = kindOf(state);
  if (isServerless(kind)) return state.backendAsked ? null : "tech-runtime";
  if (kind === "mobile app") {
    if (!state.frontendAsked) return "tech-mobile";
    if (!state.backendAsked) return "tech-backend";
    return null;
  }
  if (kind !== "api service" && !state.frontendAsked) return "tech-frontend";
  if (kind !== "desktop app" && !state.backendAsked) return "tech-backend";
  return null;
}

/** Which of the standard feature areas fit each kind of software. */
const AREAS_BY_KIND: Readonly<Record<SoftwareKind, readonly FeatureArea[]>> = {
  "web app": ["accounts", "search", "sharing", "settings", "dashboards"],
  "mobile app": ["accounts", "search", "sharing", "settings", "dashboards"],
  "desktop app": ["search", "settings", "dashboards"],
  "api service": ["accounts", "search"],
  "command-line tool": [],
  library: [],
};

export type FeatureArea = "accounts" | "search" | "sharing" | "settings" | "dashboards";

export function asksArea(state: InterviewState, area: FeatureArea): boolean {
  return AREAS_BY_KIND[kindOf(state)].includes(area);
}

/** Whether to ask what the software keeps: not for a tool or library that keeps nothing. */
export function asksThings(state: InterviewState): boolean {
  return !(isServerless(kindOf(state)) && state.storesData === false);
}

function featureStep(state: InterviewState): StepId | null {
  const kind = kindOf(state);
  if (state.mainExperience === null) return "features-main";
  if (kind === "mobile app" && state.offline === null) return "features-offline";
  if (state.accounts === null && asksArea(state, "accounts")) return "features-accounts";
  if (asksThings(state)) {
    if (state.manages === null) return "features-manages";
    if (state.storesData !== false && !state.thingsConfirmed)
      return state.thingsChangePending ? "features-things-change" : "features-things";
  }
  if (kind === "command-line tool" && state.commands === null) return "features-commands";
  if (state.search === null && asksArea(state, "search")) return "features-search";
  if (state.sharing === null && asksArea(state, "sharing")) return "features-sharing";
  if (state.settings === null && asksArea(state, "settings")) return "features-settings";
  if (state.dashboards === null && asksArea(state, "dashboards")) return "features-dashboards";
  if (state.domainExtras === null || state.domainExtrasOpen) return "features-domain";
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
    const kind = kindOf(state);
    const server =
      kind === "web app" || kind === "api service" || (kind === "mobile app" && state.offline !== "full");
    if (!state.databaseAsked && state.storesData !== false) return "design-database";
    if (!state.apiAsked && server && !state.dropped.api) return "design-api";
    if (!state.deploymentAsked && server) return "design-deployment";
    return null;
  }
  if (state.designChangePending) return "design-change";
  if (!state.designConfirmed) return "design-quick";
  return null;
}
