import {
  ACCOUNTS_QUESTION,
  API_QUESTION,
  BACKEND_QUESTION,
  DASHBOARDS_QUESTION,
  DATA_QUESTION,
  DATABASE_QUESTION,
  DEPLOYMENT_QUESTION,
  DESIGN_QUICK_QUESTION,
  FEATURE_COUNT_QUESTION,
  FRONTEND_QUESTION,
  type GuidedOption,
  type GuidedQuestion,
  INVOLVEMENT_QUESTION,
  KIND_MORE_QUESTION,
  KIND_ON_A_COMPUTER_QUESTION,
  KIND_QUESTION,
  MOBILE_QUESTION,
  OFFLINE_QUESTION,
  REVIEW_QUESTION,
  RUNTIME_QUESTION,
  SEARCH_QUESTION,
  SETTINGS_QUESTION,
  SHARING_QUESTION,
  SUCCESS_QUESTION_TEXT,
  TECH_QUICK_QUESTION,
  THINGS_QUESTION,
} from "../../../interview/guided-questions.js";
import { DEFAULT_STACK_SUMMARIES } from "../../../interview/guided-technology.js";
import { type Question, RECOMMENDED_SUFFIX } from "../../../types/questions.js";
import type { Analysis } from "../design/analysis.js";
import { personTexts } from "../design/analysis.js";
import { isServerless, kindOf } from "../design/tech.js";
import { thingSuggestions, thingsOf } from "../design/things-design.js";
import { capitalize, pluralize } from "../language/inflection.js";
import { saidKind } from "../understanding/software-kind.js";
import { baseLabel } from "./answers.js";
import { overviewWords } from "./overview-words.js";
import type { AccountsChoice, InterviewState } from "./state.js";
import type { StepId } from "./steps.js";
import { successOptions } from "./success.js";

/**
 * The catalogue question a step asks, with the option it recommends, or null for
 * free-text steps. The analysis is asked for only by the steps that need it, since a
 * replay reads every earlier choice through here.
 */
export function catalogueQuestion(
  step: StepId,
  state: InterviewState,
  analysis: () => Analysis,
): { question: GuidedQuestion; recommended: string | null } | null {
  switch (step) {
    case "kind":
      // "a program for the laptop": a desktop app most likely, a command-line tool maybe.
      return saidKind(overviewWords(state)) === "desktop app"
        ? { question: KIND_ON_A_COMPUTER_QUESTION, recommended: "desktop app" }
        : { question: KIND_QUESTION, recommended: "web app" };
    case "kind-more":
      return { question: KIND_MORE_QUESTION, recommended: "api service" };
    case "involvement":
      return { question: INVOLVEMENT_QUESTION, recommended: "quick" };
    case "tech-quick":
      return { question: techQuickQuestion(state), recommended: "defaults" };
    case "tech-runtime":
      return { question: RUNTIME_QUESTION, recommended: "python" };
    case "tech-mobile":
      return { question: MOBILE_QUESTION, recommended: "expo" };
    case "features-offline":
      return { question: OFFLINE_QUESTION, recommended: "sync" };
    case "features-things": {
      const question = thingsQuestion(state);
      return { question, recommended: question.options[0]?.id ?? "right" };
    }
    case "tech-frontend":
      return { question: FRONTEND_QUESTION, recommended: "react" };
    case "tech-backend":
      return { question: BACKEND_QUESTION, recommended: "node" };
    case "data":
      return { question: DATA_QUESTION, recommended: likelyStoresData(state) ? "yes" : "no" };
    case "features-accounts":
      return { question: ACCOUNTS_QUESTION, recommended: state.storesData === false ? "none" : "email" };
    case "features-search":
      return {
        question: SEARCH_QUESTION,
        recommended: analysis().entities.length > 1 ? "filters" : "keyword",
      };
    case "features-sharing":
      return { question: SHARING_QUESTION, recommended: mentionsTogether(state) ? "collaborate" : "none" };
    case "features-settings":
      return { question: SETTINGS_QUESTION, recommended: settingsRecommendation(state) };
    case "features-dashboards":
      return { question: DASHBOARDS_QUESTION, recommended: "overview" };
    case "feature-count":
      return { question: FEATURE_COUNT_QUESTION, recommended: "right" };
    case "design-quick":
      return { question: DESIGN_QUICK_QUESTION, recommended: "good" };
    case "design-database":
      return { question: DATABASE_QUESTION, recommended: needsServerDatabase(state) ? "postgres" : "sqlite" };
    case "design-api":
      return { question: API_QUESTION, recommended: "rest" };
    case "design-deployment":
      return { question: DEPLOYMENT_QUESTION, recommended: "server" };
    case "success": {
      const options = successOptions(state, analysis());
      return {
        question: { ...SUCCESS_QUESTION_TEXT, multiSelect: true, options },
        recommended: options[0]?.id ?? null,
      };
    }
    case "review":
      return { question: REVIEW_QUESTION, recommended: "approve" };
    default:
      return null;
  }
}

/** The question as people see it: the recommended option first, marked "(Recommended)". */
export function toQuestion(question: GuidedQuestion, recommended: string | null): Question {
  const first = question.options.filter((option) => option.id === recommended);
  const rest = question.options.filter((option) => option.id !== recommended);
  return {
    question: question.question,
    header: question.header,
    multiSelect: question.multiSelect,
    options: [
      ...first.map((option) => ({
        label: `${option.label}${RECOMMENDED_SUFFIX}`,
        description: option.description,
      })),
      ...rest.map((option) => ({ label: option.label, description: option.description })),
    ],
  };
}

