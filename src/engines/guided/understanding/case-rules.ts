import { tagWords } from "../language/tagger.js";

/**
 * "Funerals, no deposit", "Sundays, no deliveries", "Kids under 5, no charge": for one case,
 * something that does not apply. A rule of the software's, said short: what follows "no"
 * is wanted everywhere else (every other gig takes a deposit), so it is no "no" to it.
 */
const CASE_WITHOUT =
  /^\s*((?:for\s+|on\s+)?[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,3}),\s+no\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})\s*[.!]*\s*$/u;

/** "So, no chat", "Yeah, no login": words of the talk name no case. */
const NOT_A_CASE =
  /^(?:so|ok|okay|well|and|but|yes|yeah|ya|no|nope|nah|oh|sorry|um|uh|right|anyway|please|also|thanks|ja|hmm|actually|honestly|look|listen|man|dude|hon|mate|again|definitely|absolutely|seriously|simple)$/i;

/** "Payments, no thanks", "GPS, no way", "Chat, no need", "the raffle, no bye": the "no" of the person, whole. */
const NOT_A_THING =
  /^(?:thanks|thank\s+you|thank\s+u|ta|need|way|chance|sir|ma['’]?am|problem|problems|worries|more|less|thing|things|dice|biggie|pressure|rush|stress|bother|idea|clue|offen[cs]e|point|use|interest|good|thank\s+you\s+very\s+much|go|can\s+do|bye|boy|b['’]y|bud|buddy|dude|hon|mate|man|bro|brah|love|pet|dear|darling|siree)$/i;

/** "Sunday is the driver's own day, no target": a day or a season, and what it has not. */
const TIME_WITHOUT =
  /^\s*(?:on\s+|in\s+|at\s+)?(?:sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|weekends?|public\s+holidays?|holidays?|january|february|march|april|may|june|july|august|september|october|november|december|winter|summer|spring|autumn|fall|christmas|easter|ramadan)\b[^,.;!?]{0,60},\s+no\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*[.!]*\s*$/iu;

/**
 * "Tiny tots are free, no contest, they all get $10 day money": what holds for a group of
 * people or things, then what they do not get, then often more of the same rule.
 */
