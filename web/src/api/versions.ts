import { requestJson } from "./http.js";
import { asArray, asObject, numberOr, stringOr } from "./shapes.js";

/** How a version came to be, as the server labels it. */
export type VersionSource = "interview" | "chat" | "page" | "rest" | "restore" | "found" | "backup";

export interface SpecVersion {
  id: string;
  file: string;
  source: VersionSource;
  at: string;
  bytes: number;
  restoredFrom: string | null;
}

const SOURCES: readonly string[] = ["interview", "chat", "page", "rest", "restore", "found", "backup"];

function projectPath(project: string): string {
  return `/api/projects/${encodeURIComponent(project)}/spec/versions`;
}

function toVersion(value: unknown): SpecVersion {
  const object = asObject(value);
  const source = stringOr(object.source, "found");
  return {
    id: stringOr(object.id, "?"),
    file: stringOr(object.file, ""),
    source: (SOURCES.includes(source) ? source : "found") as VersionSource,
    at: stringOr(object.at, ""),
    bytes: numberOr(object.bytes, 0),
    restoredFrom: stringOr(object.restored_from, null),
  };
}

export async function listVersions(project: string): Promise<SpecVersion[]> {
  return asArray(asObject(await requestJson(projectPath(project))).versions).map(toVersion);
}

export async function readVersionText(project: string, id: string): Promise<string> {
  const body = asObject(await requestJson(`${projectPath(project)}/${encodeURIComponent(id)}`));
  return stringOr(body.text, "");
}

export async function restoreVersion(project: string, id: string): Promise<void> {
  await requestJson(`${projectPath(project)}/${encodeURIComponent(id)}/restore`, { method: "POST" });
}
