import { type GuidedOption, SUCCESS_OPTIONS } from "../../../interview/guided-questions.js";
import type { Analysis } from "../design/analysis.js";
import { capitalize, pluralize } from "../language/inflection.js";
import type { InterviewState } from "./state.js";

/** The success criteria on offer, filled in with the person's own features and things. */
export function successOptions(state: InterviewState, analysis: Analysis): GuidedOption[] {
  const main = mainAction(analysis);
  const things = pluralize(analysis.entities[0] ?? "entry");
  return SUCCESS_OPTIONS.filter((option) => {
    if (option.needs === "main") return main !== null;
    if (option.needs === "data") return state.storesData !== false;
    if (option.needs === "accounts") return (state.accounts ?? "none") !== "none";
    return true;
  }).map((option) => ({
    id: option.id,
    label: option.label,
    description: fill(option.description, main ?? "use the app", things),
  }));
}

/** What a person mainly does: their first statement, as they said it. */
function mainAction(analysis: Analysis): string | null {
  return analysis.statements[0]?.text ?? null;
}

function fill(template: string, main: string, things: string): string {
  const filled = template.replaceAll("{main}", main).replaceAll("{things}", things);
  return capitalize(filled);
}

/** Used when the person picks none: the first two on offer. */
export function defaultSuccessCriteria(state: InterviewState, analysis: Analysis): string[] {
  return successOptions(state, analysis)
    .slice(0, 2)
    .map((option) => option.description);
}
