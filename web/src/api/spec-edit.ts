import { requestJson, requestTagged } from "./http.js";
import { asArray, asObject, numberOr, stringOr } from "./shapes.js";
import type { SpecFinding } from "./spec.js";

export interface SpecFindingWithSeverity extends SpecFinding {
  severity: "error" | "warning";
}

/** What the validator says of a spec that is not saved yet. */
export interface SpecCheck {
  valid: boolean;
  featureCount: number | null;
  findings: SpecFindingWithSeverity[];
}

/** The app spec as it is on disk, and the tag to save an edit of it against. */
export interface EditableSpec {
  text: string;
  etag: string | null;
}

function projectPath(project: string): string {
  return `/api/projects/${encodeURIComponent(project)}`;
}

function toFindings(value: unknown, severity: "error" | "warning"): SpecFindingWithSeverity[] {
  return asArray(value).map((item) => {
    const object = asObject(item);
    return { severity, message: stringOr(object.message, "(no message)"), line: numberOr(object.line, null) };
  });
}

export async function checkSpecText(project: string, text: string): Promise<SpecCheck> {
  const body = asObject(
    await requestJson(`${projectPath(project)}/spec/check`, { method: "POST", body: { text } }),
  );
  const findings = asObject(body.findings);
  return {
    valid: body.valid === true,
    featureCount: numberOr(body.feature_count, null),
    findings: [...toFindings(findings.errors, "error"), ...toFindings(findings.warnings, "warning")],
  };
}

export async function readEditableSpec(project: string): Promise<EditableSpec> {
  const { body, etag } = await requestTagged(`${projectPath(project)}/prompts`);
  return { text: stringOr(asObject(body).app_spec, ""), etag };
}

/**
 * Saves the app spec as the studio's edit (the initializer prompt follows its count).
 * With `ifMatch`, a file changed on disk since it was read is not overwritten: that
 * throws `ChangedMeanwhileError`, carrying the tag to overwrite it knowingly.
 */
export async function saveSpecText(
  project: string,
  text: string,
  ifMatch: string | null,
): Promise<EditableSpec> {
  const { body, etag } = await requestTagged(`${projectPath(project)}/prompts?via=page`, {
    method: "PUT",
    body: { app_spec: text },
    ...(ifMatch ? { ifMatch } : {}),
  });
  return { text: stringOr(asObject(body).app_spec, text), etag };
}
