import { type Finding, formatFinding, type InitializerTemplate } from "../app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../app-spec/paths.js";
import { inspectSpec, type SpecInspection } from "./inspect-spec.js";
import type { ProgressListener, SpecFileVerdict, ToolOutcome, WrittenFile } from "./tool-outcome.js";

function listed(finding: Finding): string {
  return `- ${formatFinding(finding)}`;
}

function counted(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * How a model hears about a spec file it just wrote. An invalid file was still saved,
 * so this is not a failed call; the wording makes plain that the work is not done.
 */
function findingsFeedback(path: string, errors: readonly Finding[], warnings: readonly Finding[]): string[] {
  const lines: string[] = [];
  if (errors.length > 0) {
    lines.push(
      `The file was saved, but ${path} is NOT valid yet. Fix ${errors.length === 1 ? "this error" : `these ${errors.length} errors`} with Edit or a new Write:`,
      ...errors.map(listed),
    );
  } else {
    lines.push(`${path} is valid.`);
  }
  if (warnings.length > 0)
    lines.push("Suggestions (warnings; the file counts as valid without them):", ...warnings.map(listed));
  return lines;
}

function appSpecFeedback(inspection: SpecInspection): string[] {
  const validation = inspection.appSpec.validation;
  if (!validation) return [];
  const lines = findingsFeedback(APP_SPEC_PATH, validation.errors, validation.warnings);
  if (validation.valid && validation.featureCount !== null)
    lines.push(
      `It declares ${counted(validation.featureCount, "feature", "features")} in ${counted(validation.categories.length, "category", "categories")}.`,
      `Specwright writes ${INITIALIZER_PROMPT_PATH} for the coding agent from this feature count each time this file is valid; do not write that file yourself.`,
    );
  return lines;
}

/**
 * What to tell about the file at `relativePath` after it changed: the validator's
 * verdict on the app spec, as words for the model and as data for Specwright's own
 * code; nothing for any other file (the initializer prompt is Specwright's own, and
 * never written by a tool). The initializer prompt is checked against `template`, the
 * one the interview writes it from.
 */
async function specFeedback(
  projectDir: string,
  relativePath: string,
  template?: InitializerTemplate,
  progress?: ProgressListener,
): Promise<{ text: string; verdict: SpecFileVerdict | null }> {
  if (relativePath !== APP_SPEC_PATH) return { text: "", verdict: null };
  // Told just before the validator reads the files: for a large spec this is the wait.
  progress?.({ kind: "checking", path: relativePath });
  const inspection = await inspectSpec(projectDir, template);
  return {
    text: appSpecFeedback(inspection).join("\n"),
    verdict: { path: relativePath, valid: inspection.appSpec.validation?.valid === true, inspection },
  };
}

/**
 * The outcome of a call that wrote a file: `summary` and, for the app spec, the
 * validator's verdict for the model to read, with the same facts beside the words (the
 * file written, the verdict) for Specwright's own code. The one place a write's
 * outcome is made, whichever engine wrote the file. `progress` hears when the app spec
 * is being checked.
 */
export async function writtenOutcome(
  projectDir: string,
  template: InitializerTemplate,
  wrote: WrittenFile,
  summary: string,
  progress?: ProgressListener,
): Promise<ToolOutcome> {
  const feedback = await specFeedback(projectDir, wrote.path, template, progress);
  const output = [summary, feedback.text].filter((part) => part !== "").join("\n\n");
  const outcome: ToolOutcome = { output, isError: false, wrote };
  if (feedback.verdict) outcome.spec = feedback.verdict;
  return outcome;
}
