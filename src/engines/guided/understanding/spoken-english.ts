/**
 * The small words of English as many people write it when they write as they speak:
 * "Da customers got a name, a phone an' da island", "dey phone", "wit' Flask". Records
 * told this way read as "da_customers" or "an_s" to rules made for written English; put
 * in their written forms first, the same records are read. Only for finding things and
 * fields: features keep the person's own words.
 */
/**
 * Scots "but no the money", "that's his ain affair, no ours", "there's no a dog in the district
 * that doesnae ken me": "no" before an article or "ours" is "not", which says what someone may
 * not see, or whose a thing is, and turns nothing down; English never writes "no" there.
 */
export const SCOTS_NOT = /(?<=[\p{L},]\s+)no(?=\s+(?:a|an|the|ours|mine|theirs|yours)(?![\p{L}'’]))/giu;

/** Scots "his ain affair", "oor ain": "own", after whose it is. */
export const SCOTS_OWN = /(?<=(?:^|\s)(?:his|her|my|ma|our|oor|their|thir|your|yer)\s+)ain(?![\p{L}'’])/giu;

const SPOKEN: readonly [RegExp, string][] = [
  // "Every order is for one customer, child, even if …", "Take out the area, men, I know …": the
  // person spoken to, set off by commas, is no part of what is said.
  [
    /,\s*(?:child|men|dear|darling|bhai|dai|didi|beta|yaar|sweetheart|honey|luv|my dear|my child|bro|boss)(?=\s*[.!?](?:\s|$)|\s*$|\s*,\s*(?:i|we|you|he|she|they|it|the|what|don't|even|if|so|but|and|that|this|there|please|no|yes|just|only|see|look|listen|i'm|i've|it's|that's)\b)/giu,
    "",
  ],
  // Nigerian Pidgin "One terminal na for one agent": "na" is "is".
  [/(?<=(?:^|[\s,.;])(?:one|every|each|the|a)\s+[\p{L}'’-]+)\s+na\s+(?=(?:for|one|the|a|an)\s)/giu, " is "],
  // "da customers", "de office", "di dock": "the", before a word.
  [/(?<![\p{L}'’])(?:da|de|di|tha)\s+(?=\p{L})/giu, "the "],
  // "dey phone", "dem own key": "their" before what they have.
  [
    /(?<![\p{L}'’])(?:dey|dem|deh)\s+(?=own\b|phone|name|address|email|number|key|car|house|home\s)/giu,
    "their ",
  ],
  // "they bank account", "they photo": "their", before what people have.
  [
    /(?<![\p{L}'’])they\s+(?=(?:own|phone|name|names|address|email|number|bank|photo|photos|family|country|community|kids|children|car|house|account)\b)/giu,
    "their ",
  ],
  // Typed short: "slots r 90 min", "max 12 ppl": "are", "people".
  [/(?<=(?:^|\s)(?:[\p{L}'’-]+s|they|we|you|u))\s+r(?=\s+\S)/giu, " are"],
  [/(?<![\p{L}'’])ppl(?![\p{L}])/giu, "people"],
  // Cockney and Essex "dont want nuffink to do wiv that": "nothing", "with".
  [/(?<![\p{L}'’])(?:nuffink|nuffin|nuffing)(?![\p{L}])/giu, "nothing"],
  [/(?<![\p{L}'’])wiv(?![\p{L}])/giu, "with"],
  // "a phone an' da island", "fish 'n' chips": "and".
  [/(?<=\s)(?:an['’]|['’]n['’]|n['’])(?=\s)/giu, "and"],
  // "an one sewer got plenty basket", "an every order", "di month an how much": "and", where
  // "an" can be no article.
  [
    /(?<![\p{L}'’])an(?=\s+(?:one|every|each|ebry|the|de|da|dey|dem|we|he|she|they|i|how|who|what|when|where|put|tek|take)\s)/giu,
    "and",
  ],
  // "wit' Flask", "wid a name": "with".
  [/(?<![\p{L}'’])(?:wit['’]?|wid|wif)(?=\s)/giu, "with"],
  // "fo' dat", "fuh we": "for".
  [/(?<![\p{L}'’])(?:fo['’]|fuh)(?=\s)/giu, "for"],
  // "bags o' flour", "a cup o' tea": "of", between two words ("o" alone is Portuguese's "the").
  [/(?<=\p{L}{2,})\s+o['’]\s+(?=\p{L}{2,})/gu, " of "],
  // "the date hit came back", "hit's due", Orkney's "hid comes aff": "it", as said in the north and the hills.
  [
    /(?<![\p{L}'’])(?:hit|hid)(?=['’]s\b|\s+(?:came|comes|went|goes|was|is|gets|got|has|had|will|would|can)\b)/giu,
    "it",
  ],
  // "dir isle": "their", before what they have.
  [/(?<![\p{L}'’])dir\s+(?=[\p{Ll}])/gu, "their "],
  // "put di boat pan every catch", "pan di cayes": Kriol's "on", before what something is put on.
  [/(?<![\p{L}'’])pan(?=\s+(?:di|de|da|the|every|ebry|each|all|dem)\s)/giu, "on"],
  // "put costume paid pon di dancer": Jamaican and Nicaraguan Creole's "on", the same.
  // ("come in pon WhatsApp": before a name as well.)
  [
    /(?<![\p{L}'’])[Pp]on(?=\s+(?:(?:[Dd][iea]|[Tt]he|[Ee]very|[Ee]bry|[Ee]ach|[Aa]ll|[Dd]em)\s|\p{Lu}))/gu,
    "on",
  ],
  // "Everyting come in …", "nuttin": "everything", "nothing".
  [/(?<![\p{L}'’])(every|no|some|any)ting(?![\p{L}'’])/giu, "$1thing"],
  // "mi write it in a school book", "mi bake": "I", before what the person does.
  [
    /(?<![\p{L}'’])mi(?=\s+(?:write|bake|sell|go|do|want|need|have|use|keep|get|mek|make|tek|take|send|sen['’]|pay|work|cook|carry|buy|put|count|check|nuh|cyaan|don['’]t)\b)/giu,
    "I",
  ],
  // "people always a ask mi fi cook …": "a" before a verb says it goes on ("are asking"), and
  // "ask mi fi" is "ask me to".
  [/(?<=\b(?:always|still|now|all\s+di\s+time)\s+)a\s+(?=(?:ask|call|come|beg|want)\b)/giu, ""],
  [/\b(ask|asks|asked|beg|begs)\s+(?:mi|wi)\s+fi\s+/giu, "$1 me to "],
  // "cook fi dem wedding": "for their wedding".
  [/(?<![\p{L}'’])fi\s+dem(?=\s+\p{L})/giu, "for their"],
  // "Tek out di mother or father": "take".
  [/(?<![\p{L}'’])tek(?=\s+(?:out|off|away|di|de|da|the|dat|that|it|dem)\b)/giu, "take"],
  // "Fi every dancer mi need name, age …", "Fi di dues, di dancer, …": "for", opening what is
  // kept of a thing, and "I", before what the speaker keeps ("mi" is Spanish's "my" elsewhere).
  [/(?<=(?:^|[.;!?\n]\s*)(?:an\s+)?)fi(?=\s+(?:every|each|ebry|evry|the|di|de|da)\s)/giu, "for"],
  [
    /(?<=\bfor\s+(?:every|each|the)\s+[\p{L}-]+,?\s+)mi(?=\s+(?:need|keep|write|want|put|note|tek|take)\b)/giu,
    "I",
  ],
  // "ebry basket", "evry run": "every".
  [/(?<![\p{L}'’])(?:ebry|evry|ebery)(?![\p{L}'’])/giu, "every"],
  // "lef dat out", "leff it out": "leave", before what is left out.
  [/(?<![\p{L}'’])leff?(?=\s+(?:dat|that|it|dem|them|those)\s+out\b)/giu, "leave"],
  // "de gutter dem", "di fishing trip dem to di cays": "dem" after a thing named is its plural,
  // no word of its own.
  [
    /(?<=(?:the|da|de|di)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+dem(?=\s*[,.;!?]|\s+(?:to|from|for|in|at|on|inna|pon|with|wid)\s)/giu,
    "",
  ],
  // "we nuh rent scooter", "nuh put dat": "don't", before what is done.
  [
    /(?<![\p{L}'’])nuh(?=\s+(?:rent|sell|do|put|want|need|take|carry|have|keep|bother|deal|add|include)\b)/giu,
    "don't",
  ],
  // "nuh fi wi", "no fi wi": "not for us", a "no" said of something turned down.
  [/(?<![\p{L}'’])(?:nuh|no)\s+fi\s+(?:wi|we|us)(?![\p{L}'’])/giu, "not for us"],
  // "di boatman dem business": whose business it is, "dem" the many of them.
  [/(?<=(?:the|da|de|di)\s+[\p{L}-]+)\s+dem\s+(?=(?:business|own|ting|thing|work|job|affair)\b)/giu, "'s "],
  // "whatever di people dem bring wi", "wi write di pole number": "we", "us".
  [/(?<![\p{L}'’])wi(?![\p{L}'’])/giu, "we"],
  // "Every feeding an every weighing a fi one animal": "is for", before what it belongs to.
  [/(?<![\p{L}'’])a\s+fi\s+(?=(?:one|wan|a|di|the)\s)/giu, "is for "],
  // "dat", "dis": "that", "this".
  [/(?<![\p{L}'’])dat(?![\p{L}'’])/giu, "that"],
  [/(?<![\p{L}'’])dat(?=['’]s(?![\p{L}]))/giu, "that"],
  [/(?<![\p{L}'’])dis(?![\p{L}'’])/giu, "this"],
  // "dat a di boatman dem business": "a" between "that" and what it is, is "is".
  [/(?<![\p{L}'’])(that|it|this)\s+a\s+(?=(?:the|di|de|da|we|wi|my|mi|our|their)\s)/giu, "$1 is "],
  // "A sailin' got da date", "Every piece got …", "Clients got a name", the Turks and Caicos'
  // "Every house gat the customer": a thing that "got" fields has them ("A
  // seller's got …" is read with the written records, in record-phrasing.ts).
  [
    /(?<=(?:^|[.;!?\n]\s*)(?:(?:well|so|and|then|now|ok|okay|an['’]?),?\s+)?(?:(?:the|a|an|each|every|one)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?|(?!(?:i|we|you|they|he|she|it|who|this|that|us|yes|yous|guys|folks|kids)\b)[\p{L}'’-]+s))(?<!['’]s)\s+(?:got|gat)\s+(?=(?:a|an|the|their|its|his|her|they|plenty|many|lots|several|some)\s)/giu,
    " has ",
  ],
  // "belong to one artist, and it got the catalogue number": the same thing has more.
  [/,\s*and\s+(?:it|they)\s+(?:got|has|have)\s+(?=(?:a|an|the|their|its)\s)/giu, ", and has "],
  [SCOTS_NOT, "not"],
  [SCOTS_OWN, "own"],
  // "sailin'", "goin'": the dropped "g" put back, so "sailin'" and "sailing" are one word.
  [/(?<=\p{L}{2,})in['’](?![\p{L}])/gu, "ing"],
];

/** Words said at the end of a spoken sentence that carry only the talk: "…, eh", "…, ha", "…, hon". */
export const TAG_WORDS = "eh|ha|haha|innit|hon|mate|lah|you know|ya know|y'know";

/**
 * Words of English as spoken ("fi", "pon", "inna", "haffi", "nuffink") that the languages a
 * text is read against seldom write: a text that holds one, and reads as English once its small
 * words are written, is English said as spoken, where a French "type de contrat" only shares a
 * "de" with it. ("dem" is left out: German and Danish write it.)
 */
const SPOKEN_ONLY = /(?<![\p{L}'’])(?:fi|pon|nuh|inna|haffi|unu|ebry|evry|nuffink|nuffin|wiv)(?![\p{L}'’])/iu;

export function saysSpokenOnlyWords(text: string): boolean {
  return SPOKEN_ONLY.test(text);
}

/** English said as spoken, with its small words in their written forms. */
export function asWrittenEnglish(text: string): string {
  return SPOKEN.reduce((written, [spoken, plain]) => written.replace(spoken, plain), text);
}
