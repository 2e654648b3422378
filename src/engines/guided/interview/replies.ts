import { readSoftwareKind, type SoftwareKind } from "../../../app-spec/kinds.js";
import { SETTINGS_QUESTION } from "../../../interview/guided-questions.js";
import type { Question } from "../../../types/questions.js";
import { analyze } from "../design/analysis.js";
import { AREA_CATEGORIES } from "../design/categories.js";
import { applyTechnology, describeSlot, pickOption, type TechSlot } from "../design/tech.js";
import { exclusionsOf, LEFT_TO_US } from "../design/things-design.js";
import { plainEmail } from "../understanding/email.js";
import { plainHedges } from "../understanding/hedges.js";
import { plainWords } from "../understanding/markdown.js";
import { NOTHING_MORE } from "../understanding/person-statements.js";
import { kindByBorrowedWords, saidKind } from "../understanding/software-kind.js";
import { readThings } from "../understanding/things.js";
import { plainStories } from "../understanding/user-stories.js";
import { type Choice, isAgreement, type Reply, readChoice } from "./answers.js";
import { applyChange } from "./changes.js";
import { adjustedLimit, parseTarget } from "./feature-count.js";
import { overviewWords } from "./overview-words.js";
import { catalogueQuestion, likelyStoresData, optionIds, toQuestion } from "./questions.js";
import type {
  AccountsChoice,
  DashboardChoice,
  InterviewState,
  OfflineChoice,
  SearchChoice,
  SettingsChoice,
  SharingChoice,
} from "./state.js";
import type { StepId } from "./steps.js";
import { successOptions } from "./success.js";

export interface Applied {
  state: InterviewState;
  /** What to tell the person about how their reply was taken. */
  notes: string[];
  /** Set when the reply approved the spec: the files are to be written now. */
  write: boolean;
}

/** What the step asked, as recorded when it was asked (or rebuilt the same way). */
export interface Asked {
  step: StepId;
  question: Question | null;
  /** The statement a clarification step quoted. */
  subject: string | null;
}

/**
 * Folds a person's reply to a step into the interview state. Pure: the same reply to
 * the same step always gives the same state, which is what lets a transcript be
 * replayed on a fresh engine.
 */
export function applyReply(asked: Asked, given: InterviewState, reply: Reply): Applied {
  // An interview recorded before "anything else?" was asked again went on after one answer:
  // an answer to a later step closes the question, so a replay does not ask it again.
  const state =
    given.domainExtrasOpen && asked.step !== "features-domain"
      ? { ...given, domainExtrasOpen: false }
      : given;
  // A pasted Markdown brief is read as its words ("## Non-goals" says what to leave out),
  // user stories and Given/When/Then scenarios as the sentences they stand for, a
  // forwarded mail as the words of the people who wrote it, and "Families, I guess?" as "Families?".
  const text = plainHedges(plainStories(plainWords(plainEmail(reply.text.trim()))));
  if (text.length === 0 && reply.answers === null) return outcome(state);
  const handler = HANDLERS[asked.step];
  return handler({ asked, state, reply, text, choice: () => choiceFor(asked, state, reply) });
}

interface HandlerInput {
  asked: Asked;
  state: InterviewState;
  reply: Reply;
  text: string;
  /** The options picked, as catalogue option ids, and any free text. */
  choice: () => { ids: string[]; other: string[] };
}

type Handler = (input: HandlerInput) => Applied;

/** A reply folded in, with what to say about it; only an approval writes. */
function outcome(state: InterviewState, notes: string[] = []): Applied {
  return { state, notes, write: false };
}

function choiceFor(asked: Asked, state: InterviewState, reply: Reply): { ids: string[]; other: string[] } {
  const catalogue = catalogueQuestion(asked.step, state, () => analyze(state));
  if (!catalogue) return { ids: [], other: reply.text.trim() ? [reply.text.trim()] : [] };
  const question = asked.question ?? toQuestion(catalogue.question, catalogue.recommended);
  const choice: Choice = readChoice(question, reply);
  return { ids: optionIds(catalogue.question, choice.labels), other: choice.other };
}

