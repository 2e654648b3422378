import type { StoredAttachment } from "../../../types/attachments.js";
import { type Answers, type Question, RECOMMENDED_SUFFIX } from "../../../types/questions.js";
import { escapeRegExp } from "../language/regexp.js";

/** A person's reply as the interviewer reads it. */
export interface Reply {
  text: string;
  /** Set when they answered the question's widget rather than typing. */
  answers: Answers | null;
  attachments: readonly StoredAttachment[];
}

/** Which options a reply picked (labels without "(Recommended)"), and what it said besides. */
export interface Choice {
  labels: string[];
  other: string[];
}

/** A label without the recommendation mark: "Quick (Recommended)" → "Quick". */
export function baseLabel(label: string): string {
  return label.endsWith(RECOMMENDED_SUFFIX) ? label.slice(0, -RECOMMENDED_SUFFIX.length) : label;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*\(recommended\)\s*/g, " ")
    .replace(/[“”"'`*_]/g, "")
    .replace(/[\s.!?]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Reads a reply to a structured question in every form it may come in: the widget's
 * answers (a label, a list of labels, or free text for "Other"), or a typed message with
 * a label in any case, with or without "(Recommended)", its number ("2"), or several
 * of those separated by commas for a multi-select. Anything else is free text.
 */
export function readChoice(question: Question, reply: Reply): Choice {
  const labels = question.options.map((option) => baseLabel(option.label));
  const answered = reply.answers?.["0"];
  if (answered !== undefined) {
    const values = Array.isArray(answered) ? answered : [answered];
    return collect(values, labels, question.multiSelect);
  }
  const text = reply.text.trim();
  if (text.length === 0) return { labels: [], other: [] };
  const exact = matchOption(text, labels, { exactOnly: true });
  if (exact !== null) return { labels: [exact], other: [] };
  if (question.multiSelect) {
    const parts = text.split(/\s*[,;]\s*|\s+and\s+/).filter((part) => part.length > 0);
    const choice = collect(parts, labels, true);
    if (parts.length > 1 && choice.labels.length > 0) return choice;
  }
  const loose = matchOption(text, labels);
  if (loose !== null) return { labels: [loose], other: [] };
  return { labels: [], other: [text] };
}

function collect(values: readonly string[], labels: readonly string[], multiSelect: boolean): Choice {
  const choice: Choice = { labels: [], other: [] };
  for (const value of values) {
    const label = matchOption(value, labels);
    if (label !== null && !choice.labels.includes(label)) choice.labels.push(label);
    else if (label === null && value.trim().length > 0) choice.other.push(value.trim());
  }
  if (!multiSelect && choice.labels.length > 1) choice.labels = choice.labels.slice(0, 1);
  return choice;
}

/**
 * The option a piece of text names: by label or number, or (unless `exactOnly`) by a
 * reply that starts with a label or a word only one label has.
 */
export function matchOption(
  text: string,
  labels: readonly string[],
  options: { exactOnly?: boolean } = {},
): string | null {
  const wanted = normalize(text);
  if (wanted.length === 0) return null;
  const normalized = labels.map(normalize);
  const exact = normalized.indexOf(wanted);
  if (exact >= 0) return labels[exact]!;
  const number = wanted.match(/^(?:option\s*|#)?(\d{1,2})[.)]?$/);
  if (number) {
    const index = Number(number[1]) - 1;
    return index >= 0 && index < labels.length ? labels[index]! : null;
  }
  if (options.exactOnly) return null;
  const startsWithLabel = normalized
    .map((label, index) => ({ label, index }))
    .filter(({ label }) => new RegExp(`^${escapeRegExp(label)}\\b`).test(wanted))
    .sort((a, b) => b.label.length - a.label.length);
  if (startsWithLabel.length > 0) return labels[startsWithLabel[0]!.index]!;
  if (wanted.length < 3) return null;
  const containing = normalized
    .map((label, index) => ({ label, index }))
    .filter(({ label }) => new RegExp(`(?:^|\\W)${escapeRegExp(wanted)}(?:\\W|$)`).test(label));
  return containing.length === 1 ? labels[containing[0]!.index]! : null;
}

/** "yes", "sounds good", "go ahead", Jaksel "udah, perfect, go!": agreement typed instead of picking an option. */
export function isAgreement(text: string): boolean {
  const opening = text
    .trim()
    .match(
      /^(?:y|yes|yep|yeah|yup|sure|ok|okay|fine|good|great|perfect|lgtm|go ahead|do it|write it|sounds good|looks good|looks great|looks right|looks about right|looks fine|approved?|correct|right|that'?s right|all good|udah|sudah|sip|oke|okey|mantap|(?:i |we )?love it)\b/i,
    );
  return opening !== null && !BUT_ONE_THING.test(text.trim().slice(opening[0].length));
}

/**
 * "Looks good, thanks. Just one thing, where it says Orders, put Sets", "yeah sorted. one fing
 * babe, call the sales the counter sales": agreement that goes on to ask for a change is a
 * change, never an approval.
 */
const BUT_ONE_THING =
  /\b(?:but|except|however|though|(?:one|only)\s+(?:more\s+|small\s+|little\s+|last\s+)?(?:thing|ting|fing)|change|add|remove|rename|call\s+(?:the|it|them)|put|take(?!\s+care)|drop|delete|instead|could\s+you|can\s+you|can\s+yis|can\s+ya)\b/i;
