import type { AppSpecModel, CommandSpec, ImplementationStep } from "../../../app-spec/model.js";
import { type Analysis, PROGRAM } from "../design/analysis.js";
import { AREA_CATEGORIES } from "../design/categories.js";
import { isServerless, type ResolvedTech, resolveTech } from "../design/tech.js";
import type { InterviewState } from "../interview/state.js";
import { defaultSuccessCriteria } from "../interview/success.js";
import { pluralize } from "../language/inflection.js";

/** Colour sets, one picked per app from its own words so two apps rarely look alike. */
const PALETTES = [
  { name: "warm terracotta", primary: "#C8553D", background: "#FFF8F0", text: "#2D2A26", accent: "#F2A65A" },
  { name: "calm blue", primary: "#2F5D8A", background: "#F7F9FC", text: "#1F2933", accent: "#5FB3B3" },
  { name: "fresh green", primary: "#2A9D8F", background: "#F6FBF9", text: "#1E2D2B", accent: "#E9C46A" },
  { name: "deep violet", primary: "#5B4B8A", background: "#FAF8FF", text: "#24203A", accent: "#F28C8C" },
  { name: "sunny orange", primary: "#E76F24", background: "#FFFBF5", text: "#2B2118", accent: "#3D8BD9" },
];

/**
 * The app spec as data, built from the interview: the person's words for the overview
 * and their features, everything else derived from them.
 */
export function buildSpecModel(projectName: string, state: InterviewState, analysis: Analysis): AppSpecModel {
  const tech = resolveTech(state);
  const featureCount = analysis.categories.reduce((total, category) => total + category.features.length, 0);
  const kind = analysis.kind;
  const screens = analysis.screens.length > 0;
  return {
    projectName,
    kind,
    overview: overviewText(state),
    technologyStack: {
      frontend: tech.frontend,
      backend: tech.backend,
      database: tech.database,
      communication: tech.communication,
      runtime: tech.runtime,
      libraries: tech.libraries,
    },
    prerequisites: tech.prerequisites,
    featureCount,
    securityAndAccessControl: isServerless(kind) ? [] : securityLines(state, analysis),
    coreFeatures: analysis.categories,
    // "must not send emails" is something it never does; "no GPS tracking" something it has not.
    outOfScope: analysis.exclusions.map((exclusion) =>
      exclusion.action ? `Never ${exclusion.said}` : sentenceCase(exclusion.said),
    ),
    databaseSchema: analysis.tables,
    apiEndpoints: analysis.endpoints,
    commandLineInterface: commandsFor(projectName, analysis),
    publicInterface: analysis.publicInterface,
    uiLayout: analysis.screens,
    offlineSupport: analysis.offline,
    designSystem: screens ? designSystemLines(analysis) : [],
    implementationSteps: implementationSteps(analysis, tech, state),
    successCriteria: successCriteria(state, analysis, featureCount),
  };
}

/** The commands with the program named after the project. */
export function commandsFor(projectName: string, analysis: Analysis): CommandSpec[] {
  const program =
    projectName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "tool";
  return analysis.commands.map((command) => ({
    name: command.name === PROGRAM ? program : command.name,
    lines: command.lines.map((line) => line.replaceAll(PROGRAM, program)),
  }));
}

