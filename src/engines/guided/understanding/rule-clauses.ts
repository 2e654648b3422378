import { tagWords } from "../language/tagger.js";
import { type Clause, hasAction, PURPOSE, subjectPrefixOf } from "./clause-splitter.js";
import { isDismissal } from "./dismissals.js";
import { isNegation } from "./exclusions.js";
import { isOnlyANo, saysTheOnlyAgain } from "./exclusions-pointed-back.js";
import { PAST_A_MEASURE } from "./limits-kept.js";

/**
 * How the clauses of one rule hang together once parted: an "if" carried to each of its
 * results, a clause the next one turns down pointing back at it, and what a rule is for that
 * leaves nothing out.
 */

/** "don't want none of that", "leave it", "keep it out", "that's his job", "I'm no wanting that in it": a clause that opens by turning down what came before. */
const TURNS_DOWN_OPENING =
  /^(?:(?:and|but|so)\s+)?(?:(?:i|we|i['’]m|we['’]re|i\s+am|we\s+are)\s+)?(?:don'?t|do\s+not|dont|didn'?t|no|not|never|nah|naw|nope|nowt|nothing|naught|leave|lef|nuh|forget|skip|keep(?=\s+(?:it|that|them|those|dat|dem)\s+(?:out|away)\b)|(?:gie|give)(?=\s+(?:it|that|them|those|dat|dem)\s+a\s+miss\b)|that|dat|this|it's|that's|thats)\b/i;

/** "don't want none of that in it": a clause that opens by turning down, and does. */
function turnsDown(clause: string): boolean {
  // "…, ma ilna da3weh", "…, lo shayach here": a "no" of another English, all the clause says.
  if (isOnlyANo(clause)) return true;
  // "…, else it's chaos at the counter": what happens otherwise says why the rule is kept.
  if (/^\s*(?:else|otherwise|or\s+else)\b/i.test(clause)) return false;
  // "Donations go in the jar …, so the app can forget about money altogether": what comes
  // before is why the software leaves it out.
  if (/^\s*so\s+(?:the\s+app|it|we|you)\s+can\s+forget\s+(?:about\s+)?\S/i.test(clause)) return true;
  // "…, it doesn't make a new member": the software not doing something says how it works.
  if (
    /^\s*it\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|never)\s+(?!(?:need|want|belong|matter|concern)\b)/i.test(
      clause,
    )
  )
    return false;
  // "the mechanic get him own book, leave am out": the subject the splitter lent the "leave" is not the speaker's.
  // ("thats her business not ours": "that's" typed without its apostrophe.)
  const own = clause
    .replace(/^\s*(?:the\s+)?[\p{L}'’-]+\s+(?=(?:leave|lef'?|forget|skip|scrap|drop)\s)/iu, "")
    .replace(/\b(that|dat|what)s\b/giu, "$1's");
  return TURNS_DOWN_OPENING.test(own) && isDismissal(own);
}

/**
 * "If he misses 3 days in a row, the service tells the supervisor, and the tracker blocks
 * the engine": each result of an "if" holds only under it, so a clause split off after the
 * first result takes the condition with it. ("When a job comes in, …" sets a scene; the
 * clauses after it keep the subject, not the scene.)
 */
export function withConditionCarried(clauses: readonly Clause[]): Clause[] {
  const opening = clauses[0]?.clause.match(/^\s*((?:if|unless)\s+[^,]{3,80}),\s+(\S.*)$/i);
  if (!opening) return withLaterConditionCarried(clauses);
  // "If there's a hazard, a tree down, a washout, …, he puts a pin …": examples of the
  // condition before its results; split, the results would lose it, so the rule stays whole.
  if (subjectPrefixOf(opening[2]!) === null)
    return [
      {
        clause: clauses
          .map((entry, index) => `${index === 0 ? "" : entry.separator}${entry.clause}`)
          .join(""),
        separator: clauses[0]!.separator,
      },
    ];
  const condition = opening[1]!;
  return clauses.map((entry, index) =>
    index === 0 || OWN_CONDITION.test(entry.clause)
      ? entry
      : { ...entry, clause: `${condition}, ${entry.clause.replace(/^\s*(?:then\s+)?/i, "")}` },
  );
}