const HANDLERS: Record<StepId, Handler> = {
  overview: ({ state, text }) => outcome(readOverview({ ...state, overview: [text] })),
  "overview-more": ({ state, text }) =>
    outcome(
      readOverview({
        ...state,
        overview: NOTHING_MORE.test(text) ? state.overview : [...state.overview, text],
        overviewFollowedUp: true,
      }),
    ),
  kind: ({ state, choice }) => {
    const { ids, other } = choice();
    const picked = ids[0];
    if (picked === "other") return outcome({ ...state, kindMore: true });
    if (picked) return outcome(readOverview({ ...state, kind: picked as SoftwareKind }));
    const said = other.join(" ");
    const kind = saidKind(said) ?? readSoftwareKind(said) ?? kindByBorrowedWords(said);
    if (kind) return outcome(readOverview({ ...state, kind }));
    return outcome({ ...state, kindMore: true });
  },
  "kind-more": ({ state, choice }) => {
    const { ids, other } = choice();
    const said = other.join(" ");
    const kind =
      (ids[0] as SoftwareKind | undefined) ??
      saidKind(said) ??
      readSoftwareKind(said) ??
      kindByBorrowedWords(said);
    if (kind) return outcome(readOverview({ ...state, kind }));
    return outcome(readOverview({ ...state, kind: "web app" }), [
      "I'll write it as a web app for now; you can change that at the review.",
    ]);
  },
  "tech-runtime": ({ state, choice }) => techSlot(state, "runtime", choice(), { backendAsked: true }),
  "tech-mobile": ({ state, choice }) => techSlot(state, "mobile", choice(), { frontendAsked: true }),
  "features-offline": ({ state, choice }) => {
    const { ids, other } = choice();
    const picked = ids[0] as OfflineChoice | undefined;
    if (picked) return outcome({ ...state, offline: picked });
    const said = other.join(" ");
    const offline: OfflineChoice = /\b(?:no server|only on the phone|never online|fully)\b/i.test(said)
      ? "full"
      : /^\s*(?:no|online|needs? (?:a )?connection)\b/i.test(said)
        ? "online"
        : "sync";
    return outcome({ ...state, offline });
  },
  "features-things": ({ state, choice }) => {
    const { ids, other } = choice();
    if (ids[0] === "right") return outcome({ ...state, thingsConfirmed: true });
    if (ids[0] === "change") return outcome({ ...state, thingsChangePending: true });
    const accepted = ids.filter((id) => id.startsWith("add:")).flatMap((id) => id.slice(4).split("|"));
    if (accepted.length > 0)
      return outcome({ ...state, acceptedSuggestions: [...state.acceptedSuggestions, ...accepted] }, [
        `Added ${accepted.join(" and ")}, as you agreed.`,
      ]);
    const said = other.join(" ");
    if (isAgreement(said) || NOTHING_MORE.test(said)) return outcome({ ...state, thingsConfirmed: true });
    return outcome({ ...state, thingEdits: [...state.thingEdits, said] });
  },
  "features-things-change": ({ state, text }) =>
    outcome({
      ...state,
      thingsChangePending: false,
      thingEdits: NOTHING_MORE.test(text) ? state.thingEdits : [...state.thingEdits, text],
    }),
  "features-commands": ({ state, text }) =>
    outcome({ ...state, commands: NOTHING_MORE.test(text) || LEFT_TO_US.test(text) ? "" : text }),
  involvement: ({ state, choice }) => {
    const { ids, other } = choice();
    const detailed =
      ids[0] === "detailed" ||
      (ids.length === 0 && /detail|technical|myself|involved/i.test(other.join(" ")));
    return outcome({ ...state, mode: detailed ? "detailed" : "quick" });
  },
  "tech-quick": ({ state, choice }) => {
    const { ids, other } = choice();
    if (ids[0] === "defaults") return outcome({ ...state, techApproach: "defaults" });
    if (ids[0] === "preferences") return outcome({ ...state, techApproach: "preferences" });
    if (other.length > 0 && isAgreement(other.join(" ")))
      return outcome({ ...state, techApproach: "defaults" });
    return techPreferences({ ...state, techApproach: "preferences" }, other.join(" "));
  },
  "tech-preferences": ({ state, text }) => techPreferences(state, text),
  "tech-frontend": ({ state, choice }) => techSlot(state, "frontend", choice(), { frontendAsked: true }),
  "tech-backend": ({ state, choice }) => techSlot(state, "backend", choice(), { backendAsked: true }),
  data: ({ state, choice }) => {
    const { ids, other } = choice();
    if (ids[0] === "yes") return outcome({ ...state, storesData: true });
    if (ids[0] === "no") return outcome({ ...state, storesData: false });
    const said = other.join(" ");
    if (ids.length === 0 && /^\s*(?:no|nope|nothing|not really)\b/i.test(said))
      return outcome({ ...state, storesData: false });
    if (ids.length === 0 && isAgreement(said)) return outcome({ ...state, storesData: true });
    const stores = likelyStoresData(state);
    const why = stores
      ? "Since people will add things they expect to find again, I'll store data (in a small database)."
      : "Since nothing you described needs keeping, I'll keep nothing between visits.";
    return outcome({ ...state, storesData: stores }, [
      `No problem. Storing data means what people add is still there the next time they open the app. ${why} You can change this at the review.`,
    ]);
  },
  "features-main": ({ state, text }) => outcome({ ...state, mainExperience: text }),
  "features-accounts": ({ state, choice }) => {
    const { ids, other } = choice();
    const picked = ids[0] as AccountsChoice | undefined;
    if (picked) return outcome({ ...state, accounts: picked });
    const said = other.join(" ");
    const accounts: AccountsChoice =
      /\b(?:role|admin|permission)/i.test(said) || seeDifferentThings(said)
        ? "roles"
        : /\b(?:google|github|apple|facebook|social|oauth|sso)\b/i.test(said)
          ? "social"
          : SAYS_NONE.test(said) || NO_ACCOUNTS.test(said) || NO_ACCOUNTS_IN_CHINESE.test(said)
            ? "none"
            : "email";
    return withExtra({ ...state, accounts }, said, AREA_CATEGORIES.accounts, accounts !== "none");
  },
  // "Players (name, email), matches (…)": things listed with their fields are data to keep,
  // whatever was answered when asked whether it keeps any.
  "features-manages": ({ state, text }) =>
    outcome({
      ...state,
      manages: text,
      storesData: readThings(text, { listed: true }).some((thing) => thing.fields.length > 0)
        ? true
        : state.storesData,
    }),
  "features-search": ({ state, choice }) => {
    const { ids, other } = choice();
    const picked = ids[0] as SearchChoice | undefined;
    if (picked) return outcome({ ...state, search: picked });
    const said = other.join(" ");
    if (SAYS_NONE.test(said)) return outcome({ ...state, search: "none" });
    return withExtra({ ...state, search: "filters" }, prefixed("Search", said), AREA_CATEGORIES.search, true);
  },
  "features-sharing": ({ state, choice }) => {
    const { ids, other } = choice();
    const picked = ids[0] as SharingChoice | undefined;
    if (picked) return outcome({ ...state, sharing: picked });
    const said = other.join(" ");
    if (SAYS_NONE.test(said) || /^\s*just me\b/i.test(said)) return outcome({ ...state, sharing: "none" });
    const sharing: SharingChoice = /\blink/i.test(said) ? "links" : "collaborate";
    return withExtra({ ...state, sharing }, said, AREA_CATEGORIES.sharing, true);
  },
  "features-settings": ({ state, choice }) => {
    const { ids, other } = choice();
    const settings = ids.filter((id): id is SettingsChoice =>
      SETTINGS_QUESTION.options.some((option) => option.id === id),
    );
    const extras = other.filter(
      (said) => !NOTHING_MORE.test(said) && !/^(?:ok|okay|none needed)$/i.test(said.trim()),
    );
    let next: InterviewState = { ...state, settings };
    for (const said of extras) {
      next = {
        ...next,
        extraFeatures: [...next.extraFeatures, { text: said, category: AREA_CATEGORIES.settings }],
      };
    }
    if (extras.length > 0 && settings.length === 0) next = { ...next, settings: ["profile"] };
    return outcome(next);
  },
  "features-dashboards": ({ state, choice }) => {
    const { ids, other } = choice();
    const picked = ids[0] as DashboardChoice | undefined;
    if (picked) return outcome({ ...state, dashboards: picked });
    const said = other.join(" ");
    if (SAYS_NONE.test(said)) return outcome({ ...state, dashboards: "none" });
    return withExtra({ ...state, dashboards: "overview" }, said, AREA_CATEGORIES.dashboards, true);
  },
  "features-domain": ({ state, text }) => outcome(withDomainExtra(state, text)),
  "features-clarify": ({ asked, state, text }) => {
    const statement = asked.subject ?? "";
    const answer = NOTHING_MORE.test(text) ? null : text;
    return outcome({ ...state, clarifications: [...state.clarifications, { statement, answer }] });
  },
  "feature-count": ({ state, choice }) => {
    const { ids, other } = choice();
    const said = other.join(" ");
    const wish = ids[0] ?? (isAgreement(said) ? "right" : parseTarget(said));
    // Anything that is no count ("also add offline mode") is a change; the count is asked again.
    if (wish === null) return fromChange(applyChange(state, said));
    const adjusted = adjustedLimit(analyze(state).candidates, state.derivedLimit, wish);
    if (adjusted.confirm) return outcome({ ...state, derivedLimit: adjusted.limit, countConfirmed: true });
    return outcome({ ...state, derivedLimit: adjusted.limit }, adjusted.notes);
  },
  "design-quick": ({ state, choice }) => {
    const { ids, other } = choice();
    if (ids[0] === "good") return outcome({ ...state, designConfirmed: true });
    if (ids[0] === "change") return outcome({ ...state, designChangePending: true });
    const said = other.join(" ");
    if (isAgreement(said)) return outcome({ ...state, designConfirmed: true });
    return fromChange(applyChange(state, said));
  },
  "design-change": ({ state, text }) =>
    fromChange(applyChange({ ...state, designChangePending: false }, text)),
  "design-database": ({ state, choice }) => techSlot(state, "database", choice(), { databaseAsked: true }),
  "design-api": ({ state, choice }) => techSlot(state, "apiStyle", choice(), { apiAsked: true }),
  "design-deployment": ({ state, choice }) =>
    techSlot(state, "deployment", choice(), { deploymentAsked: true }),
  success: ({ state, choice }) => {
    const { ids, other } = choice();
    const options = successOptions(state, analyze(state));
    const picked = options.filter((option) => ids.includes(option.id)).map((option) => option.description);
    const own = other.filter((said) => !NOTHING_MORE.test(said) && !/^ok(?:ay)?$/i.test(said.trim()));
    return outcome({ ...state, successCriteria: [...picked, ...own.map(sentence)] });
  },
  review: ({ state, choice }) => {
    const { ids, other } = choice();
    const said = other.join(" ");
    if (ids[0] === "approve" || (ids.length === 0 && isAgreement(said))) {
      return { state: { ...state, approved: true }, notes: [], write: true };
    }
    if (ids[0] === "change") return outcome({ ...state, reviewChangePending: true });
    return fromChange(applyChange(state, said));
  },
  "review-change": ({ state, text }) =>
    fromChange(applyChange({ ...state, reviewChangePending: false }, text)),
  done: ({ state, text }) => {
    if (
      NOTHING_MORE.test(text) ||
      isAgreement(text) ||
      /^(?:thanks?|thank you|cheers|bye|great|awesome|cool)\b/i.test(text)
    ) {
      return outcome(state);
    }
    const result = applyChange(state, text);
    if (result.state === state) return outcome(state, result.notes);
    return outcome({ ...result.state, approved: false }, result.notes);
  },
};

