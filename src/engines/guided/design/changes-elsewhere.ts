import { turkmenStem } from "../understanding/records-elsewhere.js";

/**
 * How other languages say a change to the records, put as the plain English the edits read
 * ("put the X on the Y", "take the X off the Y", "remove X", "rename X to Y").
 *
 * Each language's way is one entry: the words it says the change in, with the field and the
 * thing caught by name (`field`, `thing`, and for a rename `from` and `to`), and what the
 * change means. Word order, and whether "on" and "off" are words of their own or endings
 * written onto the thing's name, are the language's; what the change means is the same in
 * all of them.
 */

type Meaning = "put on" | "take off" | "remove" | "rename" | "swap" | "new thing";

interface ChangeElsewhere {
  /** The language, for the reader. */
  language: string;
  said: RegExp;
  means: Meaning;
  /** Whether a determiner follows the word it goes with, to be left off the names ("chofè yo"). */
  determinerAfter?: true;
  /** The thing's name as it is said on its own, where a word before it changes it ("ku mafishi", the amafishi). */
  asSaidAlone?: (name: string) => string;
  /** The language's "and" between two fields put on at once (Igbo "na"), said as English's. */
  and?: RegExp;
}

/**
 * Kinyarwanda drops a noun's first vowel after "ku" (to, on) and "mu" (in): "ku mafishi" is
 * said of the "amafishi", "ku bakiriya" of the "abakiriya", "mu bikoresho" of the "ibikoresho".
 */
function withKinyarwandaVowel(name: string): string {
  if (/^[aeiou]/iu.test(name)) return name;
  if (/^(?:ma|ba|ka|ga)/iu.test(name)) return `a${name}`;
  if (/^(?:mu|ru|bu)/iu.test(name)) return `u${name}`;
  return `i${name}`;
}

/** Words a determiner may leave at the end of a name where it follows the word (Haitian "chofè yo"). */
const TRAILING_DETERMINER = /\s+(?:yo|la|a|an|lan|nan|tou)$/iu;

