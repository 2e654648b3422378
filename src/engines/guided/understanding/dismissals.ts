/**
 * A clause that turns down what was named before it, told by its shape rather than by a
 * list of idioms: people say "no" to a thing in endless ways ("nee chance", "leave that
 * one out bhai", "we ain't want dat in here", "we'd just as soon not get into that",
 * "that is another story altogether", "the steward does that"), but nearly always as a
 * short clause after the thing's name, made of a "no" or a verb of leaving out, and a
 * word pointing back at the thing ("that", "it", "dat", "um"), or as someone else who
 * does it. Only a clause after a thing's name is read this way (see
 * exclusions-pointed-back.ts), so "not more than 20 intentions" in a sentence of its own
 * is never one.
 */

/**
 * Words that say "no" in the Englishes people write: "n't" joined to a verb, and "een want"
 * ("ain't want"), included; and in the languages written beside them, Afrikaans "nie",
 * Welsh "peidiwch" ("don't") and "ddim", and the Romance "non", "não" before the word
 * pointing back ("non o metas"), so "a non profit" says no "no".
 */
const NEGATION =
  /(?:^|\s)(?:no|not|never|nah|naw|nee|nope|nae|nie|nuh|(?:non|não|nao)(?=\s+(?:lo|la|los|las|le|les|li|o|os|a|as|ho|ci|ne|ce)\s)|peidiwch|ddim|ain'?t|aint|divvent|dinnae|didnae|cannae|winnae|dont|cant|wont|didnt|doesnt|nowt|dunna|dinna|canna|winna|een(?=\s+(?:want|need|takin'?|taking|doin'?|doing|have|got|carry|bother)))(?=\s|$)|n't(?=\s|$)/u;

/** Words that point back at the thing named before: "that", "that one", "dat", "um", "hit", "all that", Afrikaans "dit", Welsh "nhw". "that" before a time ("no orders in that time") says when, pointing back at nothing. */
const POINTER =
  /(?:^|\s)(?:that|dat|dem|um|'em|em|am|it|hit|them|those|these|this|all\s+that|all\s+of\s+that|dit|hulle|nhw|hynny|lo|la|los|las|le|les|o|os|eso|esto|iso|isto|isso|ciò|questo|quello|ça|cela|ho)(?=\s|$)(?!\s+(?:time|times|hour|hours|day|days|week|weeks|month|window|period|slot|break)\b)/u;

/** A "no" that limits a number or a time, which is a rule, not a thing left out: "not more than 20". */
const LIMIT =
  /(?:^|\s)(?:no|not)\s+(?:more|less|later|earlier|fewer|longer|shorter|over|under|before|after|until|till|above|below|than|sooner|yet)(?=\s|$)/u;

/**
 * A clause that sets a condition or gives a reason, where a "no" is part of the rule: "if it's
 * not paid", "every week it's not won".
 */
const CONDITION =
  /^(?:if|when|whenever|unless|until|till|whether|because|cause|so\s+that(?!\s+(?:stays|stay|goes|go|one|bit|side|part|can\s+stay|is\s+left|gets\s+left|'s\s+out)\b)|as\s+long\s+as|once|every\s+(?:time|week|day|month|year|round|draw|night|game|season)(?:\s+that)?)\s/u;

/**
 * "leave that be", "let them be", "leave that one out", "lef' um out", "forget about that",
 * "keep it out", "scrap that", "I would ask that they be kept out of this system".
 */
const LEAVE_OUT =
  /(?:^|\s)(?:(?:d[ée]ja(?:lo|la|los|las)|d[ée]ixao|d[ée]ixaa|deixa-o|deixa-a|deixe-o|l[aá]scia(?:lo|la|li|le)|laisse[sz]?(?:-le|-la|-les)?|deixa|laisse|lascia|deja|deixa)\s+(?:(?:isso|iso|eso|ça|ciò)\s+)?(?:fuera|f[óo]ra|de\s+fora|fuori|de\s+c[oô]t[ée]|dehors)(?=\s|$)|(?:leave|lef'?|lave|keep|kip|los)\s+(?:that|dat|dem|um|'em|em|am|it|them|those|this|all\s+that|dit|hulle|'er|er|her)(?:\s+one)?(?:\s+(?:well|right|clean|completely|entirely))?\s+(?:out|oot|oot\s+o\s+it|uit|be|alone|aside|away|off)|(?:forget|forget\s+about|skip|scrap|ditch|drop)\s+(?:that|dat|dem|um|it|them|those|this|all\s+that)(?:\s+one)?(?=\s|$)|(?:give|gie)\s+(?:that|it|them|those|this)\s+a\s+miss(?=\s|$)|(?:leave|lef'?|los)\s+(?:that|dat|dem|um|em|'em|it|them)(?:\s+one)?$|let\s+(?:them|it|that|those)\s+be(?=\s|$)|(?:that|it|they|them|those|these|this)\s+(?:be|are|is|were|was|stay|stays|stayed|remain|remains)\s+(?:kept\s+|left\s+)?(?:out|outside|separate|elsewhere)(?=\s|$))/u;

/**
 * "that is another story altogether", "a different matter", "das da club's business", "that's
 * my brother-in-law's other business", "that is separate", "I don't want to get involved",
 * "that's the Portuguese club's, not ours", "thats his not ours", "that's her own thing",
 * "that's her business, not ours", "that is the diving school in the next village, not ours",
 * "that's my brother's end of it", "That one is his own business, not the association's".
 */
const ANOTHER_MATTER =
  /^\s(?:that|this)\s+one(?:'s|\s+is)\s+(?:his|her|their|[\p{L}-]+'s)\s+(?:own\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+not\s+(?:ours|mine|the\s+[\p{L}-]+'s)$|^\s(?:that's|thats|that\s+is|it's|it\s+is)\s+(?:(?:the|my|our|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:[\p{L}-]+'s|his|hers|theirs)\s+not\s+(?:ours|mine|the\s+[\p{L}-]+['’]s)$|^\s(?:that's|thats|that\s+is|it's|it\s+is)\s+(?:the|my|our|his|her|their)\s+(?:[\p{L}'-]+\s+){1,8}not\s+(?:ours|mine)$|^\s(?:that's|thats|that\s+is|it's|it\s+is|those\s+are|they're|they\s+are)\s+not\s+(?:ours|mine)$|(?:^|\s)(?:i|we)\s+(?:don't|dont|do\s+not)\s+want\s+to\s+get\s+involved(?:\s+(?:in|with)\s+(?:that|it|this|those|them))?$|^\s(?:that's|thats|that\s+is|it's|it\s+is)\s+(?:a|an)\s+[\p{L}-]+\s+thing$|^\s(?:a\s+)?different\s+do$|(?:^|\s)(?:nowt|nothing|nothin'?|naught|naethin'?|nuthin'?|(?:not|pa\s+ni)\s+anything)\s+(?:to|tae)\s+(?:do|dae)\s+wi(?:th|')?\s+(?:us|me|it|this|the\s+[\p{L}-]+)(?=\s|$)|(?:^|\s)(?:his|her|their|its|our)\s+(?:own\s+)?private\s+(?:affair|business|matter)(?=\s|$)|^\s(?:that's|thats|that\s+is|it's|it\s+is|those\s+are|they're|they\s+are)\s+(?:his|her|their|my)\s+(?:own\s+)?(?:thing|business|affair|show|lookout|concern|work|job)(?:,?\s+not\s+(?:ours|mine))?$|(?:^|\s)(?:is|that's|thats|that\s+is|it's|it\s+is|dat's|dat\s+is)\s+(?:a\s+next|another|a\s+different|a\s+separate)\s+(?:company|firm|outfit|crowd|business|shop|group|operator)$|(?:^|\s)has\s+no\s+place\s+(?:here|in\s+(?:it|this))(?=\s|$)|^\s(?:that|it|this|dat)(?:'s|\s+is|\s+are)\s+(?:all\s+)?(?:separate|separately|different|elsewhere|apart)$|(?:^|\s)(?:another|a\s+separate|separate|a\s+different|different|a\s+whole\s+other|whole\s+other)\s+(?:story|matter|thing|ting|business|department|kettle|ball\s+game|kettle\s+of\s+fish|can\s+of\s+worms|time|season|crowd|outfit|setup|operation|lot|line)(?=\s|$)|(?:^|\s)(?:that's|thats|that\s+is|das|dat's|dat\s+is|it's|its|it\s+is)\s+(?:(?:da|de|the|our|their|his|her|my)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+'?s\s+(?:(?:other|own|whole)\s+)?(?:business|job|problem|department|side|end(?=\s+of\s+(?:it|things))|lookout|thing|baby|call|patch|area|shout|game|affair)(?=\s|$)/u;

/**
 * "the steward does that", "the cash register does all that", "de office in Georgetown
 * handle dat", "FSC pays them", "the DNR has its own website for those", "they do their
 * own thing", "Shopify got that": someone else does it. ("the club pays it and takes it off the
 * owner's money" says who pays and from whose money it comes back, no one else's work.)
 */
const SOMEONE_ELSE_DOES =
  /^(?:(?:the|da|de|our|their|his|her|my|a)\s+)?(?:[\p{L}'-]+\s+){0,4}?(?:does|do|dae|daes|doing|handles?|handling|takes\s+care\s+of|looks\s+after|sorts|deals\s+with|pays|runs|prints|makes|bakes|cooks|sews|supplies|provides|sells|brings)\s+(?:all\s+)?(?:that|dat|dem|em|'em|it|them|those|these|this)(?:\s+(?:one|ane))?(?=\s|$)(?!\s+and\s+(?:takes?|gets?|puts?|adds?|keeps?|charges?)\s+(?:it|them)\s)|^(?!(?:that|that's|thats|this|it|it's|its|we|i|you)\s)(?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+\s+(?:got|has|have)\s+(?:that|dat|it|them|those)(?:\s+(?:covered|sorted|handled|already|done))?$|^(?:they|he|she)\s+(?:do|does|run|runs|have|has|keep|keeps)\s+(?:their|his|her)\s+own\s+(?:thing|stuff|table|stall|list|books|show)(?=\s|$)|(?:^|\s)(?:has|have|got|get|gets|with)\s+(?:its|their|his|her|our|him|dem|dey)\s+own\s+(?:website|site|register|system|book|app|way|program|software|till|setup|process|people|team|office)(?=\s|$)/u;

/** People and the software, who do what the app is for: "we do that", "it does that". */
const OUR_SIDE = /^(?:i|we|you|it|the\s+(?:app|site|website|system|program|software|tool|service))\s/u;

/**
 * A "no" said in a few words, followed by nothing that could be a thing: "no need", "nee
 * chance", "not a chance", "no ta", "nah mate". "no logins" names what is not wanted
 * there, which other rules read; as a clause after a name it says something about it.
 */
const SHORT_NO =
  /^(?:(?:no|not|nah|naw|nee|nope|nae|never)(?:\s+(?:a|at|for|in|on))?(?:\s+(?:need|needed|chance|way|ta|thanks|thank|touch|go|bother|use|point|call|fear|sir|mate|bab|butt|lah|o|bhai|man|brah|bro|marra|bye|boy|b'y|bud|buddy|dude|hon|really|definitely|absolutely|wanted|required|necessary|all|us|we|me|here|please|one|ever|not|bothered|fussed|interested|now|yet|today))*)$|^(?:definitely|absolutely|certainly)\s+not$|^(?:don'?t|dont|do\s+not)\s+bother$|^never\s+mind$/u;

/** "but honestly I can't be bothered": the person has no wish to do it. */
const CANNOT_BE_BOTHERED =
  /^(?:(?:but|and|so)\s+)?(?:(?:honestly|frankly|really)\s+)?(?:i|we)\s+(?:can['’]?t|cannot|can\s+not|couldn['’]?t)\s+be\s+(?:bothered|arsed|fussed)(?:\s+(?:with\s+(?:it|that|them)|really|honestly))?$/u;

/** Words that open a condition or a relative clause inside another: "… if is not the owner". */
const SUBORDINATE =
  /\s(?:if|when|whenever|unless|until|whether|because|cause|who|whoever|which|where|while|once|than)\s/u;

/** "that one is not for us", "dat ain't we business": the clause opens on the word pointing back. */
const OPENS_ON_POINTER = /^(?:that|dat|this|it|those|these|them|dem|dit|hulle)(?:\s+one)?\s/u;

/** Whether a clause, said after a thing's name, turns it down. */
export function isDismissal(clause: string): boolean {
  return dismissalShape(clause) !== null;
}

/**
 * Whether a clause turns down what came before whatever stands before it: "it has no place
 * here", "leave that out", "I would ask that they be kept out of this system", "nee
 * chance". A clause that only opens on "it" and has a "no" in it ("it pairs people …,
 * never the same opponent twice") says what it does; only after a thing's name is it a "no".
 */
export function isDismissalOnItsOwn(clause: string): boolean {
  const shape = dismissalShape(clause);
  if (shape === "a no pointing back")
    // "any page with no date on it" describes a page and "the agent can't release it till it's
    // paid" states a rule; a "no" said back is short, lacks nothing and says it is not wanted.
    return (
      clause.split(/\s+/).length <= 10 &&
      !/\b(?:with|has|have|had|having)\s+no\b/i.test(clause) &&
      /\b(?:want|wants|wanted|wanting|need|needs|needed|needing|put|putting|add|adding|include|bother|keep|track|care|get\s+into|go\s+into|deal\s+with|touch|use\s+for|(?:a-)?(?:fixin'?|fixing|going|gonna)\s+(?:to\s+)?do)\b/i.test(
        clause,
      )
    );
  // "Sheila Rozario does that, not my headache": who does it instead, and the "no" that closes it.
  if (shape === "someone else does it") return /,\s*not\s+(?:my|our|we)\s+\p{L}+\s*[.!]?$/iu.test(clause);
  return shape !== null && shape !== "opens on a pointer";
}

type DismissalShape =
  | "left out"
  | "another matter"
  | "someone else does it"
  | "a short no"
  | "a no pointing back"
  | "opens on a pointer";

function dismissalShape(clause: string): DismissalShape | null {
  const spoken = clause
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]+/gu, " ")
    .replace(/\s+/g, " ")
    // "nothing to do w this": "w" typed for "with".
    .replace(/(?<=\bto do )w(?= (?:this|that|it|us|them|me)\b)/u, "with")
    .trim();
  // "so that the troughs are not overwhelmed" says what a rule is for; the "so" is kept for this test.
  if (CONDITION.test(spoken)) return null;
  const words = spoken.replace(/^(?:and|but|so|oh|well|also|then)\s+(?=\S)/u, "");
  if (words.length === 0 || CONDITION.test(words) || LIMIT.test(` ${words}`)) return null;
  // "dat must pay before the New Year's Day race or the boat can't sail": what must be done by
  // a time, and what follows if not, is a rule; so is "and no barge load before it pay", a
  // "no" that holds until something is done.
  if (
    /\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:[\p{L}'-]+\s+){0,3}?(?:before|by)\s/u.test(
      ` ${words} `,
    ) ||
    /^no\s+(?:[\p{L}'-]+\s+){1,4}(?:before|until|till|unless)\s/u.test(words)
  )
    return null;
  // "…, and my sister, it is not easy": how hard things are is a complaint; nothing is left out.
  if (
    /^(?:it|that|this|life|business)(?:'s|\s+is|\s+was|\s+has\s+not\s+been)\s+(?:not\s+)?(?:easy|simple|fun|funny|fair|cheap|ideal|practical|possible|sustainable)$/u.test(
      words,
    )
  )
    return null;
  // "I don't want that again": what went wrong is not to happen again; nothing is left out.
  // "my handwriting isn't what it was": no longer as good as it was, nothing left out.
  // "da agent can't release it till it paid": a "no" that lasts until something is a rule
  // ("the till got that" names a till). "an' there's nae arguin' aboot it": how firm the rule
  // before it is, nothing left out.
  // "there's not so many of us left who can say that": how few there are, nothing left out.
  if (/^there(?:'s|\s+is|\s+are|'re)\s+not\s+(?:so\s+|that\s+|very\s+|too\s+)?(?:many|much)\s/u.test(words))
    return null;
  if (
    /\sagain$/u.test(` ${words}`) ||
    /(?:n't|\snot)\s+what\s+(?:it|they|he|she|i|we)\s+(?:was|were|used\s+to\s+be)$/u.test(` ${words}`) ||
    /^(?:an'?\s+)?there'?s\s+(?:no|nae|nay)\s+(?:arguing|arguin'?|argument|arguments|debate|discussion|question|doubt|exceptions?|two\s+ways)\s+(?:about|aboot|on|over)\s+(?:it|that|this)$/u.test(
      words,
    ) ||
    /\s(?:till|until|unless)\s+(?:it|they|he|she|we|you|i|the|da|de|dem|dey|its|their|his|her)\s/u.test(
      ` ${words} `,
    )
  )
    return null;
  if (LEAVE_OUT.test(` ${words}`)) return "left out";
  if (ANOTHER_MATTER.test(` ${words}`)) return "another matter";
  // "same as the federation does it", "like the bank does it", "listen, this is how we do it": the
  // way it is done, no one else's job.
  // "some of them does it by transfer now": how some of the person's own people do it, no one else's job.
  if (
    !OUR_SIDE.test(`${words} `) &&
    !/^(?:same\s+as|(?:just\s+)?like|the\s+way|as|(?:(?:this|that|it|here)\s*(?:is|['’]s)\s+|is\s+)?how)\s/u.test(
      words,
    ) &&
    !/^(?:(?:some|most|half|many|all|none|a\s+few|a\s+lot|one|two)\s+of\s+(?:them|dem|us)|the\s+rest|others|a\s+few)\s/u.test(
      words,
    ) &&
    !/\s(?:does|do)\s+(?:it|that|them)\s+(?:by|with|through|via|over|online|in\s+cash)(?=\s|$)/u.test(
      ` ${words}`,
    ) &&
    SOMEONE_ELSE_DOES.test(words)
  )
    return "someone else does it";
  // Welsh and Scots "na" said as a clause of its own; elsewhere ("each contract na for one
  // rider") it is Krio's "is".
  if (words === "na") return "a short no";
  const negation = ` ${words}`.search(NEGATION);
  if (negation < 0) return null;
  // "and that covers up to 20 kids with no guest fee": what comes with it, or without it, is
  // a rule of what it covers.
  if (/\swith\s+no\s+\p{L}/u.test(` ${words}`)) return null;
  // "the name of whoever collects it if it is not the member": a "no" inside a condition or a
  // relative clause belongs to the rule it states.
  if (SUBORDINATE.test(` ${words}`.slice(0, negation + 1))) return null;
  // "so the website shouldn't let me put a skipper on without it": what the software must not
  // let anyone do, or not without something, is a rule it keeps.
  if (
    /\s(?:let|allow|permit)\s+(?:me|us|them|him|her|anyone|anybody|people|nobody|you|a|an|the)\s/u.test(
      ` ${words} `.slice(negation),
    ) ||
    /\swithout\s+(?:it|that|them|those|one|this)$/u.test(` ${words}`)
  )
    return null;
  // "nee chance", "no need", "no touch", "no ta", "nope": a "no" on its own, never "no logins".
  if (words.split(" ").length <= 3 && SHORT_NO.test(words)) return "a short no";
  if (CANNOT_BE_BOTHERED.test(words)) return "a short no";
  // "we ain't want dat in here", "no need for that one", "we'd just as soon not get into that":
  // the word pointing back comes after the "no", or opens the clause ("that one, no").
  // ("I never hear the end of it", "we didn't know that": what someone heard, saw, said or knew
  // turns nothing down.)
  if (
    POINTER.test(` ${words}`.slice(negation)) &&
    !/^\s*\S+\s+(?:hear|heard|see|saw|seen|say|said|tell|told|know|knew|think|thought|believe|believed|understand|forget|forgot|sleep|slept)\b/u.test(
      ` ${words}`.slice(negation),
    )
  )
    return "a no pointing back";
  // "it should text everybody that's booked so they're no sittin in the car park": a "no" after
  // "so", pointing back at nothing, says what the rule is for.
  if (/\sso\s/u.test(` ${words}`.slice(0, negation + 1))) return null;
  // "and this must be a real date and not in the future": what it must be, and not be, is a
  // rule it keeps.
  if (
    /^(?:and\s+)?(?:this|that|it|these|those)\s+(?:must|should|has\s+to|have\s+to|needs?\s+to|can)\s/u.test(
      words,
    )
  )
    return null;
  return OPENS_ON_POINTER.test(words) ? "opens on a pointer" : null;
}
