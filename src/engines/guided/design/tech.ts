import type { SoftwareKind } from "../../../app-spec/kinds.js";
import {
  API_STYLE_CHOICES,
  BACKEND_CHOICES,
  DATABASE_CHOICES,
  DEFAULT_CHOICES,
  DEPLOYMENT_CHOICES,
  DESKTOP_STACK,
  FRONTEND_CHOICES,
  MOBILE_CHOICES,
  RUNTIME_CHOICES,
  type StackChoice,
} from "../../../interview/guided-technology.js";
import type { InterviewState, TechChoices } from "../interview/state.js";
import { readTechnology, type StackPart, unplacedTechnology } from "../understanding/technology-words.js";

export type TechSlot = "frontend" | "backend" | "database" | "apiStyle" | "deployment" | "runtime" | "mobile";

const CATALOGUES: Record<TechSlot, Record<string, StackChoice>> = {
  frontend: FRONTEND_CHOICES,
  backend: BACKEND_CHOICES,
  database: DATABASE_CHOICES,
  apiStyle: API_STYLE_CHOICES,
  deployment: DEPLOYMENT_CHOICES,
  runtime: RUNTIME_CHOICES,
  mobile: MOBILE_CHOICES,
};

const SLOT_NAMES: Record<TechSlot, string> = {
  frontend: "Front end",
  backend: "Back end",
  database: "Database",
  apiStyle: "API",
  deployment: "Deployment",
  runtime: "Language",
  mobile: "App",
};

const SLOT_DEFAULTS: Record<TechSlot, string> = { ...DEFAULT_CHOICES, runtime: "python", mobile: "expo" };

export interface ResolvedTech {
  frontend: string[];
  backend: string[];
  database: string;
  communication: string[];
  runtime: string[];
  libraries: string[];
  prerequisites: string[];
  /** The choices made for the person, to show under "I added". */
  chosenForThem: string[];
}

/** Whether the software runs without a server of its own: a command-line tool, a library. */
export function isServerless(kind: SoftwareKind): boolean {
  return kind === "command-line tool" || kind === "library";
}

export function kindOf(state: InterviewState): SoftwareKind {
  return state.kind ?? "web app";
}

/** Libraries that read a command line's commands and flags, in the languages tools are written in. */
const COMMAND_PARSERS =
  /\b(?:cobra|urfave|kingpin|kong|click|typer|docopt|fire|yargs|commander|oclif|meow|cac|citty|clap|structopt|argh|picocli|thor|cliffy|argparse)\b/i;

/** Runtimes that run a catalogue's language but install and test their own way. */
const RUNTIMES_OF_THEIR_OWN = /\b(?:deno|bun|pypy|graalvm|jruby)\b/;

/** The catalogue option a phrase names in one slot, if any ("Django" → python). */
function optionFor(slot: TechSlot, text: string): string | null {
  const lower = ` ${text.toLowerCase()} `;
  // "Deno", "Bun": a runtime of its own for a language the catalogue runs on another one.
  // The person's word stays, with nothing of the other runtime's tools or installs.
  if ((slot === "runtime" || slot === "backend") && RUNTIMES_OF_THEIR_OWN.test(lower)) return null;
  for (const [id, choice] of Object.entries(CATALOGUES[slot])) {
    if (choice.keywords.some((keyword) => containsKeyword(lower, keyword))) return id;
  }
  return null;
}

function containsKeyword(lower: string, keyword: string): boolean {
  if (keyword.startsWith(" ") || /[^a-z0-9 ]/.test(keyword)) return lower.includes(keyword);
  return new RegExp(`\\b${keyword}\\b`).test(lower);
}

/**
 * Applies what a text says about technology: each part it names is kept in the
 * person's words and decides that part of the stack. Reports the parts it decided.
 */
export function applyTechnology(
  tech: TechChoices,
  text: string,
  kind: SoftwareKind = "web app",
  options: { strict?: boolean } = {},
): { tech: TechChoices; matched: TechSlot[] } {
  const serverless = isServerless(kind);
  const said = readTechnology(text, { serverless, strict: options.strict === true });
  const matched: TechSlot[] = [];
  let next: TechChoices = { ...tech, said: { ...tech.said } };
  for (const entry of said) {
    const slot = slotFor(entry.part, kind);
    if (slot === null) continue;
    next = { ...next, [slot]: optionFor(slot, entry.said), said: { ...next.said, [slot]: entry.said } };
    matched.push(slot);
  }
  if (matched.length > 0 && options.strict !== true) {
    const extra = unplacedTechnology(text);
    if (extra.length > 0) next = { ...next, libraries: [...new Set([...next.libraries, ...extra])] };
  }
  return { tech: next, matched };
}

/** The slot a part of the stack fills for this kind: a phone app's front end is the app itself. */
function slotFor(part: StackPart, kind: SoftwareKind): TechSlot | null {
  if (part === "libraries") return null;
  // A phone app's front end is the app itself: "a PWA", "React Native".
  if (kind === "mobile app" && part === "frontend") return "mobile";
  return part;
}

/** A pick from a question's options: the catalogue's own words, no phrase of the person's. */
export function pickOption(tech: TechChoices, slot: TechSlot, id: string): TechChoices {
  const said = { ...tech.said };
  delete said[slot];
  return { ...tech, [slot]: id, said };
}

export function describeSlot(slot: TechSlot, tech: TechChoices): string {
  const id = tech[slot];
  return `${SLOT_NAMES[slot]}: ${tech.said[slot] ?? (id ? CATALOGUES[slot][id]?.stack[0] : null) ?? id ?? "default"}`;
}

