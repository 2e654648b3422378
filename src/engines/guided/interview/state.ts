import type { SoftwareKind } from "../../../app-spec/kinds.js";

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
export type OfflineChoice = "sync" | "full" | "online";

/** Technology picked by option id (see src/interview/guided-technology.ts); null means the default. */
export interface TechChoices {
  frontend: string | null;
  backend: string | null;
  database: string | null;
  apiStyle: string | null;
  deployment: string | null;
  /** What a command-line tool or library is written in. */
  runtime: string | null;
  /** What a phone app is built with. */
  mobile: string | null;
  /** Each part of the stack the person named, in their words ("Python + Django"); it decides that part. */
  said: Partial<
    Record<"frontend" | "backend" | "database" | "apiStyle" | "deployment" | "runtime" | "mobile", string>
  >;
  /** Libraries the person named that decide no part of the stack on their own ("Pillow"). */
  libraries: string[];
  /** Preferences in the person's words that no part of the stack took. */
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
  /** What kind of software it is; null until read from the overview or asked. */
  kind: SoftwareKind | null;
  /** Set once "Something else" was picked, so the second kind question is asked. */
  kindMore: boolean;
  /** A phone app's needs without a connection. */
  offline: OfflineChoice | null;
  /** A command-line tool's commands and flags in the person's words; "" when they left them to us. */
  commands: string | null;
  /** The person agreed to the list of things the software keeps. */
  thingsConfirmed: boolean;
  thingsChangePending: boolean;
  /** Their changes to that list, in their words and in order ("rename vans to trucks"). */
  thingEdits: string[];
  /** Things the interviewer suggested and the person accepted, singular. */
  acceptedSuggestions: string[];
  /** Whole parts the person asked to drop ("remove the web screens"). */
  dropped: { screens: boolean; api: boolean };
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
  /** What the person added when asked "anything else?", each answer a paragraph of its own. */
  domainExtras: string | null;
  /** Whether to ask "anything else?" once more: the last answer added something. */
  domainExtrasOpen: boolean;
  /** How many answers to "anything else?" added something. */
  domainExtrasRounds: number;
  clarifications: Clarification[];
  extraFeatures: ExtraFeature[];
  /** Lower-case phrases; features containing one are left out. */
  removals: string[];
  /**
   * What the person took out after the interview, in their words ("comments" from "drop
   * the comments"): out of scope, and kept out of every part, like a "no" they said before.
   */
  leftOut: string[];
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
    kind: null,
    kindMore: false,
    offline: null,
    commands: null,
    thingsConfirmed: false,
    thingsChangePending: false,
    thingEdits: [],
    acceptedSuggestions: [],
    dropped: { screens: false, api: false },
    mode: null,
    techApproach: null,
    techPreferencesGiven: false,
    frontendAsked: false,
    backendAsked: false,
    tech: {
      frontend: null,
      backend: null,
      database: null,
      apiStyle: null,
      deployment: null,
      runtime: null,
      mobile: null,
      said: {},
      libraries: [],
      notes: [],
    },
    storesData: null,
    mainExperience: null,
    accounts: null,
    manages: null,
    search: null,
    sharing: null,
    settings: null,
    dashboards: null,
    domainExtras: null,
    domainExtrasOpen: false,
    domainExtrasRounds: 0,
    clarifications: [],
    extraFeatures: [],
    removals: [],
    leftOut: [],
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
