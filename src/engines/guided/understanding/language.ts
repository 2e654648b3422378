import { unknownToEnglish } from "../language/context-tags.js";
import { createMemo } from "../language/memo.js";

/**
 * Whether a text is written in English. The interviewer's grammar (which word is a
 * verb, which a noun) is English; in another language it keeps the person's sentences
 * whole instead of taking them apart.
 *
 * Told by function words, the words every sentence of a language is full of. Words that
 * are function words in English too ("to", "do", "in", "a", "we", "is") are left out of
 * the other languages' list, so they never count against English. A list of things
 * ("Produkty (nazwa, kod kreskowy)") may hold no function word at all; it is then read
 * in the language of the rest of the interview (`otherwise`).
 */
const ENGLISH = new Set(
  "the a an and or to of in on for with is are it i we you they my our their that this can will want need have has be do".split(
    " ",
  ),
);
const OTHER = new Set(
  [
    // Spanish, French, German, Italian, Portuguese
    "el la los las un una y o de del en para con es son que mi mis por se lo le les du des et ou est sont pour avec der die das und oder ist sind mit für ein eine il di che per non ho não uma com já então pelo pela pelos pelas nas num numa dos das ao aos às também muito tá pra pro eu ela nós vocês seu sua isso esse essa esta mas quando mais",
    // German beyond the commonest (words English writes too, "so", "was", "bin", "man", "hat",
    // "will", "also", "war", "fast", left out), and Swabian's own ("ond", "isch", "ned", "koi")
    "ich wir nicht auch mein meine meinen unser unsere ohne aber wenn dass auf bei nach vom zum zur sich noch nur schon wie ond isch ned koi koiner oiner älles ällweil dahoim bloß",
    // Dutch
    "het een en van voor wij niet ook maar dat wat naar bij als zijn hebben wordt worden moeten kunnen willen onze",
    // Polish
    "w z na nie się jest są że od dla jak czy przez oraz tak już żeby który która które nasz naszej naszym",
    // Swedish, Danish, Norwegian
    "och att är på för med inte som vi jag av till har ska vill ett den det og ikke jeg af vår vårt våra",
    // Turkish
    "ve bir bu için ile çok gibi daha sonra olarak var yok ama mı mi da ise",
    // Czech
    "je se že pro jsou ale jak který která které když také jsme nebo jen v na s z k od po ze",
    // Romanian
    "și în cu pe nu că este sunt pentru mai care fără sau iar dacă",
    // Hungarian
    "az és hogy nem egy van meg ha ami már vagy mert csak minden ahol amit aki ez azt kell lehet pedig mint még szeretnék szeretnénk",
    // Catalan
    "els les amb per perquè és són hi ho al del dels cap uns aquest això ens també quan però sense molt",
    // Finnish
    "ja ei että ovat kun jos tai mutta myös jotka joka mikä missä kuin niin vain sen hän meidän jossa olla oli ole eikä eivät mitä",
    // Croatian, Serbian, Bosnian, Slovene
    "je su da ne za od sa koji koja koje što ali ili kao smo nam treba ga ih te pa sve kad ako",
    // Slovak, Estonian
    "sa pre ako ktorý ktorá ktoré sú alebo aj keď mis kui aga ka või oma meie peab pole",
    // Indonesian, Malay
    "dan yang di ke dari untuk dengan ini itu tidak ada kami kita saya akan bisa juga atau tapi sudah mau pakai",
    // Icelandic, Lithuanian, Latvian, Slovenian
    "að er við um sem ekki fyrir frá til það hún þau eða þegar yra kad iš bet kai kuris kuri mes jūs jie tai ir un ka uz vai kas mēs pri tudi",
    // Vietnamese, Swahili
    "của tôi có và là cho để thì khi này được không những các một với trong từ đã sẽ đang cũng nhưng hay hoặc ya wa kwa ni za katika kama lakini hii hiyo sisi wao",
    // Greek
    "και το η ο τα των να με για σε δεν που είναι θα στο στη της του μας από",
    // Corsican, Sicilian
    "hè ùn micca cù chì sò dinù ogni nant pi nun nta nto cchiù sunnu havi iu chissu chista comu quannu ccà ddà",
    // Irish
    "agus na sa ag ar leis tá níl bhí muid siad sé sí iad ach nó chuig ó faoi atá chuile gan seo sin againn orthu",
    // Welsh, Afrikaans
    "yr mae yn ei ac ond hefyd sydd ydy wedi ein eich nhw hyn hynny gan gyda rhaid nie ons ek jy hulle vir wat word nog baie",
    // Papiamentu
    "ku nan esei ta pa tin tur ki kaminda awor tampoko mester",
    // Cebuano, Tagalog
    "ang mga nga ug og kay akong among ako kami sila siya naa wala dili ayaw kung mao",
    // Tok Pisin
    "bilong mipela yumi olgeta wanpela sapos tasol pinis",
    // Malagasy
    "ny sy dia amin izay tsy ary fa ho izao io ireo azy isaky ao ka mba koa raha rehefa aho izahay isika izy hoe ireny rehetra",
    // Faroese, Scottish Gaelic (words English writes too, "air", "sum", "don", left out)
    "og tað vit ikki við hjá tey hava á í fyri ella nú eru hann okkum okkara agus tha aig gach chan eil bha sinn seo cha bhi dhan",
    // Luxembourgish, Javanese (words English writes too, "well", "net", "sing", left out)
    "déi vun och awer ech mir mer eis äis hien sinn hunn keng wann dann nach ouni wéi ewech loosse kuwi iku karo ora saiki arep aku awakdhewe dudu utawa yen ning neng kanggo saka uga isih wae",
    // Wolof, West Frisian (words English writes too, "am", "la", "wol", left out)
    "yi bi ci ak ñu ñoo dañuy dañu loolu sunu du bul ko walla rekk lépp léegi nekk bu ngir te ik wy hawwe ús dêr wurde moatte binne dy hiene",
    // Tetum, Sranan (words Caribbean Englishes write too, "den", "gi", "yu", "wi", left out; "no",
    // Tetum's "and" and Sranan's "not", too)
    "iha ami husi sira hotu mak idak seidauk ona keta tenke nian hela halo ita nu'udar fu nanga noso ibri efu kaba sondro disi dati furu bun",
    // Lingala, Quechua
    "mpe oyo biso bango ezali tozali nini moko lisusu bato chay ñuqa ñuqayku manam sapanka chaymanta kaypi",
    // Neapolitan
    "ogne tene teneno nun chesto chesta chello chella chisto chista chillo chilla ncopp assaje nuje vuje stu nu ca accussì pecché",
    // Shona
    "uye asi kana chete yedu wedu redu kwete iyi ichi izvi izvozvo zvese kubva kusvika muna hapana ndinoda tinoda ndeiyi mose vangu wangu yangu",
    // Hausa (words English writes too, "don", "nan", "ina" as a name, left out)
    "yana tana suna wannan wancan namu kuma mana kowane kowace daga zuwa kafin muke shi ita mu ku ba ne ce cikin kan idan amma ko domin sai tun yadda akwai babu",
  ]
    .join(" ")
    .split(" "),
);

