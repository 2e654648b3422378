import { isTalkInTheirLanguage } from "./talk-in-their-language.js";

/**
 * What a person says about the talk itself rather than about their software: who they
 * are ("Allow me to introduce myself: I am Gaolathe Sebego, …", "My name is Rosa"), that
 * they are about to explain ("Permit me to explain the arrangement."), how strongly they
 * mean something ("I must stress that this is the constitution …") or what they think the
 * software would do for them ("It is my considered view that a website … would restore
 * order"). None of it is something the software does; the overview keeps the whole answer.
 */

/**
 * "Allow me to introduce myself", "My name is …", and "my name is" as people write it in
 * other languages: Yoruba "Oruko mi ni", Swahili "Jina langu ni", Somali "Magacaygu waa",
 * Spanish "Me llamo", French "Je m'appelle", Italian "Mi chiamo", Portuguese "Meu nome é",
 * German "Ich heiße", Dutch "Ik heet", Tagalog "Ako si", Sinhala "මගේ නම", Scottish Gaelic "Is
 * mise", Faroese "Eg eiti", West Frisian "Ik bin", Wolof "Maa ngi tudd", Setswana "Leina la
 * me ke" (and "Ke mokwaledi wa …", I am the secretary of …).
 */
const INTRODUCTION =
  /^(?:(?:please\s+)?(?:allow|permit|let)\s+me\s+(?:to\s+)?introduce\s+(?:myself|ourselves)\b|my\s+name\s+is\s|leina\s+la\s+me\s+ke\s|ke\s+mo\p{L}+i\s+(?:wa|ya|mo)\s|oruko\s+mi\s+ni\s|jina\s+langu\s+ni\s|magacay(?:gu|ga)\s+waa\s|me\s+llamo\s|mi\s+nombre\s+es\s|je\s+m['’]appelle\s|mi\s+chiamo\s|(?:o\s+)?meu\s+nome\s+é\s|chamo-me\s|ich\s+heiße\s|mein\s+name\s+ist\s|is\s+mise\s|eg\s+eiti\s|ik\s+heet\s|ik\s+bin\s|maa\s+ngi\s+tudd\s|mijn\s+naam\s+is\s|מיין\s+נאמען\s+איז\s|менин\s+атым\s|менің\s+атым\s|ako\s+si\s|jag\s+heter\s|nazywam\s+się\s|меня\s+зовут\s|мене\s+звати\s|benim\s+adım\s|මගේ\s+නම\s)/iu;

/**
 * "I am Gaolathe Sebego, …", "I'm Rosa and …", Caribbean "Ah name Shirley Meade, …": a name,
 * capitalised, right after "I am"; or before "is my name" ("Breda Sheehan is my name").
 */
const SELF_NAMED =
  /^(?:[Ii]\s+am|[Ii]['’]m|(?:[Aa]h|[Mm]i|[Mm]eh?)\s+name)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'-]+)*\s*(?:,|\.|!|$|\s+and\s|\s+from\s)|^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'-]+){0,2}\s+is\s+my\s+name\s*[.!]?$/u;

/** "hiii ok so im daniela, …": after a greeting, a name however it is written. */
const GREETED_AND_NAMED =
  /^(?:hi+|hey+|hello+|hiya|howdy|yo)\b[,!.\s]+(?:(?:ok|okay|so|well|um|uh)[,\s]+)*(?:i\s+am|i['’]?m|im)\s+\p{L}+(?:\s+\p{L}+)?\s*(?:,|\.|!|$|\s+and\s|\s+from\s)/iu;

/** "Kreshen Naidoo here, I'm a developer …", "Howzit! Wendell MacInnis here.": a name, then "here". */
const NAME_HERE =
  /^(?:(?:hi+|hey+|hello+|howzit|hiya|howdy|good\s+(?:day|morning|afternoon|evening)|well\s+hello)[\p{L}\s]{0,10}[,!.]\s*)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+here\s*(?:[,.!]|$)/u;

/**
 * "Permit me to explain the arrangement.", "Let me walk you through it.", "See, it's like
 * this.", "So here's how it works by us.", "Right, here's how the heavies go at Ceres.", "Right,
 * this is how it goes with us.", "I explain how we work.", "Ewe, I will explain.", "I will tell the
 * rules one by one, the union has fixed all this.": an announcement, said whole.
 */
const ANNOUNCEMENT =
  /^(?:(?:(?:see|look|listen|so|well|ok|okay|right)[,\s]+)*(?:it['’]s|it\s+is|it\s+goes|it\s+works)\s+like\s+this\s*[.!:]?$|(?:(?:ok|okay|so|right|well)[,\s]+)?(?:the|our|my)\s+rules\s*,\s*(?:[\p{L}'’]+\s+){0,3}(?:is|are|['’]s)\s+(?:super\s+|very\s+|pretty\s+|real\s+|really\s+)?(?:strict|clear|simple|easy|firm|tough|picky|fussy)\b[^,.!?]{0,40}\s*[.!:]?$|(?:i['’]ll|i\s+will|let\s+me|ah|a['’]ll)\s+tell\s+(?:ye|you|ya|yuh|yous)\s+how\s+it\s+(?:goes|is|works|go|be)\s*[.!:]?$|(?:(?:see|look|listen|so|well|ok|okay|right)[,\s]+)*here['’]s\s+how\s+(?:it|things|\p{L}+ing|the\s+\p{L}+s)\s+(?:works|goes|work|go|run|runs)(?:\s+(?:by|with|for)\s+us|\s+(?:at|in|on)\s+\p{L}[\p{L}'’-]*)?(?:\s*,\s*(?:and\s+)?(?:bear\s+in\s+mind|mind\s+you|remember)\b[^.!?]*)?\s*[.!:]?$|(?:i|i['’]ll|i\s+will|i\s+can|i\s+want\s+to|i['’]d\s+like\s+to|i\s+would\s+like\s+to)\s+(?:explain|describe|tell\s+you)\s+how\s+(?:we|it|things|everything|the\s+[\p{L}-]+)\s+(?:work|works|go|goes|run|runs)(?:\s+(?:here|there))?(?:\s*,\s*[^,.!?]{0,60})?\s*[.!:]?$|(?:(?:right|ok|okay|so|well)[,\s]+)?(?:this|that)\s+is\s+how\s+(?:(?:we|i)\s+[a-z]+(?:\s+(?:it|them|things))?|(?:it|things)\s+(?:goes|go|works|work|runs|run)(?:\s+(?:with|for|by)\s+us|\s+here)?)\s*[.!:]?$|(?:(?:ewe|yes|ok|okay|so|well)[,\s]+)*(?:i|i['’]ll|i\s+will)\s+explain(?=\s*[.!:]?$)|(?:i|i['’]ll|i\s+will|let\s+me)\s+(?:tell|give|say|go\s+through)\s+(?:(?:you|ya)\s+)?(?:the\s+)?(?:rules|prices|steps|details)\s+one\s+by\s+one\b(?:,\s*[^,.!?]{0,50})?\s*[.!:]?$|(?:please\s+)?(?:allow|permit|let)\s+me\s+(?:to\s+)?(?:explain|describe|outline|set\s+out|summari[sz]e|walk\s+you\s+through|tell\s+you\s+(?:about|how)|run\s+you\s+through|go\s+through|begin|start)\b)(?:\s+[\p{L}'-]+){0,5}\s*[.!]?$/iu;

/**
 * "I thank you for your patience", "No, I believe I have covered the matter fully", "Naw,
 * that's about got it", "No, that's hid", "Thank you kindly, and …", South African "Ja no,
 * that's it", "Shot, thanks hey", "God bless you, and Happy Christmas in advance", "Obrigada, and God
 * bless", isiXhosa "Enkosi kakhulu" (thank you very much) and Lebanese "khalas thats it. merci
 * ktir, yalla bye" (enough, that's it; thanks a lot; come on, bye), Alberta "That'll do 'er",
 * "That's me finished", "That's what I have", "Nothing more from me", "Asante sana, thank you",
 * Urdu "Shukriya", "Y'all have a blessed day", Ulster "Cheerio now, and thanks" and "Dead on, that's lovely",
 * "Take care now, dear", Australian "hooroo" (bye):
 * the talk closing.
 */
const CLOSING =
  /^(?:(?:no|nope|naw|nah|na|ja|yes|well|so|and|ok|okay|right|shot|sharp|beauty|bonza|lovely|grand|sweet|obrigad[oa]|gracias|merci|grazie|danke|dankie|enkosi|siyabonga|asante(?:\s+sana)?|shukran|khalas|yalla|ya3ne|yaani|ktir|niin|cheerio|dead\s+on|now)[,\s]+)*(?:enkosi\s+kakhulu\s*[.!]?$|(?:that['’]?s|that\s+is)\s+(?:summat|something|sommat|summit|about|roughly|more\s+or\s+less)(?:\s+like)?\s+it\s*[.!]*$|(?:that['’]?s|that\s+is)\s+(?:us|me)(?:\s+(?:then|now|done|finished|through)){0,2}\s*[.!]*$|(?:asante(?:\s+sana)?\s*,?\s*)?kwaheri\s*[.!]*$|(?:thee\s+|you\s+)?look\s+after\s+(?:theeself|thyself|yourself|yerself)(?:\s*,\s*[\p{L}'’-]+)?\s*[.!]*$|hooroo(?:\s+(?:then|now|mate|all))?\s*[.!]*$|(?:(?:you|you['’]?(?:uns|all|se)|y['’]all|yous)\s+)?take\s+care(?:\s+(?:now|then|of\s+yourself|of\s+yourselves))?(?:\s*,\s*[\p{L}'’-]+)?\s*[.!]*$|that['’]?s\s+(?:proper|grand|champion|mint|lovely)(?:\s*,\s*that\s+is)?\s*[.!]*$|nothing\s+(?:more|else)\s+from\s+(?:me|us|my\s+side)\s*[.!]*$|(?:dat|that)\s+a\s+all\s*[.!]*$|(?:bye|bye\s+bye|byee+|ciao|cya|see\s+ya|later|laters|catch\s+(?:you|ya)\s+later|cheerio(?:\s+(?:then|now|all))?|ta-?ra(?:\s+then)?|merci\s+(?:ktir|kteer|beaucoup)|shukriya|dhanyavaa?d|dhanyabad|dhanyawad|[àa]\s+b[ée]t[ôo]t|[àa]\s+bient[ôo]t|[àa]\s+la\s+prochaine)\s*[.!]*$|(?:i|we)\s+(?:(?:do|really)\s+)?(?:thank|appreciate)\s+you\b|(?:i|we)\s+(?:believe|think|reckon)\s+(?:i|we)\s+(?:have|'ve)\s+(?:covered|said|mentioned|told\s+you|explained)\b|(?:that's|that\s+is|thats|dat's|dat\s+is|that['’]s)\s+(?:about\s+|pretty\s+much\s+)?(?:all|everything|it|hid|the\s+lot|got\s+it|what\s+i\s+(?:have|got)(?=\s*[.!]*$))\b|(?:that|dat)['’]ll\s+do(?:\s+(?:it|['’]er|her|us|me))?\s*[.!]*$|god\s+bless\b|(?:(?:you|y['’]?all|yous|ye|you\s+all)\s+)?have\s+a\s+(?:blessed|good|great|nice|lovely|wonderful|grand)\s+(?:day|one|evening|week|weekend|night)\s*[.!]*$|(?:happy|merry)\s+(?:christmas|new\s+year|easter|holidays|diwali|eid)\b|(?:thanks|thank\s+(?:you|ye|yous|y['’]all)|t(?:h)?ank\s+(?:yuh|yu|ya)|tanks|thankee|many\s+thanks|cheers|ta)\b(?![^.!?]*\b(?:should|must|needs?|wants?|app|website|system|program)\b))/iu;

/**
 * "Dhanyabad, and Rongali Bihur xubhessa", "Efcharisto, and Kali Anastasi": thanks in the
 * person's own language, then the wishes of a feast by its name, the talk closing.
 */
const THANKS_IN_THEIR_LANGUAGE =
  /^(?:dhanyabad|dhanyavaad|dhanyavad|dhanyawad|shukriya|efcharisto|efharisto|ευχαριστώ|merci|gracias|obrigad[oa]|grazie|danke|asante|shukran|suksma|kiitos|tack|takk|spasibo|rahmat|salamat)(?:\s+(?:bohut|bahut|very\s+much|ktir|much|a\s+lot|kakhulu|bein\s+des\s+fais))?[,!\s]+(?:and\s+)?/iu;

/** The wishes of a feast by its name, capitalised: "Rongali Bihur xubhessa", "Kali Anastasi". */
const FEAST_WISHES = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3}[\p{L}\p{M}'’-]+\s*[.!]*$/u;

/** "Yislamu, thank you.", "Fakafetai, thanks so much!", "Agur, and thank you.": a word of their own language, then thanks in English. */
const THANKS_AFTER_THEIR_WORD =
  /^[\p{L}\p{M}'’-]+\s*[,!]\s*(?:and\s+)?(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?\s*[.!]*$/iu;

function isThanksAndWishes(text: string): boolean {
  if (THANKS_AFTER_THEIR_WORD.test(text)) return true;
  const thanks = text.match(THANKS_IN_THEIR_LANGUAGE);
  return thanks !== null && FEAST_WISHES.test(text.slice(thanks[0].length));
}

/**
 * "Like we say", "buddy, let me tell you", "you know what I mean", "that's what my captain's
 * license says", "it doesn't matter", "and quite right too", "sure that'd be no use to you", "you can
 * imagine how that went down": an aside on the talk, or why,
 * pointing back, said as a clause of its own.
 */
const ASIDE =
  /^(?:(?:and|so|but|well|oh)[,\s]+)?(?:(?:buddy|mate|boy|man|honestly)[,\s]+)?(?:(?:like|as)\s+(?:we|they|you|i|folks|people)\s+say|let\s+me\s+tell\s+you|i\s+can\s+tell\s+you|i['’]?ll\s+tell\s+you\s+what|you\s+know\s+what\s+i\s+mean|if\s+you\s+know\s+what\s+i\s+mean|(?:that['’]s|that\s+is)\s+what\s+(?:my|our|the|his|her|their)\s+[\p{L}'’ -]{1,40}\s+(?:says|said|requires|wants)|(?:it|that)\s+(?:doesn['’]?t|does\s+not|don['’]?t)\s+matter(?:\s+(?:which|what|to\s+(?:us|me)|at\s+all))?|(?:it|that)\s+makes\s+no\s+difference|(?:and\s+)?quite\s+right\s+too|fair\s+enough|(?:which|that)?,?\s*(?:trust\s+me|believe\s+me)?,?\s*(?:it\s+)?happens(?:\s+a\s+lot|\s+all\s+the\s+time)?|trust\s+me|believe\s+me|(?:and\s+)?you\s+can\s+(?:just\s+|well\s+)?imagine(?:\s+(?:how|what)\s+[^.!?]{1,60})?|(?:sure\s+)?(?:that|it)(?:['’]d|\s+would)\s+be\s+no\s+(?:use|good|help)(?:\s+to\s+(?:you|anyone|anybody|us|them))?)\s*[.!]?$/iu;

/**
 * "Dennis Bayliss, I farm out past Much Marcle, south of Ledbury", "Colin Purkiss, and I'm a
 * commoner in the New Forest", "cody, dev, remote from chincoteague": who the person is, by name,
 * then where they work, with no wish in it.
 */
const NAMED_THEN_WHERE_THEY_WORK =
  /^\p{Ll}+\s*,\s*(?:dev|developer|programmer|engineer|coder)\s*,\s*(?:remote\s+|working\s+remote\s+)?(?:from|in|based\s+in|out\s+of)\s+[^.!?]+[.!]?$|^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+\s*,\s*(?:(?:and\s+)?I['’]m\s+(?:a|an)\s+[\p{L}-]+\s+(?:in|at|on|near|from|out)\b|(?:I|we)\s+(?:farm|run|keep|grow|make|brew|bake|fish|live|work|own))\b(?![^.!?]*\b(?:want|wants|need|needs|would\s+like|app|website|program|software)\b)[^.!?]*[.!]?$/u;

/** "Kosrae tangerines are green outside and very sweet inside": what the goods are like, no feature. */
const MADE_GOODS_DESCRIBED =
  /^(?:our\s+|the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?[\p{L}-]+s\s+are\s+(?:very\s+|so\s+|really\s+)?(?:green|red|yellow|orange|sweet|sour|fresh|tasty|delicious|juicy|famous|soft|crisp|crunchy|fragrant|beautiful|lovely)\b(?![^.!?]*\b(?:want|wants|need|needs|should|must|app|website|only|never|no)\b)[^.!?]*[.!]?$/u;

/** "My nephew studies at the College of Micronesia in Pohnpei": a relative at college, who will build it. */
const RELATIVE_STUDYING =
  /^(?:and\s+)?(?:[Mm]y|[Oo]ur)\s+(?:[\p{L}-]+\s+){1,2}(?:studies|is\s+studying|studying|is)\s+(?:at|in)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:[Cc]ollege|[Uu]niversity|[Uu]ni|[Pp]olytechnic|[Ii]nstitute)\b(?![^.!?]*\b(?:where|can|could|want|wants|need|needs|should|so\s+that)\b)[^.!?]*[.!]?$/u;

/**
 * "people say you can taste the herbs in it", "everyone tells us it's the best in the county",
 * "People in Pohnpei, Majuro and Guam like them very much": what others say or think of what the
 * person makes is praise passed on, no feature.
 */
const HEARSAY_PRAISE =
  /^(?:(?:and|so|but)\s+)?(?:people|folks?|customers|tourists|everyone|everybody)\b[^.!?,]{0,40}?(?:,\s*\p{Lu}[^.!?,]{0,30})*\s+(?:like|love|likes|loves|enjoy|enjoys)\s+(?:them|it|these|those|our\s+[\p{L}-]+)(?:\s+(?:very\s+much|a\s+lot|so\s+much))?\s*[.!]?$|^(?:(?:and|so|but)\s+)?(?:people|folks?|everyone|everybody|they|customers|the\s+customers)\s+(?:always\s+|often\s+)?(?:say|says|said|tell\s+(?:me|us)|told\s+(?:me|us))\s+(?:that\s+)?(?:you\s+can\s+(?:taste|tell|smell|see)|it['’]?s\s+the\s+best|it\s+is\s+the\s+best|(?:it|they)\s+(?:tastes?|smells?)\s)[^.!?]*[.!]?$/iu;

/**
 * "It's the way it was always done here, and the beef is fierce good because of it": the
 * custom the person keeps, and what it gives, are who they are; nothing to build.
 */
const ALWAYS_DONE_SO =
  /^(?:(?:and|so|but)\s+)?(?:it['’]s|it\s+is|that['’]s|that\s+is)\s+(?:the\s+way|how)\s+(?:it|things)\s+(?:was|were|(?:has|have)\s+(?:always\s+)?been|is|are)\s+(?:always\s+)?done(?:\s+(?:here|round\s+here|around\s+here|in\s+these\s+parts))?(?:\s*,\s*(?:and\s+)?(?!(?:we|i)\s+(?:want|need|would|'d))[^.!?]*)?[.!]?$/iu;

/** "I must stress that", "I should add that", "I would point out that": how it is meant, before what is meant. */
const EMPHASIS_LEAD =
  /^(?:i|we)\s+(?:(?:must|should|would|have\s+to|need\s+to|want\s+to|do|can\s+only)\s+)?(?:stress|emphasi[sz]e|underline|point\s+out|add|mention|note|admit|confess|repeat|say)\s+(?:again\s+)?that\s+/iu;

/** "It is my considered view that …", "In my opinion, …": whose view it is, before what it is. */
const OPINION_LEAD =
  /^(?:it\s+is|it's|it’s)\s+my\s+(?:(?:considered|honest|firm|personal)\s+)?(?:view|opinion|belief|feeling|hope|conviction)\s+that\s+|^in\s+my\s+(?:(?:considered|honest|humble)\s+)?(?:view|opinion),?\s+/iu;

/** "… would restore order", "… would save us hours": what the software would do for them, a reason. */
const WOULD_DO_FOR_US =
  /,?\s+would\s+(?:[\p{L}'-]+\s+){0,2}?(?:restore|bring|save|help|solve|make|improve|end|stop|fix|change|transform)\b/iu;

/**
 * "I could have died of shame", "we would have lost the lot": what might have been, a feeling
 * about what went wrong, never something the software does.
 */
const WHAT_MIGHT_HAVE_BEEN =
  /^(?:and\s+|so\s+)?(?:i|we)\s+(?:could|would|might)\s+(?:have|['’]ve)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}\s*[.!]?$/iu;

/**
 * "Very insult for us, hukum", "Very shame for our group", "Total mess.", "Not nice.": how the
 * person felt about what went wrong, said alone.
 */
const FEELING_ALONE =
  /^(?:(?:very|so|such\s+a|what\s+a|a\s+total|total|big)\s+(?:insult|shame|shameful|embarrassment|embarrassing|disgrace|mess|headache|nightmare)(?:\s+for\s+(?:us|me|our\s+[\p{L}-]+|the\s+[\p{L}-]+))?|not\s+nice)(?:[,\s]+(?:hukum|sir|la|lah|bro|mate|man))?\s*[.!]*$/iu;

/** "Khamma Ghani hukum", "Ram Ram sa", "Jai Shri Krishna": a greeting or goodbye of Rajasthan and its neighbours. */
const GREETED_IN_RAJASTHAN =
  /^(?:khamma\s+ghani|ram\s+ram|jai\s+shri\s+krishna|jai\s+mata\s+di)(?:[,\s]+(?:hukum|sa|ji|sab))*\s*[.!]*$/iu;

/**
 * "…, and my Gar, the paper it makes", "good lord, the fuss": a cry at what it costs them, with
 * what it is at, said as a clause of its own.
 */
const CRIED_OUT =
  /^(?:(?:and|but|oh)[,\s]+)?(?:my\s+(?:gar|gaud|god|gosh|goodness|word|lord)|good\s+(?:god|lord|grief|heavens)|lord\s+above|mon\s+dou)(?:[,!\s]+(?:the\s+[\p{L}'’-]+(?:\s+(?:it|that|they|this)\s+(?:makes?|causes?|takes?|costs?))?))?\s*[.!]*$|^the\s+[\p{L}'’-]+\s+(?:it|that|this)\s+makes\s*[.!]*$/iu;

/**
 * "ok so", "ok so how it works", "So here's how Easter goes", Raizal "Bueno, dis a how it go",
 * Bocas Creole "Dis a how wi do it", "ok rules",
 * "Henok says like this", Yiddish "איך וועל אייך ערקלערן ווי עס גייט" (I will explain how it
 * goes), Kyrgyz "Биз мындай иштейбиз" (we work like this): words that start the telling, said on
 * a line or in a sentence of their own.
 */
const STARTS_THE_TELLING =
  /^(?:(?:[oO][kK](?:ay)?|[sS]o|[rR]ight|[nN]ow)[,\s]+)?(?:[tT]he\s+|[oO]ur\s+|[hH]ouse\s+)?[rR]ules\s*[.!:]?$|^(?:איך\s+וועל\s+אייך\s+ערקלערן\s+ווי\s+עס\s+גייט|биз\s+мындай\s+иштейбиз|[\p{L}'’-]+\s+says\s+like\s+this)\s*[.!:]?$|^(?:(?:[oO][kK](?:ay)?|[Aa]r|[Aa]ye|[Yy]eah|[Yy]es|right|[Rr]ight|well|alright|so|bueno|now)[,\s]+)*(?:(?:[oO][kK](?:ay)?|right|well|alright|so)|(?:(?:this\s+is|dis\s+a|this\s+a|here['’]s|here\s+is)\s+)?how\s+(?:it|we|wi|things|[\p{Lu}][\p{L}-]+)\s+(?:works?|goes|go|run|runs|do\s+it|does\s+it)(?:\s+here)?)\s*[.!:]?$/u;

/**
 * "Okay, so here's how we do a trivia night, and you'll see we've got our rules", "All right,
 * here's how it works, and bear with me, it's pretty western": words that
 * start the telling of how something goes, with what the listener will see in it.
 */
const HOW_IT_GOES_TOLD =
  /^(?:(?:ok(?:ay)?|right|well|alright|all\s+right|so)[,\s]+)*here['’]s\s+how\s+(?:we|i|they|it|things)\s+(?:do|run|work|go|handle)(?:es|s)?\b[^,.;!?]{0,40}(?:,\s*(?:and\s+)?(?:you['’]ll\s+see|bear\s+with\s+me)\b[^.;!?]*)?\s*[.!:]?$/iu;

/**
 * "I will explain our rules.", "So, I will tell you how my father does it.", "It is a little
 * long, I am sorry.", "Ok mano, here's how it works", "Well, here's how I go, …", "Right,
 * here's how it goes, and most of this is the lifeguards' rules, not mine, …", "All right,
 * here's the deal, and fair warning, …", "My uncle's rules, in order:", "Some of these are the
 * horses' rules more than mine": the telling announced, excused for its length, or said to be
 * someone else's, before the rules themselves.
 */
const TELLING_ANNOUNCED =
  /^(?:(?:ok(?:ay)?|so|right|well|now)[,\s]+)*(?:i\s+will|i['’]ll|let\s+me|i\s+am\s+going\s+to|i['’]m\s+going\s+to)\s+(?:try\s+to\s+)?(?:explain|tell\s+you|describe|write(?:\s+down)?|give\s+you|go\s+through)\s+(?:(?:our|the|my|his|her|their|all\s+the)\s+rules|how\s+(?:we|i|it|things|(?:my|our)\s+[\p{L}-]+)\s+(?:do|does|work|works|go|goes|run|runs)(?:\s+it)?(?:\s+here)?)\s*[.!:]?$|^(?:sorry,?\s+)?(?:it|this)(?:\s+is|['’]s)\s+(?:a\s+)?(?:little|bit|bit\s+of\s+a|rather|quite)\s+(?:long|much)\b[^.!?]*[.!]?$|^(?:ok(?:ay)?|right|so|alright)\s+(?:mano|man|mate|bro|boss|hon|dear|ya|my\s+friend)[,\s]+here['’]s\s+how\s+(?:it|we|things)\s+(?:works?|goes|go|do\s+it)\s*[.!:]?$|^(?:(?:well|ok(?:ay)?|so|right|all\s+right|alright)[,\s]+)*(?:(?:i['’]ll|i\s+will|let\s+me)\s+tell\s+(?:you|ya)|here['’]s|this\s+is)\s+how\s+(?:(?:we|i)\s+(?:(?:do|run|work)\s+(?:it|things)|go(?:\s+(?:about\s+it|on))?)|it\s+goes)(?:\s+(?:here|round\s+here))?(?:\s*,\s*(?:and\s+)?[^.!?\d$£€]{0,160})?\s*[.!:]?$|^(?:(?:ok(?:ay)?|so|right|well)[,\s]+)?(?:these|here)\s+are\s+(?:the\s+|our\s+|my\s+|his\s+|her\s+|their\s+)?(?:[\p{L}'’-]+['’]s\s+)?rules\b(?:\s*,\s*[^.!?:]{0,80})?\s*[.!:]?$|^(?:my|our)\s+[\p{L}'’-]+['’]s\s+rules\s*,\s*in\s+(?:order|turn)\s*[.!:]?$|^(?:some|most|a\s+lot|half|all)\s+of\s+(?:these|them|the\s+rules)\s+are\s+(?:the\s+)?[\p{L}'’-]+['’]?\s+rules\s+more\s+than\s+(?:mine|ours)\b(?:\s*,\s*[^.!?:]{0,60})?\s*[.!]?$|^(?:(?:all\s+right|alright|ok(?:ay)?|right|so|well)[,\s]+)*here['’]s\s+the\s+(?:deal|story|lowdown|rundown)(?:\s*,\s*(?:and\s+)?(?:fair\s+warning|mind\s+you|be\s+warned)\b[^.!?]*)?\s*[.!:]?$/iu;

/**
 * "So Mark's kid says we need a website for the Easter orders": who said the software is
 * needed, and for what, which the rest of the talk says in full.
 */
const SAYS_IT_IS_NEEDED =
  /^(?:(?:so|and)\s+)?(?:[\p{L}'’-]+\s+){1,3}(?:says|said|thinks|reckons|told\s+(?:me|us))\s+(?:that\s+)?(?:we|i)\s+(?:need|should\s+have|should\s+get|ought\s+to\s+have|must\s+have|have\s+to\s+have|want)\s+(?:a|an|our\s+own)\s+(?:proper\s+)?(?:app|website|web\s*site|site|program|programme|system)(?:\s+for\s+(?:the\s+|our\s+)?[\p{L}'’ -]{1,40})?\s*[.!]?$/iu;

/** "Mi born an grow in San Luis", "born and raised in Buffalo": where the person is from. */
// ("jase, sparky, fifo on the super pit, grew up in boulder": a name and a trade or two, said
// before it, go with it.)
const BORN_HERE =
  /^(?:(?:i|mi|me)\s+(?:was\s+)?)?(?:born\s+(?:an['’]?|and|n)\s+(?:grow|grew|raised|bred|reared)(?:\s+up)?|grew\s+up)\s+(?:in|on|at|inna|pon)\s|^\p{L}+(?:\s*,\s*[^,.;!?]{1,30}){1,3}\s*,\s*(?:born\s+(?:an['’]?|and|n)\s+(?:raised|bred)|grew\s+up)\s+(?:in|on|at)\s[^,.;!?]+[.!]?$/iu;

/**
 * "so im writing him a command line thing for his laptop", "the old man types it, i fix it when
 * im home": who builds the software, who types into it and who keeps it going, no feature.
 */
const WHO_RUNS_IT =
  /^(?:(?:so|and)\s+)?(?:i['’]?m|i\s+am)\s+(?:writing|building|making|coding)\s+(?:him|her|them|us|my\s+[\p{L}-]+)\s+(?:a|an|the)\s+[^.;!?]{1,60}$|^(?:(?:so|and)\s+)?(?:the\s+old\s+(?:man|lady|fella)|my\s+(?:dad|mum|mom|husband|wife|boss|partner)|he|she)\s+(?:types|runs|uses)\s+it$|^(?:(?:so|and)\s+)?i\s+(?:fix|maintain|update|look\s+after)\s+it\s+when\b[^.;!?]*$/iu;

/**
 * "So the committee has decided we should have a website", "the board agreed we need an app":
 * how the software came to be wanted, not what it does.
 */
const DECIDED_ON_IT =
  /^(?:so\s+|and\s+)?(?:the|our)\s+(?:[\p{L}'’-]+\s+)?(?:committee|board|council|club|members|family|team|trustees|elders|parish|society|association|management|owners?)\s+(?:has\s+|have\s+|had\s+)?(?:decided|agreed|voted|said)\s+(?:that\s+)?(?:we|it|they)\s+(?:should|would|will|must|need\s+to|needs?|want\s+to|can)\s+(?:have|get|make|build|try|start|use)\s+(?:an?\s+|our\s+own\s+|one\s+)?(?:online\s+)?(?:app|website|web\s*site|site|program|programme|system|software|portal)\s*[.!]?$/iu;

/**
 * "So my son says he'll make me an app on the phone", "my nephew is writing it for us", "My
 * nephew Henok studies computer science. He says he can make a program for my laptop", "My son
 * studies IT at the university. He will make a program for the shop computer", "My
 * son-in-law builds websites for a company …, and he says he can make us one": who builds the
 * software, not what it does; "so im getting an app made", "so im makin her a command line
 * thing for her laptop", "I will make a program for the workshop computer", "So I will make an
 * API", "So I'm writing Dad a command-line tool for the laptop in the cabin", "So I am writing
 * a library for the crew pay", "So I am writing one library for the price", "That is why I am
 * building a command-line tool for the laptop in his workshop", Setswana "… o tla re direla app ya mogala" (… will make us a phone app) and
 * Ilocano "… aramidennanto ti maysa a website para kadakami" (… will make us a website) and
 * Tahitian "… e nāna e hāmani i te hō'ē site internet nō mātou" (… and he will make us a website) and
 * Aragonese "… y nos fará un programa ta l'ordinador" (… and will make us a program) say
 * the person has it built, or builds it; so do "hes making us an app" and "Our Megan's doing
 * computing at the college" (a child called by name after "our").
 */
const WHO_BUILDS_IT =
  /^(?:(?:so|and)\s+)?(?:he|she|they)(?:['’]?s|['’]?re|\s+is|\s+are)\s+(?:making|building|writing|doing|coding)\s+(?:(?:me|us|them)\s+)?(?:an?\s+|the\s+)?(?:app|website|site|program|programme|tool|system)(?:\s+(?:for|on)\s+[^,.!?]{1,40})?\s*[.!]?$|(?<![\p{L}])nos\s+fará\s+(?:un|una)\s+(?:programa|app|aplicación|web|pachina)(?![\p{L}])|(?<![\p{L}])nāna\s+e\s+hāmani\s+i\s+(?:te\s+)?(?:hō['ʻ‘’]?ē\s+)?(?:site\s+internet|app|porotarama)(?![\p{L}])|(?<![\p{L}])aramidenna(?:nto)?\s+ti\s+maysa\s+a\s+(?:website|app|programa)(?![\p{L}])|(?<![\p{L}])o\s+tla\s+re\s+direla\s+(?:app|porokeramo|webosaete|website)(?![\p{L}])|^(?:(?:so|and)\s+)?(?:i|we)\s*(?:['’]ll|\s+will|\s+am\s+going\s+to|\s+are\s+going\s+to)\s+(?:make|build|write|code)\s+(?:an?|the)\s+(?:program|programme|website|site|app|tool|system|api|service|library|package)(?:\s+(?:for|on)\s+(?:the|our|my|their|his|her)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?(?:\s*,\s*(?:inshaallah|insha['’]?allah|god\s+willing))?\s*[.!]?$|^(?:(?:so|and)\s+)?(?:he|she|they)\s*(?:['’]ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to)\s+(?:make|build|write|code)\s+(?:(?:me|us)\s+)?(?:an?|the)\s+(?:program|programme|website|site|app|tool|system)(?:\s+(?:for|on)\s+(?:the|our|my|their|his|her|us)(?:\s+[\p{L}-]+){0,4})?\s*[.!]?$|^(?:and\s+)?(?:says|reckons|thinks)\s+(?:he|she|they)\s*(?:can|could|will|would|['’]ll|['’]d)\s+(?:make|build|write|do)\s+(?:(?:me|us|them|him|her)\s+)?(?:an?\s+|the\s+)?(?:(?:proper|new|little|simple|small|wee|nice)\s+)?(?:app|website|site|program|programme|tool|system)\s*[.!]?$|^(?:so\s+)?here\s+(?:we|i)\s+are\s*[.!]?$|^(?:(?:so|and)\s+)?(?:my|our)\s+(?:son|daughter|nephew|niece|grandson|granddaughter|cousin|brother|sister)(?:\s+\p{Lu}[\p{L}'’-]+)?(?:['’]s|\s+is)\s+(?:doing|studying)\s+(?:computing|computer\s+(?:science|engineering)|it|programming|software(?:\s+engineering)?|informatics)(?:\s+(?:at|in)\s+[^,.!?]{1,40}?)?\s*,?\s+and\s+(?:(?:he|she|they|her)\s+)?(?:says|reckons|thinks)\s+(?:he|she|they|her)\s*(?:can|could|will|would|['’]ll|['’]d)\s+(?:make|build|write|do)\s+(?:(?:me|us|them|him|her)\s+)?(?:an?\s+|the\s+)?(?:(?:proper|new|little|simple|small|wee|nice)\s+)?(?:app|website|site|program|programme|tool|system)(?:\s+(?:for|on)\s+[^,.!?]{1,50})?(?:\s*,\s*so\s+here\s+(?:we|i)\s+are)?\s*[.!]?$|^(?:(?:so|and)\s+)?(?:my|our)\s+(?:(?:son|daughter|nephew|niece|grandson|granddaughter|cousin|brother|sister)(?:\s+\p{Lu}[\p{L}'’-]+)?|\p{Lu}[\p{L}'’-]+)['’]s\s+(?:doing|studying)\s+(?:computing|computer\s+(?:science|engineering)|it|programming|software(?:\s+engineering)?|informatics)(?:\s+(?:at|in)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})?\s*[.!]?$|^(?:(?:so|and)\s+)?(?:then\s+)?(?:he|she|they)\s+(?:says?|said|reckons?|thinks?)\s+(?:that\s+)?(?:he|she|they)\s*(?:can|could|will|would|['’]ll|['’]d)\s+(?:make|build|write|do)\s+(?:(?:me|us)\s+)?(?:(?:an?\s+|the\s+)?(?:app|website|site|program|programme|tool|system)\b|(?:one|it)\s*[.!]?$)|^(?:(?:so|and)\s+)?(?:he|she|they)\s+(?:says?|said|reckons?|thinks?)\s+(?:that\s+)?(?:he|she|they)\s*(?:can|could|will|would|['’]ll|['’]d)\s+(?:make|build|write|do)\s+(?:me|us|them|him|her)\s+(?:an?\s+|the\s+)?(?:(?:proper|new|little|simple|small|wee|nice)\s+)?(?:app|website|site|program|programme|tool|system)(?:\s+(?:for|on)\s+[^,.!?]{1,40})?\s*[.!]?$|^(?:(?:so|and)\s+)?(?:my|our)\s+(?:son|daughter|nephew|niece|grandson|granddaughter|cousin|brother|sister|husband|wife|friend|neighbou?r|son-in-law|daughter-in-law)\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:(?:studies|is\s+studying|is\s+doing|knows|works\s+in)\s+(?:computer\s+(?:science|engineering|studies)|computers|computing|programming|coding|software(?:\s+engineering)?|it|informatics|information\s+technology)\b|(?:builds|makes|designs|writes|does|codes)\s+(?:websites|web\s+sites|apps|software|programs|programmes)\b)|^(?:so\s+|and\s+)?(?:my|our)\s+(?:son|daughter|nephew|niece|grandson|granddaughter|cousin|brother|sister|husband|wife|friend|neighbou?r|son-in-law|daughter-in-law)\s+(?:says\s+|said\s+|reckons\s+|thinks\s+)?(?:(?:he|she|they)\s*(?:['’]ll|\s+will|\s+would|\s+can|\s+is\s+going\s+to)\s+|(?:is|will|can)\s+)?(?:make|build|write|code|do|making|building|writing|coding|doing)\s+(?:(?:me|us|it)\s+)?(?:an?\s+|the\s+|this\s+)?(?:app|website|site|program|programme|tool|system|it)\b|^(?:so\s+|and\s+)?(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are)\s+(?:getting\s+(?:an?\s+|the\s+)?(?:app|website|site|program|system)\s+(?:made|built|done|written)|(?:mak(?:ing|in['’]?)|writing|building|coding)\s+(?:her|him|them|us|my\s+[\p{L}-]+|dad|mum|mom|ma|pa)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:thing|app|tool|program|website|site|system)(?:\s+(?:for|on)\s+(?:her|his|their|our|the)\s+[\p{L}-]+(?:\s+(?:in|at)\s+the\s+[\p{L}-]+)?)?)\s*[.!]?$|^(?:(?:so|and|that\s+is\s+why|that['’]s\s+why)[,\s]+)*(?:i\s+am|i['’]m|im|we\s+are|we['’]re)\s+(?:building|writing|making|coding)\s+(?:an?|the|one|this)\s+(?:[\p{L}-]+\s+){0,2}(?:tool|library|program|programme|app|website|site|service|api|package)(?:\s+(?:for|on)\s+(?:the|our|my|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:\s+(?:in|at|of)\s+(?:the|his|her|our|my|their)\s+[\p{L}-]+)?)?\s*[.!]?$/iu;

/**
 * "My nephew is good with computers and says he can knock something up", "she reckons she can
 * put something together": someone close who can build it, said loosely.
 */
const HANDY_WITH_COMPUTERS =
  /^(?:[^.!?]{0,100}?(?:,|\s+and)\s+(?=(?:he|she|they)\s+(?:says|said|reckons)\s+(?:he|she|they)\s*(?:['’]ll|\s+will|\s+can|\s+could)\s+(?:build|make|write|code)\s+(?:us|me)\s+(?:a|an)\s+(?:proper\s+|little\s+|simple\s+)?(?:website|site|app|program|programme)(?:\s+(?:for|on)\s+(?:the|our|my|us|his|her|their)(?:\s+[\p{L}-]+){0,3})?(?:,\s*so\s+here\s+we\s+are)?[.!]?$))?(?:(?:so|and)\s+)?(?:(?:my|our)\s+[\p{L}-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:is|['’]s)\s+(?:really\s+|very\s+|pretty\s+)?(?:good|great|handy|clever|brilliant)\s+(?:with|at)\s+(?:computers|tech|technology|coding|code|it|programming)\b[^.!?]*|(?:(?:he|she|they)\s+)?(?:says|said|reckons|thinks)\s+(?:he|she|they)\s*(?:can|could|will|would|['’]ll|['’]d)\s+(?:knock|put|throw|whip|sort)\s+(?:(?:us|me)\s+)?(?:something|one|it)\s+(?:up|together|out)\b[^.!?]*|(?:he|she|they)\s+(?:says|said|reckons)\s+(?:he|she|they)\s*(?:['’]ll|\s+will|\s+can|\s+could)\s+(?:build|make|write|code)\s+(?:us|me)\s+(?:a|an)\s+(?:proper\s+|little\s+|simple\s+)?(?:website|site|app|program|programme)(?:\s+(?:for|on)\s+(?:the|our|my|us|his|her|their)(?:\s+[\p{L}-]+){0,3})?(?:,\s*so\s+here\s+we\s+are)?)[.!]?$/iu;

/**
 * Luxembourgish "Ech sinn de Jeff Kieffer, …" (I am Jeff), "Also, esou geet et" (so, this is
 * how it goes), "Dat wier et" (that would be it), "Dat ass alles"; Javanese "Ngene carane"
 * (this is how), "Wis ngono wae" (that's all); Scottish Gaelic "Seo mar a tha e ag obair" (this
 * is how it works), "Sin agad e" (there you have it); Faroese "Soleiðis er tað" (this is how it
 * is), "Tað var alt" (that was all); Wolof "Nii lay doxe" (this is how it goes), "Loolu la
 * rekk" (that's all); West Frisian "Sa giet it by ús" (this is how it goes at ours), "Dat wie
 * it" (that was it); Balinese "Om Swastiastu" (the greeting), "Suksma" (thank you), "Om
 * Shanti Shanti Shanti Om" (the closing), "Nggih" (yes); Malay "Oh ya, satu lagi sebelum siap"
 * (oh yes, one more thing before it's done): the talk's own words, in the languages whose
 * walkthroughs are read whole.
 */
const TALK_ELSEWHERE =
  /^(?:oh\s+ya[,!\s]+)?satu\s+(?:lagi|perkara\s+lagi)(?:\s+(?:sebelum\s+(?:siap|terlupa|habis|lupa)))?\s*[.!:]?$|^(?:moien[,!\s]+)?(?:ech\s+sinn\s+(?:de|d['’]|den)\s*\p{Lu}|(?:also[,\s]+)?esou\s+geet\s+et\s*[.!:]?$|dat\s+(?:wier|wär|ass)\s+(?:et|alles)\s*[.!]?$|(?:dat\s+)?gesäit\s+gutt\s+aus\s*[.!]?$|ngene\s+carane\s*[.!:]?$|seo\s+mar\s+a\s+tha\s+e(?:\s+ag\s+obair)?\s*[.!:]?$|sin\s+agad\s+e\s*[.!]?$|soleiðis\s+er\s+tað\s*[.!:]?$|tað\s+var\s+alt\s*[.!]?$|wis\s+ngono\s+(?:wae|thok)\s*[.!]?$|(?:salamaalekum|salaam\s+aleekum|goeie|moarn)\s*[.!,]?$|nii\s+lay\s+doxe\s*[.!:]?$|loolu\s+la\s+rekk\s*[.!]?$|sa\s+giet\s+it(?:\s+by\s+ús)?\s*[.!:]?$|dat\s+wie\s+it(?:\s+wol)?\s*[.!]?$|(?:om\s+swastiastu|suksma(?:\s+mewali)?|om\s+shanti(?:\s+shanti)*(?:\s+om)?|nggih)\s*[.!,]?$)/iu;

/**
 * The greeting, the name and the thanks in the languages of Europe people write in most:
 * "Hola, soy Marta", "Bonjour, je m'appelle Luc", "Hallo, ich bin Jan", "Olá, sou a Ana",
 * "Ciao, sono Paolo", "Hoi, ik ben Sanne", "Cześć, jestem Ola"; "Gracias, un saludo", "Merci
 * beaucoup, bonne journée", "Danke und viele Grüße", "Obrigada, abraço", "Grazie mille, a presto";
 * Finnish "Moi", "Kiitos, moi moi".
 */
/**
 * "Much obliged.", "Respect.", "Proper job.", "Nowt else.", "Oh wait.", "Hmm.", "Nay.", Tok
 * Pisin "Tenkyu tru", Gullah "Tenk ya", Fijian "Vinaka vakalevu", Hindi "Dhanyavaad", Bemba
 * "Natotela sana", Luganda "Webale nnyo", Mandinka "Abaraka bake", Scottish Gaelic "Tapadh
 * leat", Solomons Pijin "Tagio tumas" and "Hem nao", Inuktitut "Taima", Lakota "Toksa", isiZulu
 * "Ngiyabonga kakhulu" and "Yilokho kuphela", Cook Islands Māori "Aere ra", Yup'ik "Quyana",
 * Sesotho "Kea leboha" and "Khotso", Torres Strait "Esso", Marshallese "Kommol tata", New
 * Zealand "Chur", "Now then", "Otherwise perfect", Cree "Ekosi" and "Kinanaskomitin", Pohnpeian
 * "Kalahngan maing", Cherokee "Donadagohvi", Amharic "Ameseginalehu", "Sharp sharp", "Jazakallah
 * khair", Acholi "Apwoyo matek", Welsh "Hwyl fawr", Niuean "Fakaaue lahi", Venda "Ndo livhuwa",
 * Khmer "Orkun chraen", Chuukese "Kinisou chapur", Mongolian "Bayarlalaa", Georgian "Didi
 * madloba", Tuvaluan "Fakafetai lasi", Sámi "Giitu", Bengali "Dhonnobad", …: a thanks, a goodbye or a
 * pause, said alone.
 */
const SIGNED_OFF =
  /^(?:(?:oh|ok|okay|well|and|so)[,\s]+)*(?:much\s+obliged|respect|proper\s+job|nowt\s+else|nothing\s+else|nobody\s+else|oh\s+wait|hmm+|nay|tenkyu(?:\s+tru)?|tenk\s+(?:ya|yu|you)|vinaka(?:\s+vakalevu)?|dhanyavaad|natotela(?:\s+sana)?|webale(?:\s+nnyo)?|abaraka(?:\s+bake)?|tapadh\s+leat|tagio(?:\s+tumas)?|hem\s+nao|taima|toksa|ngiyabonga(?:\s+kakhulu)?|aere\s+ra|quyana|kea\s+leboha|khotso|ya\s+know|chur|otherwise\s+perfect|now\s+then|mind\s+how\s+you\s+go|be\s+seeing\s+you(?:\s*,?\s*then)?|kulo\s+ma\s+lulap|yilokho\s+kuphela|esso|kommol(?:\s+tata)?|kwaai|tenkyu|dhanyabad(?:\s+la)?|dhonnobad|dhonyobad|dhonnyobad|dhanyavad|mersi(?:\s+bou?kou)?|ko\s+rabwa|ekosi|kinanaskomitin|yia\s+sou|bendiciones|ameseginalehu|thagatchari|tige\s+tank|good\s+luck|dale(?:\s+gracias)?|shukran(?:\s+jazeelan)?|kotohuadan|kaselehlie(?:\s+maing)?|kalahngan(?:\s+maing)?|theek\s+hai|nakummek|tislam|donadagohvi|sharp\s+sharp|jazakallah(?:\s+khair)?|itye\s+nining|apwoyo(?:\s+matek)?|hwyl(?:\s+fawr)?|fakaaue(?:\s+lahi)?|koe\s+kia|ndo\s+livhuwa|nifee\s+deebiru|orkun(?:\s+chraen)?|kinisou(?:\s+chapur)?|bayarlalaa|lookin['’]?\s+good|allah\s+wiyak|passt\s+so|hvala(?:\s+puno)?|poz|geia\s+sou|didi\s+madloba|fakafetai(?:\s+lasi)?|dieu\s+merci|ah?santes?\s+sana|andat\s+bene|mwebare(?:\s+munonga)?|va\s+ben|arigatou(?:\s+gozaimasu)?|thank\s+u|muy\s+bien|giitu|quana|(?:that\s+)?is\s+all|that\s+is|(?:baie\s+)?dankie(?:\s*,?\s*totsiens)?|totsiens)(?:\s*,?\s*(?:ji|sir|madam|saab|sahib|bhai|didi))?\s*[.!?]*$/iu;

/**
 * Tahitian "Ia ora na 'outou" (hello, all), "'O Moana tō'u i'oa, nō Haamene mai au" (my name is
 * Moana, I am from Haamene), "Teie tā mātou mau ture:" (here are our rules), "E ture te reira"
 * (that is the law), "Ha'ama roa!" (such shame), "'Ua oti" (that is all), "Māuruuru roa, nānā"
 * (thank you, goodbye): the talk around what is told.
 */
const TALK_IN_TAHITIAN = String.raw`ia\s+ora\s+na(?:\s+['ʻ‘’]?(?:outou|orua|oe))?|['ʻ‘’]?o\s+[\p{L}'ʻ‘’-]+(?:\s+[\p{L}'ʻ‘’-]+)?\s+tō['ʻ‘’]?u\s+i['ʻ‘’]?oa(?:\s*,\s*nō\s+[^.!?]+)?|teie\s+tā\s+(?:mātou|matou|tātou|māua)\s+mau\s+ture|e\s+ture\s+te\s+reira|ha['ʻ‘’]?ama\s+roa|['ʻ‘’]?ua\s+oti(?:\s+roa)?|māuruuru(?:\s+roa)?(?:\s*,?\s*nānā)?|nānā`;

/**
 * Aragonese "Bienplegaus!" (welcome), "Me clamo Chusé, y soi de Plan, …" (my name is Chusé,
 * I am from Plan), "As nuestras reglas:" (our rules), "Ixo ye tot" (that is all), "Grazias, y
 * dica luego" (thanks, and see you): the talk around what is told.
 */
const TALK_IN_ARAGONESE = String.raw`bienplegaus|bienplegau|me\s+clamo\s+\p{Lu}[^.!?]*|(?:as\s+)?nuestras\s+reglas|ixo\s+ye\s+tot|grazias(?:\s*,?\s*y\s+dica\s+luego)?|dica\s+luego|ye\s+bien|agora\s+sí`;

/**
 * Kapampangan "Mayap a abak pu kekayu ngan" (good morning to you all), "Aku i Arnel …, taga-…"
 * (I am Arnel, from …), "Iti ing paralan mi:" (this is our way), "Makalela!" (how shameful!),
 * "Ita na mu" (that is all), "Dakal a salamat pu" (many thanks), "Ayan, mayap na" (there, good
 * now), and "Ing anak ning kapatad ku … gawan na kami programa …" (my sibling's child … will
 * make us a program): the talk around what is told, and who builds it.
 */
const TALK_IN_KAPAMPANGAN = String.raw`mayap\s+a\s+(?:abak|gatpanapun|bengi|aldo)(?:\s+pu)?(?:\s+(?:kekayu|keka|kekami)(?:\s+ngan)?)?|aku\s+i\s+\p{Lu}[^.!?]*|iti\s+ing\s+paralan\s+(?:mi|tamu)|makalela|ita\s+na\s+mu|(?:dakal\s+a\s+)?salamat(?:\s+pu)?|(?:ayan\s*,?\s*)?mayap\s+(?:na|ya)(?:\s+pu)?|ing\s+(?:anak|apu|pamangkin)\b[^.!?]*\bgawan\s+(?:na|ne)\s+(?:kami|ke)\s+(?:programa|app|website)[^.!?]*`;

/**
 * Setswana "Dumelang", "Ke a leboga thata, pula!", "Ke gone fela" (that is all), "Melao ya rona
 * ke e:" (our rules are these); Ilocano "Naimbag a bigatyo amin" (good morning, all), "Siak ni
 * …" (I am …), "Dayta laeng" (that is all), "Dios ti agngina" (thank you), "Kastoy ti
 * wagasmi:" (this is our way), "Nakababain unay!" (how shameful!): the talk around what is told.
 */
/**
 * Shona "Mhoroi mose" (hello, everyone), "Mitemo yedu ndeiyi:" (our rules are these), "Ndizvo
 * zvese" (that is all), "Ndatenda zvikuru" (thank you very much), "Sarai zvakanaka" (stay well),
 * "Ndakanyara chaizvo" (I was so ashamed), "Ndini …, ndinogara kuNyanga" (I am …, I live in
 * Nyanga), "… achatigadzirira app yemafoni" (… will make us a phone app): the talk around what is
 * told, and who builds it.
 */
const TALK_IN_SHONA = String.raw`mhoroi(?:\s+mose)?|mitemo\s+yedu\s+ndeiyi|ndizvo\s+zvese|ndatenda(?:\s+zvikuru)?(?:\s*,\s*sarai\s+zvakanaka)?|sarai\s+zvakanaka|ndakanyara(?:\s+chaizvo)?|ndini\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:\s*,\s*ndinogara\s+[^.!?]+)?|[^.!?]*\bachatigadzirira\s+(?:app|website|purogiramu)[^.!?]*`;

const TALK_AROUND_IN_OTHER_LANGUAGES = new RegExp(
  String.raw`^(?:${TALK_IN_TAHITIAN}|${TALK_IN_SHONA}|${TALK_IN_ARAGONESE}|${TALK_IN_KAPAMPANGAN}|dumelang|dumela(?:\s+(?:rra|mma))?|ke\s+a\s+leboga(?:\s+thata)?(?:\s*,?\s*pula)?|ke\s+gone\s+fela|pula|melao\s+ya\s+rona\s+ke\s+e|naimbag\s+a\s+(?:bigat|aldaw|malem|rabii)(?:yo)?(?:\s+amin)?|dios\s+ti\s+agngina|agyamanak(?:\s+unay)?|dayta\s+laeng|kastoy\s+ti\s+wagasmi|siak\s+ni\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s*,\s*taga-[^.!?]+)?|nakababain\s+unay)\s*[.!:]?$`,
  "iu",
);

const GREETED_ELSEWHERE =
  /^(?:hola|buenas|buenos\s+días|bonjour|salut|hallo|guten\s+tag|servus|moin|olá|oi|bom\s+dia|ciao|salve|buongiorno|hoi|dag|goedendag|cześć|dzień\s+dobry|moi|hei|terve)\s*[.!,]?$/iu;
const NAMED_ELSEWHERE =
  /^(?:(?:hola|buenas|bonjour|salut|hallo|servus|moin|olá|oi|ciao|salve|buongiorno|hoi|dag|cześć|dzień\s+dobry)[,!\s]+)?(?:soy|me\s+llamo|mi\s+nombre\s+es|je\s+m['’]appelle|je\s+suis|moi\s+c['’]est|ich\s+bin|ich\s+heiße|mein\s+name\s+ist|sou|chamo-me|o\s+meu\s+nome\s+é|meu\s+nome\s+é|sono|mi\s+chiamo|ik\s+ben|ik\s+heet|jestem|nazywam\s+się|mam\s+na\s+imię)\s+(?:el\s+|la\s+|der\s+|die\s+|o\s+|a\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?\s*[.!]?$/u;
// ("Merci de garder le nom" asks for something, politely: "merci de" is no thanks.)
const THANKED_ELSEWHERE =
  /^(?:muchas\s+gracias|gracias|merci(?:\s+beaucoup|\s+bien)?(?!\s+d(?:e\b|['’]))|danke(?:\s+schön|\s+sehr)?|vielen\s+dank|obrigad[oa]|muito\s+obrigad[oa]|grazie(?:\s+mille)?|dank\s+je(?:\s+wel)?|bedankt|dziękuję|dzięki|mahsi(?:\s+cho)?|masi(?:\s+cho)?|kiitos(?:\s+paljon)?)(?:[,!\s]+(?:[\p{L}\p{M}'’-]+\s*){1,4})?[.!]*$/iu;

/** Whether a sentence only talks about the talk: an introduction, an announcement, an emphasis on "this", a reason held as a view. */
export function isTalkAboutTheTalk(sentence: string): boolean {
  const text = sentence.trim();
  if (
    INTRODUCTION.test(text) ||
    SELF_NAMED.test(text) ||
    GREETED_AND_NAMED.test(text) ||
    NAME_HERE.test(text) ||
    ANNOUNCEMENT.test(text) ||
    CLOSING.test(text) ||
    // "I hope that makes sense!", "Hope this helps": what the person hopes of their telling.
    /^(?:i\s+)?hope\s+(?:that|this|it|all\s+that|all\s+this)\s+(?:makes\s+sense|helps|is\s+(?:clear|enough|ok|okay|alright))\s*[.!]*$/iu.test(
      text,
    ) ||
    isThanksAndWishes(text) ||
    ASIDE.test(text) ||
    CRIED_OUT.test(text) ||
    WHAT_MIGHT_HAVE_BEEN.test(text) ||
    TALK_ELSEWHERE.test(text) ||
    isTalkInTheirLanguage(text) ||
    GREETED_ELSEWHERE.test(text) ||
    // (Its name keeps its capital; the words before it are read in lower case.)
    NAMED_ELSEWHERE.test(text.replace(/^\p{Lu}/u, (first) => first.toLowerCase())) ||
    THANKED_ELSEWHERE.test(text) ||
    FEELING_ALONE.test(text) ||
    GREETED_IN_RAJASTHAN.test(text) ||
    WHO_BUILDS_IT.test(text) ||
    TALK_AROUND_IN_OTHER_LANGUAGES.test(text) ||
    SIGNED_OFF.test(text) ||
    HANDY_WITH_COMPUTERS.test(text) ||
    DECIDED_ON_IT.test(text) ||
    // (Only the topic keeps its capital: "So here's how Easter goes".)
    STARTS_THE_TELLING.test(text.replace(/^\p{Lu}/u, (first) => first.toLowerCase())) ||
    SAYS_IT_IS_NEEDED.test(text) ||
    HOW_IT_GOES_TOLD.test(text) ||
    TELLING_ANNOUNCED.test(text) ||
    BORN_HERE.test(text) ||
    WHO_RUNS_IT.test(text) ||
    HEARSAY_PRAISE.test(text) ||
    MADE_GOODS_DESCRIBED.test(text) ||
    NAMED_THEN_WHERE_THEY_WORK.test(text) ||
    RELATIVE_STUDYING.test(text) ||
    ALWAYS_DONE_SO.test(text)
  )
    return true;
  // "I must stress that this is the constitution …": what is stressed points back, and says nothing new.
  const emphasis = text.match(EMPHASIS_LEAD);
  if (emphasis && /^(?:this|that|it)\s+(?:is|was|isn't|is\s+not)\b/iu.test(text.slice(emphasis[0].length)))
    return true;
  const opinion = text.match(OPINION_LEAD);
  if (opinion !== null && WOULD_DO_FOR_US.test(text.slice(opinion[0].length))) return true;
  // "My grandson Jeremy studying computers in Holland, …, and he say he will make me a website",
  // "This is how I does run it": the Englishes that leave out "is" and the "-s" of "says", or say
  // a habit with "does", say the same talk.
  const written = text
    .replace(
      /^((?:[Mm]y|[Oo]ur)\s+[\p{L}-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?=(?:studying|doing|learning)\s)/u,
      "$1 is ",
    )
    .replace(/\b(he|she)\s+say(?=\s+(?:he|she)\s)/giu, "$1 says")
    // ("This is how I does run it": "does" before a doing says it is done as a habit.)
    .replace(/\b(I|we|they)\s+does\s+(?=\p{L})/giu, "$1 ");
  return written !== text && isTalkAboutTheTalk(written);
}

/** A sentence without its words about the talk: "I should add that the vaccinations are …" → "the vaccinations are …". */
export function withoutTalkLead(sentence: string): string {
  return sentence.replace(EMPHASIS_LEAD, "").replace(OPINION_LEAD, "");
}
