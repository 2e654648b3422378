import { tagWords } from "../language/tagger.js";
import {
  goesOnWithTheFamilyTrade,
  goesOnWithTheStory,
  introducesTheFamilyTrade,
  isBackground,
  tellsAStory,
} from "./background.js";
import { isDismissalOnItsOwn } from "./dismissals.js";
import { findExclusions, isNegation, stems } from "./exclusions.js";
import { isEnglish } from "./language.js";
import { textUnits } from "./statements.js";
import { isTalkAboutTheTalk } from "./talk-about-talk.js";

/**
 * Sentences the reading of statements found nothing in, kept whole: "Then service charge
 * 10% on the subtotal after discount", "A hand below the minimum faan cannot win", "If
 * a stalker's firearm certificate is out of date, flag it". A person's sentence that says
 * what the software is to do is never dropped because its words took a shape the
 * interviewer does not know; what it says stays in the person's words, for the review to
 * show and the person to take out.
 */
export function unreadSentences(text: string, read: readonly string[], stories = true): string[] {
  const english = isEnglish(text, true);
  // Another language's sentences are kept whole already; only English ones can be lost.
  if (!english) return [];
  // "Last autumn he sold the same bales twice. The man in Vicenza got the wrong grade.": after
  // a story of the past, what is told in the past goes on with it (outside the walkthrough,
  // as the statements read it), and is no more kept whole than the story is.
  let storyBefore = false;
  // ("My abbu and my chachas are mowals. Every year they go into the forest …": the family's trade, told.)
  let tradeBefore = false;
  const units = textUnits(text);
  return units.flatMap((unit, index) => {
    const sentence = unit.replace(/\s+/g, " ").trim();
    const story = stories && storyBefore && goesOnWithTheStory(sentence);
    storyBefore = stories && (story || tellsAStory(sentence));
    const trade = stories && tradeBefore && goesOnWithTheFamilyTrade(sentence);
    tradeBefore = stories && (trade || introducesTheFamilyTrade(sentence));
    if (story || trade || !saysSomethingToDo(sentence) || turnedDownByTheNext(sentence, units[index + 1]))
      return [];
    // Only what was read from this sentence says it was read: its words said again in other
    // sentences ("the commission" in a list of what a statement shows) do not carry its rule.
    const ownStems = new Set(stems(sentence));
    // ("…; after that it's $5 a day": a sentence read on with the rule before it is in that
    // statement whole.)
    const core = sentence.replace(/[.!]+$/, "").toLowerCase();
    const readStems = new Set(
      read
        .filter((statement) => isCovered(statement, ownStems, 0.5) || statement.toLowerCase().includes(core))
        .flatMap((statement) => stems(statement)),
    );
    // A sentence whose words the statements already carry was read, whole or split in
    // clauses; of one read in part, the clauses nothing carries are kept ("For residential,
    // the first 200 units are at the lower band, everything after that at the higher band").
    const unread = isCovered(sentence, readStems) ? uncoveredClauses(sentence, readStems) : sentence;
    if (unread.length === 0) return [];
    const kept = unread
      .replace(/[.!]+$/, "")
      .replace(/^(?:and|so|also|plus|then|oh|well|ok|okay)[,\s]+/i, "");
    return [`${kept[0]!.toUpperCase()}${kept.slice(1)}`];
  });
}

/**
 * "People ask us to sell seed yams. We don't deal in that.": a sentence whose thing the next
 * sentence turns down is the exclusions', however it was read.
 */
function turnedDownByTheNext(sentence: string, next: string | undefined): boolean {
  if (next === undefined || findExclusions(sentence).length > 0) return false;
  const lower = sentence.toLowerCase();
  return findExclusions(`${sentence} ${next}`).some(
    (exclusion) => exclusion.said.length >= 3 && lower.includes(exclusion.said.toLowerCase()),
  );
}

/** Whether most of the words of a sentence (or, more strictly, of a clause) were read. */
function isCovered(words: string, readStems: ReadonlySet<string>, share = 0.6): boolean {
  const all = stems(words);
  const long = all.filter((word) => word.length >= 4 && !COMMON.has(word));
  // ("GST at 18% on top": a rule of short words and numbers is read by them all.)
  const own = long.length > 0 ? long : all.filter((word) => !SHORT_COMMON.has(word));
  return own.filter((word) => readStems.has(word)).length >= own.length * share;
}

/** The clauses of a sentence read in part that nothing read carries, in order, or "". */
function uncoveredClauses(sentence: string, readStems: ReadonlySet<string>): string {
  const clauses = sentence.replace(/[.!]+$/, "").split(/\s*,\s*(?:and\s+)?/);
  // Only a run from the sentence's start, so what is kept reads as the person said it.
  const run: string[] = [];
  for (const clause of clauses) {
    if (isCovered(clause, readStems, 0.8)) break;
    // ("Everybody pays cash and we write 'em a receipt out of the receipt book, …": today's paper
    // is how it is done now, kept out of the run; so is "The Miramichi's the best salmon river
    // going, and …", where the person is.)
    if (isBackground(clause)) break;
    run.push(clause);
  }
  const words = run.join(" ").split(/\s+/).length;
  return words >= 5 && run.length < clauses.length ? run.join(", ") : "";
}

