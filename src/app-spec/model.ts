import type { SoftwareKind } from "./kinds.js";

/**
 * The app spec as data, as engines build it and `renderAppSpec` turns it into
 * `app_spec.txt`. Free-text fields are prose; lists are one item per entry (rendered
 * as `- ` lines).
 */
export interface AppSpecModel {
  projectName: string;
  /** What kind of software it is; absent means a web app, and nothing is written for it. */
  kind?: SoftwareKind;
  overview: string;
  technologyStack: {
    /** What people see and touch: the browser, phone or desktop front end; empty for none. */
    frontend: string[];
    /** The server; empty for software without one. */
    backend: string[];
    /** What stores the data, or a sentence starting "none" for an app that keeps nothing. */
    database: string;
    /** How front and back end talk; empty for software without both. */
    communication: string[];
    /** The language and runtime a program without a server runs on (a command-line tool, a library). */
    runtime?: string[];
    /** Libraries the program is built with. */
    libraries?: string[];
  };
  prerequisites: string[];
  featureCount: number;
  securityAndAccessControl: string[];
  /** One category per entry; each holds its features. */
  coreFeatures: FeatureCategory[];
  /** What the person excluded, in their words: kept out of every other section. */
  outOfScope?: string[];
  databaseSchema: SchemaTable[];
  apiEndpoints: EndpointGroup[];
  /** A command-line tool's commands, each with its usage and flags. */
  commandLineInterface?: CommandSpec[];
  /** A library's functions, classes and types. */
  publicInterface?: string[];
  uiLayout: string[];
  /** A mobile app's behaviour without a connection. */
  offlineSupport?: string[];
  designSystem: string[];
  implementationSteps: ImplementationStep[];
  successCriteria: string[];
}

export interface FeatureCategory {
  /** Shown to people, e.g. "Recipe management". Rendered as a snake_case element name. */
  name: string;
  features: string[];
}

export interface SchemaTable {
  name: string;
  /** e.g. "id (primary key)", "title (text, required)". */
  fields: string[];
}

export interface EndpointGroup {
  name: string;
  /** e.g. "GET /api/recipes - list recipes". */
  endpoints: string[];
}

export interface CommandSpec {
  /** The command as typed after the program's name, e.g. "rename"; the element name. */
  name: string;
  /** e.g. "Usage: photo-renamer rename FOLDER", "--dry-run: show the new names without renaming". */
  lines: string[];
}

export interface ImplementationStep {
  title: string;
  tasks: string[];
}