function fromChange(result: { state: InterviewState; notes: string[] }): Applied {
  return outcome(result.state, result.notes);
}

/**
 * What the overview already says: the kind of software ("a Python command-line tool"),
 * and what it excluded that answers a later question ("no database", "no logins").
 */
function readOverview(state: InterviewState): InterviewState {
  const said = overviewWords(state);
  // "a little program for the laptop" leans to a desktop app, and is asked (questions.ts).
  let next: InterviewState =
    state.kind === null ? { ...state, kind: saidKind(said, { leaning: false }) } : state;
  const keys = exclusionsOf(next).flatMap((exclusion) => exclusion.keys);
  // "no database", "we don't need user accounts": the word itself, with nothing but "user" beside it.
  const excluded = (word: RegExp) =>
    keys.some(
      (key) =>
        key.some((part) => word.test(part)) &&
        key.every((part) => word.test(part) || /^(?:user|web|any)$/.test(part)),
    );
  if (next.storesData === null && excluded(/^(?:database|db|storage)$/))
    next = { ...next, storesData: false };
  if (
    next.accounts === null &&
    excluded(/^(?:login|account|sign-in|signin|password|log-in|registration|cuenta)$/)
  )
    next = { ...next, accounts: "none" };
  // What the person said about technology in the overview decides it as well.
  const { tech, matched } = applyTechnology(next.tech, said, next.kind ?? "web app", { strict: true });
  if (matched.length > 0) next = { ...next, tech };
  return next;
}