/** Short words too common to say whether a sentence of short words was read. */
const SHORT_COMMON = new Set("a an the at on in of to by for is are be it and or but so no not".split(" "));

/** Words too common to say whether a sentence was read. */
const COMMON = new Set(
  "that this with have they what when then from your their about into just also some each every would could should will there them were been after before where which".split(
    " ",
  ),
);

/** Words of talk, not of the software: greetings, thanks, a question back, the lead to a list. */
const TALK =
  /^(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks|thank you|cheers|sorry|ok|okay|right|well|yes|yeah|no(?=\s*[,.!]|\s*$)|nope|that's (?:it|all|everything))\b|[?:]\s*$|\b(?:i think that's|hope (?:that|this) helps|let me (?:think|see|explain)|here goes|like this)\b/i;

/** The speaker introducing themselves: "I'm the exams officer at …", "We're a family bakery". */
const ABOUT_THE_SPEAKER =
  /^(?:(?:hi|hello|so|well)[,\s]+)*(?:i'm|i am|we're|we are|my name is|i work|we work|i run|we run|i own|we own|i've been|we've been|i have been|we have been)\b/i;

/**
 * Words of how things are done today: a sentence kept only because nothing in it was read
 * must not bring today's paper and programs into the features unless it wishes for something.
 */
const TODAY =
  /\b(?:right now|at the moment|currently|nowadays|these days|today|now|at present|used to|we use|i use|we keep|i keep|on paper|by hand|paper|notebook|diary|spreadsheet|excel|whatsapp|facebook|ledger|book|file|folder|card index|phone calls?|radio|calculator|envelope|years?|every \w+ since)\b/i;
const WISH =
  /\b(?:should|want|wants|would like|'d like|need|needs|must|has to|have to|able to|let|lets|will|can)\b/i;

function saysSomethingToDo(said: string): boolean {
  const sentence = said.replace(/^(?:and|so|also|plus|oh|well|but)[,\s]+/i, "");
  const words = sentence.split(/\s+/);
  if (words.length < 5 || words.length > 60) return false;
  if (TALK.test(sentence) || ABOUT_THE_SPEAKER.test(sentence) || isTalkAboutTheTalk(sentence)) return false;
  // ("That one is his own business, not the association's": a "no" pointing back, whole.)
  if (/^(?:that|this)\b/i.test(sentence) && words.length <= 12 && isDismissalOnItsOwn(sentence)) return false;
  // "The ufa that we pack and sell in the shop, that is my wife's side, leave it out of this
  // one": a sentence that turns down what it names is the exclusions', read or not.
  if (
    sentence
      .split(/\s*[,;]\s*/)
      .slice(1)
      .some(isDismissalOnItsOwn)
  )
    return false;
  // "I open the app in the morning, …": what the person does is read, in the third person, by
  // the statements; kept whole it would speak as "I".
  if (/^(?:i|we|i'd|we'd|i'm|we're|i've|we've|i'll|we'll|my|our|me|us)\b/i.test(sentence)) return false;
  // ("Every Friday evening I does cook goat water …": when, said first, changes nothing; "every
  // evening I want how many trips …" wishes, and is kept.)
  if (
    /^(?:every|each|most|on)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|weekend|month|year|season|morning|afternoon|evening|night)s?\s+){1,2}(?:i|we)\b/i.test(
      sentence,
    ) &&
    !WISH.test(sentence)
  )
    return false;
  if (TODAY.test(sentence) && !WISH.test(sentence)) return false;
  // ("The Miramichi's the best salmon river going, and the sports come from all over, …, and the
  // lodges and the guides all buy from us": a sentence all of whose parts are how things are.)
  if (sentence.split(/,\s*and\s+/i).every((part) => isBackground(part))) return false;
  // A sentence a "no" is read from is the exclusions'; kept whole it could bring the thing back.
  if (
    findExclusions(sentence).length > 0 ||
    /\b(?:not|never|no)\s+(?:need|needed|want|wanted|required|necessary|interested)\b|\b(?:don'?t|do\s+not|doesn'?t)\s+(?:need|want)\b/i.test(
      sentence,
    )
  )
    return false;
  // "Online ordering for our small bakery" names the app: a short phrase with no verb of its
  // own; "each class sorted biggest first", "prize money for each place, 1st to 6th" say a rule.
  if (
    words.length <= 8 &&
    !/\b(?:each|every|per|first|last|\d+(?:st|nd|rd|th)?)\b/i.test(sentence) &&
    !WISH.test(sentence) &&
    !tagWords(sentence).some((word) => word.tag === "verb" && !/ing$/i.test(word.word))
  )
    return false;
  return !isBackground(sentence) && !isNegation(sentence);
}
