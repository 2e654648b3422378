import { createMemo } from "../language/memo.js";
import { findExclusions } from "./exclusions.js";

/**
 * A "no" in the walkthrough of how things work is nearly always a rule of the business, not
 * a part of the software turned down: "no dogs on any trip", "No smoking inside the ger, and
 * no fire except the stove", "salties in the river so no swimming", "festival week … no
 * refunds", "all our tinnies are under 6 hp so no boat licence needed". Read as exclusions,
 * they would lose the rule and keep its words out of every feature. Across the people heard so
 * far, nearly every "no" told there was such a rule; the few that were not named the software
 * itself ("But still no chat", "I've no use for a map in it").
 */

/** What a person turns down of the software itself: a part of it, or a wish about it. */
const SOFTWARE_THING =
  /(?<![\p{L}])(?:chat|chats|messag\p{L}*|maps?|gps|track\p{L}*|notif\p{L}*|remind\p{L}*|alerts?|log\s*-?\s*ins?|logins?|sign\s*-?\s*ups?|accounts?|passwords?|profiles?|apps?|application|system|software|program|website|web\s*site|site|online|internet|database|server|cloud|sync\w*|emails?|e-mails?|sms|texts?|comments?|reviews?|ratings?|forum|feed|social|sharing|export\w*|reports?|dashboards?|screens?|api|integration\w*|payments?\s+online|online\s+payments?|invoic\p{L}*|receipts?|payroll|accounting|bookkeeping|inventory|stock\s+control|loyalty)(?![\p{L}])/iu;

/**
 * Words of a wish about the software, not of a rule: "we don't need", "no use for", "leave it
 * out", "in the app"; or of work that is someone else's: "the accountant does that", "not ours".
 */
const ABOUT_THE_SOFTWARE =
  /\b(?:(?:does|do|handles?|takes\s+care\s+of|sorts?)\s+(?:that|those|them|it)\b|not\s+(?:ours|us|mine|our\s+(?:business|job|thing|problem))\b|(?:his|her|their)\s+(?:own\s+)?business\b|(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|never)\s+(?:need|want)|no\s+(?:need|use)\s+for|leave\s+(?:\S+\s+){0,3}out|skip|in\s+(?:it|the\s+(?:app|system|tool|site|program|software))\b|(?:the\s+)?(?:app|system|tool|site|program|software)\s+(?:must|should|shouldn['’]?t|must\s+not|won['’]?t|can['’]?t))/iu;

/** Each walkthrough sentence is asked about several times a turn; its "no"s are read once. */
const houseRules = createMemo<boolean>(2048);

/** Whether a sentence of the walkthrough is a rule of the business said with a "no". */
export function isHouseRule(sentence: string): boolean {
  return houseRules.get(sentence, () => isHouseRuleAfresh(sentence));
}

function isHouseRuleAfresh(sentence: string): boolean {
  // "the tax the farmer pays to the telonio himself, not us": what the customer does themselves,
  // and not the business, is a rule of who does what, whatever the "not us".
  const theirOwnDoing = /\b(?:himself|herself|themselves|hisself)\b/i.test(sentence);
  if (ABOUT_THE_SOFTWARE.test(sentence) && !theirOwnDoing) return false;
  const exclusions = findExclusions(sentence);
  // "We cannot buy from boats abroad, …, so no": what the business does not do, whatever reason
  // follows, is a rule too, though no thing is named to turn down.
  if (exclusions.length === 0) return WE_DO_NOT.test(sentence.trim()) && !SOFTWARE_THING.test(sentence);
  return exclusions.every((exclusion) => !SOFTWARE_THING.test(exclusion.said));
}

/** "We cannot send abroad", "we never sell on credit": what the business does not do. */
const WE_DO_NOT =
  /^(?:(?:and|but|so)\s+)?(?:we|i)\s+(?:cannot|can['’]?t|can\s+not|don['’]?t|do\s+not|never|won['’]?t|will\s+not)\s+(?!need\b|want\b|use\b|bother\b)\p{L}/iu;

/** The walkthrough without the sentences that are rules of the business, for reading its "no"s. */
export function withoutHouseRules(text: string): string {
  return text.replace(/(?:[^\n.;!?]|\.(?=\d))+/gu, (sentence) => (isHouseRule(sentence) ? " " : sentence));
}