/** A sentence that opens on a condition: "if …", "when …", "once …". */
const RULE_OPENING = /^\s*(?:if|unless|when|whenever|once|as\s+soon\s+as)\s/i;

/**
 * "For every half a percent over, it's $5 a tonne more": how much goes with each step of a
 * measure. "Each buy, we weigh it and write the reef it come off": what is done with every
 * one of a thing, pointed back at with "it", is one step.
 */
const PER_STEP_OPENING =
  /^\s*(?:for\s+(?:every|each)\s|(?:each|every)\s+[\p{L}'’-]+,\s*(?:we|i|they)\s+[\p{L}'’-]+\s+(?:it|them)\s+and\s)/iu;

/**
 * "A match can be put off once, but it got to be played inside 14 days or the side what
 * asked loses it", "An owner can give or sell his turn, but he must tell the wakil one day
 * before": what may be done, then the terms it must keep, is one rule.
 */
const ALLOWED_ON_TERMS =
  /^[^,.;]{3,80}\b(?:can|may|could)\b[^,.;]*,\s*but\s+(?:it|they|he|she)\s+(?:(?:has|have|got|needs?|gotta|has\s+got)\s+to|must|should)\b/i;

/**
 * "The bins shrink over the winter, I take 6% off the weight in the spring": what happens to
 * a thing, then the amount the person allows for it, is one rule.
 */
const ADJUSTED_FOR =
  /^[^,.;]{5,80},\s*(?:so\s+)?(?:i|we)\s+(?:take|knock|add|put|charge|give|cut|dock|deduct|allow)\s+(?:\d+(?:\.\d+)?\s*%|[$€£]\s?\d)/i;

/** Longer than this, a rule is more than one thing to build, and its results are read one by one. */
const MOST_WORDS_OF_A_RULE = 40;

/**
 * "when they get to a pool they put the chlorine and the ph and take a photo before and
 * after", "if they cant get in, like the gate is locked, they mark it and take a photo of
 * the gate and come back another day": a rule of a sentence is one thing to build, its
 * condition and every result together, as the person said it. Parted, a result loses its
 * condition or its examples; a "no" among its clauses is read on its own, as before.
 */
export function ruleKeptWhole(sentence: string, clauses: readonly Clause[]): Clause[] | null {
  // "…, and when he reads it he ticks it with the time": a later rule whose subject points
  // back at someone the sentence named before is that sentence's too ("if it snows" points
  // back at no one).
  const pointsBack = clauses
    .slice(1)
    .some((entry) => /^\s*(?:if|when|whenever|once)\s+(?:he|she|they)\s/i.test(entry.clause));
  if (
    clauses.length < 2 ||
    !(
      RULE_OPENING.test(withoutRuleLead(sentence)) ||
      PER_STEP_OPENING.test(sentence) ||
      pointsBack ||
      ALLOWED_ON_TERMS.test(sentence) ||
      ADJUSTED_FOR.test(sentence) ||
      SHARES_SPLIT.test(sentence) ||
      eachOfTheActBefore(clauses)
    )
  )
    return null;
  if (sentence.split(/\s+/).length > MOST_WORDS_OF_A_RULE) return null;
  if (clauses.some((entry) => isNegation(entry.clause) || isDismissal(entry.clause))) return null;
  return [{ clause: sentence.trim(), separator: "" }];
}

/**
 * "Members pay by Orange Money or in cash, and each payment must carry a receipt number": a
 * later clause about each of what the first one does (each payment, of paying) is its rule too.
 */