const CHANGES_ELSEWHERE: readonly ChangeElsewhere[] = [
  // Aragonese "Una cosa mas: metetz a hora en as comandas, que …" (one more thing: put the hour
  // on the orders, because …), "quitatz o telefono d'os clients" (take the phone off the clients).
  {
    language: "Aragonese",
    said: /^(?:[^:]{1,40}:\s*)?(?:y\s+)?(?:metetz|meta|mete|metez|posatz|posa|adibitz|adibe)\s+(?:tamién\s+)?(?:(?:o|a|os|as|l['’])\s*)?(?<field>[^,.!]+?)\s+(?:en|a|ta)\s+(?:(?:os|as|o|a|l['’])\s*)?(?<thing>[\p{L}\p{M}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Aragonese",
    said: /^(?:[^:]{1,40}:\s*)?(?:y\s+)?(?:quitatz|quita|sacatz|saca)\s+(?:(?:o|a|os|as|l['’])\s*)?(?<field>[^,.!]+?)\s+(?:d['’]os|d['’]as|d['’]o|d['’]a|de)\s+(?<thing>[\p{L}\p{M}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Ilocano "Maysa pay: ikabilyo ti tawen ti basi kadagiti order" (one more: put the basi's year
  // on the orders), "ikkatenyo ti address kadagiti gumatang" (take the address off the buyers).
  {
    language: "Ilocano",
    said: /^(?:[^:]{1,40}:\s*)?(?:ket\s+)?(?:ikabil|ikabilyo|ikabilmo|inayon|inayonyo|inayonmo|isuratyo|isuratmo)\s+(?:met\s+)?(?:ti\s+)?(?<field>[^,.!]+?)\s+(?:kadagiti|iti)\s+(?<thing>[\p{L}\p{M}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Ilocano",
    said: /^(?:[^:]{1,40}:\s*)?(?:ket\s+)?(?:ikkatenyo|ikkatem|ikkaten|ikkatyo)\s+(?:met\s+)?(?:ti\s+)?(?<field>[^,.!]+?)\s+(?:kadagiti|iti)\s+(?<thing>[\p{L}\p{M}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Kapampangan "Metung pa: isulat yu pa ing kule ning capiz kareng order" (one more: write the
  // colour of the capiz on the orders too), "ikua yu ing address kareng customer" (take the
  // address off the customers).
  {
    language: "Kapampangan",
    said: /^(?:[^:]{1,40}:\s*)?(?:at\s+)?(?:isulat|ibili|ibiye|idagdag|ipamin|ilagay)(?:\s+yu|\s+mu)?(?:\s+pa)?\s+(?:ing\s+|deng\s+)?(?<field>[^,.!]+?)\s+(?:kareng|king|keng|karing)\s+(?<thing>[\p{L}\p{M}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Kapampangan",
    said: /^(?:[^:]{1,40}:\s*)?(?:at\s+)?(?:ikua|alisan|ilako|buran)(?:\s+yu|\s+mu)?(?:\s+pa)?\s+(?:ing\s+|deng\s+)?(?<field>[^,.!]+?)\s+(?:kareng|king|keng|karing)\s+(?<thing>[\p{L}\p{M}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Kinyarwanda "Ikintu kimwe: mwongere essence irimo ku mafishi" (one thing: add the fuel in it
  // to the job cards), "mukure telefone ku bakanishi" (take the phone off the mechanics).
  {
    language: "Kinyarwanda",
    said: /^(?:[^:]{1,40}:\s*)?(?:mwongere|mwongereho|ongera|ongeraho|mushyire|mushyireho|shyira|shyiraho)\s+(?<field>[^,.!]+?)(?:\s+(?:irimo|rimo|ririmo|zirimo))?\s+(?:ku|kuri|mu)\s+(?<thing>[\p{L}\p{M}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
    asSaidAlone: withKinyarwandaVowel,
  },
  {
    language: "Kinyarwanda",
    said: /^(?:[^:]{1,40}:\s*)?(?:mukure|mukureho|kura|kuraho|mukuremo|kuramo)\s+(?<field>[^,.!]+?)\s+(?:ku|kuri|mu)\s+(?<thing>[\p{L}\p{M}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
    asSaidAlone: withKinyarwandaVowel,
  },
  // Hausa "Abu daya: a saka nauyi a cikin raguna" (one thing: put the weight in the rams), "a
  // cire unguwa daga masu saye" (take the area off the buyers); "kar ku saka" (don't put) is a "no".
  {
    language: "Hausa",
    said: /^(?:[^:]{1,40}:\s*)?(?:(?:a|ku|don\s+allah\s+ku)\s+)?(?:saka|sa|kara|ƙara)\s+(?<field>[^,.!]+?)\s+(?:a\s+cikin|a\s+kan|cikin|a|ga)\s+(?<thing>[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)?)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Hausa",
    said: /^(?:[^:]{1,40}:\s*)?(?:(?:a|ku|don\s+allah\s+ku)\s+)?cire\s+(?<field>[^,.!]+?)\s+(?:daga\s+(?:cikin\s+)?|a\s+cikin\s+)(?<thing>[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)?)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Tatar "Клиентлардан электрон почтаны алып ташлагыз" (take the email off the customers), "Ә
  // язылуларда машина номеры да булсын" (and on the bookings let there be the car number too):
  // "from" (-дан) and "on" (-да) written onto the thing, "-ны" onto the field taken off.
  {
    language: "Tatar",
    said: /^(?:ә\s+|һәм\s+)?(?<thing>\p{Script=Cyrillic}+?)(?:дан|дән|тан|тән|нан|нән)\s+(?<field>.+?)(?:ны|не)?\s+(?:алып\s+ташлагыз|алып\s+ташлыйк|алыгыз|бетерегез|сызыгыз)(?=[\s,.!]|$).*$/iu,
    means: "take off",
  },
  {
    language: "Tatar",
    said: /^(?:ә\s+|һәм\s+)?(?<thing>\p{Script=Cyrillic}+?)(?:да|дә|та|тә)\s+(?<field>.+?)\s+(?:(?:да|дә)\s+)?(?:булсын|өстәгез|кертегез|языгыз)(?=[\s,.!]|$).*$/iu,
    means: "put on",
  },
  // "કારીગરમાંથી ગામ કાઢી નાખો" (take the village out of the karigars), "વેપારીમાં ટ્રાન્સપોર્ટ પણ
  // ઉમેરો" (add the transport to the traders too): "-માંથી" (out of) and "-માં" (in) on the thing.
  {
    language: "Gujarati",
    said: /^(?:અને\s+)?(?<thing>\S+?)માંથી\s+(?<field>.+?)\s+(?:કાઢી\s+(?:નાખો|નાંખો|દો)|કાઢો)(?=[\s,.!]|$).*$/u,
    means: "take off",
  },
  {
    language: "Gujarati",
    said: /^(?:અને\s+)?(?<thing>\S+?)(?:માં|ને)\s+(?<field>.+?)\s+(?:પણ\s+)?ઉમેરો(?=[\s,.!]|$).*$/u,
    means: "put on",
  },
  // "ਬੱਸ ਡੀਜ਼ਲ ਵਾਲਾ ਹਟਾ ਦਿਓ" (just take the diesel one away).
  {
    language: "Punjabi",
    said: /^(?:ਬੱਸ\s+)?(?<field>\S+)\s+(?:ਵਾਲਾ\s+|ਵਾਲੀ\s+|ਵਾਲੇ\s+)?ਹਟਾ\s+ਦਿਓ(?=[\s,.!।]|$).*$/u,
    means: "remove",
  },
  // "Tangtanga ang lahi sa anay" (take the breed off the sows), "Ug sa baligya, ibutang pud ang
  // cellphone number sa pumapalit" (and on the sales, put the buyer's cellphone number too),
  // "ibutang ang X sa Y" (put X on Y).
  {
    language: "Cebuano",
    said: /^(?:ug\s+)?(?:tangtanga|tangtangi|kuhaa|wagtanga)\s+(?:ang\s+)?(?<field>.+?)\s+sa\s+(?:mga\s+)?(?<thing>\S+?)(?=[\s,.!]|$).*$/iu,
    means: "take off",
  },
  {
    language: "Cebuano",
    said: /^(?:ug\s+)?sa\s+(?:mga\s+)?(?<thing>\S+?),\s*(?:ibutang|ibutangi|idugang|dugangi)\s+(?:(?:pud|sab|usab|pod)\s+)?(?:ang\s+)?(?<field>.+?)(?:\s+sa\s+\S+)?(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Cebuano",
    said: /^(?:ug\s+)?(?:ibutang|idugang)\s+(?:(?:pud|sab|usab|pod)\s+)?(?:ang\s+)?(?<field>.+?)\s+sa\s+(?:mga\s+)?(?<thing>\S+?)(?=[\s,.!]|$).*$/iu,
    means: "put on",
  },
  // "Plis putim nem bilong papamama tu long sikman" (please put the parents' name on the
  // patients too), "rausim X long Y" (take X off Y).
  {
    language: "Tok Pisin",
    said: /^(?:plis\s+)?putim\s+(?<field>.+?)\s+(?:tu\s+)?long\s+(?:ol\s+)?(?<thing>\S+?)(?=[\s,.!]|$).*$/iu,
    means: "put on",
  },
  {
    language: "Tok Pisin",
    said: /^(?:plis\s+)?rausim\s+(?<field>.+?)\s+long\s+(?:ol\s+)?(?<thing>\S+?)(?=[\s,.!]|$).*$/iu,
    means: "take off",
  },
  // "ఫీడింగ్ లో సూపర్వైజర్ పేరు కూడా పెట్టండి" (put the supervisor's name on the feedings too),
  // "చెరువుల నుంచి ఎకరాలు తీసేయండి" (take the acres off the ponds).
  {
    language: "Telugu",
    said: /^(?<thing>\S+?)\s*(?:లో|కి|కు)\s+(?<field>.+?)\s+(?:కూడా\s+)?(?:పెట్టండి|చేర్చండి|యాడ్\s+చేయండి)(?=[\s,.!]|$).*$/u,
    means: "put on",
  },
  {
    language: "Telugu",
    said: /^(?<thing>\S+?)\s*(?:నుంచి|నుండి|లో\s*నుంచి)\s+(?<field>.+?)\s+(?:తీసేయండి|తీసివేయండి|తొలగించండి)(?=[\s,.!]|$).*$/u,
    means: "take off",
  },
  // "Rud amháin: athraigh an t-ainm 'Teaghlaigh' go 'Tithe'" (one thing: change the name
  // 'Families' to 'Houses').
  {
    language: "Irish",
    said: /^(?:[^:]{1,40}:\s*)?athraigh\s+(?:an\s+t-ainm\s+(?:ar\s+)?)?['"‘’“”]?(?<from>[^'"‘’“”,.]+?)['"‘’“”]?\s+go\s+(?:dtí\s+)?['"‘’“”]?(?<to>[^'"‘’“”,.!]+?)['"‘’“”]?(?=[\s,.!]|$).*$/iu,
    means: "rename",
  },
  // Hawaiian "E hoʻokomo i ka poi hou a i ʻole ʻawaʻawa ma nā kauoha" (put the fresh or sour poi
  // on the orders), "E lawe i ka lā kanu mai nā loʻi aku" (take the planting date off the patches).
  {
    language: "Hawaiian",
    said: /^(?:e\s+)?(?:ho[ʻ‘']?okomo|kau|ho[ʻ‘']?ohui)\s+(?:i\s+)?(?:(?:ka|ke|nā)\s+)?(?<field>.+?)\s+ma\s+(?:(?:ka|ke|nā)\s+)?(?<thing>[^,.!]+?)(?=[,.!]|\s+no\s+ka\s+mea|$).*$/iu,
    means: "put on",
  },
  {
    language: "Hawaiian",
    said: /^(?:e\s+)?(?:lawe|wehe)\s+(?:i\s+)?(?:(?:ka|ke|nā)\s+)?(?<field>.+?)\s+mai\s+(?:(?:ka|ke|nā)\s+)?(?<thing>[^,.!]+?)(?:\s+aku|\s+mai)?(?=[,.!]|$).*$/iu,
    means: "take off",
  },
  // "Neħħi l-indirizz mill-membri" (take the address off the members), "U żid id-data
  // tat-twelid mal-membri" (and add the date of birth to the members): the "the" joined to
  // each word with a hyphen.
  {
    language: "Maltese",
    said: /^(?:u\s+)?neħħi\s+(?:i?[lnrstdxżzċ]-)?(?<field>.+?)\s+mi?ll?-(?<thing>\p{L}+)(?=[\s,.!]|$).*$/iu,
    means: "take off",
  },
  {
    language: "Maltese",
    said: /^(?:u\s+)?żid\s+(?:i?[lnrstdxżzċ]-)?(?<field>.+?)\s+(?:mal-|lill-|għall-|fuq\s+il-)(?<thing>\p{L}+)(?=[\s,.!]|$).*$/iu,
    means: "put on",
  },
  // "भाग कार्यकर्त्यांवरून काढून देणगीदारांवर टाका" (take the area off the workers and put it on
  // the donors), "देणगीदारांवर PAN नंबर पण टाका" (put the PAN number on the donors too): "from
  // on" (-वरून) and "on" (-वर) written onto the thing's name.
  {
    language: "Marathi",
    said: /^(?:[^:]{1,40}:\s*)?(?<field>.+?)\s+(?<thing>\S+?)वरून\s+(?:काढून|काढा)(?:\s+(?<to>\S+?)वर\s+(?:टाका|ठेवा|घाला))?(?=[\s,.!]|$).*$/u,
    means: "take off",
  },
  {
    language: "Marathi",
    said: /^(?:आणि\s+)?(?<thing>\S+?)वर\s+(?<field>.+?)\s+(?:पण\s+)?(?:टाका|घाला|ठेवा)(?=[\s,.!]|$).*$/u,
    means: "put on",
  },
  // Neapolitan "Levate 'o telefono ê clienti" (take the phone off the customers), "Levate
  // ll'email d' 'e clienti", "Mettite 'a data ncopp' all'ordini" (put the date on the orders),
  // "mettite 'e foto 'ncopp' a ll'ordine", and Italian "togliete il telefono dai
  // clienti", "aggiungete la data agli ordini": the articles written with an apostrophe, "to the"
  // and "from the" written onto one word ("ê", "all'", "dai"); Italian "metti il nome del cuoco
  // sui ristoranti" and Venetian "metì anca el nome del cogo sui ristoranti", "on the" one word too;
  // Lombard "Amò öna roba: metì ol pés sö i forme" (one more thing: put the weight on the wheels).
  {
    language: "Neapolitan",
    said: /^(?:e\s+)?(?:levate|leva|levàte|togliete|togli|scancellate)\s+(?:['’][oae]\s+|(?:il|la|lo|i|le|gli)\s+|l{1,2}['’])?(?<field>.+?)\s+(?:ê|dai|dagli|dalle|dall['’]|d['’]\s*['’][oae]\s+|da\s+(?:['’][oae]\s+|(?:il|la|i|le|gli)\s+)?|a\s+(?:['’][oae]\s+)?|all['’])\s*(?<thing>[\p{L}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  {
    language: "Neapolitan",
    said: /^(?:(?:ancora\s+una\s+(?:roba|cosa)|un['’]\s*altra\s+(?:roba|cosa)|(?:amò|ancamò)\s+öna\s+(?:roba|ròba|cosa))\s*[:,]?\s*)?(?:e\s+)?(?:mettite|mettete|metti|metì|metè|meti|aggiungite|aggiungete|aggiungi|zonta|zontè|zontì)\s+(?:pure\s+|anche\s+|anca\s+)?(?:['’][oae]\s+|(?:il|la|lo|i|le|gli|el|ol)\s+|l['’])?(?<field>.+?)\s+(?:pure\s+|anche\s+|anca\s+)?(?:['’]?ncopp['’]?\s*(?:a\s+(?:ll['’]|['’][oae]\s+)?|all['’]|ê\s+)?|ê|ai|agli|alle|all['’]|sui|sul|sulla|sulle|sugli|sula|sue|sö\s+(?:i|la|ol|l['’])\s*|söi|söl|söla|a\s+(?:['’][oae]\s+)?)\s*(?<thing>[\p{L}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  // Sundanese "Hiji deui, punten, tambihan nami pelatih dina sewaan" (one more, please, add the
  // trainer's name to the rentals), "hapus alamat tina nu nyéwa" (take the address off the
  // renters): the field after the verb, the thing after "dina" (on) or "tina" (from).
  {
    language: "Sundanese",
    said: /^(?:(?:hiji\s+deui|punten|mangga|sakedik\s+deui)\s*,?\s*)*(?:tambihan|tambahkeun|lebetkeun|asupkeun)\s+(?<field>[^,.!]+?)\s+(?:dina|ka|kana)\s+(?<thing>[\p{L}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Sundanese",
    said: /^(?:(?:hiji\s+deui|punten|mangga)\s*,?\s*)*(?:hapus|piceun|cabut|kaluarkeun)\s+(?<field>[^,.!]+?)\s+(?:tina|ti|dina)\s+(?<thing>[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Chichewa "Chotsani mudzi pa mamembala" (take the village off the members), "onjezani tsiku la
  // katemera womaliza pa mbuzi iliyonse" (add the date of the last vaccination on every goat): the
  // field after the verb, the thing after "pa" (on), its plural "ma-" and "every" no part of it.
  {
    language: "Chichewa",
    said: /^(?:[^:]{1,40}:\s*)?(?:ndipo\s+)?(?:chotsani|chotsa|fufutani)\s+(?<field>[^,.!]+?)\s+(?:pa|ku|kwa|m['’])\s*(?<thing>[\p{L}'’-]+)(?:\s+(?:onse|aliyense|iliyonse|uliwonse))?(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
    asSaidAlone: withoutChichewaPlural,
  },
  {
    language: "Chichewa",
    said: /^(?:[^:]{1,40}:\s*)?(?:ndipo\s+)?(?:onjezani|onjeza|ikani|ika)\s+(?<field>[^,.!]+?)\s+(?:pa|ku|kwa|m['’])\s*(?<thing>[\p{L}'’-]+)(?:\s+(?:onse|aliyense|iliyonse|uliwonse))?(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
    asSaidAlone: withoutChichewaPlural,
  },
  // Hiligaynon "Kuhaa ang pungsod sa kliyente" (take the country off the client), "idugang ang
  // Facebook nga ngalan sang kliyente" (add the client's Facebook name): the field after the
  // verb and "ang" (the), the thing after the last "sa" or "sang" (to, of) before a comma.
  {
    language: "Hiligaynon",
    said: /^(?:[^:]{1,40}:\s*)?(?:kag\s+)?(?:kuhaa|kuhaon|ikuha|tanggala|tangtanga|dulaa)\s+(?:na\s+)?(?:ang\s+)?(?<field>[^,.!]+)\s+(?:sa|sang|halin\s+sa)\s+(?:mga\s+)?(?<thing>[\p{L}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  {
    language: "Hiligaynon",
    said: /^(?:[^:]{1,40}:\s*)?(?:kag\s+)?(?:idugang|dugangi|dugangan|ibutang|butangi|butangan)\s+(?:man\s+)?(?:ang\s+)?(?<field>[^,.!]+)\s+(?:sa|sang)\s+(?:mga\s+)?(?<thing>[\p{L}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  // Assamese "এটা কথা: টিকটত ফোন নম্বৰটোও দিব" (one thing: put the phone number on the tickets
  // too), "টিকটৰ পৰা ভাড়া আঁতৰাওক" (take the fare off the tickets): "on" (-ত) written onto the
  // thing, "the" (-টো) and "too" (-ও) onto the field, the verb last.
  {
    language: "Assamese",
    said: /^(?:[^:]{1,40}:\s*)?(?:আৰু\s+)?(?<thing>\p{Script=Bengali}+?)ত\s+(?<field>\p{Script=Bengali}.*?)(?:টোও|টো|খনো|খন|ও)?\s+(?:দিব|দিয়ক|দিবা|লিখিব|ৰাখিব|যোগ\s+কৰক|যোগ\s+কৰিব)(?=[\s,.!।]|$).*$/u,
    means: "put on",
  },
  {
    language: "Assamese",
    said: /^(?:[^:]{1,40}:\s*)?(?:আৰু\s+)?(?<thing>\p{Script=Bengali}+?)ৰ\s+পৰা\s+(?<field>\p{Script=Bengali}.*?)(?:টো|খন)?\s+(?:আঁতৰাওক|আঁতৰাব|উলিয়াওক|বাদ\s+দিয়ক|বাদ\s+দিব)(?=[\s,.!।]|$).*$/u,
    means: "take off",
  },
  // Hindi "ग्राहकों में ईमेल भी जोड़ दीजिए" (add the email to the customers too), "ग्राहक से पता हटा
  // दीजिए" (take the address off the customers), and Bhojpuri's "… जोड़ दीं", "… हटा दीं": "in"
  // (में) and "from" (से) after the thing, the verb last.
  {
    language: "Hindi",
    said: /^(?:[^:]{1,40}:\s*)?(?:और\s+|आ\s+)?(?<thing>\p{Script=Devanagari}+)\s+(?:में|मे|पर)\s+(?<field>.+?)\s+(?:भी\s+)?(?:जो\u0921\u093C|जो\u095C|डाल|रख|लिख)(?:\s+(?:दीजिए|दीजिये|दो|दें|दीं|दिहीं))?(?=[\s,.!।]|$).*$/u,
    means: "put on",
  },
  {
    language: "Hindi",
    said: /^(?:[^:]{1,40}:\s*)?(?:और\s+|आ\s+)?(?<thing>\p{Script=Devanagari}+)\s+(?:से|में\s+से)\s+(?<field>.+?)\s+(?:हटा|निकाल|काट)(?:\s+(?:दीजिए|दीजिये|दो|दें|दीं|दिहीं))?(?=[\s,.!।]|$).*$/u,
    means: "take off",
  },
  // "Yon dènye bagay: mete nimewo plak moto a sou chofè yo tou", "retire imèl la sou kliyan
  // yo": the determiner comes after the word it goes with ("moto a", "chofè yo").
  {
    language: "Haitian Creole",
    said: /^(?:[^:]{1,40}:\s*)?(?:mete|ajoute)\s+(?<field>.+?)\s+(?:sou|nan|bay)\s+(?<thing>[\p{L}-]+(?:\s+[\p{L}-]+)?)(?:\s+(?:yo|la|a|an|lan|nan))?(?:\s+tou)?\s*(?:[,.].*)?$/iu,
    means: "put on",
    determinerAfter: true,
  },
  {
    language: "Haitian Creole",
    said: /^(?:[^:]{1,40}:\s*)?(?:retire|wete)\s+(?<field>.+?)\s+(?:sou|nan|bay)\s+(?<thing>[\p{L}-]+(?:\s+[\p{L}-]+)?)(?:\s+(?:yo|la|a|an|lan|nan))?(?:\s+tou)?\s*(?:[,.].*)?$/iu,
    means: "take off",
    determinerAfter: true,
  },
  // Mauritian Creole "Ek met nimero bon komann lotel-la lor bann komann" (and put the hotel's
  // order number on the orders), "Tir adres lor bann lotel" (take the address off the hotels):
  // "bann" makes the plural before the word, and "-la" is "the", after it; whose it is, said
  // after the field with its "-la", is no part of the field's name.
  {
    language: "Mauritian Creole",
    said: /^(?:[^:]{1,40}:\s*)?(?:ek\s+)?(?:met|mete|azout|azoute|razout)\s+(?<field>.+?)(?:\s+[\p{L}-]+-la)?\s+(?:lor|dan|pou)\s+(?:bann\s+)?(?<thing>[\p{L}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Mauritian Creole",
    said: /^(?:[^:]{1,40}:\s*)?(?:ek\s+)?(?:tir|tire|retir|retire|efas|efase)\s+(?<field>.+?)\s+(?:lor|dan|ar|depi)\s+(?:bann\s+)?(?<thing>[\p{L}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Luxembourgish "Just eng Saach: huelt den Telefon bei de Beem eraus" (take the phone out of
  // the trees), "maacht d'E-Mail bei d'Memberen derbäi" (put the email on the members).
  {
    language: "Luxembourgish",
    said: /^(?:[^:]{1,40}:\s*)?(?:huelt|huel|maacht|maach)\s+(?:(?:den|de|d['’]|déi|dat|dem|der)\s*)?(?<field>.+?)\s+(?:bei|vun|vum|aus|op)\s+(?:(?:den|de|the|d['’]|déi|dem|der)\s*)?(?<thing>[\p{L}-]+)\s+(?:eraus|ewech|fort)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  {
    language: "Luxembourgish",
    said: /^(?:[^:]{1,40}:\s*)?(?:maacht|maach|setzt|setz|dobäi)\s+(?:(?:den|de|d['’]|déi|dat|dem|der|eng|en|e)\s*)?(?<field>.+?)\s+(?:bei|op|un)\s+(?:(?:den|de|the|d['’]|déi|dem|der)\s*)?(?<thing>[\p{L}-]+)\s+(?:derbäi|dobäi|drop|dran)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  // Swiss German "Nur no eis: tüend bi de Abos no d'Telefonnummere dezue" (one more thing: put the
  // phone number on the season tickets too), "nämed d'Adrässe bi de Chunde use" (take the address
  // off the customers): the thing may come before the field, the article is written onto the word.
  {
    language: "Swiss German",
    said: /^(?:[^:]{1,40}:\s*)?(?:tüend|tüe|tue|mached|mach)\s+bi\s+(?:de|dä|em|de[nm])\s+(?<thing>[\p{L}\p{M}-]+)\s+(?:no\s+|au\s+)*(?:(?:s|d)['’]\s*|(?:de|die|dä|e|en|es)\s+)?(?<field>[^,.!]+?)\s+(?:dezue|dazue|derzue|drzue|dri)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Swiss German",
    said: /^(?:[^:]{1,40}:\s*)?(?:tüend|tüe|tue|mached|mach)\s+(?:no\s+|au\s+)*(?:(?:s|d)['’]\s*|(?:de|die|dä|e|en|es)\s+)?(?<field>[^,.!]+?)\s+bi\s+(?:de|dä|em|de[nm])\s+(?<thing>[\p{L}\p{M}-]+)\s+(?:dezue|dazue|derzue|drzue|dri)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Swiss German",
    said: /^(?:[^:]{1,40}:\s*)?(?:nämed|nämmed|nimm|nehmed|striiched|striich|lönd|lön)\s+(?:(?:s|d)['’]\s*|(?:de|die|dä|e|en|es)\s+)?(?<field>[^,.!]+?)\s+(?:bi|vo|vode)\s+(?:(?:de|dä|em|de[nm])\s+)?(?<thing>[\p{L}\p{M}-]+)\s+(?:use|wäg|weg|dänne)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Samoan "Fa'amolemole, sui ni mea se lua: ave'ese le nu'u mai tagata fa'atau, …" (please, change
  // two things: take the village off the customers), "Ma fa'aopoopo le aso e ave ai i le oka" (and
  // add the day it is taken to the orders): a thing may be named in two words.
  {
    language: "Samoan",
    said: /^(?:[^:]{1,60}:\s*)?(?:ma\s+)?(?:ave['’‘ʻ]?ese|aveese|tape['’‘ʻ]?ese|tapē)\s+(?:(?:le|ia|nei)\s+)?(?<field>[^,.!]+?)\s+mai\s+(?:(?:le|i|ia)\s+)?(?<thing>[\p{L}\p{M}'’‘ʻ-]+(?:\s+[\p{L}\p{M}'’‘ʻ-]+)?)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  {
    language: "Samoan",
    said: /^(?:[^:]{1,60}:\s*)?(?:ma\s+)?(?:fa['’‘ʻ]?aopoopo|fa['’‘ʻ]?aopopo|tu['’‘ʻ]?u)\s+(?:fo['’‘ʻ]?i\s+)?(?:(?:le|se|ia)\s+)?(?<field>[^,.!]+?)\s+i\s+(?:(?:le|ia)\s+)?(?<thing>[\p{L}\p{M}'’‘ʻ-]+(?:\s+[\p{L}\p{M}'’‘ʻ-]+)?)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  // Swabian "Oi Sach no: schreibet bei de Wocha no na, ob's gschneit hot, …" (one more thing: write
  // on the weeks whether it snowed), "schreibet no d'E-Mail bei de Parteia na" (put the e-mail on
  // the households): the field after the thing and a comma, or before it.
  {
    language: "Swabian",
    said: /^(?:[^:]{1,40}:\s*)?(?:schreibet|schreib|machet|mach|tuet|duet)\s+bei\s+(?:de|dr|em|den)\s+(?<thing>[\p{L}\p{M}-]+)\s+(?:no\s+|au\s+|oifach\s+)*(?:na|nah|dazu|drzua|dazua|dezua|hin)\s*,\s*(?<field>[^,.!]+?)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Swabian",
    said: /^(?:[^:]{1,40}:\s*)?(?:schreibet|schreib|machet|mach|tuet|duet)\s+(?:no\s+|au\s+|oifach\s+)*(?:(?:s|d)['’]\s*|(?:de|dr|die|e|en|a)\s+)?(?<field>[^,.!]+?)\s+bei\s+(?:de|dr|em|den)\s+(?<thing>[\p{L}\p{M}-]+)\s+(?:na|nah|dazu|drzua|dazua|dezua|hin)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  // Moroccan Darija "Ghir 7aja wa7da: zido l'adresse f les commandes" (just one thing: add the
  // address to the orders), "7aydo lemail men les clients" (take the email off the clients): the
  // French article kept on the words.
  {
    language: "Moroccan Darija",
    said: /^(?:[^:]{1,40}:\s*)?(?:zid|zido|zidou|zidi|dir|diro|dirou)\s+(?:(?:l['’]|la\s+|le\s+|les\s+)\s*)?(?<field>[^,.!]+?)\s+(?:f|fi|l)\s+(?:(?:l['’]|la\s+|le\s+|les\s+)\s*)?(?<thing>[\p{L}\p{M}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Moroccan Darija",
    said: /^(?:[^:]{1,40}:\s*)?(?:7yed|7ydo|7aydo|7aydou|7ydi|7aydi)\s+(?:(?:l['’]|la\s+|le\s+|les\s+)\s*)?(?<field>[^,.!]+?)\s+(?:men|mn)\s+(?:(?:l['’]|la\s+|le\s+|les\s+)\s*)?(?<thing>[\p{L}\p{M}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Lingala "Likambo moko: bakisa poste na bana, gardien, défenseur, milieu to attaquant" (one
  // thing: add the position to the children, …), "longola email na baboti" (take the email off
  // the parents): "na" is both "to" and "from".
  {
    language: "Lingala",
    said: /^(?:[^:]{1,40}:\s*)?(?:bakisa|bakisá|bakisaka|tia|botia|kotisa|bokotisa)\s+(?<field>[^,.!]+?)\s+na\s+(?<thing>[\p{L}\p{M}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Lingala",
    said: /^(?:[^:]{1,40}:\s*)?(?:longola|bolongola|longolá|kanga)\s+(?<field>[^,.!]+?)\s+na\s+(?<thing>[\p{L}\p{M}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Quechua "Sociakunamanta ayllu nisqata hurquy" (take the so-called ayllu off the members),
  // "Quwikunaman colorta yapay: yuraq, puka, muru" (add the colour to the cuys: …): "-manta"
  // (from) and "-man" (to) on the thing, "-ta" on the field, "nisqa" (so-called) after a word.
  {
    language: "Quechua",
    said: /^(?:[^:]{1,40}[.:]\s*)?(?<thing>[\p{L}\p{M}'’]+?)manta\s+(?<field>[^,.!:]+?)(?:\s+nisqa)?-?(?:ta|da)\s+(?:hurquy|hurqupuy|qichuy|pichay|chinkachiy)(?=\s*(?:[,.!:]|$)).*$/isu,
    means: "take off",
  },
  {
    language: "Quechua",
    said: /^(?:[^:]{1,40}[.:]\s*)?(?<thing>[\p{L}\p{M}'’]+?)man\s+(?<field>[^,.!:]+?)(?:\s+nisqa)?-?(?:ta|da)\s+(?:yapay|yapapuy|churay|churapuy)(?=\s*(?:[,.!:]|$)).*$/isu,
    means: "put on",
  },
  // Sranan "Tu sani. Puru a adres fu den klanti" (two things: take the address off the customers),
  // "Poti a yuru fu ophalen na den bestelling" (put the pickup time on the orders): "a" (the)
  // before the field, "den" (the, of many) before the thing; a field may hold "fu" (of) itself.
  {
    language: "Sranan",
    said: /^(?:[^:]{1,40}[.:]\s*)?(?:en\s+)?(?:puru|poeroe|teki)\s+(?:(?:a|den)\s+)?(?<field>[^,.!:]+)\s+(?:fu|na|ini|puru)\s+(?:(?:a|den)\s+)?(?<thing>[\p{L}\p{M}-]+)(?=\s*(?:[,.!:]|$)).*$/isu,
    means: "take off",
  },
  {
    language: "Sranan",
    said: /^(?:[^:]{1,40}[.:]\s*)?(?:en\s+)?(?:poti|poti\s+wan|bijvoegen)\s+(?:(?:a|wan)\s+)?(?<field>[^,.!:]+?)\s+(?:na|ini|tapu|gi)\s+(?:(?:a|den)\s+)?(?<thing>[\p{L}\p{M}-]+)(?=\s*(?:[,.!:]|$)).*$/isu,
    means: "put on",
  },
  // Malay "Tanggungan pun kena simpan no IC dia" (the dependents must keep their IC number too):
  // the thing first, what it must keep after "kena simpan", "dia" (theirs) no part of it.
  {
    language: "Malay",
    said: /^(?:[^:]{1,40}[.:]\s*)?(?<thing>[\p{L}\p{M}-]+)\s+(?:pun\s+)?(?:kena|perlu|mesti|wajib|nak)\s+(?:simpan|ada|letak|rekod|catat)\s+(?<field>[^,.!:]+?)(?:\s+(?:dia|dorang|mereka|diorang))?(?=\s*(?:[,.!]|$)).*$/isu,
    means: "put on",
  },
  // Guarani "Peipe'a compañía artesanakuéragui" (take the companion off the artisans), "Ha pemoĩ
  // diseño ñandutíre: mburucuyá, arasa" (and put the design on the ñandutí: …): where it goes
  // said by the ending on the thing's word, "-gui" (from), "-re" or "-pe" (on, in).
  {
    language: "Guarani",
    said: /^(?:[^:]{1,40}[.:]\s*)?(?:ha\s+)?(?:peipe['’]a|eipe['’]a|pembogue|embogue|pe(?:h|j)eity|ehekýi|pehekýi)\s+(?<field>[^,.!:]+?)\s+(?<thing>[\p{L}\p{M}'’]+?)-?gui(?=\s*(?:[,.!:]|$)).*$/isu,
    means: "take off",
  },
  {
    language: "Guarani",
    said: /^(?:[^:]{1,40}[.:]\s*)?(?:ha\s+)?(?:pemoĩ|emoĩ|pemoĩve|emoĩve|pembojoapy|embojoapy)\s+(?<field>[^,.!:]+?)\s+(?<thing>[\p{L}\p{M}'’]+?)-?(?:re|pe|me)(?=\s*(?:[,.!:]|$)).*$/isu,
    means: "put on",
  },
  // Wolof "Dindil quartier bi ci client yi" (take the quartier off the clients), "Te yokkal
  // numéro Wave bi ci réservation yi" (and add the Wave number to the bookings): "the" after the word.
  {
    language: "Wolof",
    said: /^(?:[^:]{1,40}:\s*)?(?:te\s+)?(?:dindil|dindi|dindeel|dindileen)\s+(?<field>.+?)(?:\s+(?:bi|yi|gi|li|mi|si|wi|ji|ki))?\s+ci\s+(?<thing>[\p{L}\p{M}-]+)(?:\s+(?:yi|bi|gi|li|mi|si|wi|ji|ki))?(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  {
    language: "Wolof",
    said: /^(?:[^:]{1,40}:\s*)?(?:te\s+)?(?:yokkal|yokk|yokkleen|dollil|dolli|dugal)\s+(?<field>.+?)(?:\s+(?:bi|yi|gi|li|mi|si|wi|ji|ki))?\s+ci\s+(?<thing>[\p{L}\p{M}-]+)(?:\s+(?:yi|bi|gi|li|mi|si|wi|ji|ki))?(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  // West Frisian "Ien ding noch: helje it adres by de leden wei" (one more thing: take the
  // address off the members), "set it telefoannûmer by de leden" (put the phone number on the members).
  {
    language: "West Frisian",
    said: /^(?:[^:]{1,40}:\s*)?(?:helje|haal|nim)\s+(?:(?:it|de|dat|the|that)\s+)?(?<field>.+?)\s+(?:by|fan|út)\s+(?:(?:de|it|the)\s+)?(?<thing>[\p{L}-]+)\s+(?:wei|ôf|út)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  {
    language: "West Frisian",
    said: /^(?:[^:]{1,40}:\s*)?(?:set|doch|sette)\s+(?:(?:it|de|dat|in|the|that)\s+)?(?<field>.+?)\s+(?:by|op|oan)\s+(?:(?:de|it|the)\s+)?(?<thing>[\p{L}-]+)(?:\s+(?:by|derby|erby))?(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  // Yiddish "נאר לייגט צו ביי די בארגער דעם טעלעפאן פון דער ווייב" (only add to the borrowers the
  // wife's phone), "נעמט אראפ … פון די …" (take … off the …).
  {
    language: "Yiddish",
    said: /^(?:(?:נאר|און|אויך)\s+)*(?:לייגט|לייג|שרייבט|שרייב)\s+צו\s+(?:ביי|צו)\s+(?:די|דעם|דער)\s+(?<thing>\S+?)\s+(?:(?:דעם|די|דאס|א)\s+)?(?<field>[^,.!]+?)(?=\s*(?:[,.!]|$)).*$/u,
    means: "put on",
  },
  {
    language: "Yiddish",
    said: /^(?:(?:נאר|און|אויך)\s+)*(?:לייגט|לייג|שרייבט|שרייב)\s+צו\s+(?:(?:דעם|די|דאס|א)\s+)?(?<field>[^,.!]+?)\s+(?:ביי|צו)\s+(?:די|דעם|דער)\s+(?<thing>\S+?)(?=\s*(?:[,.!]|$)).*$/u,
    means: "put on",
  },
  {
    language: "Yiddish",
    said: /^(?:(?:נאר|און|אויך)\s+)*(?:נעמט|נעם)\s+אראפ\s+(?:(?:דעם|די|דאס)\s+)?(?<field>[^,.!]+?)\s+(?:פון|ביי)\s+(?:די|דעם|דער)\s+(?<thing>\S+?)(?=\s*(?:[,.!]|$)).*$/u,
    means: "take off",
  },
  // Faroese "Eitt eg gloymdi: set ovurviðkvæmi á bíleggingarnar" (one thing I forgot: put the
  // allergies on the bookings), "tak telefonina av gestunum" (take the phone off the guests).
  {
    language: "Faroese",
    said: /^(?:[^:]{1,40}:\s*)?(?:set|setið|legg|leggið|koyr|koyrið)\s+(?<field>.+?)\s+(?:á|inn\s+á|í|afturat)\s+(?<thing>[\p{L}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Faroese",
    said: /^(?:[^:]{1,40}:\s*)?(?:tak|takið|strika|strikið)\s+(?<field>.+?)\s+(?:av|úr|frá)\s+(?<thing>[\p{L}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Javanese "Alamat penitip ora usah, aku wis ngerti omahe kabeh" (the penitip's address, no
  // need): the field, then whose it is, then "no need"; "Tambahke nomer rekening nang penitip"
  // (add the account number to the penitip).
  {
    language: "Javanese",
    said: /^(?<field>.+?)\s+(?<thing>[\p{L}-]+)\s+ora\s+usah(?:\s+di\p{L}+)?(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  {
    language: "Javanese",
    said: /^(?:tambahke|tambahna|tambahi|lebokke|lebokna)\s+(?<field>.+?)\s+(?:nang|neng|ing|ning|menyang|kanggo)\s+(?<thing>[\p{L}-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  // Belarusian "Участкі асобна не трэба" (plots are not needed on their own), "Нумар участка і
  // соткі перанясіце ў садаводаў" (move the plot number and the area to the gardeners), "ў
  // паказаннях няхай будзе садавод замест участка" (in the readings let the gardener be instead of the plot).
  {
    language: "Belarusian",
    said: /^(?<field>[\p{L}-]+)\s+(?:асобна\s+)?не\s+(?:трэба|патрэбн\p{L}*)(?=[\s,.!]|$).*$/iu,
    means: "remove",
  },
  {
    language: "Belarusian",
    said: /^(?:і\s+|а\s+)?(?<field>[^,.!]+?)\s+(?:перанясіце|перанясі|дадайце|дадай|пастаўце|пастаў)\s+(?:у|ў|да)\s+(?<thing>[\p{L}-]+)(?=[\s,.!]|$).*$/iu,
    means: "put on",
  },
  {
    language: "Belarusian",
    said: /^(?:і\s+|а\s+)?(?:у|ў)\s+(?<thing>[\p{L}-]+)\s+(?:няхай\s+будзе|хай\s+будзе|пастаўце|пастаў)\s+(?<to>[\p{L}-]+)\s+замест\s+(?<from>[\p{L}-]+)(?=[\s,.!]|$).*$/iu,
    means: "swap",
  },
  // Tajik "Аз мусофир шиносномаро гиред" (take the passport off the passenger), "Ва ба брон
  // багажро илова кунед" (and add the luggage to the booking): "аз" (from) and "ба" (to) before
  // the thing, "-ро" on the field.
  {
    language: "Tajik",
    said: /^(?:ва\s+)?аз\s+(?<thing>[\p{Script=Cyrillic}]+)\s+(?<field>.+?)(?:ро)?\s+(?:гиред|бардоред|хорид\s+кунед|нест\s+кунед)(?=[\s,.!]|$).*$/iu,
    means: "take off",
  },
  {
    language: "Tajik",
    said: /^(?:ва\s+)?ба\s+(?<thing>[\p{Script=Cyrillic}]+)\s+(?<field>.+?)(?:ро)?\s+(?:илова\s+кунед|гузоред|ҳам\s+илова\s+кунед)(?=[\s,.!]|$).*$/iu,
    means: "put on",
  },
  // Malayalam "ഒരു കാര്യം കൂടി: തുഴച്ചിൽകാരുടെ ബ്ലഡ് ഗ്രൂപ്പ് കൂടി ചേർക്കണം" (one more thing: add the
  // rowers' blood group too), "അംഗങ്ങളിൽ നിന്ന് ഫോൺ മാറ്റണം" (take the phone off the members): whose
  // it is (-ുടെ, -ന്റെ) or where from (-ൽ നിന്ന്) written onto the thing.
  {
    language: "Malayalam",
    said: /^(?:[^:]{1,40}:\s*)?(?<thing>\p{Script=Malayalam}+?)(?:ുടെ|ിന്റെ|ന്റെ|ക്ക്|ിൽ|ൽ)\s+(?<field>.+?)\s+(?:കൂടി\s+|ഉം\s+)?(?:ചേർക്കണം|ചേർക്കുക|ചേർക്കൂ|ചേർക്കണേ|ഇടണം|വേണം)(?=[\s,.!]|$).*$/u,
    means: "put on",
  },
  {
    language: "Malayalam",
    said: /^(?:[^:]{1,40}:\s*)?(?<thing>\p{Script=Malayalam}+?)(?:ിൽ|ൽ)\s+നിന്ന്?\s+(?<field>.+?)\s+(?:മാറ്റണം|മാറ്റുക|ഒഴിവാക്കണം|ഒഴിവാക്കുക|എടുത്തുകളയണം)(?=[\s,.!]|$).*$/u,
    means: "take off",
  },
  // Burmese "ဆိုင်တွေမှာ ဖုန်းနံပါတ်အစား Viber နံပါတ် ထားပေးပါ" (on the shops, put the Viber number
  // instead of the phone number), "ယက်သမတွေမှာ အသက် ထည့်ပေးပါ" (put the age on the weavers),
  // "ဆိုင်တွေထဲက မြို့ ဖြုတ်ပေးပါ" (take the town off the shops), "ဆိုင်ကို ဖောက်သည်လို့
  // ပြောင်းပေးပါ" (rename the shops to customers): the plural "တွေ" and "on" (မှာ), "from" (က),
  // "instead of" (အစား) and "as" (လို့) are written onto the word before.
  {
    language: "Burmese",
    said: /^(?<thing>\p{Script=Myanmar}+?)(?:တွေ)?(?:မှာ|ထဲမှာ|အတွက်)\s+(?<from>\S+?)(?:ရဲ့)?\s*အစား\s+(?<to>.+?)\s+(?:ထား|ထည့်|ပြောင်း)(?:ပေး)?(?:ပါ|ပါနော်|ရမယ်)(?=[\s,.!]|$).*$/u,
    means: "swap",
  },
  {
    language: "Burmese",
    said: /^(?<thing>\p{Script=Myanmar}+?)(?:တွေ)?(?:မှာ|ထဲမှာ|အတွက်)\s+(?<field>.+?)\s+(?:ပါ\s+)?(?:ထည့်|ထား)(?:ပေး)?(?:ပါ|ပါနော်|ရမယ်)(?=[\s,.!]|$).*$/u,
    means: "put on",
  },
  {
    language: "Burmese",
    said: /^(?<thing>\p{Script=Myanmar}+?)(?:တွေ)?(?:ထဲ)?(?:က|ကနေ|မှ)\s+(?<field>.+?)\s+(?:ဖြုတ်|ဖယ်|ထုတ်)(?:ပေး)?(?:ပါ|ပါနော်|လိုက်ပါ)(?=[\s,.!]|$).*$/u,
    means: "take off",
  },
  {
    language: "Burmese",
    said: /^(?<from>\p{Script=Myanmar}+?)(?:တွေ)?ကို\s+(?<to>\S+?)(?:\s*လို့)\s+(?:ပြောင်း|ခေါ်|နာမည်ပြောင်း)(?:ပေး)?(?:ပါ|ပါနော်)(?=[\s,.!]|$).*$/u,
    means: "rename",
  },
  // Kannada "ಒಂದೇ ಒಂದು: ಬುಕ್ಕಿಂಗ್ ನಲ್ಲಿ ಮೇಳದಿಂದ ಊರಿಗೆ ದೂರ ಎಷ್ಟು ಕಿಲೋಮೀಟರ್ ಅಂತ ಸೇರಿಸಿ" (just one: on
  // the bookings add the distance from the mela to the village, how many kilometres), "ಸಂಘಟಕರಿಂದ
  // ಊರು ತೆಗೆಯಿರಿ" (take the village off the organisers): "in" (ನಲ್ಲಿ) and "from" (-ಇಂದ) after the
  // thing; from where and to where (-ಇಂದ, -ಗೆ) and "how many …" (ಎಷ್ಟು …) are no part of the field.
  {
    language: "Kannada",
    said: /^(?:[^:]{1,40}:\s*)?(?<thing>\p{Script=Kannada}+?)[\s\u200c]*(?:ನಲ್ಲಿ|ಗೆ|ಕ್ಕೆ)\s+(?:\S+(?:ದಿಂದ|ಿಂದ|ಇಂದ|ಗೆ|ಕ್ಕೆ)\s+)*(?<field>\S+(?:\s+\S+)??)(?:\s+ಎಷ್ಟು(?:\s+\S+)?)?(?:\s+ಅಂತ)?\s+(?:ಕೂಡ\s+|ಸಹ\s+)?ಸೇರಿಸಿ(?=[\s,.!]|$).*$/u,
    means: "put on",
  },
  {
    language: "Kannada",
    said: /^(?:[^:]{1,40}:\s*)?(?<thing>\p{Script=Kannada}+?)[\s\u200c]*(?:ದಿಂದ|ನಿಂದ|ಿಂದ|ಇಂದ)\s+(?<field>.+?)\s+(?:ತೆಗೆಯಿರಿ|ತೆಗೆದುಹಾಕಿ|ತೆಗೆಯಿ)(?=[\s,.!]|$).*$/u,
    means: "take off",
  },
  // Lao "ລູກຄ້າ ເອົາປະເທດອອກ ບໍ່ຈຳເປັນ" (the customers, take the country out, not needed),
  // "ເພີ່ມປະເທດໃສ່ລູກຄ້າ" (add the country to the customers), "ເພີ່ມຄວາມເສຍຫາຍ ຈົດ ລົດ, ມື້, …"
  // (add the damages, note the bike, the day, …): "take … out" (ເອົາ … ອອກ) wraps the field, and
  // Lao writes no space between a verb and what it acts on.
  {
    language: "Lao",
    said: /^(?:ແລະ\s+)?(?:ປ່ຽນ\p{Script=Lao}*\s+)?(?<thing>\p{Script=Lao}+)\s+ເອົາ\s*(?<field>\S+?)\s*ອອກ(?=[\s,.!]|$).*$/u,
    means: "take off",
  },
  {
    language: "Lao",
    said: /^(?:ແລະ\s+)?(?:ເພີ່ມ|ໃສ່)\s*(?<field>\p{Script=Lao}+?)\s*(?:ໃສ່|ໃນ|ໃຫ້)\s*(?<thing>\p{Script=Lao}+)(?=[\s,.!]|$).*$/u,
    means: "put on",
  },
  {
    language: "Lao",
    said: /^(?:ແລະ\s+)?ເພີ່ມ\s*(?<thing>\p{Script=Lao}+)\s+(?:ຈົດ|ມີ)\s+(?<field>[^.!]+?)\s*$/u,
    means: "new thing",
  },
  // Friulian "Gjavait il paîs dai parons" (take the village off the owners), "E zontait la date
  // … su lis vacjis" (and add the date … on the cows): "da" (from) and "su" (on) with the article
  // written onto them or after them, the articles no part of the names.
  {
    language: "Friulian",
    said: /^(?:[^:]{1,40}:\s*)?(?:e\s+)?(?:gjavait|gjavàit|gjave|tirait\s+vie)\s+(?:(?:il|la|lis|i)\s+|l['’]\s*)?(?<field>[^,.!]+?)\s+(?:dai|dal|da|des|de|di)\s+(?:(?:lis|la|il)\s+)?(?<thing>[\p{L}\p{M}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  {
    language: "Friulian",
    said: /^(?:[^:]{1,40}:\s*)?(?:e\s+)?(?:zontait|zontàit|zonte|metêt|metait)\s+(?:ancje\s+)?(?:(?:il|la|lis|i)\s+|l['’]\s*)?(?<field>[^,.!]+?)\s+(?:su|sui|sul|tes|te|ai|a)\s+(?:(?:lis|la|il|i)\s+)?(?<thing>[\p{L}\p{M}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  // Low German "maakt bi de Rieders noch Startgeld betahlt ja oder nee rin" (put on the riders
  // also entry fee paid yes or no), "nehmt de Adress bi de Rieders rut" (take the address off the
  // riders out): "bi de" (at the) before the thing, "rin" (in) or "rut" (out) last.
  {
    language: "Low German",
    said: /^(?:[^:]{1,40}:\s*)?(?:un\s+)?(?:maakt|maak|doot|doo|sett|sett't)\s+(?:bi|an|op)\s+(?:de|den|dat|uns)\s+(?<thing>[\p{L}\p{M}'’-]+)\s+(?:noch\s+|ok\s+)?(?<field>[^,.!]+?)\s+(?:rin|bi|to|dorto)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
  },
  {
    language: "Low German",
    said: /^(?:[^:]{1,40}:\s*)?(?:un\s+)?(?:nehmt|nehm|maakt|maak|smiet|smiet't|doot)\s+(?:(?:de|den|dat)\s+)?(?<field>[^,.!]+?)\s+(?:bi|vun|ut)\s+(?:de|den|dat)\s+(?<thing>[\p{L}\p{M}'’-]+)\s+(?:rut|weg|af)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  // Igbo "Wepụ steeti n'ebe ndị ahịa nọ" (take the state from where the customers are), "Tinye
  // aha driver na nọmba ekwentị driver n'ọda" (put the driver's name and phone number on the
  // orders): "n'" (in, on) written onto the thing, "n'ebe … nọ" (where … are) around it.
  {
    language: "Igbo",
    said: /^(?:[^:]{1,40}:\s*)?(?:wepụ|wepu|wepụta|hapụ)\s+(?<field>[^,.!]+?)\s+n['’]ebe\s+(?<thing>[^,.!]+?)\s+(?:nọ|no|dị|di)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
  },
  {
    language: "Igbo",
    said: /^(?:[^:]{1,40}:\s*)?(?:tinye|tinyekwa|gbakwunye|gbakwụnye)\s+(?<field>[^,.!]+?)\s+n['’](?<thing>[\p{L}\p{M}'’-]+)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
    and: /\s+na\s+/gu,
  },
  // Turkmen "Ýene bir zat: sargyda ölçegler hem goşulsyn" (one more thing: let the measurements be
  // added to the order too), "müşderilerden salgy aýrylsyn" (let the address be taken off the
  // customers): the thing first, "to" (-a, -e) or "from" (-dan, -den) written onto it, the verb last.
  {
    language: "Turkmen",
    said: /^(?:[^:]{1,40}:\s*)?(?<thing>\p{L}+?(?:ä)?)(?:ya|ye|na|ne|a|e)?\s+(?<field>[^,.!]+?)\s+(?:hem\s+)?(?:goşulsyn|goşuň|goşmaly|goşaly|goşsun)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "put on",
    asSaidAlone: turkmenWordAlone,
  },
  {
    language: "Turkmen",
    said: /^(?:[^:]{1,40}:\s*)?(?<thing>\p{L}+?)(?:dan|den|tan|ten|ndan|nden)\s+(?<field>[^,.!]+?)\s+(?:aýrylsyn|aýryň|aýyrmaly|pozulsyn|pozuň)(?=\s*(?:[,.!]|$)).*$/iu,
    means: "take off",
    asSaidAlone: turkmenWordAlone,
  },
];

/**
 * Where one change ends and the next begins in a language that parts its sentences with
 * spaces: Lao's "ແລະ" (and) before a verb of changing.
 */
export const NEXT_CHANGE_ELSEWHERE = /\s+(?=ແລະ\s+(?:ເພີ່ມ|ເອົາ|ປ່ຽນ|ລຶບ|ໃສ່))/u;

/** The change said in another language, as plain English; the sentence as it was when none is. */
export function changeSaidElsewhere(sentence: string): string {
  for (const change of CHANGES_ELSEWHERE) {
    const groups = sentence.match(change.said)?.groups;
    if (!groups) continue;
    const bare = (name = "") => (change.determinerAfter ? name.replace(TRAILING_DETERMINER, "") : name);
    const field = change.and ? bare(groups.field).replace(change.and, " and ") : bare(groups.field);
    const thing = groups.thing && change.asSaidAlone ? change.asSaidAlone(groups.thing) : bare(groups.thing);
    switch (change.means) {
      case "put on":
        return `put the ${field} on the ${thing}`;
      case "take off":
        return `take the ${field} off the ${thing}${groups.to ? ` and put it on the ${groups.to} instead` : ""}`;
      case "remove":
        return `remove ${field}`;
      case "rename":
        return `rename ${groups.from} to ${groups.to}`;
      case "swap":
        return `replace the ${groups.from} with the ${groups.to} in the ${thing}`;
      case "new thing":
        return `${thing}: ${field}`;
    }
  }
  return sentence;
}

/** "mamembala" → "membala": Chichewa's plural "ma-" before a borrowed word, off the thing's name. */
function withoutChichewaPlural(name: string): string {
  return name.replace(/^ma(?=m|b|k|t|p|d|s|f|l|n)/iu, "");
}

/**
 * "sargyd" (from "sargyda", to the order) → "sargyt": a Turkmen word's last consonant voiced
 * before a vowel ending, put back as it is said alone, and a dropped vowel put back ("gelne" →
 * "gelin").
 */
function turkmenWordAlone(name: string): string {
  // ("müşderä", to the customer: a final "i" and the ending "a" are said "ä" together.)
  if (name.endsWith("ä")) return `${name.slice(0, -1)}i`;
  const unvoiced = name.replace(/d$/u, "t").replace(/g$/u, "k").replace(/b$/u, "p");
  return turkmenStem(unvoiced);
}