const GROUP_WITHOUT =
  /^\s*((?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+)\s+(?:is|are|get|gets|pay|pays|go|goes|come|comes)\s+[^,.;!?]{1,30},\s+no\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*(?:[,.;!]|$)/u;

/** The words the software being made goes by: "app", "library", "program". */
const SOFTWARE_NAME =
  "(?:app|application|site|website|system|program|programme|software|tool|service|package|library|api|module|script)";

/** "The app is simple, no login" turns logins down: the software is no case of a rule. */
const THE_SOFTWARE = new RegExp(String.raw`^(?:the\s+|our\s+|my\s+)?${SOFTWARE_NAME}\b`, "i");

/** "the library", "this app", "our program": the software being made, named as itself and nothing more. */
const SOFTWARE_ITSELF = new RegExp(String.raw`^\s*(?:the|this|our|my)\s+${SOFTWARE_NAME}\s*$`, "iu");

/** Whether a phrase names only the software being made: "The library has nothing to do with it" points back. */
export function namesTheSoftwareItself(phrase: string): boolean {
  return SOFTWARE_ITSELF.test(phrase);
}

/**
 * "No tag, we can't take it", "no ticket, they don't get in": what cannot be done without a
 * thing. ("No GPS, we don't need it" is the person's own "no".)
 */
const NO_THEN_CANNOT =
  /^\s*no\s+([^,.;!?]{1,30}),\s*(?:we|they|you|it|he|she|nobody)\s+(?:can['’]?t|cannot|won['’]?t|don['’]?t|do\s+not|will\s+not|doesn['’]?t|does\s+not|ain['’]?t)\s+(?!(?:need|want|bother|care|use|like|wish)\b)/iu;

/**
 * "For polyester, the library will not give a price": for one case, what the software will not
 * do is a rule of it, no "no" to what it does everywhere else.
 */
const SOFTWARE_REFUSES_A_CASE = new RegExp(
  String.raw`^\s*(?:for|with|on|if|when)\s+[^,.;!?]{1,40},\s*(?:(?:the|this|our)\s+${SOFTWARE_NAME}|it)\s+(?:will\s+not|won['’]?t|does\s+not|doesn['’]?t|should\s+not|shouldn['’]?t|must\s+not|cannot|can['’]?t)\s+\p{L}`,
  "iu",
);

/** "no", "geen", "kein", "pas de", "sin": the word that opens a "no" in the languages of Europe. */
const NO_OPENING = String.raw`(?:no|geen|gene|kein|keine|keen|ken|pas\s+de|sans|sin|senza|nessun[oa]?|sem|ingen|inget|bez)`;

/**
 * "No licence, no race: every rider shows it", "Geen licentie, geen koers", "no ticket, no entry":
 * without the one, none of the other, a rule of the day said as two "no"s; what it turns down is
 * the case, never a thing of the software. Told by the colon that explains it, or by what the
 * second "no" holds back: the race, the entry, the ride.
 */
const NO_THEN_NONE = new RegExp(
  String.raw`^\s*${NO_OPENING}\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*,\s*${NO_OPENING}\s+(?:[\p{L}'’-]+\s*:|(?:race|entry|entrance|ride|start|sale|service|deal|job|booking|play|koers|rit|toegang|inschrijving|rennen|fahrt|start|eintritt|einlass|course|entrée|vente|carrera|entrada|venta|corsa|gara|ingresso|vendita|corrida|acesso|venda)\s*(?:[:;.!,]|$))`,
  "iu",
);

/**
 * "Without a helmet nobody starts", "Zonder helm vertrekt er niemand", "Ohne Helm fährt keiner":
 * what nobody does without a thing is a rule of the day, no "no" to the thing.
 */
const WITHOUT_NOBODY =
  /^\s*(?:without|zonder|ohne|sans|sin|senza|sem|utan|uden|bez)\s+[^,.;!?]{1,40}?,?\s+[^.;!?]*?(?<![\p{L}])(?:nobody|no\s+one|no-one|niemand|keiner|keine|personne|nadie|nessuno|ninguém|ingen|nikt)(?![\p{L}])/iu;

export function isCaseWithout(sentence: string): boolean {
  if (SOFTWARE_REFUSES_A_CASE.test(sentence) || NO_THEN_NONE.test(sentence) || WITHOUT_NOBODY.test(sentence))
    return true;
  // ("No sir, we don't sell beer" is the person's own "no", said to someone.)
  const without = sentence.match(NO_THEN_CANNOT);
  if (TIME_WITHOUT.test(sentence) || (without && !NOT_A_THING.test(without[1]!.trim()))) return true;
  const group = sentence.match(GROUP_WITHOUT);
  if (group && !/^(?:i|we|you|they|he|she|it|that|this|there|everything|everyone)$/i.test(group[1]!.trim()))
    return !THE_SOFTWARE.test(group[1]!.trim());
  const match = sentence.match(CASE_WITHOUT);
  if (!match) return false;
  const [, thecase, what] = match as unknown as [string, string, string];
  if (NOT_A_CASE.test(thecase.trim()) || NOT_A_THING.test(what.trim())) return false;
  // "We said, no chat": a case is a thing or a time, with no one acting in it.
  return (
    !/^(?:i|we|you|they|he|she|it|that|this|no|not|none|nothing|never|without)\b/i.test(thecase) &&
    !THE_SOFTWARE.test(thecase.trim()) &&
    !tagWords(thecase).some((word) => word.tag === "verb")
  );
}

/**
 * ", otherwise the council gives no permission", ", anders geeft de gemeente geen toestemming",
 * ", sonst …", ", sinon …": what would happen otherwise says why a rule is kept; its "no" turns
 * nothing down.
 */
const OTHERWISE_CLAUSE =
  /,\s*(?:otherwise|or\s+else|else|anders|sonst|sunst|sinon|autrement|altrimenti|si\s+no|de\s+lo\s+contrario|senão|senao|annars|ellers|inaczej|jinak)\s+[^.!?\n]*/giu;

/** A text without its short rules of a case ("Funerals, no deposit."), for reading the person's "no"s. */
export function withoutCaseRules(text: string): string {
  return text.replace(/[^.!?\n]+[.!?]*/g, (sentence) =>
    isCaseWithout(sentence) ? " " : sentence.replace(OTHERWISE_CLAUSE, ""),
  );
}