function sentenceCase(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

function overviewText(state: InterviewState): string {
  const description = state.overview.map((text) => asSentence(text.trim().replace(/\s+/g, " "))).join(" ");
  const visit = state.mainExperience
    ? ` A typical visit, in the person's words: ${state.mainExperience.trim().replace(/\s+/g, " ")}`
    : "";
  return `${description}${visit}`.trim() || "An app described in a guided interview.";
}

/** "shift scheduler" → "Shift scheduler.", so two answers read as two sentences. */
function asSentence(text: string): string {
  if (text.length === 0) return text;
  const capitalized = text[0]!.toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

function securityLines(state: InterviewState, analysis: Analysis): string[] {
  const things = pluralize(analysis.entities[0] ?? "entry");
  const lines: string[] = [];
  const accounts = state.accounts ?? "none";
  if (accounts === "none") {
    lines.push("No accounts: everyone who opens the app can use everything in it");
  } else if (accounts === "social") {
    lines.push("Sign-in with Google through OAuth 2.0; the app never sees a password");
    lines.push("Sessions live in secure, http-only, same-site cookies");
  } else {
    lines.push("Passwords are hashed with bcrypt and never stored or logged in plain text");
    lines.push("Sessions live in secure, http-only, same-site cookies");
    lines.push("Log-in attempts are rate-limited to slow down password guessing");
  }
  if (accounts === "roles")
    lines.push(`Every API route checks the user's role before it acts (${roleNames(analysis)})`);
  else if (accounts !== "none")
    lines.push(
      `Each user only sees and changes their own ${things}${state.sharing === "none" ? "" : " and what is shared with them"}`,
    );
  if (state.sharing === "links")
    lines.push("Shared links use long random tokens and stop working as soon as they are turned off");
  lines.push("Every input is validated on the server before it is stored");
  return lines;
}

function roleNames(analysis: Analysis): string {
  return analysis.roles.length > 0
    ? [...analysis.roles.map((role) => pluralize(role)), "admins"].join(", ")
    : "admins and members";
}

function designSystemLines(analysis: Analysis): string[] {
  const palette = PALETTES[hash(analysis.domain.phrase) % PALETTES.length]!;
  const cards =
    analysis.entities.length > 0
      ? analysis.entities
          .slice(0, 3)
          .map((entity) => pluralize(entity))
          .join(", ")
      : "entries";
  return [
    `Colours (${palette.name}): primary ${palette.primary}, background ${palette.background}, text ${palette.text}, accent ${palette.accent} for highlights`,
    "Type and spacing: the system font stack, 16px body text, bold headings, an 8px spacing grid, 8px rounded corners",
    `Components: cards for ${cards}; one clear primary button per screen; forms with labels above fields and errors right under them`,
    "Tone: friendly and plain; every empty screen says what to do next",
  ];
}

function hash(text: string): number {
  let value = 0;
  for (const character of text) value = (value * 31 + character.charCodeAt(0)) >>> 0;
  return value;
}

function implementationSteps(
  analysis: Analysis,
  tech: ResolvedTech,
  state: InterviewState,
): ImplementationStep[] {
  const steps: ImplementationStep[] = [];
  const setup: string[] = [];
  if (tech.frontend.length > 0) setup.push(`Create the front end (${tech.frontend[0]})`);
  if (tech.backend.length > 0) setup.push(`Create the back end (${tech.backend[0]})`);
  if (tech.runtime.length > 0)
    setup.push(`Create the project (${tech.runtime[0]}) with its command-line entry point`);
  if (analysis.tables.length > 0) {
    const database = tech.database.replace(/\s*\(.*\)$/, "");
    setup.push(
      `Create the ${database} database with the tables ${analysis.tables.map((table) => table.name).join(", ")}`,
    );
  } else if (state.storesData === false && state.tech.said.database) {
    // "loads them into BigQuery": a database of theirs the software uses, with no tables of its own here.
    setup.push(`Set up access to ${tech.database.replace(/\s*\(.*\)$/, "")}`);
  } else if (state.storesData === false) {
    setup.push(
      isServerless(analysis.kind)
        ? "No database: it keeps nothing between runs"
        : "No database: keep everything in the page's memory",
    );
  }
  setup.push(
    isServerless(analysis.kind)
      ? "One command installs it for development and runs the tests"
      : "One command starts everything for development",
  );
  steps.push({ title: "Project setup and data", tasks: setup });
  for (const category of analysis.categories) {
    if (category.name === analysis.basics) continue;
    const endpoints = analysis.endpoints.find((group) => group.name === category.name);
    const tasks = [...category.features.slice(0, 6)];
    if (endpoints && endpoints.endpoints.length > 0)
      tasks.unshift(
        `Build the API: ${endpoints.endpoints
          .map((line) => line.split(" - ")[0])
          .slice(0, 6)
          .join(", ")}`,
      );
    const more = category.features.length - 6;
    if (more > 0)
      tasks.push(
        `…and ${more} more ${more === 1 ? "feature" : "features"} of ${category.name}, as listed in core_features`,
      );
    steps.push({ title: category.name, tasks });
  }
  const basics = analysis.categories.find((category) => category.name === analysis.basics);
  steps.push({
    title: "Polish and testing",
    tasks: [
      ...(basics?.features ?? []),
      ...(analysis.screens.length > 0
        ? [
            "Empty states, loading indicators and friendly error messages on every screen",
            analysis.kind === "desktop app"
              ? "Check every window at small and large sizes"
              : "Check every screen in a phone-sized window",
          ]
        : analysis.commands.length > 0
          ? ["Clear messages and exit codes for every error", "Check --help for every command"]
          : ["Clear error messages for every wrong input"]),
      "A test for every feature in this spec",
    ],
  });
  return orderSteps(steps);
}

/** Accounts come right after setup: everything else is built for a signed-in person. */
function orderSteps(steps: ImplementationStep[]): ImplementationStep[] {
  const accounts = steps.find((step) => step.title === AREA_CATEGORIES.accounts);
  if (!accounts) return steps;
  const rest = steps.filter((step) => step !== accounts);
  return [rest[0]!, accounts, ...rest.slice(1)];
}

function successCriteria(state: InterviewState, analysis: Analysis, featureCount: number): string[] {
  const chosen =
    state.successCriteria && state.successCriteria.length > 0
      ? state.successCriteria
      : defaultSuccessCriteria(state, analysis);
  return [...chosen, `All ${featureCount} features in this spec work as described and each has a test`];
}