function techPreferences(state: InterviewState, text: string): Applied {
  const { tech, matched } = applyTechnology(state.tech, text, state.kind ?? "web app");
  // What was understood sets the stack; the words themselves go along as well, since they
  // may say more than any known name does ("It only has to work in Firefox").
  const ownWords = matched.length === 0 || !onlyNames(text) ? [text.trim()] : [];
  const next: InterviewState = {
    ...state,
    tech: { ...tech, notes: [...tech.notes, ...ownWords] },
    techPreferencesGiven: true,
  };
  const understood = matched.map((slot) => describeSlot(slot, tech));
  const message =
    matched.length === 0
      ? "Thanks! I'll pass that on to the coding agent as you wrote it, and use sensible defaults for the rest."
      : `Got it: ${understood.join("; ")}. I'll use sensible defaults for anything else.`;
  return outcome(next, [message]);
}

/** "Vue and Python", "FastAPI, PostgreSQL": an answer that is names and nothing else. */
function onlyNames(text: string): boolean {
  return text.trim().split(/\s+/).length <= 6 && !/[.!?]\s+\S/.test(text.trim());
}

function techSlot(
  state: InterviewState,
  slot: TechSlot,
  choice: { ids: string[]; other: string[] },
  asked: Partial<InterviewState>,
): Applied {
  const picked = choice.ids[0];
  if (picked) return outcome({ ...state, ...asked, tech: pickOption(state.tech, slot, picked) });
  const said = choice.other.join(" ");
  const { tech, matched } = applyTechnology(state.tech, said, state.kind ?? "web app");
  if (matched.length > 0) return outcome({ ...state, ...asked, tech });
  // Typed under "Other" and naming nothing known: it still decides this part, as written.
  if (said.trim().length > 0 && said.trim().split(/\s+/).length <= 6 && !isAgreement(said))
    return outcome({
      ...state,
      ...asked,
      tech: { ...state.tech, said: { ...state.tech.said, [slot]: said.trim() } },
    });
  return outcome({ ...state, ...asked, tech: { ...state.tech, notes: [...state.tech.notes, said] } }, [
    "I don't know that one well enough to set it up, so I'll pass it on to the coding agent exactly as you wrote it.",
  ]);
}