/** A slot's lines for the spec: the person's words when they gave some, else the option's (or the default's). */
function slotLines(
  state: InterviewState,
  slot: TechSlot,
): { lines: string[]; choice: StackChoice; chosen: boolean } {
  const id = state.tech[slot] ?? SLOT_DEFAULTS[slot];
  const choice = CATALOGUES[slot][id] ?? CATALOGUES[slot][SLOT_DEFAULTS[slot]]!;
  const said = state.tech.said[slot];
  const chosen = state.tech[slot] !== null || said !== undefined;
  if (said)
    return {
      lines: [state.tech[slot] ? withProductNamed(said, choice) : said],
      choice: state.tech[slot] ? choice : { ...choice, stack: [], prerequisites: [] },
      chosen,
    };
  return { lines: [...choice.stack], choice, chosen };
}

/**
 * "postgres (PostgreSQL 16)", "mongo (MongoDB 7)": the person's short name for a product, with
 * the product it names, so the coding agent knows which; "Ruby on Rails", said whole, stays so.
 */
function withProductNamed(said: string, choice: StackChoice): string {
  const product = choice.stack[0]?.replace(/\s*\([^()]*\)\s*$/, "");
  if (!product || said.split(/\s+/).length > 3) return said;
  const words = new Set(product.toLowerCase().split(/[\s,]+/));
  return said
    .toLowerCase()
    .split(/\s+/)
    .every((word) => words.has(word))
    ? said
    : `${said} (${product})`;
}

/** The stack the spec carries for the kind of software, with defaults where the person chose nothing. */
export function resolveTech(state: InterviewState): ResolvedTech {
  const kind = kindOf(state);
  const storesData = state.storesData !== false;
  const chosenForThem: string[] = [];
  const prerequisites: string[] = [];
  const notes = state.tech.notes.map((note) => `The person's own technology wishes: ${note}`);
  const use = (slot: TechSlot) => {
    const resolved = slotLines(state, slot);
    if (!resolved.chosen) chosenForThem.push(`${SLOT_NAMES[slot]}: ${resolved.lines[0]}`);
    for (const line of resolved.choice.prerequisites)
      if (!prerequisites.includes(line)) prerequisites.push(line);
    return resolved.lines;
  };
  // A database the person named ("loads them into BigQuery") is theirs, even when the software keeps nothing itself.
  const namedDatabase = state.tech.said.database !== undefined;
  const database = (fallback: string): string => {
    if (!storesData && !namedDatabase) return fallback;
    const lines = use("database");
    return lines[0]!;
  };
  const empty = { frontend: [], backend: [], communication: [], runtime: [], libraries: [] };

  if (isServerless(kind)) {
    const runtime = use("runtime");
    const id = state.tech.runtime ?? (state.tech.said.runtime ? null : SLOT_DEFAULTS.runtime);
    // A library has no commands: it keeps only the catalogue's test library. A tool whose
    // person named what reads its commands ("go w cobra for the commands") keeps theirs alone.
    const parserNamed = state.tech.libraries.some((line) => COMMAND_PARSERS.test(line));
    const catalogue = (id ? (RUNTIME_CHOICES[id]?.libraries ?? []) : []).filter(
      (line) => (kind === "command-line tool" && !parserNamed) || !/commands and flags/.test(line),
    );
    const libraries = [...catalogue, ...state.tech.libraries];
    // A runtime the catalogue does not carry ("Deno") is itself what must be installed.
    if (prerequisites.length === 0 && state.tech.said.runtime) prerequisites.push(state.tech.said.runtime);
    return {
      ...empty,
      runtime: [...runtime, ...notes],
      libraries,
      database:
        storesData || namedDatabase
          ? database("")
          : `none - the ${kind === "library" ? "library" : "tool"} keeps nothing between runs`,
      prerequisites,
      chosenForThem,
    };
  }
  if (kind === "mobile app") {
    const frontend = use("mobile");
    const offlineOnly = state.offline === "full" || !storesData;
    const backend = offlineOnly ? [] : [...use("backend"), ...notes];
    return {
      ...empty,
      frontend,
      backend,
      libraries: state.tech.libraries,
      database: offlineOnly
        ? storesData
          ? "on the phone only (the app's local database); nothing leaves the phone"
          : "none - the app keeps nothing"
        : database(""),
      communication: offlineOnly ? [] : ["A REST API with JSON over HTTPS, used to sync when online"],
      prerequisites: [...prerequisites, ...(offlineOnly ? [] : [])],
      chosenForThem,
    };
  }
  if (kind === "desktop app") {
    const frontend = state.tech.said.frontend ? use("frontend") : [...DESKTOP_STACK];
    return {
      ...empty,
      frontend: [...frontend, ...notes],
      libraries: state.tech.libraries,
      database: storesData ? database("") : "none - the app keeps nothing between runs",
      prerequisites: prerequisites.length > 0 ? prerequisites : ["Node.js 20 or newer with npm"],
      chosenForThem,
    };
  }
  const withFrontend = kind === "web app";
  const frontend = withFrontend ? use("frontend") : [];
  const backend = [...use("backend"), ...use("deployment"), ...notes];
  const communication = use("apiStyle");
  const frontendNeedsNode =
    withFrontend &&
    state.tech.frontend !== "plain" &&
    !prerequisites.some((line) => line.startsWith("Node.js"));
  if (frontendNeedsNode) prerequisites.push("Node.js 20 or newer with npm (to build the front end)");
  const resolvedDatabase = storesData
    ? database("")
    : "none - the app keeps nothing between visits; anything it needs lives in the browser tab";
  if (prerequisites.length === 0) prerequisites.push("A modern web browser");
  return {
    ...empty,
    frontend,
    backend,
    libraries: state.tech.libraries,
    database: resolvedDatabase,
    communication: withFrontend ? [...communication] : communication.filter((line) => !/browser/i.test(line)),
    prerequisites,
    chosenForThem,
  };
}