/** The option ids a list of chosen labels stands for. */
export function optionIds(question: GuidedQuestion, labels: readonly string[]): string[] {
  return labels
    .map((label) => question.options.find((option: GuidedOption) => option.label === baseLabel(label))?.id)
    .filter((id): id is string => id !== undefined);
}

const CREATES_THINGS =
  /\b(?:save|saves|saved|create|add|store|keep|track|log|record|plan|schedule|book|manage|upload|post|write|collect|list|sign up|history|journal|order|reserve|register|check in|check off|tick|vote|rate|review)\w*\b/i;

/** Whether what the person described so far keeps things people make. */
export function likelyStoresData(state: InterviewState): boolean {
  const text = personTexts(state)
    .map((input) => input.text)
    .join(" ");
  if (/\b(?:no|without|don'?t need (?:a|any)?)\s*(?:a\s+)?database\b/i.test(text)) return false;
  // A command-line tool or a library works on what it is given unless the person says it keeps something.
  if (isServerless(kindOf(state)))
    return /\b(?:database|sqlite|postgres\w*|history|keeps? track|remember|saved? (?:between|across)|log of)\b/i.test(
      text,
    );
  // Most apps keep what people add; one that keeps nothing is usually a calculator, a converter or a game.
  if (!/\b(?:calculator|converter|convert|game|quiz|timer|generator|countdown|random)\b/i.test(text))
    return true;
  return CREATES_THINGS.test(
    personTexts(state)
      .map((input) => input.text)
      .join(" "),
  );
}

function mentionsTogether(state: InterviewState): boolean {
  return speaksOfWorkingTogether(
    personTexts(state)
      .map((input) => input.text)
      .join(" "),
    state.accounts,
  );
}

/**
 * Whether the person spoke of using it together: "share the list with my partner", "our
 * family", "invite the team". People who each log in with a role ("the Chairman, the
 * Treasurer and the Secretary") already work on the same records, so inviting others is
 * no help to them; nor is "eleven families share one borehole", which shares no data, nor "the
 * family butcher shop", "our family's bakery" or "a family came up from Dublin", a business and
 * a customer.
 */
export function speaksOfWorkingTogether(said: string, accounts: AccountsChoice | null): boolean {
  if (accounts === "roles") return false;
  return /\b(?:shar(?:e|es|ed|ing)\s+(?:it|them|this|that|with|(?:the|their|my|our|a)\s+(?:[\w-]+\s+)?(?:lists?|plans?|data|records?|calendars?|notes?|access|progress|results?|photos?|files?)\b)|sharing|together|team|(?<!\b(?:a|one)\s)family(?!(?:['’]s)?[\s-]+(?:business|shop|farm|firm|company|bakery|butcher|butchery|restaurant|store|trade|workshop|orchard|vineyard|winery|dairy|boat|hotel|guesthouse|caf[eé]|pub|mill|recipes?|name|tradition|run|owned)\b)|household|partner|friends|invite|collaborat\w*|group)\b/iu.test(
    said,
  );
}

function settingsRecommendation(state: InterviewState): string | null {
  const text = personTexts(state)
    .map((input) => input.text)
    .join(" ");
  if (/\b(?:remind\w*|before it starts|day before|due)\b/i.test(text)) return "reminders";
  if (/\b(?:notif\w*|alert\w*)\b/i.test(text)) return "in-app";
  return (state.accounts ?? "none") === "none" ? null : "profile";
}

function needsServerDatabase(state: InterviewState): boolean {
  return state.sharing === "collaborate" || state.accounts === "roles";
}

/** "Shall I pick the technology?", with the defaults for this kind of software. */
function techQuickQuestion(state: InterviewState): GuidedQuestion {
  const kind = kindOf(state);
  if (kind === "web app") return TECH_QUICK_QUESTION;
  return {
    ...TECH_QUICK_QUESTION,
    options: TECH_QUICK_QUESTION.options.map((option) =>
      option.id === "defaults"
        ? { ...option, description: `${capitalize(DEFAULT_STACK_SUMMARIES[kind] ?? "")}.` }
        : option,
    ),
  };
}

/**
 * "Is that what it should keep track of?": right or change, and up to two of the
 * interviewer's own guesses to add, each only if the person picks it.
 */
function thingsQuestion(state: InterviewState): GuidedQuestion {
  const suggestions = thingSuggestions(state).slice(0, 2);
  // Nothing named yet: the guesses are the proposal, kept only if the person says so.
  if (thingsOf(state).length === 0 && suggestions.length > 0) {
    return {
      ...THINGS_QUESTION,
      question: "Shall I keep track of these?",
      options: [
        {
          id: `add:${suggestions.join("|")}`,
          label: "Keep your suggestions",
          description: `Keep ${suggestions.map((key) => pluralize(key)).join(" and ")}; you can change them next.`,
        },
        { id: "change", label: "Change something", description: "Tell me what it should keep instead." },
      ],
    };
  }
  return {
    ...THINGS_QUESTION,
    options: [
      ...THINGS_QUESTION.options,
      ...suggestions.map((key) => ({
        id: `add:${key}`,
        label: `Also keep ${pluralize(key)}`,
        description: `My suggestion: keep ${pluralize(key)} too.`,
      })),
    ],
  };
}