/** "Other" free text on an area question becomes a feature of that area. */
function withExtra(state: InterviewState, text: string, category: string, keep: boolean): Applied {
  if (!keep || text.trim().length === 0) return outcome(state);
  return outcome({ ...state, extraFeatures: [...state.extraFeatures, { text, category }] });
}

function prefixed(verb: string, text: string): string {
  return /^\s*(?:search|find|filter|look)/i.test(text) ? text : `${verb} ${text.trim()}`;
}

function sentence(text: string): string {
  const trimmed = text.trim().replace(/[\s.]+$/, "");
  return trimmed.length > 0 ? trimmed[0]!.toUpperCase() + trimmed.slice(1) : trimmed;
}

/** "No", "nothing extra", "not needed", typed instead of picking an option: none of it. */
const SAYS_NONE =
  /^\s*(?:no|none|nope|nah|nothing|not\s+(?:needed|necessary|really|at all)|no\s+need|skip(?:\s+it)?|n\/a|we\s+don'?t\s+need|don'?t\s+need)\b/i;

/**
 * "Nobody go login direct. The agents' app and my uncle dashboard go get their own key",
 * "Slack already knows who everyone is", "they're already signed in to Teams", "no
 * logins": the people are known without accounts of the app's own.
 */
const NO_ACCOUNTS =
  /\b(?:already\s+knows?\s+who|already\s+(?:logged|signed)\s+in|no\s+(?:log[- ]?ins?|accounts?|sign[- ]?ups?|passwords?)|(?:nobody|no\s+one|no-one)\s+(?!else\b)(?:[\p{L}'’]+\s+){0,2}(?:log[- ]?s?\s*in|logins?|sign[- ]?s?\s*in)(?![^.]*\b(?:but|except|apart\s+from|other\s+than)\b)|(?:get|have|use)\s+(?:their|its)\s+own\s+(?:api\s+)?keys?)\b/iu;

/**
 * "冇人直接 login。… 各自有自己條 key" (nobody logs in directly; each has its own key), "不用登入":
 * the same, in Chinese, whose letters "\b" does not see.
 */
const NO_ACCOUNTS_IN_CHINESE =
  /(?:冇人|沒有人|没有人|無人|唔使|不用|不需要)\s*(?:直接\s*)?(?:login|log\s*in|登入|登录|登錄)|自己(?:條|的|嘅|個|个)?\s*(?:api\s*)?key/iu;

/** The most answers to "anything else?" before the interview goes on by itself. */
const MAX_EXTRA_ROUNDS = 3;

/**
 * An answer to "anything else?": what it adds joins what was added before, and the
 * question comes again until the person says there is nothing more ("no", "that's
 * all", "Verder niets" at the end), so a second thought ("those photos after all not")
 * can still take something back.
 */
function withDomainExtra(state: InterviewState, text: string): InterviewState {
  const earlier =
    state.domainExtras !== null && !NOTHING_MORE.test(state.domainExtras) ? state.domainExtras : null;
  if (NOTHING_MORE.test(text)) return { ...state, domainExtras: earlier ?? text, domainExtrasOpen: false };
  // Each answer a paragraph of its own, so one answer's last words never run into the next's.
  const repeated = earlier?.split("\n\n").includes(text.trim()) ?? false;
  const rounds = state.domainExtrasRounds + (repeated ? 0 : 1);
  return {
    ...state,
    domainExtras: earlier === null ? text.trim() : repeated ? earlier : `${earlier}\n\n${text.trim()}`,
    domainExtrasRounds: rounds,
    domainExtrasOpen: !repeated && !ENDS_ON_NOTHING_MORE.test(text) && rounds < MAX_EXTRA_ROUNDS,
  };
}

/** "…, and that's all", "Verder niets.": an answer that adds something and says it is the last. */
const ENDS_ON_NOTHING_MORE =
  /(?:^|[.!;,]\s*)(?:(?:and\s+)?(?:that'?s (?:it|all|everything)|nothing (?:else|more))|verder niets|sonst nichts|nichts weiter|nada más|rien d'autre|niente altro|nada mais|inget mer|nic więcej|başka bir şey yok)\W*$/iu;

/**
 * "Me and Joey see everything, and the money. The girls at the counter see what's getting picked
 * up that day, but not the money": some see everything and others less, which is what roles are.
 */
function seeDifferentThings(said: string): boolean {
  return (
    /\b(?:see|sees|seeing)\s+(?:everything|it\s+all|all\s+of\s+it)\b/iu.test(said) &&
    /\b(?:only|just)\s+(?:see|sees)\b|\b(?:see|sees)\b[^.;!?]*\b(?:but\s+)?not\s+the\s+[\p{L}-]+|\b(?:can['’]?t|cannot|don['’]?t|doesn['’]?t|shouldn['’]?t|mustn['’]?t)\s+see\b/iu.test(
      said,
    )
  );
}
