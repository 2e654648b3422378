import type { SoftwareKind } from "../../../app-spec/kinds.js";
import { isEnglish } from "./language.js";

/**
 * The kind of software a person describes, when their words say it plainly: "a
 * command-line tool", "an iPhone app", "a website". Null when they only say "app",
 * which could be any of them; then the interviewer asks.
 */
const SAID_KIND: readonly [SoftwareKind, RegExp][] = [
  [
    "command-line tool",
    // A job run on a schedule ("a nightly Python job", "a data pipeline") is a program started
    // by a command, with no screens of its own.
    /\b(?:command[- ]line|cli\b|terminal (?:tool|app|program|script)|(?:python|bash|shell|node|ruby|perl|powershell) (?:script|job)|runs? in (?:the|a|my) terminal|from the terminal|l[ií]nea de comandos|data pipeline|etl\b|cron job|(?:nightly|scheduled|batch|hourly|daily|weekly|cron) (?:[\w.+#-]+ )?(?:job|script|task)\b|(?:an?|the|little|small) script (?:that|which) runs\b|(?:an?|the|little|small) script (?:i|we) (?:can )?run\b|runs? (?:from|via|under|with) cron\b|(?:job|script|task|program) that runs (?:by itself|on its own|every|each|on a schedule)|runs (?:by itself|on its own) every\b)/i,
  ],
  [
    "library",
    // "one Rust crate", "a Dart package on pub.dev", "a gem", "on PyPI": a package others build on.
    /\b(?:(?:python|npm|node|js|javascript|typescript|rust|go|ruby|java|dart|flutter|swift|kotlin|php|c#|\.net|elixir|scala|haskell|julia) (?:library|package|module|crate)|(?:a|one|our|the|a small|a little|a wee|a tiny|a simple|one small|a single|a shared) library\b(?![- ]?(?:app|card|website|system|management|catalog(?:ue)?|members?))|an sdk\b|librer[ií]a|(?:a|one|the|our) (?:rust )?crate\b|crates\.io|pub\.dev|pypi|packagist|nuget|ruby ?gem|composer package|cocoapods?|swift package)\b/i,
  ],
  [
    "desktop app",
    /\b(?:desktop (?:app|application|program)|electron|tauri|windows (?:app|program)|mac (?:app|application)|aplicaci[oó]n de escritorio)\b/i,
  ],
  // "a REST API the mobile app talks to": the service, whatever app uses it.
  [
    "api service",
    /\bapi\b[^.!?\n]{0,30}?\b(?:the|our|my|their|a)\s+(?:mobile|phone|iphone|android|ios|web)\s+app\s+(?:talks\s+to|calls|uses|hits|reads\s+from)\b/i,
  ],
  // "a service the lodges' booking pages can call": what other programs call is a service.
  [
    "api service",
    /\b(?:a|an|one|the)\s+(?:small\s+|little\s+|simple\s+)?service\b[^.!?\n]{0,50}?\b(?:can|could|will|would)\s+(?:call|hit|talk\s+to|connect\s+to)\b/i,
  ],
  // "an app the drivers use on their phones", "something the guides can use on their phones".
  [
    "mobile app",
    /\b(?:app|something|program|thing)\b[^.!?\n]{0,50}?\b(?:use|open|have|carry|check)\s+on\s+(?:their|our|my|his|her|the)\s+(?:own\s+)?(?:phones?|mobiles?|cell\s*phones?|smartphones?|tablets?)\b/i,
  ],
  [
    "mobile app",
    /\b(?:mobile app|phone app|iphone app|android app|ios app|app (?:for|on) (?:my |the |their |our )?(?:phone|iphone|android|ipad|tablet)s?|ipad app|tablet app|app m[oó]vil|aplicaci[oó]n m[oó]vil|para el m[oó]vil|en el m[oó]vil|react native|flutter)\b/i,
  ],
  [
    "api service",
    // "a small service with no screens of its own": other programs are what use it.
    /\b(?:(?:rest|json|http|web) api\b|api (?:service|server|only)|backend service|microservice|a webhook|discord bot|slack bot|telegram[- ]bot|chat ?bot|service with no (?:screens|ui|user interface|front[- ]?end)|no screens of its own|no screens(?: from you| on my side| on my end| from me)?,? just|(?:system|service|bit|piece|thing|part|back ?end) in (?:the|da|de) middle|headless (?:service|api|server)|(?:text[- ]message|sms|texting|text) (?:service|bot)|whatsapp bot)\b/i,
  ],
  // \b knows only ASCII letters: a bot named in Cyrillic is read without it.
  ["api service", /(?:телеграм|telegram|вайбер|viber)[- ]?бот|чат-?бот/iu],
  // "我就負責後面個 API，我呢邊冇 screen 嘅" (I do the API behind it, no screens on my side):
  // the API, said with no screens of its own, whoever makes the web app beside it.
  [
    "api service",
    /(?<![\p{L}])api(?![\p{L}])[^.。!?！？\n]{0,40}?(?:冇|沒有|没有|無|no|without|not\s+any)\s*(?:screens?|ui|front[- ]?end|畫面|界面|介面)/iu,
  ],
  [
    "web app",
    /\b(?:web ?app|web application|website|web site|web page|webpage|in the browser|browser-based|pwa|progressive web app|p[aá]gina web|sitio web)\b/i,
  ],
];

/**
 * "a program on the office computer", "a program on the shop computer", "something for the shop's till
 * computer, Windows", "a spreadsheet replacement for the secretary's laptop", "radi na Windowsima", Sundanese "program kanggo komputer di
 * bengkel" (a program for the computer in the workshop), Low German "en Programm för den Laptop
 * vun'n Vereen" (a program for the club's laptop), Hawaiian "he polokalamu no ke kamepiula o ka
 * hale wili" (a program for the mill's computer): a program on a computer, said
 * without the word "desktop", when nothing before named a website or a phone. It leans to a
 * desktop app, but people say it of a command-line tool too ("a little program for the
 * laptop, so I can type the results in"), so the overview alone does not decide it.
 */
const ON_A_COMPUTER: readonly [SoftwareKind, RegExp][] = [
  [
    "desktop app",
    /\b(?:runs? on (?:windows|macos|linux)|(?:for|on) (?:the |our |my )?(?:[\p{L}]+['’]s )?(?:[\p{L}]+ ){0,2}(?:computer|pc|laptop)(?:,? (?:a |it['’]?s )?windows\b)|(?:something|(?:a|an) (?:[\p{L}]+ )?(?:thing|app|replacement)) (?:for|on) (?:the |our |my )?(?:[\p{L}]+['’]s )?(?:[\p{L}]+ ){0,2}(?:computer|pc|laptop)\b|(?:máy tính|computer|pc|počítač|tietokone|računal\p{L}*) (?:windows|mac)|program (?:on|for) (?:the|my|our|[\p{L}]+['’]s) (?:[\p{L}]+ )?(?:computer|pc|laptop)|program is (?:only )?for the (?:[\p{L}]+ )?(?:computer|pc|laptop)|(?:a |it is a |it's a )windows (?:one|laptop|machine)|na windowsima|na računalu|tietokoneella|di komputer|dina komputer|(?:program|programna|aplikasi)\s+(?:kanggo|untuk|buat|di|dina)\s+komputer|a l'ordinador|en el ordenador|auf dem (?:pc|computer|rechner)|(?:programm|program)\s+(?:för|für|up|op)\s+(?:den|dem|de|uns(?:en)?)\s+(?:laptop|computer|rechner|pc)|sur l'ordinateur|op de (?:pc|computer)|på datorn|polokalamu\s+no\s+(?:ke|ka|kā)\s+kamepiula)/iu,
  ],
];

/**
 * The kind of software said in a text. With `leaning: false`, a program said to run on a
 * computer ("for the laptop") is no kind said: it is asked, with a desktop app recommended.
 */
export function saidKind(text: string, options: { leaning?: boolean } = {}): SoftwareKind | null {
  const kinds = options.leaning === false ? SAID_KIND : [...SAID_KIND, ...ON_A_COMPUTER];
  // "a text message service, no app and no website": a kind said not to be is no kind said.
  const said = text.replace(NOT_THIS_KIND, " ");
  // "in our web app and in the Android app the calculation is copied … So I want one library
  // in Java": the kind wished for, in a sentence that asks for it or the one right after it,
  // outweighs the software the person already has.
  const sentences = said.split(/(?<=[.!?])\s+|\n+/);
  const wished = sentences
    .filter((sentence, index) => WISH.test(sentence) || (index > 0 && WISH.test(sentences[index - 1]!)))
    .join(" ");
  // "my brother is doing the flutter app n im doing the api": the part the person makes is theirs to specify.
  if (SPEAKER_MAKES_THE_API.test(said)) return "api service";
  return (BARE_LIBRARY.test(wished) ? "library" : null) ?? kindIn(wished, kinds) ?? kindIn(said, kinds);
}

/**
 * "im doing the api", "I'm building the backend": the service behind someone else's app, made
 * by the speaker; "So I am building a small service for the orders": a service, built or
 * coded, is software with no screens of its own.
 */
const SPEAKER_MAKES_THE_API =
  /\b(?:i['’]?m|im|i\s+am|we['’]?re|we\s+are)\s+(?:(?:doing|building|making|writing|coding)\s+(?:the|an|our|its)\s+(?:api|back[- ]?end|server)\b|(?:building|writing|coding)\s+(?:a|an|one)\s+(?:small\s+|little\s+|simple\s+)?(?:web\s+|back[- ]?end\s+)?service\b)/i;

/**
 * "Waxaan doonayaa library keliya oo …" ("I want just a library that …"): in a sentence that
 * asks for it, "library" without an article, as other languages say it; never a library
 * people borrow from ("the school library", "a library app").
 */
const BARE_LIBRARY =
  /(?<!\b(?:a|an|the|our|my|their|school|public|town|city|local|community|lending|village|church|toy|tool|seed|county|university|music)\s+)\blibrary\b(?![- ]?(?:app|card|books?|website|system|management|catalog(?:ue)?|staff|members?|loans?))/i;

function kindIn(said: string, kinds: readonly [SoftwareKind, RegExp][]): SoftwareKind | null {
  return kinds.find(([, words]) => words.test(said))?.[0] ?? null;
}

/**
 * Words that ask for the software: "I want", "what we need is", "we'd like", "I'm writing a …"
 * (what the person makes is what they describe), and as other languages say "I want" or "we need".
 */
const WISH =
  /\b(?:i|we)\s+(?:really\s+)?(?:want|need|would like|'d like|am looking for|are looking for|are after|am after)\b|\b(?:i['’]?m|i\s+am|we['’]re|we\s+are)\s+(?:writing|building|making|coding)\s+(?:a|an|one|the|our)\b|\bwhat\s+(?:i|we)\s+(?:want|need)\b|\b(?:build|make)\s+(?:me|us)\b|\b(?:waxaan\s+(?:doonayaa|rabaa|u\s+baahanahay|u\s+baahannahay)|nataka|tunataka|tunahitaji|quiero|queremos|necesito|necesitamos|je\s+veux|nous\s+voulons|on\s+veut|quero|queremos|preciso|precisamos|voglio|vogliamo|ich\s+möchte|wir\s+möchten|wir\s+brauchen|saya\s+mau|kami\s+mau|kami\s+perlu|gusto\s+ko|gusto\s+namin|mo\s+fe)\b/iu;

/** "no app and no website", "not a website", "without a web page": kinds of software ruled out. */
const NOT_THIS_KIND =
  /\b(?:no|not an?|without an?|isn't an?|never an?)\s+(?:mobile |phone |web ?)?(?:app|website|web site|web page|webpage)\b(?:\s*(?:,|and|or|nor)\s+(?:no\s+|not\s+an?\s+)?(?:mobile |phone |web ?)?(?:app|website|web site|web page|webpage)\b)*/gi;

/** Words for a computer that borrow nothing: Breton, te reo Māori, Welsh, Irish, Basque, Turkish, Estonian. */
const OWN_WORD_FOR_A_COMPUTER =
  /(?<![\p{L}])(?:urzhiataer|rorohiko|cyfrifiadur|ríomhaire|ordenagailu|bilgisayar|arvuti)(?![\p{L}])/u;

/**
 * The kind said in a language whose words for it are not known here, by the words most
 * languages borrow: "website" or "web" for a website, "laptop", "computer", "PC" or "Windows"
 * for a program on a computer (or a language's own word for one), "telefon", "phone", "mobile"
 * or "Android" for a phone. Only an answer to "what kind of software is it?" is read so, as the
 * last thing tried.
 */
export function kindByBorrowedWords(said: string): SoftwareKind | null {
  const words = said.toLowerCase();
  // (A language's own word for a computer says it whatever else reads as English: Breton "Ur
  // poellad evit an urzhiataer" has an "an" and an "evit".)
  if (OWN_WORD_FOR_A_COMPUTER.test(words)) return "desktop app";
  if (isEnglish(said)) return null;
  if (/(?:web|site|sajt|saiti|sayt)/u.test(words)) return "web app";
  if (
    /(?:laptop|lapt[oó]p|compu|komput|kompyut|kompjut|komjut|\bpc\b|windows|ordinat|ordinador|ordenador|port[aá]til|rechner|dator|tietokone|počítač|računal)/u.test(
      words,
    )
  )
    return "desktop app";
  if (/(?:telef|phone|fon\b|mobil|android|iphone|handy|simu\b|selul|celul)/u.test(words)) return "mobile app";
  if (/(?:internet|online|onlain|brows)/u.test(words)) return "web app";
  return null;
}
