import {
  API_STYLE_CHOICES,
  BACKEND_CHOICES,
  DATABASE_CHOICES,
  DEFAULT_CHOICES,
  DEPLOYMENT_CHOICES,
  FRONTEND_CHOICES,
  type StackChoice,
} from "../../interview/guided-technology.js";
import type { InterviewState, TechChoices } from "./state.js";

export type TechSlot = "frontend" | "backend" | "database" | "apiStyle" | "deployment";

const CATALOGUES: Record<TechSlot, Record<string, StackChoice>> = {
  frontend: FRONTEND_CHOICES,
  backend: BACKEND_CHOICES,
  database: DATABASE_CHOICES,
  apiStyle: API_STYLE_CHOICES,
  deployment: DEPLOYMENT_CHOICES,
};

const SLOT_NAMES: Record<TechSlot, string> = {
  frontend: "Front end",
  backend: "Back end",
  database: "Database",
  apiStyle: "API",
  deployment: "Deployment",
};

export interface ResolvedTech {
  frontend: string[];
  backend: string[];
  database: string;
  communication: string[];
  prerequisites: string[];
  /** The choices made for the person, to show under "I added". */
  chosenForThem: string[];
}

/**
 * The technologies a piece of free text names ("Vue and Python with Postgres"), by
 * slot. Words no option knows are left for the caller to keep as notes.
 */
export function parseTechnology(text: string): Partial<Record<TechSlot, string>> {
  const lower = ` ${text.toLowerCase()} `;
  const found: Partial<Record<TechSlot, string>> = {};
  for (const slot of Object.keys(CATALOGUES) as TechSlot[]) {
    for (const [id, choice] of Object.entries(CATALOGUES[slot])) {
      if (choice.keywords.some((keyword) => containsKeyword(lower, keyword))) {
        found[slot] = id;
        break;
      }
    }
  }
  return found;
}

function containsKeyword(lower: string, keyword: string): boolean {
  if (keyword.startsWith(" ") || /[^a-z0-9 ]/.test(keyword)) return lower.includes(keyword);
  return new RegExp(`\\b${keyword}\\b`).test(lower);
}

/** Applies what a text names to the choices; reports whether it named anything. */
export function applyTechnology(tech: TechChoices, text: string): { tech: TechChoices; matched: TechSlot[] } {
  const found = parseTechnology(text);
  const matched = Object.keys(found) as TechSlot[];
  return { tech: { ...tech, ...found }, matched };
}

export function describeSlot(slot: TechSlot, id: string): string {
  return `${SLOT_NAMES[slot]}: ${CATALOGUES[slot][id]?.stack[0] ?? id}`;
}

/** The stack the spec carries, with defaults where the person chose nothing. */
export function resolveTech(state: InterviewState): ResolvedTech {
  const chosen = (slot: TechSlot): string => state.tech[slot] ?? DEFAULT_CHOICES[slot];
  const pick = (slot: TechSlot): StackChoice =>
    CATALOGUES[slot][chosen(slot)] ?? CATALOGUES[slot][DEFAULT_CHOICES[slot]]!;
  const frontend = pick("frontend");
  const backend = pick("backend");
  const database = pick("database");
  const apiStyle = pick("apiStyle");
  const deployment = pick("deployment");
  const storesData = state.storesData !== false;
  const chosenForThem: string[] = [];
  for (const slot of Object.keys(CATALOGUES) as TechSlot[]) {
    if (state.tech[slot] !== null) continue;
    if (slot === "database" && !storesData) continue;
    chosenForThem.push(describeSlot(slot, chosen(slot)));
  }
  const prerequisites = [...backend.prerequisites];
  const frontendNeedsNode =
    chosen("frontend") !== "plain" && !prerequisites.some((line) => line.startsWith("Node.js"));
  if (frontendNeedsNode) prerequisites.push("Node.js 20 or newer with npm (to build the front end)");
  if (storesData) prerequisites.push(...database.prerequisites);
  prerequisites.push(...deployment.prerequisites);
  if (prerequisites.length === 0) prerequisites.push("A modern web browser");
  const notes = state.tech.notes.map((note) => `The person's own technology wishes: ${note}`);
  return {
    frontend: [...frontend.stack],
    backend: [...backend.stack, ...deployment.stack, ...notes],
    database: storesData
      ? database.stack[0]!
      : "none - the app keeps nothing between visits; anything it needs lives in the browser tab",
    communication: [...apiStyle.stack],
    prerequisites,
    chosenForThem,
  };
}