function eachOfTheActBefore(clauses: readonly Clause[]): boolean {
  // (Only where the first clause names who does it: "By law every scaffold has to be inspected …"
  // says no one.)
  if (clauses.length !== 2 || subjectPrefixOf(clauses[0]!.clause) === null) return false;
  const noun = clauses[1]!.clause
    .match(
      /^\s*(?:and\s+)?(?:each|every)\s+([\p{L}-]+)\s+(?:must|has\s+to|should|needs?\s+to|needs|gets|is|has)\s/iu,
    )?.[1]
    ?.toLowerCase();
  if (noun === undefined) return false;
  const acts = tagWords(clauses[0]!.clause)
    .filter((word) => word.tag === "verb")
    .map((word) => word.base.toLowerCase());
  return acts.some((act) => act.length >= 3 && noun.startsWith(act));
}

/** "The agent keeps 40% of the charges and my uncle takes 60%": one sum split in shares, one rule. */
const SHARES_SPLIT = /\d+(?:[.,]\d+)?\s*%[^.;!?]*?(?:\band\b|,)[^.;!?]*?\d+(?:[.,]\d+)?\s*%/u;

/**
 * A rule without what is said before its condition: its name before a colon ("Rule 4: when a
 * horse is withdrawn late, …"), a time or a topic said first ("On the day, when the doctor
 * arrives, …", "For the dividend, the trustees decide …", "From 15 December to 15 April,
 * that's high season, …").
 */
