import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../../../app-spec/paths.js";
import { FREE_TEXT_PROMPTS, QUESTION_LEADS } from "../../../interview/guided-questions.js";
import { DEFAULT_STACK_SUMMARIES, DEFAULT_STACK_SUMMARY } from "../../../interview/guided-technology.js";
import type { Question } from "../../../types/questions.js";
import type { ExistingSpec } from "../../engine.js";
import type { Analysis } from "../design/analysis.js";
import { article } from "../design/standard-features.js";
import { kindOf } from "../design/tech.js";
import { thingSuggestions } from "../design/things-design.js";
import { pluralize } from "../language/inflection.js";
import { vagueStatements } from "../understanding/person-statements.js";
import { catalogueQuestion, toQuestion } from "./questions.js";
import type { InterviewState } from "./state.js";
import type { StepId } from "./steps.js";
import { countSummary, designSummary, reviewSummary, thingsSummary } from "./summaries.js";

/** What the interviewer says to ask a step: paragraphs, then a structured question or none. */
export interface Prompt {
  paragraphs: string[];
  question: Question | null;
  /** The statement a clarification quotes, recorded so the answer lands on it. */
  subject: string | null;
}

export interface PromptContext {
  projectName: string;
  existingSpec: ExistingSpec | null;
  /** True for the very first turn, which greets. */
  greeting: boolean;
  /** True when this step was asked last turn too (the reply did not answer it). */
  repeated: boolean;
}

export function promptFor(
  step: StepId,
  state: InterviewState,
  analysis: Analysis,
  context: PromptContext,
): Prompt {
  const paragraphs: string[] = [];
  if (context.greeting) paragraphs.push(...greeting(context));
  else if (context.repeated) paragraphs.push("Whenever you're ready:");
  const text = freeTextPrompt(step, state, analysis);
  if (text) return { paragraphs: [...paragraphs, ...text.paragraphs], question: null, subject: text.subject };
  const catalogue = catalogueQuestion(step, state, () => analysis);
  if (!catalogue) return { paragraphs, question: null, subject: null };
  paragraphs.push(...lead(step, state, analysis, context.projectName));
  return { paragraphs, question: toQuestion(catalogue.question, catalogue.recommended), subject: null };
}

function greeting(context: PromptContext): string[] {
  const paragraphs = [
    `Hi! Let's write the spec for **${context.projectName}** together. I'll ask about your app one question at a time: what it does, who it's for and which features it needs. Then I'll work out the technical design and write a spec a coding agent can build from. It takes about 10 to 15 minutes, and nothing is written until you approve it.`,
  ];
  if (context.existingSpec) {
    const count =
      context.existingSpec.featureCount === null ? "" : ` with ${context.existingSpec.featureCount} features`;
    paragraphs.push(
      `This project already has a finished spec at \`${context.existingSpec.path}\`${count}. If we go all the way, the new spec replaces it, and the current files stay among the spec's versions, which the studio lists, compares and restores.`,
    );
  }
  return paragraphs;
}

function freeTextPrompt(
  step: StepId,
  state: InterviewState,
  analysis: Analysis,
): { paragraphs: string[]; subject: string | null } | null {
  switch (step) {
    case "overview":
      return { paragraphs: [FREE_TEXT_PROMPTS.overview], subject: null };
    case "overview-more":
      return { paragraphs: [FREE_TEXT_PROMPTS.overviewMore], subject: null };
    case "tech-preferences":
      return { paragraphs: [FREE_TEXT_PROMPTS.techPreferences], subject: null };
    case "features-main":
      return { paragraphs: [FREE_TEXT_PROMPTS.mainExperience], subject: null };
    case "features-manages": {
      const known = analysis.things.map((thing) => thing.key);
      const guesses = [...known, ...thingSuggestions(state)];
      const guess =
        guesses.length > 0
          ? ` From what you've said I'd guess ${guesses.map((key) => `**${pluralize(key)}**`).join(", ")}; correct me or add to it.`
          : "";
      return { paragraphs: [FREE_TEXT_PROMPTS.manages.replace("{suggestion}", guess)], subject: null };
    }
    case "features-things-change":
      return { paragraphs: [FREE_TEXT_PROMPTS.thingsChange], subject: null };
    case "features-commands":
      return { paragraphs: [FREE_TEXT_PROMPTS.commands], subject: null };
    case "features-domain":
      return {
        paragraphs: [
          (state.domainExtrasRounds > 0 ? FREE_TEXT_PROMPTS.domainMore : FREE_TEXT_PROMPTS.domain).replace(
            "{domain}",
            addressed(analysis.domain.phrase),
          ),
        ],
        subject: null,
      };
    case "features-clarify": {
      const subject = vagueStatements(state)[0] ?? "";
      const quote = subject.replace(/^Users can /, "");
      return { paragraphs: [FREE_TEXT_PROMPTS.clarify.replace("{quote}", quote)], subject };
    }
    case "design-change":
      return { paragraphs: [FREE_TEXT_PROMPTS.designChange], subject: null };
    case "review-change":
      return { paragraphs: [FREE_TEXT_PROMPTS.reviewChange], subject: null };
    case "done":
      return { paragraphs: [doneHelp(analysis)], subject: null };
    default:
      return null;
  }
}

function lead(step: StepId, state: InterviewState, analysis: Analysis, projectName: string): string[] {
  switch (step) {
    case "tech-quick":
      return [
        `Now the technology. If you don't mind, I'll use sensible defaults: ${DEFAULT_STACK_SUMMARIES[kindOf(state)] ?? DEFAULT_STACK_SUMMARY}.`,
      ];
    case "features-things":
      return thingsSummary(state, analysis);
    case "feature-count":
      return countSummary(analysis);
    case "design-quick":
      return designSummary(analysis, projectName);
    case "review":
      if (state.writes > 0) {
        return [`Approve and I'll rewrite both spec files with **${analysis.features.length} features**.`];
      }
      return reviewSummary(state, analysis, projectName);
    default: {
      const text = leadText(step);
      return text ? [text] : [];
    }
  }
}

/** The catalogue's lead for a step, keyed by the step that asks it. */
function leadText(step: StepId): string | undefined {
  return QUESTION_LEADS[step];
}

/** "planner for my band" → "a planner for your band", "order app" → "an order app": the app as said to the person. */
function addressed(phrase: string): string {
  return article(phrase.replace(/\b(?:my|our)\b/g, "your"));
}

/** Said once the spec files are on disk. */
export function completionMessage(featureCount: number, rewritten: boolean): string[] {
  return [
    `${rewritten ? "Updated!" : "Done!"} I've written your spec:\n\n- \`${APP_SPEC_PATH}\`: the app spec, with **${featureCount} features**\n- \`${INITIALIZER_PROMPT_PATH}\`: the instructions for the coding agent's first session`,
    `What happens next: a coding agent reads the spec and the initializer prompt, turns the ${featureCount} features into a test list and builds the app one feature at a time. You can still ask for changes here, for example “add a feature: export to PDF”, and I'll update both files.`,
  ];
}

function doneHelp(analysis: Analysis): string {
  return `The spec is written (${analysis.features.length} features). If you'd like a change, just tell me, for example “add a feature: export to PDF” or “remove: dark mode”.`;
}
