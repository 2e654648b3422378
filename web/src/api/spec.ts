import { requestJson } from "./http.js";
import { asArray, asObject, numberOr, stringOr } from "./shapes.js";

export interface SpecFinding {
  message: string;
  line: number | null;
}

export interface SpecOutline {
  projectName: string | null;
  overview: string | null;
  /** "web app", "command-line tool", …; null from a server that does not report it. */
  kind: string | null;
  categories: { name: string; features: string[] }[];
  /** What the person excluded. */
  outOfScope: string[];
  sections: { name: string; empty: boolean }[];
}

/** The app spec as `GET /api/projects/{name}/spec` reports it. */
export interface SpecReport {
  appSpec: string | null;
  valid: boolean;
  featureCount: number | null;
  errors: SpecFinding[];
  warnings: SpecFinding[];
  outline: SpecOutline | null;
}

export interface PromptFiles {
  appSpec: string;
  initializerPrompt: string;
}

function toFinding(value: unknown): SpecFinding {
  const object = asObject(value);
  return { message: stringOr(object.message, "(no message)"), line: numberOr(object.line, null) };
}

function toOutline(value: unknown): SpecOutline | null {
  if (typeof value !== "object" || value === null) return null;
  const object = asObject(value);
  return {
    projectName: stringOr(object.projectName, null),
    overview: stringOr(object.overview, null),
    kind: stringOr(object.kind, null),
    outOfScope: asArray(object.outOfScope).filter((line): line is string => typeof line === "string"),
    categories: asArray(object.categories).map((category) => {
      const fields = asObject(category);
      return {
        name: stringOr(fields.name, "Features"),
        features: asArray(fields.features).filter(
          (feature): feature is string => typeof feature === "string",
        ),
      };
    }),
    sections: asArray(object.sections).map((section) => {
      const fields = asObject(section);
      return { name: stringOr(fields.name, "?"), empty: fields.empty === true };
    }),
  };
}

export async function getSpecReport(project: string): Promise<SpecReport> {
  const body = asObject(await requestJson(`/api/projects/${encodeURIComponent(project)}/spec`));
  const findings = asObject(body.findings);
  return {
    appSpec: stringOr(body.app_spec, null),
    valid: body.valid === true,
    featureCount: numberOr(body.feature_count, null),
    errors: asArray(findings.errors).map(toFinding),
    warnings: asArray(findings.warnings).map(toFinding),
    outline: toOutline(body.summary),
  };
}

export async function getPromptFiles(project: string): Promise<PromptFiles> {
  const body = asObject(await requestJson(`/api/projects/${encodeURIComponent(project)}/prompts`));
  return {
    appSpec: stringOr(body.app_spec, ""),
    initializerPrompt: stringOr(body.initializer_prompt, ""),
  };
}
