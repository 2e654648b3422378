import { type InitializerTemplate, parseSpecStatus } from "../app-spec/index.js";
import { SPEC_STATUS_PATH } from "../app-spec/paths.js";
import { inspectSpec } from "../workspace/index.js";
import { readProjectText } from "../workspace/read-inside.js";

export type SpecProgress = "complete" | "in_progress" | "not_started" | "error";

/** The answer of `GET /api/spec/status/{name}`. */
export interface SpecProgressReport {
  /** Whether prompts/.spec_status.json is there. */
  exists: boolean;
  status: SpecProgress;
  feature_count: number | null;
  timestamp: string | null;
  files_written: string[];
}

/**
 * How far a project's spec is, from its status file and the files themselves:
 * - `complete`: the app spec and the initializer prompt are on disk and valid (the
 *   status file, when readable, gives the time and the files written);
 * - `in_progress`: an interview is live on the project, or an app spec was written but
 *   the pair is not complete yet;
 * - `error`: a status file is there but cannot be read, or it says complete while the
 *   files on disk no longer are, and no interview is fixing that;
 * - `not_started`: none of the above.
 * The files are checked, not only the status file, so an edit that broke the spec after
 * it was finished is not reported as complete.
 */
export async function specProgressOf(
  projectDir: string,
  interviewLive: boolean,
  template?: InitializerTemplate,
): Promise<SpecProgressReport> {
  const statusText = await readProjectText(projectDir, SPEC_STATUS_PATH);
  const status = statusText === null ? null : parseSpecStatus(statusText);
  const inspection = await inspectSpec(projectDir, template);
  const report = (progress: SpecProgress): SpecProgressReport => ({
    exists: statusText !== null,
    status: progress,
    feature_count: status?.feature_count ?? inspection.featureCount,
    timestamp: status?.timestamp ?? null,
    files_written: status?.files_written ?? [],
  });
  if (inspection.complete) return report("complete");
  if (interviewLive) return report("in_progress");
  if (statusText !== null) return report("error");
  if (inspection.appSpec.exists) return report("in_progress");
  return report("not_started");
}
