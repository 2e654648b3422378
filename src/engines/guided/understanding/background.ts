import { isPastForm } from "../language/inflection.js";
import { tagWords } from "../language/tagger.js";
import { asWrittenEnglish, saysSpokenOnlyWords } from "./spoken-english.js";

/**
 * Sentences about how things are done today ("Right now jobs get written on a
 * whiteboard", "We currently use a spreadsheet") tell why the software is wanted. They
 * belong in the overview; nobody asked the software to do them.
 */

/**
 * A sentence that opens on today: "Right now …", "Currently …", "Ahora …", "Nyt lainat
 * kirjataan vihkoon", "Sekarang semua masih ditulis …". (Hungarian "most" is left out:
 * English opens sentences on it.)
 */
const OPENS_ON_TODAY =
  /^(?:right now|rn(?=\s+\p{L})|presently|last time|previously|in the past|before this|now(?=,?\s+(?:the|we|i|our|they|every|each|everyone|everything|people|all|di|de|da|wi|mi|dem|unu|(?:my|his|her)(?!\s+(?:app|site|website|program|tool|system)\b))\s)|currently|at the moment|at present|these days|nowadays|today|until now|till now|up to now|up till now|so far|at the minute|ahora mismo|ahora|actualmente|hoy en d[ií]a|hasta ahora|ara mateix|actualment|ara|en ce moment|actuellement|aujourd'hui|zurzeit|momentan|derzeit|im moment|adesso|attualmente|oggi|atualmente|agora|neste momento|de momento|hoje|op dit moment|momenteel|nu|för närvarande|idag|i dag|nå|teraz|obecnie|şu anda|şimdi|acum|în prezent|jelenleg|nyní|teď|momentálne|nyt|tällä hetkellä|trenutno|sada|sekarang|saat ini|í dag|núna|hiện nay|hiện tại|bây giờ|dabar|šiuo metu|zatiaľ|momentálne|τώρα|σήμερα|προς το παρόν|зараз|наразі|сьогодні|сейчас|сегодня|сега|одоо|ngayon|kwa sasa|sasa hivi|hozir|hozirda|kounye\s+a|kounye\s+la|alò\s+kounye\s+a)(?![\p{L}])/iu;

/** Today named inside a sentence: "we currently use a spreadsheet", "I used to …" (not "what they used to be"). */
const MENTIONS_TODAY =
  /\b(?:right now|currently|at the moment|atm|at present|these days|nowadays|(?<!\bwhat (?:it|they|he|she|i|we) )used to|actualmente|ahora mismo)\b|\b(?:we|i) (?:keep|end up) [a-z]+ing\b|(?<!\bso\s)(?<!\bso that\s)\b(?:we|i) (?:always|usually|normally|still) (?:have to |just )?[a-z]+\b/i;

/** What the software is to do: "the app should …", "I want it to …". */
const WISH =
  /\b(?:the (?:app|tool|site|software|system)|it)\s+(?:should|will|must|can|needs? to)\b|\b(?:i|we) (?:want|would like|need) (?:it|the app|the tool|a way)\b/i;

/**
 * "… is a mess", "it's chaos", "we lose track", "copy-pasted in three places", "I spend three
 * hours chasing payments", "Nobody knows who has paid": a complaint about today, not a wish.
 */
const COMPLAINT =
  /\b(?:is|are|it'?s|gets|get)\s+(?:a\s+)?(?:mess|chaos|chaotic|a pain|painful|a nightmare|confusing|impossible)\b|\b(?:is|are)\s+the\s+(?:bother|trouble|hassle|headache|hard\s+part|pain)\s*[.!]*$|\bcopy-?past(?:e|ed|ing)\b|\bwe (?:keep )?(?:lose|losing) track\b|\b(?:has|have)\s+had\s+(?:bugs|problems|issues|errors)\b|\bbuggy\b|\b(?:i|we)\s+(?:spend|waste|lose)\s+(?:(?:about|like|nearly|almost|at\s+least)\s+)?(?:\w+\s+)?(?:hours?|days?|evenings?|weekends?|ages)\b|^(?:nobody|no\s+one|no-one)\s+(?:ever\s+)?knows\b|^(?:i|we)\s+(?:never|don'?t\s+ever)\s+know\b/i;

/**
 * "I run a small framing shop in Bath", "We're a family bakery", "my auntie owns a roller rink",
 * "im marcus, i do backend …", "Me and my husband Len keep bees, …", "Liam Eyre, I'm a developer in Sheffield, …", "My name is Maureen, I'm from South City, born and raised in …",
 * "I work at the bank", "I teach computer science at a school in Aliabad", "josh here, …", "I live
 * in Ísafjörður": who the person is, before any wish.
 */
const INTRODUCTION =
  /^(?:(?:so|well|ok|okay|right|hi|hello)[,\s]+)*(?:[\p{L}'’-]+\s+[\p{L}'’-]+\s*,\s*(?=(?:i['’]m|i\s+am)\s+(?:a|an)\s))?(?:my\s+name(?:['’]s|\s+is)\s+\p{L}|\p{L}+\s+here(?=\s*(?:[,.!]|$))|i\s+live\s+(?:in|on|at|near|outside|up\s+in|down\s+in)\s+\p{L}|(?:i['’]?m|i\s+am)\s+from\s+\p{L}|(?:i['’]?m|im|i\s+am)\s+\p{L}+\s*,\s*(?:\d{1,2}\s*,\s*)?(?:from|in)\s+\p{L}|(?:(?:my|our)\s+[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*)?\s+and\s+)?(?:i|we)\s*(?:run|own|manage|'m|am|'re|are)\s+(?:just\s+)?(?:a|an)\s+\S|(?:i|we)\s*(?:run|own|manage)\s+(?:the|my|our)\s+\S|i\s+(?:work|worked|teach|taught|study|studied)\s+(?:(?:at|as|in|for)\s+|(?:[\p{L}-]+\s+){1,3}(?:at|in)\s+(?:a|an|the)\s+)\S|(?:me|i)\s+and\s+(?:my|our)\s+(?:[\p{L}-]+\s+){1,2}?(?:run|own|manage|have\s+run|work|farm|fish)\s+(?:the|a|an|our|my|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+\S|(?:me|i)\s+and\s+(?:my|our)\s+(?:[\p{L}-]+\s+){1,2}?(?:keep|raise|breed|farm|grow)\s+[\p{L}-]+s(?=\s*[,.]|\s+(?:and|on|in|at|up|down|along)\s)|(?:my|our)\s+(?:auntie|aunty|aunt|uncle|dad|da|mum|mam|mom|father|mother|brother|sister|cousin|family|grandfather|grandmother|grandad|granny|parents|husband|wife)\s+(?:runs|owns|manages|has\s+had)\s+(?:a|an|the)\s+\S|(?:my|our)\s+(?:pa|ma|dad|da|mum|mam|mom|father|mother|uncle|aunt|auntie|brother|sister|grandfather|husband|wife)\s+is\s+(?:the\s+)?(?:chairman|chairwoman|chair|secretary|treasurer|president|head|manager|owner|foreman)\s+of\s|im\s+\p{Ll}+\s*,\s*i\s+(?:do|work|am|run)\b|(?:i['’]?m|gue|gw|aku|saya)\s+\p{L}+\s*,\s*(?:the\s+|a\s+)?(?:co-?)?(?:owner|founder|manager|head)\s+(?:of|dari)\s|(?:\p{L}[\p{L}'’-]*\s+\p{L}[\p{L}'’-]*\s*,\s*and\s+)?(?:i|we)(?:['’]ve|\s+have)\s+(?:lived|been)\s+(?:in|on|at|here|round|around|out\s+on|up\s+in|down\s+in)\b[^.;:!?]*\ball\s+(?:my|our)\s+(?:life|lives)\b)/iu;

/**
 * "…, same as me granddad did", "as my father did before him", Ilocano "… manipud pay idi
 * panawen ni lelongko" (since my grandfather's time), Tahitian "… mai te tau o tō'u pāpā rū'au" and
 * Aragonese "… dende o tiempo d'o mío agüelo" (the same), "Granddaddy started it", "…, my
 * grandfather and his father before him": a trade the family has always done.
 */
const FAMILY_TRADE =
  /\b(?:my|our|me)\s+(?:great-)*(?:granddad|grandad|grandpa|grandfather|grandmother|grandma|gran|granny|father|dad|mother|mum|mam)\s+and\s+(?:his|her|their)\s+(?:father|mother|dad|mum|mam|people)\s+(?:before|afore)\s+(?:him|her|them)\b|^(?:(?:and|so)\s+)?(?:my\s+|our\s+)?(?:great-)*(?:granddaddy|granddad|grandad|grandpa|grandfather|grandmother|grandma|granny|gran|nan|opa|oma|daddy|dad|father|mother|mum|mom|mam|pa|papa)\s+(?:started|founded|began|set\s+up)\s+(?:it|the\s+[\p{L}-]+|this)(?:\s+(?:up|off))?\s*[.!]?$|\b(?:same\s+as|just\s+as|like)\s+(?:my|me|our|his|her|their|them)\s+(?:granddad|grandad|grandpa|grandfather|grandmother|grandma|gran|granny|nan|father|dad|da|mother|mum|mam|family|people|folks|ancestors|forefathers|uncle|aunt|auntie)\s+(?:did|done|used\s+to|(?:before|afore)\s+(?:him|her|them|me|us)|and\s+(?:his|her|their|my)\s+[\p{L}-]+\s+(?:before|afore)\s+(?:him|her|them))\b|manipud\s+(?:pay\s+)?idi\s+panawen\s+ni\s+(?:lelong|lelang|apong|apo)\p{L}*|mai\s+te\s+tau\s+(?:o|a)\s+tō['ʻ‘’]?u\s+(?:pāpā|māmā)\s+rū['ʻ‘’]?au|(?:dende|desde)\s+(?:o|el)\s+tiempo\s+(?:d['’]o|del|de)\s+(?:mío|mi)\s+(?:agüelo|agüela|abuelo|abuela|pai|padre)/iu;

/**
 * "If you're not from here, trivia night is a big deal in St. Louis, …", "For those who don't
 * know, …", "That's how we say hello on Pitcairn", "Up the country they won't know what that is, so I'll
 * tell you: …": the place explained to an outsider, which says why, not what the software does.
 */
const EXPLAINED_TO_AN_OUTSIDER =
  /^(?:(?:so|and|well)[,\s]+)?(?:if\s+you(?:['’]re|\s+are)\s+not\s+from\s+(?:here|around\s+here|round\s+here|these\s+parts)|if\s+you(?:['’]ve|\s+have)\s+never\s+(?:been|heard\s+of|seen)\b|for\s+(?:those|anyone|people|them)\s+(?:who|that|as)\s+(?:don['’]t|do\s+not)\s+know|in\s+case\s+you\s+(?:don['’]t|do\s+not)\s+know|that['’]?s\s+how\s+(?:we|you|they|people|folks?)\s+(?:say|said)\s+(?:hello|hi|good\s*-?bye|bye|thanks|thank\s+you|welcome)\b|(?:[\p{L}'’-]+\s+){0,4}(?:they|you|people|folks)\s+(?:won['’]t|wouldn['’]t|don['’]t|do\s+not|might\s+not|may\s+not|will\s+not)\s+know\s+what\s+(?:that|it|this|an?\s+[\p{L}'’-]+)\s+(?:is|means)\b)/iu;

/** "I was going to say it should text them": a thought the person takes back as they say it. */
const THOUGHT_TAKEN_BACK =
  /^(?:(?:and|so|well|hmm|oh)[,\s]+)*(?:i was (?:going|about) to say|i almost said|i nearly said)\b/i;

/** "今は紙の回覧板を…", "LINEグループもありますが…": today, and what there is already, in Japanese. */
const TODAY_JAPANESE = /^(?:今は|いまは|現在は?|今のところ)|(?:も|は)(?:あります|います)が/u;

/**
 * "अभी हर लड़का एक डायरी में लिखता है": a sentence that opens on today, in Hindi, or on last
 * year's story ("पिछले साल …"), and Bhojpuri's "अबहीं …", "पिछला साल …" (no wish in it).
 */
const TODAY_HINDI =
  /^(?:अभी|आजकल|फिलहाल|इस समय|अबहीं|अबही|आजुकाल्ह|पिछले\s+(?:साल|महीने|हफ्ते|सीजन)|पिछला\s+(?:साल|महीना|हफ्ता)|पिछली\s+बार)\s/u;
const WISH_HINDI = /(?:चाहिए|चाहते|चाहिये|चाहता|चाहती|चाहीं|चाहत\s+बानी)/u;

/**
 * "Now" and "at the moment" in more of the world's languages, each as its speakers open a
 * sentence about how things are done today: Estonian "Praegu", Latvian "Pašlaik", Basque
 * "Orain", Afrikaans "Nou" (before its verb: Haitian Creole "Nou" is "we"), Slovenian "Zdaj",
 * Czech "Momentálně", Polish "Aktualnie", Turkish "Şu an", Azerbaijani "Hazırda", Albanian "Tani", Georgian "ახლა", Armenian "Հիմա",
 * Hebrew "כרגע", Persian "فعلاً", Urdu "فی الحال", Bengali "এখন" (in Assamese, written with its
 * "ৰ" and "ৱ", "এখন" counts one: "এখন ভুটভুটীত", on one boat), Tamil "இப்போது", Marathi
 * "सध्या", Nepali "अहिले", Kazakh "Қазір", Macedonian "Моментално", Serbian "Тренутно",
 * Welsh "Ar hyn o bryd", Icelandic "Eins og er", Malay "Buat masa ini", Thai "ตอนนี้",
 * Amharic "አሁን", Sinhala "දැන්", Khmer "ឥឡូវនេះ", Hausa "Yanzu", Somali "Hadda", Igbo "Ugbu a",
 * Tajik "Ҳоло", Pashto "اوس", Sranan "Noyaso" and "… di pasa" (the … gone by), Tetum "Agora" and
 * "Tinan kotuk" (last year), Tahitian "I teie nei" (now) and "I te matahiti i ma'iri" (last year),
 * Aragonese "En as fiestas d'agosto pasadas" (at last August's feast), Shona "Parizvino" (now),
 * "Gore rapera" (last year) and "Mwedzi wapera" (last month).
 */
const TODAY_WORDS_ELSEWHERE = String.raw`o\s+le\s+taimi\s+nei|i\s+le\s+(?:tausaga|masina|vaiaso)\s+ua\s+te['’‘ʻ]?a|parizvino|gore\s+rapera|mwedzi\s+wapera|en\s+(?:as|os|a|o)\s+(?:[\p{L}'’]+\s+){1,3}pasad[oa]s?|i\s+teie\s+nei|i\s+te\s+(?:matahiti|ava['ʻ‘’]?e|hepetoma)\s+i\s+ma['ʻ‘’]?iri|praegu|hetkel|nüüd|pašlaik|patlaban|tagad|orain|gaur\s+egun|nou(?=\s+(?:gaan|is|het|word|skryf|hou|doen|staan|kom|bel|stuur))|tans|op\s+die\s+oomblik|zdaj|sedaj|momentálně|v\s+současnosti|aktualnie|na\s+razie|şu\s+an|şimdilik|indi|hazırda|tani|aktualisht|ახლა|ამჟამად|հիմա|ներկայումս|כרגע|עכשיו|الان|فعلاً|فعلا|در\s+حال\s+حاضر|ابھی|فی\s+الحال|آج\s+کل|এখন(?![\s\S]*[ৰৱ])|বর্তমানে|இப்போது|தற்போது|सध्या|आता|अहिले|қазір|моментално|тренутно|ar\s+hyn\s+o\s+bryd|nawr|eins\s+og\s+er|buat\s+masa\s+ini|ตอนนี้|ปัจจุบัน|አሁን|දැන්|ឥឡូវ(?:នេះ)?|yanzu|hadda|ugbu\s+a|ҳоло|ҳозир|айни\s+замон|اوس|اوسمهال|sikawa|sikoyo|(?:mbula|sanza|pɔsɔ|poso|mposo)\s+oyo\s+eleki|kunankama|kunan|qayna\s+(?:wata|killa|simana|semana)|noyaso|agora|tinan\s+kotuk|(?:yari|mun|wiki)\s+di\s+pasa|subong(?=\s*,|\s+(?:ang|ginasulat|naga|gina))|uèi|panopa|häzir|cumò|l['’]an\s+passât|geçen\s+(?:güýz|ýyl|aý|hepde|tomus|gyş|ýaz)|ayeuna(?=\s+(?:sadaya|sadayana|sagala|pesenan|urang|abdi|kami))|taun\s+kamari|chaka\s+chatha|mwezi\s+watha|zaka\s+\p{L}+\s+zapitazo|(?:lo|le)\s+mes\s+passat|l['’]an\s+passat|fa\s+(?:\p{L}+|\d+)\s+ans(?=\s*,)|sang\s+nagligad\s+nga\s+(?:tuig|bulan|semana|Undas)|bit\s+nu|verleden\s+(?:johr|week|maand|winter|sommer)|n['’]afọ\s+gara\s+aga|n['’]ọnwa\s+gara\s+aga|gompieno|ga\s+jaana|(?:ka\s+\p{L}+\s+)?ngogola|ita(?=\s*,)|idi\s+(?:enero|pebrero|marso|abril|mayo|hunio|hulio|agosto|septiembre|setiembre|oktubre|nobiembre|disiembre|napalabas\s+a\s+\p{L}+)`;

/** Words that wish for the software in those languages: "tahaks", "gribu", "nahi", "wil", "rad bi", "רוצים", "چاہیے", "চাই", "வேண்டும்", "ต้องการ". */
const WISH_ELSEWHERE_TOO =
  /(?<![\p{L}\p{M}])(?:bghit|bghina|khassni|khassna|tahaks|tahan|tahame|tahaksime|vaja|soovime|soovin|gribu|gribam|gribētu|vajag|vajadzētu|vēlos|nahi|wil|moet|rad\s+bi|rada\s+bi|želim|želimo|potrebujemo|potrebujem|chci|chceme|chcę|chcemy|istiyorum|istiyoruz|lazım|istəyirəm|istəyirik|lazımdır|dua(?=\s+(?:një|të|ta|që|t['’]))|duam|duhet|eisiau|isio|viljum|þurfum|nak|mahu|perlu)(?![\p{L}\p{M}])|potřebuj|potrzeb|მინდა|გვინდა|გვჭირდება|ուզում|պետք|רוצה|רוצים|צריך|צריכים|می‌خواهم|میخوام|می‌خواهیم|لازم|چاہیے|چاہتے|چاہتا|چاہتی|চাই|লাগবে|দরকার|வேண்டும்|வேணும்|हवे|हवी|हवं|पाहिजे|चाहिन्छ|चाहन्छु|चाहन्छौं|керек|қалаймыз|อยาก|ต้องการ|እንፈልጋለን|እፈልጋለሁ|ඕනේ|ඕනෑ|ចង់|muna\s+so|ina\s+so|waxaan\s+rabaa|baahan|мехоҳам|мехоҳем|лозим|даркор|غواړم|غواړو|پکار/iu;

/**
 * "હાલ ઓર્ડર WhatsApp પર આવે …" (Gujarati), "Faoi láthair tá chuile rud i scarbhileog Excel"
 * (Irish), "Manje konke sikubhala encwadini enkulu" (isiZulu), "ਹੁਣ ਸਾਰੀਆਂ ਬੁਕਿੰਗਾਂ ਫੋਨ ਤੇ …"
 * (Punjabi), "ఇప్పుడు … సూపర్వైజర్ ఒక పుస్తకంలో రాస్తాడు" and "పోయిన పంటలో …" (last crop, …)
 * (Telugu), "Karon, tanan gisulat nako sa usa ka kwaderno" (Cebuano), "Nau mipela raitim
 * olgeta samting long wanpela bikpela buk" (Tok Pisin), "Awor tur kos ta bai via
 * WhatsApp" (Papiamentu), "Ankehitriny dia soratana anaty kahie daholo …" (Malagasy),
 * "Bħalissa kollox miktub f'ktieb kbir" (Maltese), "ଏବେ ସବୁ ହିସାବ ଗୋଟିଏ ଖାତାରେ ଲେଖାହୁଏ" (Odia),
 * "Saiki kabeh tak tulis nang buku tulis" (Javanese), "Am Moment ass alles an engem
 * Excel-Fichier" (Luxembourgish), "Aig an àm seo tha a h-uile càil ann an seann leabhar-cunntais"
 * (Scottish Gaelic), "Nú koma bíleggingarnar á Facebook" (Faroese), or on last year's story
 * ("Í fjør summar komu 22 fólk …", "an-uiridh", "d'lescht Joer", Javanese "wingi"), West Frisian
 * "Op it stuit stiet de ledelist yn in Excel-bestân", "Ferline winter …", Wolof "Léegi lépp ci
 * WhatsApp la" (now it is all on WhatsApp), "Daaw" (last year), Belarusian "Цяпер усё
 * запісана ў мяне ў сшытку" (now it is all in my notebook), "Летась …" (last year), and the
 * same in Ukrainian and Russian ("Зараз", "Сейчас"), Kyrgyz "Азыр заказдарды WhatsApp аркылуу
 * алабыз" (now we take the orders over WhatsApp), "Былтыр" (last year), and Yiddish "יעצט שרייבט
 * מען אלעס אין א העפט" (now everything is written in a notebook), "פאריגן חודש" (last month),
 * Malayalam "ഇപ്പോൾ … ഒരു പഴയ നോട്ടുബുക്ക് മാത്രമേയുള്ളൂ" (now there is only an old notebook),
 * "കഴിഞ്ഞ വർഷം" (last year), and Burmese "အခု အားလုံးကို စာအုပ်ထဲမှာပဲ ရေးမှတ်ထားတယ်" (now it is
 * all written in a notebook), "ပြီးခဲ့တဲ့လက" (last month), and Corsican "Avà scrivu tuttu in un
 * quadernu" (now I write it all in a notebook), "L'annu scorsu" (last year), and Swiss German
 * "Bis jetzt schriibed mir d'Iinahme i es Kassebuech" (until now we write the takings in a cash
 * book), "Letscht Winter …" (last winter), Sicilian "Ora i prenotazioni arrivanu pi telefonu" (now
 * the bookings come by phone), "U misi passatu …" (last month), and last year's story as the
 * languages of Europe open it ("El año pasado …", "L'an dernier …", "Letztes Jahr …", "No ano
 * passado …", "L'anno scorso …", "Vorig jaar …", "W zeszłym roku …"), and Moroccan Darija
 * "Daba kolchi mktoub f wa7d cahier kbir" (now it is all written in a big notebook), "L3am li
 * fat …" (last year), and Guarani "Ko'ágã rohai opa mba'e peteĩ cuaderno-pe" (now we write
 * everything in a notebook), "Ary ohasávape …" (last year), and Sranan "Na Owru Yari di pasa …"
 * (at the New Year gone by), and Ligurian "Oua i clienti ciamman …" (now the customers call …), German and Bavarian "Im
 * November habe ich …", "Im Novemba hob i … vawechselt" (in November I mixed up …), and Assamese "এতিয়া ঘাটত …"
 * (now at the ghat …), "যোৱা ৰাসৰ সময়ত …" (at the last Raas), and Asturian "L'agostu pasáu …" (last August), and Kinyarwanda
 * "Ubu ibintu byose tubyandika mu ikayi" (now we write everything in a notebook), "Umwaka ushize
 * …" (last year), Neapolitan "Mo' scrivo tutto ncopp'a nu quaderno" (now I write it all in a
 * notebook), "Mo 'e ordine arrivano …" (now the orders come …), "L'anno passato …" (last year), and Tatar "Хәзер бөтен заказлар телефон аша килә" (now all the orders come
 * by phone), "Узган кыш …" (last winter), and Piedmontese "Adess ij client a telefon-o …" (now
 * the customers phone …), "A novèmber i l'hai …" (in November I …), and Hawaiian "I kēia manawa, …"
 * (now, …), "I ʻApelila i hala, …" (last April, …), and te reo Māori "I tēnei wā, …" (at this
 * time), "Ināianei, …" (now), "I te marama o Poutūterangi, …" (in the month of March), "I te
 * taenga mai o …" (when … arrived), and Breton "Bremañ …" (now), "E miz Mae tremenet …" (last
 * May), "Warlene …" (last year), Lombard "Adèss scrie töt söl quadèrno" (now I write everything
 * in the notebook): a sentence that opens on today, with no
 * wish in it ("જોઈએ", "ba mhaith", "sifuna", "కావాలి", "mi ke", "pengin", "wëllen", "хочам",
 * "керек", "кирәк", "ווילן", "വേണം", "ချင်").
 */
const TODAY_OPENING_ELSEWHERE = new RegExp(
  String.raw`^(?:i\s+kēia\s+manawa(?=\s*,)|brema[ñn](?=\s)|e\s+miz\s+\p{L}+\s+tremenet|warlene(?=[\s,])|i\s+tēnei\s+wā(?=\s*,)|ināianei(?=\s*,)|i\s+te\s+marama\s+o\s+\p{L}+(?=\s*,)|i\s+te\s+tau\s+kua\s+hipa|i\s+te\s+taenga\s+mai(?=\s)|i\s+[ʻ‘']?\p{L}+\s+i\s+hala(?=\s*,)|adess(?=\s+(?:i|a|ij|le|la|ël|tut|mi|noi)\s)|adèss(?=\s+\p{L})|l['’]ann\s+passà|a\s+(?:gené|fërvé|mars|avril|maj|giugn|luj|agost|stèmber|otóber|novèmber|dzèmber)(?=\s+(?:i|a)\s+(?:l['’]|n['’]))|oua|aoa|এতিয়া|বৰ্তমান|যোৱা|im\s+(?:jänner|januar|februar|feber|märz|april|mai|juni|juli|august|september|septemba|oktober|oktoba|november|novemba|dezember|dezemba|sommer|summa|winter|winta|frühjahr|frühling|herbst)(?=\s+(?:hab|habe|haben|hat|hob|ham|hamma|is|ist|san|sind|war|waren|hod|hot)(?![\p{L}]))|ko['’]ágã|ko['’]ága|ary\s+ohasávape|ary\s+ohasava(?:pe)?|daba|l3am\s+li\s+fat|(?:chher|ch-her|simana)\s+li\s+fat|avà|l['’]annu\s+scorsu|u\s+mese\s+scorsu|હાલ|અત્યારે|હમણાં|આજકાલ|faoi\s+láthair|faoi\s+lathair|manje|ਹੁਣ|ਅੱਜਕੱਲ੍ਹ|ఇప్పుడు|ప్రస్తుతం|పోయిన|గతంలో|awor|aworaki|te\s+awor|karon|nau|las\s+yia|ankehitriny|amin['’]izao\s+fotoana\s+izao|bħalissa|fil-preżent|ଏବେ|ବର୍ତ୍ତମାନ|saiki|am\s+moment|momentan|elo|aig\s+an\s+àm\s+seo|an-dràsta|nú|í\s+fjør|an-uiridh|d['’]lescht\s+joer|wingi|op\s+it\s+stuit|ferline\s+(?:winter|jier|simmer|wike)|léegi|leegi|daaw|цяпер|летась|раней|зараз|сейчас|раньше|минулого\s+року|в\s+прошлом\s+году|азыр|учурда|былтыр|хәзер|хазер|узган\s+(?:ел|елны|кыш|җәй|яз|көз|ай|атна)|יעצט|אצינד|פאריגן\s+(?:יאר|חודש|וואך)|ഇപ്പോൾ|ഇപ്പൊ|ഇപ്പോ|കഴിഞ്ഞ\s+(?:വർഷം|മാസം|ആഴ്ച)|အခု|လောလောဆယ်|မနှစ်က|ora|u\s+misi\s+passatu|(?:el|la)\s+(?:año|mes|semana|temporada)\s+pasad[oa]|l['’](?:añu|agostu|iviernu|branu|mes)\s+pasáu|ubu(?=\s+(?:ibintu|byose|dukoresha|tubyandika|twandika|dukora|tukoresha|abakiriya|amafaranga))|umwaka\s+ushize|ukwezi\s+gushize|la\s+selmana\s+pasada|l['’]an\s+dernier|l['’]année\s+dernière|le\s+mois\s+dernier|la\s+semaine\s+dernière|l['’]été\s+dernier|l['’]hiver\s+dernier|letztes\s+jahr|letzten\s+(?:monat|sommer|winter)|letzte\s+woche|(?:no|o)\s+ano\s+passado|(?:no|o)\s+mês\s+passado|l['’]anno\s+scorso|l['’]anno\s+passato|(?:mo['’]|mò)(?=\s)|mo(?=\s+['’][oae]\s)|il\s+mese\s+scorso|l['’]estate\s+scorsa|vorig\s+jaar|vorige\s+(?:maand|week|zomer)|w\s+zeszłym\s+roku|w\s+zeszłym\s+miesiącu|(?:rok|miesiąc)\s+temu|l['’]annu\s+passatu|a\s+simana\s+passata|bis\s+jetzt|bis\s+jetz|bis\s+etz|bes\s+jetzt?|im\s+moment|(?:letscht|letzt)(?:e|i|s)?\s+(?:winter|jahr|johr|summer|sommer|wuche|woch|monet|monat|saison|session)|na\s+(?:\p{L}+\s+){1,3}di\s+pasa|kanitang\s+\p{L}+|ngeni(?=\s*,)|${TODAY_WORDS_ELSEWHERE})(?![\p{L}\p{M}])|^ပြီးခဲ့တဲ့`,
  "iu",
);
const WISH_OPENED_ON_TODAY =
  /જોઈએ|જોઇએ|ba\s+mhaith|teastaíonn|(?:si|ngi)funa|ਚਾਹੀਦ|ਚਾਹੁੰਦ|కావాలి|(?<![\p{L}])(?:mi|nos)\s+(?:ke|kier)(?![\p{L}])|(?<![\p{L}])(?:laikim|gusto|mila|tiana|irrid|nixtieq)(?![\p{L}])|ଦରକାର|ଚାହୁଁ|(?<![\p{L}])(?:кирәк|телибез|телим|pengin|kepengin|kepingin|butuh|njaluk|wëllen|wëlle|brauchen|brauche|bruuche|bruuched|bruucht|wänd|möchted|hätte\s+gär|wolle|woe\s+graach|хочам|хачу|хочемо|хочу|хотим|трэба|треба|нужно|керек|каалайбыз|וויל|ווילן|דארף|דארפן)(?![\p{L}])|വേണം|വേണമെന്ന്|ആഗ്രഹ|ချင်/iu;

/**
 * "حاليًا كل طالب عنده دفتر متابعة ورقي": a sentence that opens on today, in Arabic; Sorani
 * "ئێستا …" (now) and "مانگی ڕابردوو …" (last month), a story, in the same script.
 */
const TODAY_ARABIC =
  /^(?:حاليًا|حالياً|حاليا|الآن|في الوقت الحالي|حتى الآن|ئێستا|ئێستاکە|(?:مانگی|ساڵی|هەفتەی)\s+ڕابردوو)(?![\p{L}])/u;

/** "지금은 손님이 옷을 맡기면 종이 장부에 …": a sentence that opens on today, in Korean. */
const TODAY_KOREAN = /^(?:지금은|현재는|요즘은|지금까지는)\s/u;

/** "그런데 장부를 뒤지는 데 시간이 오래 걸리고, … 정말 힘들어요": a complaint about today in Korean, with no wish in it. */
const COMPLAINT_KOREAN = /(?:힘들어요|힘듭니다|불편해요|불편합니다|오래\s*걸리|번거로워요|번거롭습니다)/u;

/**
 * Bengali and Assamese "… খুঁজে পাওয়া যায় না" (cannot be found), "কেউ জানে না" (nobody knows):
 * what goes wrong today, with no wish ("চাই", "লাগে", "বিচাৰোঁ") in it.
 */
const COMPLAINT_BENGALI = /(?:পাওয়া\s+যায়\s+না|কেউ\s+জানে\s+না|বসে\s+থাকে|পোৱা\s+নাযায়|কোনেও\s+নাজানে)/u;
const WISH_BENGALI = /(?:চাই|লাগবে|লাগে|বিচাৰোঁ|বিচাৰো|লাগিব)(?![\p{L}\p{M}])/u;
const WISH_KOREAN = /(?:싶어요|싶습니다|주세요|했으면|하면\s*좋겠|필요해요|돼야|되어야)/u;

/** "现在每个工地都建一个微信群": a sentence that opens on today, in Chinese ("现在在哪个阶段" asks where it is now). */
const TODAY_CHINESE = /^(?:现在|目前|如今|眼下|平时|以前)(?![的在是])/u;

/**
 * "HR holds those", "Finance has its own system", "the till does that": someone else
 * already looks after it, which is why the software leaves it out.
 */
const SOMEONE_ELSE_DOES =
  /^(?:(?:and|but|so)[,\s]+)?(?:(?:the|our|their)\s+)?[\p{L}-]+\s+(?:already\s+)?(?:(?:holds?|does|do|handles?|keeps?|manages?|deals with|looks after|takes care of)\s+(?:all\s+)?(?:those|that|them|it|this|these)(?:\s+already)?|(?:has|have)\s+(?:its|their)\s+own\s+(?:system|software|tool|app|process|way|setup|database))\b/iu;

/**
 * "I write it in a notebook", "The rangers write everything in exercise books", "tenants email me, text me or ring me", "The divers send emails and I answer them", "writes all
 * bookings in a long red bahi", "sees the dates in the panchang", "I go through it by
 * eye", "We write the receipts by hand in books with carbon paper", "Some customers send a fax",
 * "the committees call him on the phone and he writes everything in a little agenda", "The
 * secretary writes them in a big register", "give prices from appa's rate notebook" (someone's own
 * notebook, diary or ledger; someone's spreadsheet may be another program the software works with):
 * the paper, the planner, the phone calls and the handwork the software is to replace. Said without a wish, a
 * sentence about them tells how it is done today.
 */
const TODAY_MEDIUM =
  /\b[a-z]+['’]s\s+(?:(?:rate|price|prices|sales|cash|stock|accounts?|order|little|old|big)\s+)?(?:notebook|note\s?book|diary|ledger|logbook|exercise\s+book)\b|\b(?:(?:a|an|the|our|my|their|his|her|this|that|one)\s+(?:[a-z-]+s['’]\s+(?=register\s+book))?(?:(?:big|little|paper|old|shared|long|thick|fat|battered|black|red|blue|green|same|spiral|hardcover|laminated|rate|price|prices|sales|cash|stock|accounts?)\s+)?(?:printed\s+sheets?|hardcover\s+register|calculator|laminated\s+(?:chart|sheet|card)|biro|(?<!\b(?:checks?|checked|measures?|measured)\s+with\s+(?:a|the|his|her)\s+)ruler|receipt\s+books?|order\s+books?|register\s+books?|route\s+sheets?|exercise\s+books?|composition\s+books?|school\s+books?|counter\s+books?|duplicate\s+books?|scribbler|copybook|shoebox|paper\s+calendar|print-?outs?|paper\s+forms?|notebook|note\s?book|notepad|note\s+pad|notes\s+app|whiteboard|wall\s+planner|wall\s+chart|wall\s+calendar|spreadsheet|excel\s+(?:file|sheet|spreadsheet)|paper\s+diary|diary|clipboard|ring\s+binder|binder|index\s+cards?|card\s+index|google\s+(?:doc|sheet|form)|whatsapp\s+group|group\s+chat|group\s+text|ledger|logbook|log\s+book|post-its?|sticky\s+notes|(?<=\b(?:little|small|pocket|paper|old|black)\s+)agenda|(?<=\b(?:big|thick|old|paper|black|red|blue|green)\s+)register\b(?!\s+(?:of|for)\b)|(?:long\s+|red\s+)*bahi(?:\s+khata)?|khata\s+book|panchang|almanac)\b|\b(?:in|on|into)\s+(?:exercise\s+books|notebooks|spreadsheets|ledgers|diaries|binders|copybooks|logbooks|scribblers|paper\s+forms)\b|\bby\s+eye\b|\b(?:carbon\s+paper|adding\s+machine)\b|\bby\s+hand\s+in\s+(?:a\s+|the\s+|our\s+)?(?:books?|notebooks?|ledgers?)\b|\b(?:i|we|they|he|she|is\s+all|are\s+all)\b[^.,;]{0,40}\b(?:into|in)\s+excel\b|\bon\s+(?:the\s+back\s+of\s+(?:an?\s+envelope|envelopes|cigarette\s+(?:boxes|packets|packs)|old\s+receipts)|squared\s+paper|graph\s+paper|paper)\b|\b(?:email|e-mail|text|ring|phone|call|dm|message|whatsapp)\s+(?:me|us)\b(?!\s+(?:when|if|once|whenever|as soon as)\b)|\b(?:call|calls|ring|rings|phone|phones)\s+(?:him|her|them)\s+on\s+(?:the\s+)?(?:phone|telephone|mobile|cell)\b|\b(?:send|sends|sent)\s+(?:us\s+|me\s+)?a\s+fax\b|\bby\s+fax\b|\b(?:send|sends)\s+(?:us\s+|me\s+)?(?:emails|e-mails|messages|texts)\s+and\s+(?:i|we)\s+(?:answer|reply\s+to|write\s+back\s+to)\s+(?:them|each)\b|\b(?:write|writes|message|messages)\s+(?:to\s+)?(?:me|us|him|her|them)\s+on\s+(?:facebook(?:\s+messenger)?|messenger|whatsapp|instagram|viber|telegram|wechat|line|signal)\b)/i;

/** The same paper and chats in French, Spanish, Italian and German: "sur une feuille imprimée", "en una libreta", "in e Heft". */
const TODAY_MEDIUM_ELSEWHERE =
  /(?<![\p{L}])(?:feuilles?\s+imprimées?|sur\s+papier|(?:un|le|mon|notre)\s+cahier|tableau\s+blanc|fichier\s+excel|groupe\s+whatsapp|hojas?\s+impresas?|en\s+papel|(?:un|el|mi)\s+cuaderno|(?:una|la|mi)\s+libreta|la\s+pizarra|(?:un|il)\s+quaderno|la\s+lavagna|fogli?\s+stampat[oi]|gruppo\s+whatsapp|grupo\s+de\s+whatsapp|(?:in|uf|auf|im|ins)\s+(?:(?:e|ei|eim|ein|einem|eine|es|em|de|dr|däm|unser|unserem|min|minem)\s+|[sd]['’]\s*)?(?:heft|schulheft|notizbuch|notizbuech|notizbüechli|büechli|zettel|zettle|ordner|whiteboard))(?![\p{L}])/iu;
/** ("… in e Heft": German and its kin, the paper; "sotte …", "möchte …", "e Site": a wish said with it.) */
const WISH_ELSEWHERE =
  /(?<![\p{L}])(?:voudrais|voudrait|voudrions|veux|veut|voulons|faut|devrait|pourrait|quiero|queremos|quisiera|necesito|necesitamos|debería|podría|vorrei|vorremmo|dovrebbe|potrebbe|app|application|aplicación|applicazione|möchte|möchten|möcht|sollte|sollten|sotte|sott|wott|wötte|wotte|wünsche|brauche|brauchen|bruuche|programm|webseite|website)(?![\p{L}])/iu;

/** Words that make a sentence a wish for the software, not a picture of today. */
const WISH_WORDS =
  /\b(?:should|want|wants|would like|'d like|need|needs|must|could|can|will|'ll|lets?|helps?|instead|app|website|site|tool|software|system)\b/i;

/**
 * "I write in Scrivener and I'm far too old to change", "We use Xero for that": the named
 * product someone works in today, said without a wish, is where that work stays.
 */
const PRODUCT_IN_USE =
  /^(?:(?:and|but|so)[,\s]+)?(?:[Ii]|[Ww]e)\s+(?:already\s+|currently\s+|just\s+|still\s+|always\s+)?(?:use|write\s+in|work\s+in|do\s+(?:it|that|those|them|everything|all\s+that)\s+in|keep\s+(?:it|them|everything|all\s+that)\s+in)\s+(?:\p{Lu}[\p{L}\p{N}]*)(?:\s+\p{Lu}[\p{L}\p{N}]*)*(?=[\s,.;!]|$)/u;

/**
 * "Payments stay with the bank standing orders": something that stays where it is done now.
 * ("phones stay on the bus" is a rule of the day: what is left in a vehicle stays there.)
 */
const STAYS_WHERE_IT_IS =
  /^(?:(?:and|but|so)[,\s]+)?(?:(?:the|our|their)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:stay|stays|remain|remains)\s+(?:with|in|on)\s+(?:the|our|their|my|a)\s(?!(?:[\p{L}-]+\s+)?(?:bus|buses|boat|boats|van|vans|truck|trucks|car|cars|ute|trailer|plane|train|ferry|tractor)\b)/iu;

/**
 * "meds go in the medicine book, got a book for that", "I've got ffmpeg and Subtitle Edit for
 * that": something already has its own place ("goes in the hot box" is where a calf goes, no paper).
 */
const HAS_ITS_OWN_PLACE =
  /\b(?:(?:i|we)(?:'ve|\s+have)?\s+)?got\s+(?:(?:a|an|our|my)\s+(?:separate\s+|own\s+)?[\p{L}-]+|\p{L}[\p{L}\p{N}-]*(?:\s+(?:and|or)\s+\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)?)?)\s+for\s+(?:that|those|them|it)\b|\b(?:go|goes)\s+in\s+the\s+(?:[\p{L}-]+\s+(?:book|jar|folder|binder)|(?:shoe|cash|money|tin|biscuit|cigar|receipt|paper)\s*box)\b/iu;

/**
 * "Last July we had two parties show up for the same boat", "Last first flush two pickers got
 * their kilos mixed up" (a season of the person's trade), "Fourth of July weekend last year I
 * had …" (the time named, then the year), "Two Fridays ago we lost a slip",
 * "I was mommucked all day over that", "We once had a widow get a reminder": a story of what
 * went wrong before, which is why the software is wanted, told in the past.
 */
const PAST_STORY =
  /^(?:(?:and|but|so|well|oh|honestly|in\s+fairness|to\s+be\s+fair|sure|yerra|just|only)[,\s]+)*(?:(?:yesterday|this\s+(?:past\s+)?(?:summer|winter|spring|autumn|fall|season|year|month|week)|in\s+(?:19|20)\d\d|(?:over|before|after)\s+(?:christmas|easter|ramadan|eid|diwali|the\s+(?:summer|holidays|weekend))|back\s+in\s+(?:the\s+)?(?:spring|summer|winter|autumn|fall|(?:19|20)\d\d))\b,?\s+(?=[^.;!?]*\b(?:was|were|had|did|said|came|went|got|took|paid|lost|forgot|broke|showed|turned|sold|missed|ran|left|rang|[a-z]{3,}ed)\b)|(?:last|one)\s+(?:year|season|summer|winter|spring|autumn|fall|month|week|time|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter)\b(?!\s*(?:[:=,-]\s*)?(?:[$£€¥₹₦฿]|(?<=one\s+[a-z]+)\s*\d|\d+(?:[.,]\d+)?\s*(?:k|jt|rb|m|am|pm|%)?(?:\s*[,.;]|$)|(?:is|costs?|for)\s+[$£€¥₹₦฿\d]))|(?:in|back\s+in)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?=[^,.;!?]*\b(?:was|were|had|did|said|came|went|got|took|paid|lost|forgot|broke|showed|turned)\b)|last\s+(?!(?:orders?|entry|entries|call|calls|bookings?|admission|one|ones|day|days|thing|things|minute|step|time)\b)[a-z]+(?:\s+(?!(?:is|are|leaves?|closes?|opens?|starts?|goes|go|comes?|costs?|runs?|must|can|should|will|has|have)\b)[a-z]+)?\s+(?=(?:(?!\b(?:is|are|leaves?|closes?|opens?|starts?|goes|go|comes?|costs?|runs?|must|can|should|will|has\s+to|have\s+to)\b)[^.;!?])*\b(?:was|were|had|did|got|came|went|took|lost|forgot|broke|showed|turned|sold|stood|made|put|sent|gave|ran|left|[a-z]{2,}ed)\b)|(?:[a-z'’-]+\s+){1,4}(?:last|this\s+past)\s+(?:year|summer|winter|spring|autumn|fall|season|month)\s+(?=(?:i|we|he|she|they|my|our|the|a)(?:['’]d)?\s[^.;!?]*\b(?:was|were|had|did|got|came|went|took|lost|forgot|broke|sold|[a-z]{2,}ed)\b)|the\s+other\s+day\b|(?:the\s+)?year\s+before\s+last\b|(?:a\s+(?:few|couple\s+of)|two|three|several)\s+(?:days|weeks|months|years|seasons|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\s+ago\b|(?:a\s+(?:few|couple\s+of)|two|three|several|some)\s+(?:days|weeks|months|years|seasons)\s+back\b|(?:a|one)\s+(?:day|week|fortnight|month|year|season)\s+(?:ago|back)\b|(?:i|we)\s+(?:was|were|once\s+had|had\s+(?:a|an|two|three|some)\s)|(?:i|we)\s+(?:got|were)\s+so\b)/i;

/**
 * Whether a story wishes for anything: "buddy, let me tell you", "I can tell you" in it is no
 * wish, nor is what could not be done then ("… and we could not find the kilos of Tata Jali"),
 * what might have been ("… I was that scundered I could have cried"), who someone is ("… Gerald,
 * who helps out Saturdays, went and sold …"), a boat "let to" others
 * (hired to them), what a boat can take
 * ("… we sold 40 hammock spaces more than the boat can take") or what others allow ("… a swim
 * the lifeguards will only have eight hundred in").
 */
function wishesInAStory(sentence: string): boolean {
  return WISH_WORDS.test(
    sentence.replace(
      /\b(?:let\s+me|i\s+can|i\s+could|i['’]ll)\s+tell\s+(?:you|ya|ye|yuh|yous)\b|\blet\s+(?:out\s+)?to\b|\bcould\s*n(?:o|['’])t\b|\b(?:could|would)(?:['’]ve|\s+have)\b|\b(?:can|could)\s+(?:take|hold|fit|carry|seat|sleep)\b|\b(?:will|would)\s+only\s+(?:have|take|allow|let|hold|fit)\b|\b(?:who|that)\s+helps?\b|\bhelps?\s+(?:us\s+|me\s+)?out\b/gi,
      "",
    ),
  );
}

/**
 * "Last year a cruise ship come the week before the supply ship, and Len … sold sixty jars":
 * a story opened by when it happened, whatever tense its first verb is said in (many Englishes
 * say "come" for "came").
 */
function opensAPastStory(sentence: string): boolean {
  return PAST_STORY.test(sentence.trim()) && !wishesInAStory(sentence);
}

/**
 * Whether an English sentence tells a story of the past, which what follows in the past goes on
 * with: told in the past tense, or opened by when it happened.
 */
export function tellsAStory(sentence: string): boolean {
  return isBackground(sentence) && (isToldInThePastTense(sentence) || opensAPastStory(sentence));
}

/**
 * How it is done today, said without "now": "It's all pen and paper", "Bookings come in by phone
 * and Facebook messages", "My wife does the books on a laptop with Excel".
 */
const TODAY_SAID_PLAINLY = [
  /^(?:(?:and|but|so)[,\s]+)?(?:it['’]s|it\s+is|everything['’]s|everything\s+is|all\s+of\s+it\s+is)\s+(?:all\s+)?(?:done\s+)?(?:on\s+|in\s+|by\s+|via\s+|over\s+)?(?:pen\s+and\s+paper|paper|pencil|whatsapp|texts?|text\s+messages|e-?mails?|excel|spreadsheets?|a\s+spreadsheet|phone\s+calls|word\s+of\s+mouth|memory|in\s+my\s+head)\b/iu,
  /\b(?:come|comes|came)\s+(?:in\s+(?:by|via|over|through|on)|by|via|over|through)\s+(?:the\s+|a\s+)?(?:phone|text|texts|whatsapp|facebook|instagram|e-?mail|messenger|dms?|word\s+of\s+mouth)\b/iu,
  // "People from the plains order on WhatsApp": how people reach the person today, by a channel
  // of its own.
  /^(?:(?:and|but|so)[,\s]+)?(?:(?:the|most|some|many)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:order|orders|book|books|message|messages|text|texts|ring|rings|call|calls)\s+(?:us\s+|me\s+)?(?:on|via|over|through|by)\s+(?:whatsapp|facebook|instagram|messenger|telegram|line|viber|wechat)\s*[.!]?$/iu,
  // "Everything goes in a big blue book": where it all goes today.
  /^(?:(?:and|but|so|now)[,\s]+)?(?:everything|it\s+all|all\s+of\s+it|the\s+lot)\s+(?:goes|go|went|gets\s+written)\s+(?:in|into|on)\s+(?:a|an|the|our|my)\s+(?:[\p{L}-]+\s+){0,3}(?:book|notebook|folder|box|file|diary|ledger|spreadsheet|sheet|whiteboard|board|calendar|binder)\b/iu,
  // "The traders send their orders as voice notes on WhatsApp": how orders reach the person today.
  /\b(?:send|sends|sent)\s+(?:their|the|us|me|in\s+their)\s+(?:orders?|bookings?|requests?)\s+(?:as|by|via|over|through|on)\s+(?:voice\s+notes?|texts?|whatsapp|sms|e-?mails?|(?:the\s+)?phone)\b/iu,
  // ("The buyers send us Messenger": the channel itself said as what is sent.)
  // ("The runners send WhatsApp messages": the same, without whom they send them to.)
  /^(?:(?:and|so|then)\s+)?(?:they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:send|sends|message|messages)\s+(?:(?:us|me)\s+)?(?:on\s+|by\s+|via\s+)?(?:messenger|facebook\s+messenger|whatsapp|whatsapps|texts?|sms|dms?|viber|telegram|wechat|line\s+messages|e-?mails?)(?:\s+messages?)?\s*[.!]?$/iu,
  // "The store was my father's, and his mother's before him": whose the business was, its story.
  /^(?:(?:and|so)\s+)?(?:the|our|my)\s+(?:[\p{L}-]+\s+)?(?:store|shop|farm|business|mill|boat|garage|stall|bakery|restaurant|company|outfit|place|yard)\s+(?:was|were|belonged\s+to)\s+(?:my|our)\s+(?:great-)*(?:grand)?(?:father|mother|dad|mum|mom|parents|uncle|aunt|family)(?:['’]s)?\b/iu,
  // "Abbu and my big chacha give prices from abbu's register and from their heads": what is
  // worked out from memory today.
  /\b(?:from|out\s+of|off\s+the\s+top\s+of)\s+(?:their|his|her|my|our)\s+heads?\b(?![^.!?]*\b(?:want|wants|need|needs|should|must|will|app|website|library|program)\b)/iu,
  // ("Four cars, Gary and me and two other drivers, and it was Gary's dad's before us": the same,
  // said of "it" with whose it was before.)
  /\b(?:it|the\s+(?:firm|business|shop|farm|company))\s+(?:was|were)\s+(?:(?:my|our|his|her|their)\s+|\p{Lu}[\p{L}-]*['’]s\s+)(?:great-)*(?:grand)?(?:father|mother|dad|mum|mom|da|ma|parents|uncle|aunt|auntie|family)['’]s\s+before\s+(?:us|me|him|her|them)\b/u,
  // "the lodges and the guides all buy from us": who the customers are, no wish.
  /^(?:(?:and|so)\s+)?(?:the|our|most|some|many|all\s+the)\s+[\p{L}-]+(?:\s+and\s+(?:the\s+)?[\p{L}-]+)?\s+(?:all\s+|both\s+|also\s+)?(?:buy|order)\s+(?:from|off|with)\s+(?:us|me)\b[^.!?]*[.!]?$/iu,
  // "The Miramichi's the best salmon river going", "Doaktown is the prettiest village in the
  // province": a named place praised is where the person is, no wish.
  /^(?:(?:[Aa]nd|[Ss]o|[Ww]ell)[,\s]+)?(?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:['’]s|\s+is)\s+(?:just\s+)?the\s+(?:best|finest|biggest|prettiest|loveliest|oldest|greatest|nicest)\s+(?:[\p{L}-]+\s+){0,3}?(?:going|around|anywhere|in\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?|there\s+is)\s*[.!]?$/u,
  // "Runners come from Europe, America and Japan": where the customers come from, who they are.
  // ("The sports come from all over, Ontario, the States, …": however it opens.)
  /^(?:(?:[Aa]nd|[Ss]o)\s+)?(?:(?:[Oo]ur|[Tt]he|[Mm]ost|[Mm]any|[Ss]ome)\s+)?[\p{L}-]+s\s+come\s+(?:here\s+|to\s+us\s+)?from\s+(?:all\s+over\b|\p{Lu}[\p{L}-]+(?:\s*,\s*\p{Lu}[\p{L}-]+)*(?:\s+and\s+\p{Lu}[\p{L}-]+)?\s*[.!]?$)/u,
  // "My abba and my chacha print Ajrakh in our workshop in Ajrakhpur": the family's trade, and
  // where it is done, is who the person is.
  /^(?:(?:and|so)\s+)?(?:my|our)\s+[\p{L}-]+(?:\s+and\s+(?:my|our)\s+[\p{L}-]+)?\s+(?:print|make|weave|bake|grow|brew|smoke|carve|sew|knit|dye|build|roast|cure|press|distil|distill|farm|breed|raise|throw|forge|spin)s?\s+[^.!?]*?\b(?:in|at|on|from)\s+(?:our|the\s+family|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:workshop|shop|farm|kitchen|bakery|smokehouse|orchard|yard|shed|mill|dairy|garden|fields?|house|home|studio|forge|pottery)\b(?![^.!?]*\b(?:want|wants|need|needs|should|must|will|app|website|library|program)\b)/iu,
  // "Shops in Ahmedabad, Mumbai and Delhi buy it by the metre": who buys, and where they are.
  /^(?:(?:[Aa]nd|[Ss]o)\s+)?(?:[Tt]he\s+)?[\p{L}-]+s\s+(?:in|from|around|across|all\s+over)\s+\p{Lu}[\p{L}-]*(?:\s*,\s*\p{Lu}[\p{L}-]*)*(?:\s+and\s+\p{Lu}[\p{L}-]*)?\s+(?:buy|order|take)\s+(?:it|them|from\s+us|our\s+[\p{L}-]+)\b(?![^.!?]*\b(?:want|wants|need|needs|should|must|will|can|app|website|library|program)\b)/u,
  // "Exporters buy them for shops in Europe and America": who buys, and where it goes.
  /^(?:(?:and|so)\s+)?(?:the\s+)?[\p{L}-]+s\s+buy\s+(?:it|them)\s+for\s+(?:the\s+)?(?:shops|stores|markets|restaurants|hotels|customers|buyers)\s+(?:in|all\s+over)\s+\p{Lu}/u,
  // "The women weave Bolga baskets from elephant grass, in many colours": how the goods are
  // made, and by whom.
  /^(?:(?:and|so)\s+)?(?:the\s+)?(?:women|men|ladies|weavers|potters|carvers|mothers|girls|elders|families)\s+(?:weave|make|carve|dye|sew|knit|spin|mould|mold|shape)\s+[^.!?]*?\bfrom\s+(?![^.!?]*\b(?:want|wants|need|needs|should|must|will|app|website|service)\b)/iu,
  // "ppl up n down the coast order it, tokomaru, …": who orders, and from where.
  /^(?:(?:and|so)\s+)?(?:ppl|people|folks?|customers)\s+(?:up\s+(?:n|and|&)\s+down|all\s+(?:over|along|round|around))\s+the\s+[\p{L}-]+\s+(?:order|buy)\s+(?:it|them|from\s+us)\b(?![^.!?]*\b(?:want|wants|need|needs|should|must|will|app|website)\b)/iu,
  // "me n my aunty bake rēwena n fried bread out of the old kitchen …": the person and someone
  // close, and the trade they share.
  /^(?:(?:and|so)\s+)?(?:me|i)\s+(?:and|n|&)\s+(?:my|our)\s+[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+(?:bake|make|brew|grow|cook|sew|weave|smoke|print|knit|roast|pick)\s+\S(?![^.!?]*\b(?:want|wants|need|needs|should|must|will|app|website)\b)/iu,
  // "… and people come from all over, Belfast, Dublin, …, to spend a week on the lough": where
  // the customers come from, and what for, wherever it is said in the sentence.
  /\b(?:people|folks|customers|visitors|tourists|guests|families)\s+come\s+(?:here\s+|to\s+us\s+)?from\s+(?:all\s+over|far\s+and\s+wide|everywhere|all\s+around)\b/iu,
  /\b(?:does|do|keeps?|writes?|puts?|tracks?)\b[^.;!?]*\b(?:in|with|on|using)\s+(?:Excel|Google\s+Sheets|a\s+spreadsheet|a\s+notebook)\b/u,
  // "My wife keeps the books", "our accountant does the paperwork": who does the books today.
  /^(?:(?:and|but|so)[,\s]+)?(?:my|our)\s+(?:wife|husband|partner|mum|mom|dad|son|daughter|sister|brother|accountant|bookkeeper|secretary|treasurer)\s+(?:keeps|does|handles|looks\s+after|sorts(?:\s+out)?)\s+(?:the|all\s+the|our)\s+(?:books|accounts|paperwork)\b[^.;!?]*[.!]?$/iu,
  // "I spend half my Sunday writing invoices": the time the work takes now.
  /^(?:(?:and|but|so|now)[,\s]+)?(?:i|we|she|he|they|(?:my|our)\s+[\p{L}-]+)\s+(?:spend|spends|waste|wastes|lose|loses)\s+(?!money\b)[^.;!?]{0,40}?\s(?:[a-z]+ing)\b/iu,
  // "They call each other on the phone": people keeping each other informed by hand.
  /^(?:(?:and|so|then)\s+)?(?:they|we|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:call|ring|phone|text|message|radio)\s+(?:each\s+other|one\s+another)\b/iu,
];

/**
 * "People come off the boat from Woods Hole, they want to get to Edgartown …": how the customers
 * arrive, and what they want, is who they are; the wish is theirs, not the person's.
 */
const CUSTOMERS_ARRIVE =
  /^(?:(?:and|so)\s+)?(?:people|visitors|tourists|customers|folks|guests|most\s+people)\s+(?:come|get)\s+(?:off|in\s+on|over\s+on|in\s+off)\s+the\s+(?:boat|ferry|ferries|plane|planes|bus|buses|train|trains|cruise\s+ships?)\b(?![^.;!?]*\b(?:app|website|site|system|program)\b)/iu;

/** "When I told my grandson all this he said …": what someone said once the person told them, a story. */
const TOLD_SOMEONE_ONCE =
  /^(?:(?:and|but|so)\s+)?when\s+(?:i|we)\s+(?:told|showed|asked|explained|mentioned)\b[^.;!?]*?\b(?:he|she|they)\s+(?:said|laughed|told|asked|looked|thought|went)\b/iu;

/**
 * "A lady came on Nochebuena for 6 dozen of pork and we had nothing for her", "one customer
 * paid twice", "a lady in England wrote to the newsletter": someone, not anyone in particular, and what they did once, a story.
 */
const SOMEONE_ONCE =
  /^(?:(?:and|but|so|well|oh|once)[,\s]+)*(?:a|an|one|this|some)\s+(?:[a-z'-]+\s+){0,2}?(?:lady|woman|man|guy|fella|fellow|customer|family|mother|father|mum|mom|dad|kid|girl|boy|chef|person|couple|client|tourist|bride|groom|driver|aunty|auntie|uncle)\s+(?:(?!who\b|that\b|which\b)[a-z'-]+\s+){0,4}?(?:came|called|showed\s+up|turned\s+up|rang|walked|paid|ordered|asked|booked|wanted|tried|sent|brought|drove|phoned|messaged|texted|emailed|left|forgot|lost|missed|wrote|complained|posted)\b/i;

/**
 * "In February I gave the same table to two different groups", "the Kellers and the Nieporents
 * stood there …", "I about died": someone, named or not, and what they did once, told in the
 * past: a story of why the software is wanted.
 */
const STORY_LEAD =
  /^(?:(?:and|but|so|well|oh|then|once|one\s+time)[,\s]+)*(?:(?:(?:back\s+)?in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|last\s+(?:year|season|summer|winter|spring|autumn|fall|month|week|time))[,\s]+)?/i;
/** (Read with its case: a family is named with its capital, "the Kellers"; a word that opens a sentence, "Money rounded to the cent", is no one's name.) */
const TOLD_OF_SOMEONE =
  /^(?:[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|(?:[Mm]y|[Oo]ur)\s+[\p{L}-]+|[Tt]he\s+\p{Lu}[\p{L}'’-]+s(?:\s+and\s+the\s+\p{Lu}[\p{L}'’-]+s)?)\s+(?:(?:about|just|nearly|almost|even|then|all|both|actually|never|once|really)\s+)?(\p{Ll}+)(?![\p{L}'’])/u;

/** Whether a word is a verb said in the past: "gave", "stood", "died". */
function isSaidInThePast(word: string): boolean {
  if (isPastForm(word)) return true;
  const tagged = tagWords(word)[0];
  return tagged?.tag === "verb" && tagged.base !== word && !/(?:s|ing)$/.test(word);
}

/**
 * "My abbu and my chachas are mowals from Koyra", "My dad and my uncles are crabbers": who the
 * person's family are, by their trade; what "they" do after it is the trade told, no wish.
 */
const FAMILY_BY_TRADE =
  /^(?:(?:and|so)\s+)?(?:my|our)\s+[\p{L}-]+(?:\s*,?\s+(?:and\s+)?(?:my|our)\s+[\p{L}-]+)*\s+(?:are|were)\s+(?:all\s+)?(?!(?:going|gonna|making|building|writing|helping|not)\b)[\p{L}-]+s\b[^.!?]{0,60}[.!]?$/iu;

/** "Every year from April to June they go into the forest by boat, …": what they do, as a habit. */
const THEY_DO_AS_A_HABIT =
  /^(?:(?:and|so|then)\s+)?(?:(?:every|each|in\s+the|from|during|most)\s+[^,.!?]{2,50}?,?\s+)?they\s+(?!(?:want|need|would|will|can|could|should|must|might|say|said|ask|asked)\b)(?:also\s+|still\s+|always\s+)?[\p{L}-]+/iu;

/**
 * "Now my father and my uncle make model boats by hand", "dad n my uncle grow macadamias …": two
 * of the family, and what they make or grow, say their trade the same way.
 */
const FAMILY_MAKES =
  /^(?:(?:and|so|now|today)[,\s]+)*(?:(?:my|our)\s+)?(?:father|dad|daddy|mother|mum|mom|mam|uncle|uncles|aunt|aunts|auntie|brother|brothers|sister|sisters|grandfather|granddad|grandad|grandmother|cousin|cousins|husband|wife|sons?|daughters?)\s+(?:and|n|&)\s+(?:my|our|his|her)\s+[\p{L}-]+\s+(?:still\s+)?(?:make|build|carve|weave|bake|grow|brew|smoke|sew|knit|dye|roast|cure|press|breed|raise|throw|forge|spin|catch|fish|print|paint|tie)\s+[^.!?]{1,120}[.!]?$/iu;

/** Whether a sentence says who the person's family are by their trade: "My dad and my uncles are crabbers". */
export function introducesTheFamilyTrade(sentence: string): boolean {
  const trimmed = sentence.trim();
  return FAMILY_BY_TRADE.test(trimmed) || (FAMILY_MAKES.test(trimmed) && !WISH_WORDS.test(trimmed));
}

/** Whether a sentence, after the family's trade is named, goes on telling what they do in it. */
export function goesOnWithTheFamilyTrade(sentence: string): boolean {
  if (WISH_WORDS.test(sentence)) return false;
  // ("Sloops, schooners and the little fishing boats, just like the real ones.": what they make,
  // named with no verb, goes on with it too.)
  return THEY_DO_AS_A_HABIT.test(sentence.trim()) || !tagWords(sentence).some((word) => word.tag === "verb");
}

/**
 * Whether a sentence, after a story of the past, goes on with it: told in the past too, or
 * without a verb and wishing for nothing ("One to a shop in Damascus, one to a shop in
 * Latakia.", "Both paid by GCash.").
 */
export function goesOnWithTheStory(sentence: string): boolean {
  return (
    isToldInThePastTense(sentence, true) ||
    // ("When the lunch come, half the people ain't get no food, and … had to eat sandwich", "I
    // ain't go in the supermarket for a week": the Englishes whose "ain't" before a verb is
    // "didn't", and "had to", tell what happened next.)
    (/\bain['’]?t\s+(?!got\b|gonna\b)\p{L}+/iu.test(sentence) && !WISH_WORDS.test(sentence)) ||
    /\bhad\s+to\s+\p{L}+/iu.test(sentence) ||
    // ("My sitti still talks about it.", "Mum still brings it up at Sunday lunch": how the story
    // is remembered still.)
    /^(?:(?:and|but|so)\s+)?(?:[\p{L}'’-]+\s+){1,3}still\s+(?:(?:talks?|laughs?|jokes?|complains?|goes\s+on|remembers?|mentions?)\b[^.;!?]{0,30}?\b(?:it|that|this)|brings?\s+(?:it|that)\s+up(?:\s+(?:at|over|on|every)\s+[^.;!?]{1,30})?)\s*[.!]?$/iu.test(
      sentence,
    ) ||
    (!tagWords(sentence).some((word) => word.tag === "verb") &&
      !/\b(?:want|wants|need|needs|can|could|will|would|should|must|like|love)\b/i.test(sentence))
  );
}

/**
 * Piedmontese "A novèmber i l'hai promëttù …" (in November I promised …), "Ël pastissé … a l'ha
 * nen podù …" (the pastry cook could not …): the perfect, said with "l'hai", "l'ha" or "l'oma"
 * and a past participle, tells what happened once; so does Hawaiian "Ua hele mai …" (… came),
 * and Breton "em boa prometet …" (I had promised …), "en deus lavaret …" (he said …), and
 * Setswana "… ba ne ba emela …" (they were waiting), "Ke ne ka tlhabiwa …" (I was struck …),
 * and Ilocano "Idi Disiembre, …" (last December, …), and Tahitian "I te matahiti i ma'iri, …" (last
 * year, …), "I te taera'a mai o …" (when … came) and "'Ua parau 'ōna …" (she said …), and the
 * past of Aragonese and Spanish, "… vendió …" (… sold …), "Quan plegó a furgoneta, …" (when the van came, …);
 * Catalan's "informació", "reunió" and the like are nouns, no past; and Kapampangan "Kanitang
 * Disiembre, …" (last December, …), "… binenta na …" (… sold it already), "dinatang la" (they
 * came): "kanitang", and a verb with "-in-" in it before "na", "la" or "ya"; and Shona's past,
 * "-aka-" after who did it ("Supermarket yakashaya maapuro", the supermarket had no apples);
 * and Samoan's "na" before a verb of going out or coming in ("Na telefoni mai …", … rang me), and
 * "e le'i" (did not).
 */
const PAST_ELSEWHERE =
  /(?:^|,\s*)(?:ma\s+)?na\s+(?=[\p{L}'’‘ʻ]{3,}\s+(?:mai|atu|e|ia|i)\s)|(?:^|,\s*)e\s+le['’‘ʻ]i\s+\p{L}|(?<![\p{L}])(?:ndaka|taka|vaka|yaka|zvaka|chaka|raka|waka)\p{Ll}{3,}|(?:^|,\s*)(?:quan|cuando)\s+\p{L}{3,}ó(?![\p{L}])|(?<![\p{L}])\p{L}{2,}[^csnvgx\s]ió(?![\p{L}])|(?:^|,\s*)i\s+te\s+(?:matahiti|ava['ʻ‘’]?e|hepetoma)\s+i\s+ma['ʻ‘’]?iri(?![\p{L}])|^i\s+te\s+\p{L}+ra['ʻ‘’]a\s+mai(?![\p{L}])|(?:^|,\s*)idi\s+(?!pay\s)\p{L}{3,}|(?<![\p{L}])(?:ke|re|o|ba|e|di|le|se)\s+ne\s+(?:ka|ra|a|ba|ya|tsa|la|sa|wa)\s+\p{L}{3,}|(?<![\p{L}])(?:i|a|it|i\s+j|a\s+j)\s+(?:l['’]|n['’])(?:hai|ha|oma|eve|han)\s+(?:nen\s+|pa\s+)?\p{L}+(?:à|ù|ì|ìt|ëst|ut|it)(?![\p{L}])|(?:^|,\s*)['ʻ‘’]?ua\s+(?=[\p{L}ʻ‘'])|(?<![\p{L}])(?:em|en|he|hon|o)\s+(?:boa|doa|deus|eus)\s+(?:ket\s+)?\p{L}{3,}et(?![\p{L}])|(?:^|,\s*)kanitang\s+\p{L}+|(?<![\p{L}])[bdgklmnpst]in[aeiou]\p{L}{2,}\s+(?:na|la|ya)(?![\p{L}])/iu;

/**
 * The perfect of German and the Germans of Switzerland, Alsace, Austria and Luxembourg: "hab …
 * versproche", "het … verkauft", "s'isch in de DNA gstande", "Ich hab mich so gschämt", "huet …
 * gemaach"; the helping verb, then a past participle in "g(e)-" or "ver-", "be-", "er-" and the
 * like, in small letters (a noun is written with its capital), closing the clause; Swabian's
 * "isch … nagfalla" (fell over) with the part that comes off its verb first, and its "-a" for
 * "-en" ("gschrieba", written). "De Maire het
 * … kaufe müen" (had to buy): a helping verb, then two verbs, the second of them "must", "can" or
 * "want", closing it.
 */
const GERMANIC_PERFECT =
  /(?<![\p{L}])(?:[Hh](?:ab|an|et|at|ät|ett|esch|ets|ed|od|ot|uet|unn|ann|abe|aben|atte|atten)|[Ii]sch|[Ii]st|[Bb]in|[Ss]in|[Ss]ind|[Ww]ar|[Ww]aren|[Ww]or)(?![\p{L}])[^.!?,;:]{0,80}?(?:(?<![\p{L}])(?:(?:na|nauf|nei|naus|nunter|nüber|ab|an|auf|aus|ei|mit|vor|zu|weg|um|hin|her|los|rum|rei|rauf|raus|dra|drauf|us|op|eren|zo)?(?:g|ge|je)|ver|be|er|ent|zer)\p{Ll}{2,}(?:t|et|e|en|n|ch|a)|(?<![\p{L}])\p{Ll}{3,}(?:e|en)\s+(?:müen|müesse|müsse|müssen|könne|können|welle|wollen|dürfe|dürfen|solle|sollen))(?=\s*(?:[.!?,;]|$|\s+(?:un|und|ond|awer|aber|wo)\s))/u;

/**
 * "My husband also takes orders, at church and at the store", "my sister Gloria does take orders
 * too": someone close who takes the orders as well tells how it is done today.
 */
const ALSO_TAKES_ORDERS =
  /^(?:and\s+)?(?:my|our)\s+(?:[\p{L}'’-]+\s+){1,2}(?:also\s+|too\s+)?(?:takes|does\s+take|answers|writes\s+down)\s+(?:the\s+)?(?:orders|bookings|calls|messages)\b(?![^.!?]*\b(?:want|wants|need|needs|should|would|app|website)\b)[^.!?]*[.!]?$/iu;

/**
 * Dutch and Flemish, told by their own small words ("een", "het", "niet", "ik", "mijn", "'t"): the
 * past of their commonest strong verbs ("kreeg", "stond", "hadden") and their perfect, "heeft",
 * "is" or "heb" then a participle in "ge-" ("is als winnaar uitgeroepen", "heb mij … geschaamd").
 */
const DUTCH_SAID =
  /(?<![\p{L}])(?:een|het|niet|ik|mijn|mijne|wij|hij|zij|naar|ook|['’]t|ne|den|da['’]s|van|voor|dezelfde|twee|zijn)(?![\p{L}])/iu;
const DUTCH_PAST =
  /(?<![\p{L}])(?:hadden|kreeg|kregen|stond|stonden|ging|gingen|kwam|kwamen|zagen|gaven|riep|riepen|liep|liepen|zeiden|dacht|dachten|moest|moesten|konden|wou|wilde|deed|deden|vond|bleef|schreef|verkocht|kocht|waren|werd|werden)(?![\p{L}])|(?<![\p{L}])(?:heeft|hebben|heb|hebt|is|zijn|ben)(?![\p{L}])[^.!?,;:]{0,60}?(?<![\p{L}])(?:uit|op|aan|af|in|over|door|terug|weg|mee|toe|rond|om)?ge\p{Ll}{2,}(?:d|t|n)(?=\s*(?:[.!?,;]|$|\s+(?:en|maar|want)\s))/iu;

/** Kölsch, told by its own small words ("nit", "hät", "dat", "em"): the past of its commonest verbs ("wor", "hatt", "stundt"). */
const KOLSCH_SAID =
  /(?<![\p{L}])(?:nit|hät|jitt|esu|ming|minge|mer|vun|ävver|dat|em|ene|sing|d['’]r)(?![\p{L}])/iu;
const KOLSCH_PAST = /(?<![\p{L}])(?:wor|wore|hatt|stundt|jing|kräht|sohch)(?![\p{L}])/iu;

/** Whether a sentence, in a language other than English whose tenses are known, tells of the past. */
export function isToldInThePastElsewhere(sentence: string): boolean {
  // ("Adess …", now, tells of today whatever else it says.)
  return (
    (PAST_ELSEWHERE.test(sentence) ||
      GERMANIC_PERFECT.test(sentence) ||
      (DUTCH_SAID.test(sentence) && DUTCH_PAST.test(sentence)) ||
      (KOLSCH_SAID.test(sentence) && KOLSCH_PAST.test(sentence))) &&
    !/(?<![\p{L}])adess(?![\p{L}])/iu.test(sentence)
  );
}

/**
 * "The Latakia man came with his truck and went back empty", "In the war it burned", "He was not
 * sleeping": a sentence whose first verb is said in the past, with no wish in it and nothing
 * said of what always or every time happens. After a story of the past, such a sentence goes on
 * with it.
 */
export function isToldInThePastTense(sentence: string, afterAStory = false): boolean {
  // ("… and on Entry you can't not talk to people": what cannot be done is no wish.)
  if (
    WISH_WORDS.test(sentence.replace(/\bcan['’]?t\b|\bcannot\b/giu, "")) ||
    /\b(?:must|should|always|usually|now)\b/i.test(sentence) ||
    // ("… and every aunty in the kampong knew by lunch": in a story, everyone who heard is no
    // habit; every day, every time are.)
    (afterAStory
      ? /\b(?:every|each)\s+(?:[\p{L}-]+\s+)?(?:day|night|morning|evening|afternoon|week|weekend|month|year|season|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/iu.test(
          sentence,
        )
      : /\b(?:every|each)\b/i.test(sentence))
  )
    return false;
  // ("we printed 120 doti": a word in "-ed" right after who did it is their verb, whatever the
  // tagger made of it.)
  const words = tagWords(sentence);
  const verb = words.find(
    (word, at) =>
      // ("Last fall my cousin minded the store": the season after "last" is no verb.)
      !/^(?:last|this|next|every|that)$/.test(words[at - 1]?.word ?? "") &&
      (word.tag === "verb" ||
        /^(?:was|were|had|did|told|said|(?:did|was|were|had)n['’]t)$/.test(word.word) ||
        hadSaidShort(word.word, words[at + 1]?.word) ||
        (/^[a-z]{3,}ed$/.test(word.word) && /^(?:i|we|he|she|they)$/.test(words[at - 1]?.word ?? "")) ||
        // ("The buyer stopped buying from us": after who did it, a word in "-ed" before what
        // they did is what they did, whatever the tagger made of it.)
        (/^[a-z]{3,}ed$/.test(word.word) &&
          at === 2 &&
          words[0]?.word === "the" &&
          words[1]?.tag === "noun" &&
          words[at + 1]?.tag === "verb")) &&
      // ("Seven people standing in my lot …, and one of them had come over …": in a story, a
      // doing said without "were" sets the scene; the next verb tells.)
      !(
        afterAStory &&
        /^[a-z]{3,}ing$/.test(word.word) &&
        !/^(?:am|is|are|was|were|be|been|'s|'re)$/.test(words[at - 1]?.word ?? "")
      ),
  );
  // ("… I couldn't go in the post office for a week": what could not be done then goes on with it.)
  // (Scots "I couldnae show my face …" says it the same way.)
  if (
    afterAStory &&
    /\b(?:couldn['’]t|could\s+not|couldnae|wouldn['’]t|would\s+not|wouldnae)\b/i.test(sentence)
  )
    return true;
  // ("Last spring I put the urchins of two divers together": after a time gone by, "put" is
  // past; so it is in a story already told: "He wrote about it on a forum. Many runners read it.")
  const pastAsPresent =
    verb !== undefined &&
    /^(?:put|cut|set|hit|let|read|quit|spread|shut|cost)$/.test(verb.word) &&
    (afterAStory || PAST_STORY.test(sentence));
  if (
    verb !== undefined &&
    (/^(?:was|were|had|did|(?:did|was|were|had)n['’]t)$/.test(verb.word) ||
      hadSaidShort(verb.word, words[words.indexOf(verb) + 1]?.word) ||
      isSaidInThePast(verb.word) ||
      pastAsPresent)
  )
    return true;
  // ("That wedding run dry at nine, and the bride's mother wrote to the paper about it": in a
  // story, a past said as the present in many Englishes, then a verb of the past, goes on with it.)
  return (
    afterAStory && words.some((word) => word.tag === "verb" && word !== verb && isSaidInThePast(word.word))
  );
}

/** Whether a sentence tells of something done once, in the past, with no wish in it. */
function isToldInThePast(sentence: string): boolean {
  const told = sentence.slice(sentence.match(STORY_LEAD)?.[0].length ?? 0).match(TOLD_OF_SOMEONE);
  return (
    told !== null &&
    // ("We got eight sellers": "got" is had, in many Englishes, no story.)
    !/^(?:got|gotten)$/.test(told[1]!) &&
    isSaidInThePast(told[1]!) &&
    !WISH_WORDS.test(sentence) &&
    !/\b(?:wanted|needed|asked\s+for|hoped|wished)\b/i.test(sentence)
  );
}

/**
 * "We'd six weans standing out in the yard", "I'd promised a hundred pounds": "'d" before a
 * count, an article or what was done is "had" ("We'd like …" is "would").
 */
function hadSaidShort(word: string, next: string | undefined): boolean {
  return (
    /^(?:i|we|he|she|they|you)['’]d$/.test(word) &&
    next !== undefined &&
    (/^(?:a|an|the|some|no|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d+)$/.test(next) ||
      (/^[a-z]{3,}(?:ed|en)$/.test(next) && !/^(?:need|seen|been)$/.test(next)) ||
      isPastForm(next))
  );
}

/** "When I retired, …", "After we moved here, …": when something happened, then what was done. */
const WHEN_IT_HAPPENED =
  /^(?:(?:and|so|well|then)[,\s]+)?(?:when|after|once)\s+(?:i|we|he|she|they|my\s+[\p{L}-]+|our\s+[\p{L}-]+)\s+([a-z]+)\b[^,;.!?]*,\s*([^;.!?]+)/iu;

/** "Had a fella in Orrell owed me £60 last year": the same story, its time said last. */
const PAST_STORY_ENDING =
  /\b(?:last\s+(?:year|season|summer|winter|spring|autumn|fall|month|week|time)|(?:a\s+(?:few|couple\s+of)|two|three|several)\s+(?:days|weeks|months|years|seasons)\s+ago)\s*[.!]*$/i;

/**
 * "The hall holds 40 tables, and once those are gone, they're gone, the fire marshal was out
 * last year": a rule said first, with last year's story after it as its reason, is the rule.
 */
function ruleBeforeTheStory(sentence: string): boolean {
  const clauses = sentence.split(/,\s+/);
  if (clauses.length < 2) return false;
  const first = clauses[0]!.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  return !first.some(isSaidInThePast) && !/\b(?:was|were|had|did)\b/.test(clauses[0]!.toLowerCase());
}

/**
 * "It's been like that since my grandfather's time, it's so the tractors can get by": how long a
 * rule has stood, and why, said of the rule before; the rule itself is read where it was said.
 */
const ALWAYS_BEEN_SO =
  /^(?:(?:and|but|so)\s+)?(?:it['’]s|it\s+has|that['’]s|that\s+has|it\s+was|that\s+was)\s+(?:always\s+)?been\s+(?:like\s+(?:that|this)|that\s+way|this\s+way|so|the\s+(?:rule|way|custom))\s+(?:since|for|from)\b/iu;

/** "My parents have fished it since the 70s": how long the family has done the work, since a decade or a year. */
const SINCE_A_DECADE =
  /^(?:(?:and|so|well)[,\s]+)?(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:have|has)\s+(?:been\s+)?[a-z]+\s+(?:[^,.;!?]{0,30}?\s)?since\s+(?:the\s+)?(?:['’]?\d0s|(?:19|20)\d\d|sixties|seventies|eighties|nineties)\b/iu;

/**
 * "My family has made cheese for three generations", Asturian "La mio familia fai quesu dende
 * hai tres xeneraciones", Spanish "… desde hace tres generaciones", Piedmontese "… dal temp ëd mè
 * nòno", Hawaiian "… mai ka wā o koʻu kupuna kāne" (since my grandfather's time) and te reo
 * Māori "E toru ngā whakatupuranga o tōku whānau e …" (three generations of my family …), and
 * Breton "… abaoe amzer ma zad-kozh" (since my grandfather's time), Samoan "… talu mai le taimi o
 * lo'u tinamatua" (since my grandmother's time), Shona "… kubva panguva
 * yasekuru vangu" (the same) and "… has been going since nan was a girl": how long the family
 * has done it, a story.
 */
const FOR_GENERATIONS =
  /(?<![\p{L}])(?:kubva\s+panguva\s+ya\s*sekuru|talu\s+mai\s+(?:le\s+)?(?:taimi|aso)\s+o\s+lo['’‘ʻ]?u\s+(?:tinamatua|tamamatua|mātua|matua)|(?:has|have)\s+been\s+[a-z]+ing\s+since\s+(?:my\s+|our\s+)?(?:nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|mum|mam|mom|dad|father|mother)\s+was\s+(?:a\s+)?(?:girl|boy|child|kid|young|little|small|baby)\b|(?:for|dende\s+hai|desde\s+hace|depuis|da|há)\s+(?:[\p{L}\d]+\s+)?(?:generations|xeneraciones|generaciones|générations|generazioni|gerações)|(?:has|have)\s+[a-z]+(?:ed|en|ght|ne)\b[^.;!?]{0,40}\s+since\s+(?:my|our|his|her)\s+(?:great-)*(?:grand)?(?:father|mother|parents|dad|mum|mom|day)s?|dal\s+temp\s+(?:ëd|d['’])\s*(?:mè|mia|nòst|nòstr)\s+(?:nòno|nòna|pare|mare|bisnòno|vej)|mai\s+ka\s+wā\s+o\s+ko[ʻ‘']?u\s+(?:kupuna|kūpuna)|abaoe\s+amzer\s+ma\s+(?:zad-kozh|mamm-gozh|zad|vamm)|^(?:e\s+)?[\p{L}]+\s+ngā\s+whakatupuranga\s+o\s+(?:tōku|tō\s+mātou|tō\s+māua)\s+whānau)(?![\p{L}])/iu;

/**
 * "I've been fixing cars for ten years", Bocas Creole "Twenty year now mi bake pan bon …": how
 * long the person has done the work, a story of them.
 */
const FOR_YEARS =
  /^(?:(?:and|so|well)[,\s]+)?(?:(?:i|we)(?:['’]ve|\s+have)\s+been\s+[a-z]+ing\b[^.;!?]*\bfor\s+(?:(?:\d+|a\s+few|a\s+couple\s+of|several|many|[a-z]+(?:-[a-z]+)?)\s+)?(?:years?|decades?)(?:\s+now)?\s*[.!]*\s*$|(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years?\s+now\s+(?:i|we|mi|wi)\s)/iu;

/** Whether a clause only says how long the person has done the work: "we've been running the club for years". */
export function saysHowLongDone(clause: string): boolean {
  return FOR_YEARS.test(clause.trim());
}

/**
 * "My Bapa started a silver workshop in Celuk in 1985", "we opened in 2009", "Trevor's father
 * started it with two boats in the seventies": how the business began, a story.
 */
const BEGAN_IN_A_YEAR =
  /\b(?:started|founded|opened|began|set\s+up|established|bought|took\s+over|inherited|built)\b[^.!?]*\b(?:in|since|back\s+in)\s+(?:(?:1[89]|20)\d\d\b|the\s+(?:(?:nineteen|eighteen)[\s-])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|the\s+(?:19|18)?[2-9]0['’]?s\b)(?![^.!?]*\b(?:want|wants|need|needs|should|app|website|program)\b)/i;

/**
 * Whether a clause says who the person is and what they run ("and I run the weekly lotto for
 * the club"), with no wish in it: who they are, wherever in a sentence it is said.
 */
export function isIntroduction(clause: string): boolean {
  const trimmed = clause.trim();
  return (
    INTRODUCTION.test(trimmed) &&
    !WISH.test(trimmed) &&
    !/\b(?:should|want|wants|would like|need|needs|must|could|can|will|lets?|helps?)\b/i.test(trimmed)
  );
}

/** "every auto anna has his own rate now, there is …": how things stand, "now" closing the first clause. */
const STANDS_NOW =
  /^(?!(?:and\s+|so\s+|but\s+)?(?:now|right\s+now)\b)[^,.;!?]*\s(?:has|have|is|are|does|do|gets|get|uses|use|keeps|keep)\s[^,.;!?]*\snow\s*,\s*\S/iu;

/** Whether a clause names the paper, the planner or the spreadsheet things are kept in today. */
export function namesTodaysPaper(clause: string): boolean {
  return TODAY_MEDIUM.test(clause);
}

/** Whether a sentence describes how things are done today, or complains about it. */
export function isBackground(sentence: string): boolean {
  // "Everyting come in pon WhatsApp", "mi write it in a school book": English said as spoken is
  // read in its written forms too.
  return (
    isBackgroundAsWritten(sentence) ||
    (saysSpokenOnlyWords(sentence) && isBackgroundAsWritten(asWrittenEnglish(sentence)))
  );
}

function isBackgroundAsWritten(sentence: string): boolean {
  // "(at the moment £2.50 for the first hour, …)": an aside in brackets does not make the sentence about today.
  // ("Last Good Friday, which is the biggest day of the year for a chippy, the big chippy …":
  // nor does one between commas.)
  const trimmed = sentence
    .replace(/\s*\([^()]*\)/g, "")
    .replace(/,\s*which\s+(?:is|was|are|were)\b[^,.;!?]{3,80},/giu, "")
    .trim();
  if (
    THOUGHT_TAKEN_BACK.test(trimmed) ||
    EXPLAINED_TO_AN_OUTSIDER.test(trimmed) ||
    CUSTOMERS_ARRIVE.test(trimmed) ||
    SOMEONE_ELSE_DOES.test(trimmed) ||
    STAYS_WHERE_IT_IS.test(trimmed) ||
    ALWAYS_BEEN_SO.test(trimmed) ||
    ALSO_TAKES_ORDERS.test(trimmed) ||
    ((FOR_GENERATIONS.test(trimmed) || FOR_YEARS.test(trimmed) || SINCE_A_DECADE.test(trimmed)) &&
      !WISH.test(trimmed))
  )
    return true;
  if (WISH.test(trimmed)) return false;
  // Lao writes no stops between its sentences, so a paragraph is read as one: "ສະບາຍດີ … ດຽວນີ້
  // ພວກເຮົາຈົດທຸກຢ່າງໃສ່ປື້ມ …" (hello … now we write everything in a notebook …) says how things
  // are done today wherever its "now" (ດຽວນີ້) stands, unless it wishes (ຢາກ, ຕ້ອງການ).
  if (/\p{Script=Lao}/u.test(trimmed) && /ດຽວນີ້|ຕອນນີ້|ປັດຈຸບັນ/u.test(trimmed) && !/ຢາກ|ຕ້ອງການ/u.test(trimmed))
    return true;
  // "Simply every auto anna has his own rate now, there is one printed fare chart …": how things
  // stand, said with "now" closing the first clause, and more of it after.
  if (STANDS_NOW.test(trimmed)) return true;
  if ((HOW_BIG_IT_IS.test(trimmed) || THE_PLACE_HAS_NONE.test(trimmed)) && !WISH.test(trimmed)) return true;
  if (NAMED_ON_MEETING.test(trimmed.replace(GREETING_FIRST, ""))) return true;
  // "Me dad and me uncle cut and polish Blue John …, same as me granddad did": the family's
  // trade, handed down, is who the person is.
  // ("… longer than anybody can remember": what nobody remembers is no wish.)
  if (
    (FAMILY_TRADE.test(trimmed) || FAMILY_MAKES.test(trimmed)) &&
    !WISH_WORDS.test(trimmed.replace(/\b(?:any|no|some)(?:body|one)\s+can\s+remember\b/giu, ""))
  )
    return true;
  if (
    INTRODUCTION.test(trimmed) &&
    !/\b(?:should|want|wants|would like|need|needs|must|could|can|will|lets?|helps?)\b/i.test(trimmed)
  )
    return true;
  if (
    OPENS_ON_TODAY.test(trimmed) ||
    TODAY_JAPANESE.test(trimmed) ||
    TODAY_CHINESE.test(trimmed) ||
    TODAY_KOREAN.test(trimmed) ||
    TODAY_ARABIC.test(trimmed) ||
    (TODAY_HINDI.test(trimmed) && !WISH_HINDI.test(trimmed)) ||
    (TODAY_OPENING_ELSEWHERE.test(trimmed) &&
      !WISH_OPENED_ON_TODAY.test(trimmed) &&
      !WISH_ELSEWHERE_TOO.test(trimmed))
  )
    return true;
  // "a register book that nobody can search": what cannot be done today is no wish.
  const wishes = WISH_WORDS.test(
    // ("… pay when they can": what others do as they are able is no wish either.)
    trimmed.replace(
      /\b(?:nobody|no\s+one|noone|never)\s+can\b|\bcan['’]?t\b|\b(?:when|if|as\s+soon\s+as)\s+(?:they|he|she|you)\s+can\b/gi,
      "",
    ),
  );
  // ("If a kid is sick, parents text me by 8": who gets told, and how, on a condition is a rule.)
  const toldOnACondition =
    /^(?:if|unless|whenever|when)\s/iu.test(trimmed) &&
    !TODAY_MEDIUM.test(
      trimmed.replace(/\b(?:email|e-mail|text|ring|phone|call|dm|message|whatsapp)\s+(?:me|us)\b/giu, ""),
    );
  if (
    ((TODAY_MEDIUM.test(trimmed) && !toldOnACondition) ||
      PRODUCT_IN_USE.test(trimmed) ||
      HAS_ITS_OWN_PLACE.test(trimmed)) &&
    !wishes
  )
    return true;
  if (TODAY_MEDIUM_ELSEWHERE.test(trimmed) && !WISH_ELSEWHERE.test(trimmed)) return true;
  if (
    MENTIONS_TODAY.test(trimmed) &&
    !/\b(?:should|will|want|wants|would like|needs? to|must)\b/i.test(trimmed)
  )
    return true;
  if (COMPLAINT_KOREAN.test(trimmed) && !WISH_KOREAN.test(trimmed)) return true;
  if (COMPLAINT_BENGALI.test(trimmed) && !WISH_BENGALI.test(trimmed)) return true;
  if (TODAY_SAID_PLAINLY.some((shape) => shape.test(trimmed)) && !wishes) return true;
  if (
    (PAST_STORY.test(trimmed) ||
      TOLD_SOMEONE_ONCE.test(trimmed) ||
      (PAST_STORY_ENDING.test(trimmed) && !ruleBeforeTheStory(trimmed)) ||
      SOMEONE_ONCE.test(trimmed) ||
      BEGAN_IN_A_YEAR.test(trimmed)) &&
    !wishesInAStory(trimmed)
  )
    return true;
  if (isToldInThePast(trimmed)) return true;
  // "When I retired, me and the wife turned the old byre into a wee observatory": when it
  // happened, itself told in the past, then what was done then.
  const whenItHappened = trimmed.match(WHEN_IT_HAPPENED);
  if (
    whenItHappened &&
    (isSaidInThePast(whenItHappened[1]!) || /^[a-z]{3,}ed$/.test(whenItHappened[1]!)) &&
    // (What follows ", and …" or ", because …" is told for its own sake.)
    isToldInThePastTense(whenItHappened[2]!.split(/,\s*(?:and|but|because|so|as)\s/iu)[0]!)
  )
    return true;
  // "In the festive season last year we promised 300 birds to two marketeers": when it was,
  // said before who did it, opens a story as "Last year …" does.
  // ("The week before Easter last year I'd promised …": the time said without a preposition.)
  const setLastTime = trimmed.match(
    /^(?:(?:in|on|at|during|over)\s+|(?=the\s+(?:week|weekend|day|night|month|morning|evening)\s+(?:before|after)\s))(?:the\s+)?(?:[\p{L}-]+\s+){1,3}(?:last|this\s+past)\s+(?:year|season|month|week|summer|winter|spring|autumn|fall)\s*,?\s+(?:i|we|he|she|they)(?:['’]d|\s+had)?\s+([a-z]+)/iu,
  );
  if (setLastTime && isSaidInThePast(setLastTime[1]!) && !WISH_WORDS.test(trimmed)) return true;
  // "Sometime student say he pay already for one month, but no have in notebook": a quarrel
  // over what was said, as it happens today, is why the software is wanted.
  if (
    /^(?:sometimes?|often|every\s+(?:now\s+and\s+then|so\s+often))\s+(?:a\s+|the\s+|some\s+)?[\p{L}-]+\s+(?:say|says|said|claim|claims|tell|tells|swear|swears)\s+(?:(?:that|dat)\s+)?(?:he|she|they|we|i)\b/iu.test(
      trimmed,
    )
  )
    return true;
  // "no more than 15 orders in a slot, else it's chaos": what would happen otherwise says why a rule is kept.
  return COMPLAINT.test(trimmed.replace(/,?\s*(?:else|otherwise|or\s+else)\b.*$/i, ""));
}

/** "G'day, ", "Hiya! ": a greeting before the person says who they are. */
const GREETING_FIRST =
  /^(?:(?:so|well|ok|okay|right|hi|hello|hiya|hey|g['’]day|howdy|morning|evening)[,\s!]+)+/iu;

/**
 * "I'm Leanne Daly, secretary of the club": the person's first and last name, with a capital
 * each (read with case, so "I'm building the backend, …" names no one), then what they are;
 * "Gary Attwooll, from Portland, …", "Dennis Athearn, born and raised on the Vineyard, …" and "Sam,
 * dev on the island, …" say it without "I'm".
 */
const NAMED_ON_MEETING =
  /^(?:(?:[Ii]['’]?m|I\s+am)\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*,|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|My)\b)\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]+\s*,\s*(?:from|here\s+in|in|born(?:\s+and\s+(?:raised|bred))?\s+(?:on|in)(?:\s+the)?)\s+\p{Lu}[^.!?]*[.!]?$|\p{L}\p{Ll}+\s*,\s*(?:an?\s+)?(?:dev|developer|programmer|coder|software\s+engineer)\s+(?:on|in|at|from)\b)/u;

/**
 * "There are no cars on Sark, not a one: you walk, or you cycle, …": what the place the person
 * lives in has not, and how people get on without it, is the place as it is, no wish; so is
 * "no cars here, only donkeys". ("There's no burials on Decoration Day" is a rule of a day, not
 * a place.)
 */
export const THE_PLACE_HAS_NONE =
  /^[Nn]o\s+[\p{L}-]+\s+(?:here|on\s+the\s+island|in\s+(?:town|the\s+village))\s*,\s*only\s+[\p{L}-]+|^(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Ww]ell)[,\s]+)?[Tt]here(?:['’]s|\s+is|\s+are)\s+no\s+[\p{L}-]+\s+(?:on|in)\s+(?:the\s+)?(?!(?:[\p{L}'’-]+\s+)?(?:[\p{L}'’-]*[Dd]ays?|Eve|Christmas|Easter|Lent|Advent|Ramadan|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:[,:;]|$)/u;

/**
 * "We get about 350 runners, most of them over on the ferry", "We do about 1,000 birds a
 * batch", "My daddy keeps about 400 hives", "There's eleven of us in the association", "Saba is
 * five square miles": how big the work or the place is, said with a rough count, tells who the
 * person is; a limit said with "up to" or "at most" is a rule, and what is made ("We make about
 * 1,500 bowls") may be one, so both are read as before.
 */
const HOW_BIG_IT_IS =
  /^(?:(?:and|so|but|well)[,\s]+)?(?:(?:(?:we|i)\s*(?:get|have|['’]ve\s+got|see|do|serve|host|look\s+after|keep|run)|(?:my|our)\s+[\p{L}-]+\s+(?:keeps|has|runs|looks\s+after|milks|grows))\s+(?:about|around|roughly|nearly|almost|over|some|maybe|like|more\s+than)\s+(?:\d[\d,.]*|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few)(?:\s+and\s+a\s+half)?\s+(?:hundred|thousand))\s+[\p{L}-]+|there(?:['’]s|\s+is|\s+are)\s+(?:about\s+|only\s+|just\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty)\s+of\s+us\s+(?:in|on|at)\s+(?:the|our)\s+[\p{L}-]+|[\p{L}-]+\s+is\s+(?:about\s+|only\s+|just\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a\s+hundred)\s+square\s+(?:miles|kilometres|kilometers|km)\b)/iu;

/** The ways orders and messages come in, borrowed under much the same names by most languages. */
const CHANNEL =
  /(?<![\p{L}])(telef\p{L}*|tel[eèé]f[oòó]n\p{L}*|whatsapp\p{L}*|e-?mail\p{L}*|sms|excel\p{L}*|facebook|messenger|instagram|viber|telegram)(?![\p{L}])/giu;

/** Words that name the software wished for: a sentence with one of them asks, it does not tell. */
const SOFTWARE_NAMED =
  /(?<![\p{L}])(?:app\p{L}*|aplik\p{L}*|applic\p{L}*|program\p{L}*|sito|site|sajt|web\p{L}*|сайт|сајт|прилож\p{L}*|програм\p{L}*|սայթ)(?![\p{L}])/iu;

/**
 * "Como sos òrdines arrivant a telèfonu e in WhatsApp, e deo los iscrio in unu cuadernu": two
 * ways of getting in touch or keeping lists named in one sentence, and no software named, tell
 * how the work is done today in any language. Read so only where the languages' own words are
 * not known, and never in the walkthrough, where "book by phone or WhatsApp" is a rule.
 */
export function namesTodaysChannels(sentence: string): boolean {
  // (A paragraph read as one sentence, in a script whose stops are not known, tells more than today.)
  if (SOFTWARE_NAMED.test(sentence) || sentence.split(/\s+/).length > 35) return false;
  const named = new Set([...sentence.matchAll(CHANNEL)].map((found) => found[1]!.toLowerCase().slice(0, 5)));
  return named.size >= 2;
}
