/** The vocabulary of app_spec.txt: which elements belong where. */

export const ROOT_ELEMENT = "project_specification";

/** Sections a spec cannot do without: a missing or empty one is an error. */
export const REQUIRED_SECTIONS = [
  "project_name",
  "overview",
  "technology_stack",
  "feature_count",
  "core_features",
  "success_criteria",
] as const;

/**
 * Sections a good web app spec has: a missing or empty one is a warning. Other kinds of
 * software recommend their own set (`KIND_SECTIONS` in kinds.ts).
 */
export const RECOMMENDED_SECTIONS = [
  "prerequisites",
  "security_and_access_control",
  "database_schema",
  "api_endpoints_summary",
  "ui_layout",
  "design_system",
  "implementation_steps",
] as const;

/** Every section of the root, in the order a rendered spec lists them. */
export const SECTION_ORDER = [
  "project_name",
  "software_kind",
  "overview",
  "technology_stack",
  "prerequisites",
  "feature_count",
  "security_and_access_control",
  "core_features",
  "out_of_scope",
  "database_schema",
  "api_endpoints_summary",
  "command_line_interface",
  "public_interface",
  "ui_layout",
  "offline_support",
  "design_system",
  "implementation_steps",
  "success_criteria",
] as const;

export type SectionName = (typeof SECTION_ORDER)[number];

/**
 * Which element names each parent expects. An element with one of these names inside
 * that parent is structure even when it is never closed (which makes it an error);
 * any other name only counts as structure when its closing tag follows.
 * `database` is expected directly in `technology_stack` too, because models put it there.
 */
const EXPECTED_CHILDREN: Record<string, readonly string[]> = {
  "": [ROOT_ELEMENT],
  [ROOT_ELEMENT]: SECTION_ORDER,
  technology_stack: ["frontend", "backend", "runtime", "libraries", "database", "communication"],
  backend: ["database"],
  implementation_steps: ["step"],
  step: ["title", "tasks"],
};

/** Whether `name` is a spec element where it stands (`parentName` is "" at the top of the file). */
export function isExpectedElement(name: string, parentName: string): boolean {
  return EXPECTED_CHILDREN[parentName]?.includes(name) ?? false;
}

/** What belongs in each element, for messages that tell a person or a model how to fix a spec. */
export const ELEMENT_PURPOSE: Record<string, string> = {
  project_name: "the app's name",
  software_kind:
    'what kind of software it is: "web app", "mobile app", "command-line tool", "api service", "desktop app" or "library"',
  out_of_scope: "what the person said the software must not have or do, one line each",
  command_line_interface:
    'one element per command, each holding its usage and flags as lines starting with "- "',
  public_interface: "the functions, classes or types the library offers, one line each",
  offline_support: "what works without a connection and how changes are synced later",
  runtime: "the language and runtime the program runs on",
  libraries: "the libraries the program is built with",
  overview: "what the app is, who it is for, and why",
  technology_stack: "<frontend>, <backend> (with <database>) and <communication>",
  prerequisites: "what must be installed or available before building",
  feature_count: "the number of feature lines in <core_features>",
  security_and_access_control: "accounts, roles and who may do what",
  core_features: 'one element per category, each holding the features as lines starting with "- "',
  database_schema: "the tables or collections and their fields",
  api_endpoints_summary: 'the endpoints, such as "GET /api/items - list items"',
  ui_layout: "the screens, their layout and the navigation between them",
  design_system: "colours, typography, spacing and components",
  implementation_steps: 'numbered <step number="1"> elements, each with a <title> and <tasks>',
  success_criteria: "what must be true for the app to count as done",
  frontend: "the frontend framework and libraries",
  backend: "the server runtime and framework, and a <database>",
  database: 'what stores the data, or "none" for an app that keeps nothing',
  communication: "how the frontend and backend talk, such as REST or WebSockets",
};