/** Whether a word is one of the small words of a language other than English: "ang", "der", "ku". */
export function isFunctionWordElsewhere(word: string): boolean {
  const lower = word.toLowerCase();
  return OTHER.has(lower) && !ENGLISH.has(lower);
}

/** How many English and how many other-language function words a text holds. */
function functionWords(text: string): { english: number; other: number } {
  // "client's", "it's", "don't": English's endings after an apostrophe are no words of their
  // own (read alone, the "s" is Czech and Slovak for "with").
  const words = text.replace(/(?<=\p{L})['’](?:s|t|d|ll|re|ve|m)(?!\p{L})/giu, "").match(/\p{L}+/gu) ?? [];
  let english = 0;
  let other = 0;
  for (const written of words) {
    const word = written.toLowerCase();
    // English writes "I" as a capital; a lower-case "i" is Polish or Italian for "and" or "the".
    if (ENGLISH.has(word) && written !== "i") english++;
    if (OTHER.has(word)) other++;
  }
  return { english, other };
}

/**
 * Whether a text is English; `otherwise` when it holds no function word of any language.
 * A text written mostly in another script (Greek, Cyrillic, Arabic, Chinese …) is not,
 * whichever of its words are known.
 */
export function isEnglish(text: string, otherwise = true): boolean {
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters - latin > latin) return false;
  const { english, other } = functionWords(text);
  // (Only where no other language's small words say which: one listed here is read by them.)
  if (other <= 1 && mostlyUnknownWords(text, english)) return false;
  // None known either way: letters English does not write ("Tólið", "phần mềm") tell.
  if (english === 0 && other === 0) return letters - asciiLetters(text) >= 3 ? false : otherwise;
  return english >= other;
}

/**
 * Whether most of a text's words are unknown to English and few of them are English's small
 * words: a language whose small words are not listed here ("Jede Partei hot en Nama …",
 * "Hatitengesi paSvondo …") would otherwise be read as English by its "a" or its "en". English
 * is never so: its small words alone are a fifth of what it says, and its other words, however
 * spelt, are known. Only words of three letters or more in small letters count (names are
 * unknown in any language), and only a text with eight of them at least is judged.
 */
function mostlyUnknownWords(text: string, englishSmallWords: number): boolean {
  const words = text.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? [];
  const judged = words.filter((word) => word.length >= 3 && !/^\p{Lu}/u.test(word));
  if (judged.length < 8 || englishSmallWords >= words.length * 0.15) return false;
  return unknownWords.get(judged.join(" "), () => unknownToEnglish(judged)) >= 0.7;
}

/** The share of unknown words of the texts judged lately. */
const unknownWords = createMemo<number>(4096);

/**
 * Whether a text is plainly in another language: two of its small words at least, and more
 * than its English ones. "Track volunteer hours per month" holds one ("per"), and is English.
 */
export function isPlainlyElsewhere(text: string): boolean {
  const { english, other } = functionWords(text);
  return other >= 2 && other > english;
}

function asciiLetters(text: string): number {
  return (text.match(/[A-Za-z]/g) ?? []).length;
}

/** Words only Tetum writes: "iha" (in, has), "husi" (from), "sira" (the plural), "ne'e" (this), "de'it" (only). */
const TETUM_WORDS =
  /(?<![\p{L}\p{M}])(?:iha|husi|sira|ne['’]e|de['’]it|ida-idak|seidauk|hotu|ha['’]u|ami-nia|la['’]ós)(?![\p{L}\p{M}])/giu;

/**
 * Whether a text is Tetum, whose "no" is "and" ("naran no loron", the name and the day): two of
 * its own words at least.
 */
export function readsAsTetum(text: string): boolean {
  return (text.match(TETUM_WORDS) ?? []).length >= 2;
}
