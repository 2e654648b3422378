/**
 * Sentence shapes put plainly before a sentence is split into clauses, each keeping the
 * person's words: a word that only stresses a rule, a correction's opening, what a thing is
 * said between commas, a purpose said first, a case past a measure, an aside on the words.
 * Each rewrite keeps a rule whole or leaves out words that say nothing the software does.
 */

/** "Oh, and …", "Well, …": words before a sentence that only carry the talk. */
const INTERJECTION =
  /^(?:(?:oh|ah|well|ok|okay|right|anyway|um|uh|btw|by the way)\s*[,!]\s*)+(?:(?:and|plus|also)\s+)?/i;

/** The words before a correction's content: "Sorry, I meant ", "Actually, make that ". */
const CORRECTION_OPENER =
  /^(?:(?:sorry|oops|actually|wait|no)[,!]?\s+)*(?:i meant|i mean|make that|i should have said|what i meant was)[,:]?\s+/i;

/**
 * Words typed short, written out before a text is read: "receipt on whatsapp after u pay"
 * ("you"), "slots r 90 min" ("are"). ("max 12 ppl" and "dont" stay as typed: they read the
 * same either way, and the person's own words are kept.)
 */
export function typedInFull(text: string): string {
  return text
    .replace(/(?<=^|\s)u(?=\s+\p{Ll})/gu, "you")
    .replace(/(?<=(?:^|\s)(?:[\p{L}'’-]+s|they|we|you))\s+r(?=\s+[\p{Ll}\d])/giu, " are");
}

/** One sentence, after its lead-in, in the plain shape its clauses are read in. */
export function inPlainShape(sentence: string): string {
  return (
    sentence
      // "Players, or the parents for the juniors, log in, …": who else may act, set off by commas
      // after who acts, is an aside to them, as it would be in brackets.
      .replace(
        /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}),\s+((?:or|and)\s+[^,()]{2,50}?),\s+(?=(?:log|logs|sign|signs|see|sees|pay|pays|book|books|enter|enters|order|orders|register|registers|check|checks|can|get|gets|use|uses|view|views)\b)/u,
        "$1 ($2) ",
      )
      // "…, and my Gar, the paper it makes": a cry, and what it is at, is no part of what is done.
      .replace(
        /,?\s*(?:and\s+)?(?:my\s+(?:gar|gaud|god|gosh|goodness|lord)|good\s+(?:god|lord|grief|heavens))(?:,\s*the\s+[\p{L}'’-]+\s+(?:it|that|this)\s+makes)?(?=\s*[,.!]|\s*$)/giu,
        "",
      )
      // "… and he says he'll do us one, where the members can see their subs": who will build it
      // is talk; what the software is for, said after "where", is what people do in it.
      .replace(
        /(^|\band\s+|,\s*)(?:he|she|they)\s+(?:says?|said)\s+(?:that\s+)?(?:he|she|they)(?:['’]ll|['’]d|\s+will|\s+would|\s+can|\s+could)\s+(?:do|make|build|set\s+up)\s+(?:us|me|them)\s+(?:one|it|an?\s+[\p{L}-]+)\s*,\s*where\s+/giu,
        "$1",
      )
      // "We don't sell half dozens, I don't care who asks": how firmly a rule holds is no clause of its own.
      .replace(
        /,\s*(?:i\s+don['’]?t\s+care\s+who\s+(?:asks|it\s+is)|no\s+matter\s+who\s+asks|whoever\s+asks|no\s+ifs\s+or\s+buts)\s*([.!]?)\s*$/i,
        "$1",
      )
      // ("…, no exceptions": kept with its rule, which it says has none, as an aside.)
      .replace(/,\s*(no\s+exceptions?)\s*([.!]?)\s*$/i, " ($1)$2")
      // "No kava for pikinini under 18, never": the word that stresses a rule is no clause of its own.
      .replace(/^(no\s[^.;!?]*?),\s*(?:never|ever|period|full\s+stop)\s*([.!]?)\s*$/i, "$1$2")
      // "We don't build on a slope without a slab, never, the house goes skeef …": the same,
      // with more said after it.
      .replace(
        /^((?:no|(?:i|we)\s+(?:don['’]?t|do\s+not|won['’]?t))\s[^.;!?]*?),\s*(?:never|ever|period|no\s+exceptions?)\s*(?=,)/i,
        "$1",
      )
      .replace(CORRECTION_OPENER, "")
      // "A varsi, the death anniversary, falls on the same roj and mah every year": another name
      // for the thing, said between commas before its verb, is no clause of its own.
      .replace(
        /^((?:a|an|the|every|each)\s+[\p{L}'’-]+),\s*(?:the|a|an)\s+[\p{L}'’ -]{2,40},\s*(?=(?:falls?|is|are|has|have|comes?|goes?|gets?|needs?|must|can|should|happens?|starts?|ends?|lasts?|costs?|pays?|runs?)\s)/iu,
        "$1 ",
      )
      // "A rank peeler, one that's fixing to shed in a day or two, I pay 75 cents apiece": what
      // the thing is, said between commas, is no clause of its own; the thing stays with its rule.
      .replace(
        /^((?:a|an|the|every|each)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?),\s*(?:one|ones|the\s+ones?|which|that|those)\s+(?:that['’]s|that\s+is|that\s+are|who['’]s|is|are|['’]s)\s+[^,]{3,80},\s*(?=(?:i|we|they|you)\s)/iu,
        "$1 ",
      )
      .replace(INTERJECTION, "")
      // "Anyone owing for 2 months, we stop doing theirs till they pay up", "anyone owing 2 cleans
      // we skip till they pay": whoever is in a state,
      // and what is done then, is a condition and its result.
      .replace(
        /^(anyone|anybody|whoever|any\s+[a-z]+)\s+([a-z]{2,}ing)\b([^,]{2,60}?)(?:,\s*|\s+)(?=(?:we|they|i|you|it)\s)/i,
        (_whole, who: string, state: string, rest: string) => `If ${who.toLowerCase()} is ${state}${rest}, `,
      )
      // "To put it back they pay $5 more", "To join the club, members pay $5": what something is
      // for, said first, goes after what is done for it.
      .replace(
        /^to\s+((?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+),?\s+((?:they|we|i|you|he|she|people|customers|members|everyone|everybody|the\s+[\p{L}'’-]+)\s+(?:pay|pays|must|have\s+to|has\s+to|need\s+to|needs\s+to|get|gets|give|gives|bring|brings|show|shows|fill|fills|sign|signs)\b[^.;!?]*?)\s*([.!]?)\s*$/iu,
        // ("… by UPI or bank transfer": after a choice, what it is for would read as a clause of
        // its own; the choice is kept whole without it.)
        (_whole, purpose: string, done: string, stop: string) =>
          `${done[0]!.toUpperCase()}${done.slice(1)}${/\s(?:or|and)\s/i.test(done) ? "" : ` to ${purpose}`}${stop}`,
      )
      // "Any withdrawal above ₦50,000, the customer must show ID and the agent must snap it": a
      // case past a measure, and what holds in it, is a condition and its results.
      .replace(
        /^(?:any|every|each)\s+([\p{L}'’-]+)\s+((?:above|over|under|below|more\s+than|less\s+than)\s+(?:[^,]|,(?=\d)){1,40}),\s*(?=(?:the|a|an|we|they|i|you|it)\s)/iu,
        (_whole, thing: string, past: string) =>
          `If ${/^[aeiou]/i.test(thing) ? "an" : "a"} ${thing.toLowerCase()} is ${past}, `,
      )
      // "cannot chop the njangi, as we say, until he has paid": an aside on the words is no
      // clause, nor is "the only working railway in the Channel Islands, I'll have you know, …".
      .replace(
        /,\s*(?:as\s+(?:we|they|you|people|i)\s+(?:say|call\s+it|put\s+it)|so\s+to\s+speak|you\s+know|you\s+see|i['’]ll\s+have\s+you\s+know|mind\s+you)\s*(?=,)/gi,
        "",
      )
      // "Realistically I'd start each season by …": how sure they are is no part of what they do.
      .replace(
        /^(?:realistically|honestly|basically|ideally|probably|obviously|essentially|practically|hopefully|in practice|in theory|in an ideal world)\b,?\s+/i,
        "",
      )
      // "On my side, after the appointment I set up …": whose side it is says who acts, which the sentence says too.
      .replace(/^(?:on|from)\s+(?:my|our|their|his|her|the\s+[\p{L}-]+(?:'s)?)\s+(?:side|end),?\s+/iu, "")
      // "We've licensed harmonic constants for 140 ports, so I'd like a Swift package that …": the wish after the reason.
      .replace(
        /^[^,]{3,120},\s*so\s+(?=(?:i|we)(?:'d|\s+would)?\s+(?:really\s+)?(?:like|love|want|need)\b)/i,
        "",
      )
      // "It should be accurate to within 10 centimetres": how well it does what it does, as a thing it keeps to.
      .replace(
        /^(it|the\s+(?:app|package|library|tool|service|program))\s+(?:should|must|has\s+to|needs\s+to|will)\s+be\s+(?=[a-z]+\s+(?:to|within|under|in|for)\b)/i,
        "$1 stays ",
      )
  );
}
