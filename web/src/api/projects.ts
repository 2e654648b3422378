import type { ProjectStatusFacts } from "../logic/project-status.js";
import { requestJson } from "./http.js";
import { asArray, asObject, numberOr, stringOr } from "./shapes.js";

export interface ProjectListing extends ProjectStatusFacts {
  name: string;
  /** ISO time of the last change, when the server reports it. */
  updatedAt: string | null;
}

function toListing(value: unknown): ProjectListing | null {
  const object = asObject(value);
  const name = stringOr(object.name, null);
  if (name === null) return null;
  return {
    name,
    hasSpec: object.has_spec === true,
    specState: stringOr(object.spec_state, null),
    featureCount: numberOr(object.feature_count, null),
    interview: interviewOf(object.interview),
    updatedAt: stringOr(object.updated_at ?? object.updatedAt, null),
  };
}

function interviewOf(value: unknown): ProjectStatusFacts["interview"] {
  if (typeof value !== "object" || value === null) return null;
  const interview = asObject(value);
  const phase = asObject(interview.phase);
  return {
    complete: interview.complete === true,
    phaseIndex: numberOr(phase.index, null),
    phaseTotal: numberOr(phase.total, null),
  };
}

export async function listProjects(): Promise<ProjectListing[]> {
  const body = await requestJson("/api/projects");
  return asArray(body)
    .map(toListing)
    .filter((listing): listing is ProjectListing => listing !== null);
}

export async function getProject(name: string): Promise<ProjectListing | null> {
  return toListing(await requestJson(`/api/projects/${encodeURIComponent(name)}`));
}

/** Creates a project; the server answers 422 for a name it refuses and 409 for one that exists. */
export async function createProject(name: string): Promise<void> {
  await requestJson("/api/projects", { method: "POST", body: { name, spec_method: "chat" } });
}

export async function deleteProject(name: string): Promise<void> {
  await requestJson(`/api/projects/${encodeURIComponent(name)}`, { method: "DELETE" });
}