export function withoutRuleLead(sentence: string): string {
  return sentence
    .replace(/^[^:,.;]{1,30}:\s+/u, "")
    .replace(
      /^(?:on|in|at|for|every|each|after|before|during|from|between|until|till)\s+[^,.;:]{1,30},\s+(?:(?:that|dat)['’]s\s+[^,.;:]{1,30},\s+)?/iu,
      "",
    );
}

/**
 * "If a member is late twice, the club sends a warning, and we don't want fines": a "no"
 * said after a comma, by whoever speaks, leaves what comes before it to be read.
 */
export function withoutTrailingNo(clause: string): string {
  const cut = clause.search(
    /,\s*(?:and\s+|but\s+)?(?:we|i|they|you)\s+(?:don['’]?t|do\s+not|won['’]?t|will\s+not|never)\s/i,
  );
  if (cut <= 0) return clause;
  const before = clause.slice(0, cut);
  return isNegation(before) || !isNegation(clause.slice(cut + 1)) ? clause : before;
}

/**
 * "It shows the price broken down, so the customer can see what they're paying for and
 * doesn't think …": a "not" in what something is for leaves out nothing of what is done.
 */
export function withoutNegatedPurpose(clause: string): string {
  const at = clause.search(/,\s*so\s/i);
  if (at < 0 || !PURPOSE.test(clause.slice(at + 1)) || !isNegation(clause)) return clause;
  return isNegation(clause.slice(0, at)) ? clause : clause.slice(0, at);
}

/** A clause that opens on a condition or a reason of its own, which no condition before it reaches. */
const OWN_CONDITION =
  /^\s*(?:if|unless|when|whenever|once|otherwise|else|so|because|since|['’]?cause|cos)\b/i;

/**
 * "…, and if the weather's that bad we canna go oot, naebody pays for that day, hid comes
 * aff their balance": a condition opening a later clause reaches the clauses after it that
 * a comma alone parts from it.
 */
function withLaterConditionCarried(clauses: readonly Clause[]): Clause[] {
  let condition: string | null = null;
  const carried: Clause[] = [];
  for (const [index, entry] of clauses.entries()) {
    const opening = entry.clause.match(/^\s*((?:if|unless)\s+[^,]{3,80}),\s+(\S.*)$/i);
    if (index > 0 && opening && subjectPrefixOf(opening[2]!) !== null) {
      condition = opening[1]!;
      carried.push(entry);
    } else if (condition === null || !/^\s*,\s*$/.test(entry.separator) || OWN_CONDITION.test(entry.clause)) {
      condition = null;
      carried.push(entry);
    } else if (/^\s*(?:it|hid|hit|that|this|which)\s/i.test(entry.clause)) {
      // "…, naebody pays for that day, hid comes aff their balance": what points back at the
      // result says more of it, in the same rule.
      const last = carried.pop()!;
      carried.push({ ...last, clause: `${last.clause}, ${entry.clause}` });
    } else carried.push({ ...entry, clause: `${condition}, ${entry.clause}` });
  }
  return carried;
}

/**
 * Which clauses the clause after them turns down, pointing back ("…, don't want none of
 * that in it"), and the clauses joined to those by "and" or "or": in "The ufa that we
 * pack and sell in the shop, that is my wife's side, leave it out" the packing is turned
 * down with the selling.
 */
/** "Some customers ask to buy koi food from us": what others ask for, told as theirs. */
const OTHERS_ASK =
  /^\s*(?:(?:and|but|so)\s+)?(?:some\s+|many\s+|a\s+lot\s+of\s+)?(?:people|ppl|customers|clients|visitors|tourists|guests|buyers|members|parents|folks)\s+(?:always\s+|often\s+|keep\s+|sometimes\s+)?(?:ask|asks|asked|want|wants)\b/iu;

export function clausesTurnedDown(clauses: readonly Clause[]): boolean[] {
  const turned = clauses.map(
    ({ clause }, index) =>
      // "Some customers ask to buy koi food from us, but we do not sell food": what others ask
      // for, then a "no" to it, goes with the "no".
      // ("ppl ask if we sell raki in bottles …, my cousin in heraklion does that, not us": the "no"
      // may come a clause later.)
      (OTHERS_ASK.test(clause) &&
        clauses[index + 1] !== undefined &&
        /^\s*,?\s*(?:but\s+)?$/i.test(clauses[index + 1]!.separator) &&
        clauses
          .slice(index + 1, index + 3)
          .some(({ clause: later }) => isNegation(later) || isDismissal(later) || isOnlyANo(later))) ||
      // "Any lobster tail under 4 ounce, wi nuh tek it": what is not taken past a measure is a rule.
      (!PAST_A_MEASURE.test(clause) &&
        // ("Very Dark Strong only goes in barrels, we never put it in jugs": the "no" says the "only" again.)
        !saysTheOnlyAgain(`${clause}, ${clauses[index + 1]?.clause ?? ""}`) &&
        ((clauses[index + 1] !== undefined &&
          /^\s*,\s*$/.test(clauses[index + 1]!.separator) &&
          turnsDown(clauses[index + 1]!.clause)) ||
          clause
            .split(/\s*,\s*/)
            .slice(1)
            .some(turnsDown))),
  );
  for (let index = clauses.length - 2; index >= 0; index--) {
    if (turned[index + 1] && /^\s+(?:and|or)\s+$/i.test(clauses[index + 1]!.separator)) turned[index] = true;
    // "And the trunk-or-treat at our church, we just donate a bounce house for that, so no,
    // that doesn't go in": a thing named alone, before the clause that turns it down.
    if (
      turned[index + 1] &&
      /^\s*,\s*$/.test(clauses[index + 1]!.separator) &&
      namesAThingAlone(clauses[index]!.clause) &&
      !PAST_A_MEASURE.test(clauses[index]!.clause)
    )
      turned[index] = true;
  }
  return turned;
}

/** "And the trunk-or-treat at our church": a thing named, with an article and no one acting. */
function namesAThingAlone(clause: string): boolean {
  const words = clause.trim().split(/\s+/);
  return (
    // ("n the hotel deals …": "and" typed short.)
    /^(?:(?:and|but|also|oh|now|n|&)\s+)?(?:the|a|an|our|my|their|de|da|that|those)\s/i.test(clause.trim()) &&
    words.length <= 7 &&
    (!hasAction(clause) || !/\b(?:i|we|you|they|he|she|it|is|are|was|were)\b/i.test(clause))
  );
}
