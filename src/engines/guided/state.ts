/**
 * Everything the guided interview has learned, rebuilt from the transcript on every
 * turn. Null means "not asked yet"; the step machine asks for the first null.
 */

export type Mode = "quick" | "detailed";
export type AccountsChoice = "none" | "email" | "social" | "roles";
export type SearchChoice = "none" | "keyword" | "filters";
export type SharingChoice = "none" | "links" | "collaborate";
export type SettingsChoice = "profile" | "email" | "in-app" | "reminders";
export type DashboardChoice = "none" | "overview" | "charts";

/** Technology picked by option id (see src/interview/guided-technology.ts); null means the default. */
export interface TechChoices {
  frontend: string | null;
  backend: string | null;
  database: string | null;
  apiStyle: string | null;
  deployment: string | null;
  /** Preferences in the person's words that no option matched. */
  notes: string[];
}

/** A feature the person added outside the feature questions, with the area it came from. */
export interface ExtraFeature {
  text: string;
  /** A category to file it under (e.g. "Accounts"), or null to let the words decide. */
  category: string | null;
}

export interface Clarification {
  /** The vague statement, as the person's statements list has it. */
  statement: string;
  /** What they said it means; null when they skipped. */
  answer: string | null;
}

export interface InterviewState {
  overview: string[];
  overviewFollowedUp: boolean;
  mode: Mode | null;
  /** "defaults" or "preferences" in quick mode; null until answered. */
  techApproach: "defaults" | "preferences" | null;
  techPreferencesGiven: boolean;
  frontendAsked: boolean;
  backendAsked: boolean;
  tech: TechChoices;
  storesData: boolean | null;
  mainExperience: string | null;
  accounts: AccountsChoice | null;
  manages: string | null;
  search: SearchChoice | null;
  sharing: SharingChoice | null;
  settings: SettingsChoice[] | null;
  dashboards: DashboardChoice | null;
  domainExtras: string | null;
  clarifications: Clarification[];
  extraFeatures: ExtraFeature[];
  /** Lower-case phrases; features containing one are left out. */
  removals: string[];
  /** How many derived features the spec carries; null until the count is adjusted or agreed. */
  derivedLimit: number | null;
  countConfirmed: boolean;
  designConfirmed: boolean;
  designChangePending: boolean;
  /** Design wishes in the person's words: fields, tables, anything else. */
  designNotes: string[];
  databaseAsked: boolean;
  apiAsked: boolean;
  deploymentAsked: boolean;
  successCriteria: string[] | null;
  reviewChangePending: boolean;
  approved: boolean;
  /** How many times the spec files were written. */
  writes: number;
  /** Images the session saved, relative to the project folder. */
  mockups: string[];
}

export function initialState(): InterviewState {
  return {
    overview: [],
    overviewFollowedUp: false,
    mode: null,
    techApproach: null,
    techPreferencesGiven: false,
    frontendAsked: false,
    backendAsked: false,
    tech: { frontend: null, backend: null, database: null, apiStyle: null, deployment: null, notes: [] },
    storesData: null,
    mainExperience: null,
    accounts: null,
    manages: null,
    search: null,
    sharing: null,
    settings: null,
    dashboards: null,
    domainExtras: null,
    clarifications: [],
    extraFeatures: [],
    removals: [],
    derivedLimit: null,
    countConfirmed: false,
    designConfirmed: false,
    designChangePending: false,
    designNotes: [],
    databaseAsked: false,
    apiAsked: false,
    deploymentAsked: false,
    successCriteria: null,
    reviewChangePending: false,
    approved: false,
    writes: 0,
    mockups: [],
  };
}
