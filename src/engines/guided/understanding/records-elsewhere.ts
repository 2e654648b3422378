/**
 * Records told the way other languages tell them, put as the plain "thing: field, field" list
 * the rest of the reading knows. Each language's way is its own pattern: Wolof says "for every
 * X" after the thing and "the" after each field, Tajik puts "every" (ҳар) before the thing and
 * its verb last, Burmese counts "one each" after the thing, Lao writes "each" onto it, Swiss
 * German says what is needed "at the" thing.
 */

/** Wolof "Ci X bu nekk, (dañuy bind) …": for every X, (we write) … */
const WOLOF_FOR_EACH =
  /(^|[.;!?\n]\s*)(?:te\s+)?ci\s+([\p{L}\p{M}-]+)\s+bu\s+nekk\s*,?\s*(?:(?:dañuy|dañu|dinañu|danuy|dañuy\s+koy)\s+(?:bind|denc|jël|def|wax)\s+)?([^.;!?\n]+)/giu;

/** "numéro bi, photo bi ak livraison walla déet" → "numéro, photo, livraison or not": Wolof's "the" after a word, "ak" (and), "walla déet" (or not). */
function wolofFields(list: string): string {
  return list
    .split(/\s*,\s*|\s+ak\s+/u)
    .map((field) =>
      field
        .trim()
        .replace(/\s+walla\s+déet$/iu, " or not")
        .replace(/\s+(?:bi|yi|gi|li|mi|si|wi|ji|ki|ba|ya)$/iu, ""),
    )
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * Tajik "Ҳар мошин рақам, ронанда ва телефони ронанда дорад" (every car has a number, a
 * driver and the driver's phone), "Барои ҳар мусофир ном ва телефонро менависем" (for every
 * passenger we write the name and the phone), "Ҳар брон: …" (every booking: …): the thing after
 * "every" (ҳар), its fields before the verb.
 */
const TAJIK_EVERY =
  /(^|[.;!?\n]\s*)(?:ва\s+)?(?:барои\s+)?ҳар\s+([\p{Script=Cyrillic}]+)(?:\s*:\s*|\s+)([^.;!?\n:]+?)(?:\s+(?:дорад|доранд|менависем|менависам|навишта\s+мешавад|сабт\s+мекунем|нигоҳ\s+медорем|мегирем))?(?=\s*[.;!?\n]|$)/giu;

/**
 * The fields of a Tajik record: "ва" (and) joins the last, "-ро" marks what the verb acts on,
 * and "ё не" (or not) says a yes or no.
 */
function tajikFields(list: string): string {
  return list
    .split(/\s*,\s*|\s+ва\s+/u)
    .map((field) =>
      field
        .trim()
        .replace(/\s+ё\s+не$/u, " or not")
        .replace(/(?<=\p{L}{3})ро$/u, ""),
    )
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * Burmese "ယက်သမ တစ်ယောက်ချင်းအတွက် နာမည်, ရွာ, ဖုန်းနံပါတ် မှတ်ထားချင်တယ်" (for each weaver,
 * name, village, phone number, I want to note) and "ပိုးချည် ထုတ်ပေးတိုင်း ယက်သမ, ရက်စွဲ"
 * (every time silk is given out, weaver, date): the thing, "one (counted) each, for" or a
 * verb with "every time", then its fields (its own comma and stop are ASCII's by now).
 */
const BURMESE_FOR_EACH =
  /(^|[.;!?\n]\s*)(\p{Script=Myanmar}+)\s+(?:တစ်\p{Script=Myanmar}+?ချင်း(?:စီ)?(?:အတွက်|မှာ)|\p{Script=Myanmar}+?တိုင်း)\s+([^.;!?\n]+)/gu;

/**
 * The fields of a Burmese record: "နံပါတ်နဲ့ ယက်သမ" joins two with "နဲ့" (and) on the first,
 * and a verb of keeping at the end ("… မှတ်ထားချင်တယ်", I want to note) is no field.
 */
function burmeseFields(list: string): string {
  return list
    .replace(/(?<=\p{Script=Myanmar})(?:နဲ့|နှင့်)\s+/gu, ", ")
    .replace(/\s+\p{Script=Myanmar}+(?:တယ်|မယ်|ပါ)\s*$/u, "")
    .trim();
}

/**
 * Lao "ລົດແຕ່ລະຄັນ ຈົດ ທະບຽນລົດ, ຍີ່ຫໍ້, … ລູກຄ້າແຕ່ລະຄົນ ຈົດ ຊື່, …" (each bike, note the
 * plate, the make, …; each customer, note the name, …): the thing with "each" (ແຕ່ລະ) and its
 * counting word written onto it, a verb of keeping, then the fields. Lao parts its sentences
 * with spaces, not stops, so a record runs to where the next thing said "each" of opens.
 */
const LAO_EACH =
  /(\p{Script=Lao}+?)ແຕ່ລະ\p{Script=Lao}*\s+(?:ຈົດ|ມີ|ບັນທຶກ|ເກັບ|ຕ້ອງມີ|ຕ້ອງຈົດ)\s+(.+?)(?=\s+\p{Script=Lao}+ແຕ່ລະ|\n|$)/gu;

/**
 * The fields of a Lao record: "ແລະ" (and) before the last, "ຢູ່ຮ້ານໃດ" (at which shop) is the
 * shop, and "ຈ່າຍແລ້ວ ຫຼື ຍັງ" (paid or not yet) a yes or no.
 */
function laoFields(list: string): string {
  return list
    .split(/\s*,\s*/u)
    .map((field) =>
      field
        .trim()
        .replace(/^ແລະ\s+/u, "")
        .replace(/^(?:ຢູ່)?(\p{Script=Lao}+?)ໃດ$/u, "$1")
        .replace(/\s+ຫຼື\s+(?:ຍັງ|ບໍ່)$/u, " or not"),
    )
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * Swiss German "Bi de Verchäuf bruuchts s'Datum, s'Billett, …" (at the sales it needs the date,
 * the ticket, …), "Bi de Abos de Name, d'Art, …" (the verb said once for both): the thing after
 * "bi de" (at the), then its fields. A comma must part them, so "bi üs im Tösstal" is no record.
 */
const SWISS_AT_THE =
  /(^|[.;!?\n]\s*)(?:und\s+)?bi\s+(?:de|dä|em|de[nm])\s+([\p{L}\p{M}-]+)\s+(?:(?:bruuchts|bruucht\s+s|bruuched\s+mir|wämmer|wänd\s+mir|schriibed\s+mir|notiered\s+mir|hämmer)\s+)?([^.;!?\n]*,[^.;!?\n]*)/giu;

/**
 * The fields of a Swiss German record: its articles written onto the word ("s'Datum", "d'Art")
 * or before it ("de Betrag"), "wie vill" (how many) before a count, "öb" (whether) before a yes
 * or no, "wer Schicht hät" (who has a shift) for the shift, "i Zentimeter" (in centimetres) after
 * a measure, "und" (and) before the last.
 */
function swissFields(list: string): string {
  return list
    .split(/\s*,\s*(?![^()]*\))|\s+und\s+(?![^()]*\))/u)
    .map((field) =>
      field
        .trim()
        .replace(/^(?:s|d)['’]\s*/iu, "")
        .replace(/^(?:de|die|dä|e|en|es|em)\s+/iu, "")
        .replace(/^(?:wie\s+vill?|öb|ob)\s+/iu, "")
        .replace(/^wer\s+([\p{L}\p{M}-]+)\s+(?:hät|händ|macht|mached)$/iu, "$1")
        // "de Schnee i Zentimeter": the snow, the unit it is measured in no part of its name.
        .replace(/\s+i\s+(?:zentimeter|meter|franke|minute|stunde|grad|kilo)$/iu, ""),
    )
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * "Para cada cliente guardamos el nombre, el teléfono y si pagó", "Pour chaque client on garde
 * le nom …", "Für jeden Kunden speichern wir Name, Telefon und ob bezahlt", "Per ogni cliente
 * teniamo …", "Voor elke klant houden we de naam … bij", "Dla każdego klienta zapisujemy …": for
 * each thing, what is kept of it, in the languages of Europe people write in most.
 */
const FOR_EACH_EUROPEAN =
  /(^|[.;!?\n]\s*)(?:y\s+|et\s+|und\s+|e\s+|en\s+|i\s+)?(?:para\s+cada|por\s+cada|pour\s+chaque|für\s+jede[nrs]?|per\s+ogni|voor\s+(?:elke|iedere|elk)|dla\s+(?:każdego|każdej))\s+([\p{L}\p{M}-]+)\s*,?\s+(?:guardamos|anotamos|apuntamos|registramos|necesitamos|queremos|tenemos|precisamos\s+de|on\s+garde|on\s+note|on\s+enregistre|on\s+veut|nous\s+gardons|nous\s+notons|il\s+faut|je\s+note|je\s+garde|(?:speichern|notieren|brauchen|erfassen|wollen|haben)\s+wir|teniamo|segniamo|annotiamo|registriamo|salviamo|vogliamo|ci\s+serve|(?:houden|noteren|bewaren|slaan)\s+we|zapisujemy|notujemy|trzymamy|potrzebujemy)\s+([^.;!?\n]+)/giu;

/**
 * The fields of such a record: the articles before each, "and" before the last, and "whether it
 * was paid" ("si pagó", "s'il a payé", "ob bezahlt", "se ha pagato", "of ze betaald hebben",
 * "czy zapłacił") a yes or no named by what was done.
 */
function europeanFields(list: string): string {
  return list
    .replace(/\s+(?:bij|op)\s*$/iu, "")
    .split(/\s*,\s*|\s+(?:y|e|et|und|en|i|oraz)\s+/u)
    .map((field) =>
      field
        .trim()
        .replace(
          /^(?:si|s['’]il\s+(?:a|est)|s['’]ils\s+ont|ob(?:\s+(?:er|sie|es))?(?:\s+(?:schon|bereits))?|se(?:\s+(?:ha|è|foi|já))?|of\s+(?:ze|hij|het)|czy)\s+([\p{L}\p{M}-]+)(?:\s+(?:hebben|heeft|hat|haben|ist|sind|wurde))?$/iu,
          "$1",
        )
        // ("la data", "l'adresse": a word that only starts like an article, "lavoro", keeps it.)
        .replace(
          /^(?:(?:el|la|los|las|un|una|le|les|une|son|sa|ses|der|die|das|den|dem|des|ein|eine|einen|il|lo|gli|o|os|as|um|uma|de|het|een)\s+|l['’]\s*)(?=\p{L})/iu,
          "",
        ),
    )
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * Quechua "Sapanka quwi huk sociaqmi" (each cuy is one member's), "Sapanka pedido huk
 * restauranteqmi": whose each one is, "-q" or "-p" (of) and "-mi" (it is) on the owner.
 */
const QUECHUA_EACH_IS_ONES =
  /(^|[.;!?\n]\s*)sapanka\s+([\p{L}\p{M}'’]+)\s+huk\s+([\p{L}\p{M}'’]+?)(?:q|p|pa|qpa)mi(?=\s*[.;!?\n]|$)/giu;

/**
 * Sranan "Ibri klanti abi wan nen, wan telefon nomru nanga wan adres" (every customer has a name,
 * a phone number and an address): the thing after "ibri" (every), its fields after "abi" (has).
 */
const SRANAN_EVERY_HAS =
  /(^|[.;!?\n]\s*)(?:en\s+)?ibri\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+abi\s+([^.;!?\n]+)/giu;

/**
 * The fields of a Sranan record: "wan" (a) and "a" (the) before each, "nanga" (and) before the
 * last; "noso" (or) between the values in brackets is "or", and a field said "X noso no" (X or
 * not) is kept as said.
 */
function srananFields(list: string): string {
  return list
    .split(/\s*,\s*(?![^()]*\))|\s+nanga\s+(?![^()]*\))/u)
    .map((field) =>
      field
        .trim()
        .replace(/^(?:wan|a|den|en)\s+(?=\p{L})/iu, "")
        .replace(
          /\(([^()]*)\)/gu,
          (_brackets, values: string) => `(${values.replace(/\s+noso\s+/giu, " or ")})`,
        ),
    )
    .filter((field) => field.length > 0)
    .join(", ");
}

/** Sranan "Ibri bestelling de fu wan klanti" (every order is of one customer): whose each one is. */
const SRANAN_EACH_IS_ONES =
  /(^|[.;!?\n]\s*)ibri\s+([\p{L}\p{M}-]+)\s+de\s+fu\s+wan\s+([\p{L}\p{M}-]+)(?:\s*,\s*en\s+[^.;!?\n]*)?(?=\s*[.;!?\n]|$)/giu;

/**
 * Asturian "Un pidíu ye d'un cliente, y un cliente pue tener munchos pidíos" (an order is one
 * customer's, and a customer can have many orders), Spanish "Cada pedido es de un cliente":
 * whose each one is; the many the other has says it again.
 */
const ROMANCE_EACH_IS_ONES =
  /(^|[.;!?\n]\s*)(?:y\s+)?(?:un|una|cada)\s+([\p{L}\p{M}-]+)\s+(?:ye|es)\s+(?:d['’]\s*|de\s+)(?:un|una|ún)\s+([\p{L}\p{M}-]+)(?:\s*,\s*y\s+(?:un|una|cada)\s+[\p{L}\p{M}-]+\s+(?:pue|puede)\s+tener\s+[^.;!?\n]*)?(?=\s*[.;!?\n]|$)/giu;

/**
 * Asturian "si ta pagáu o non" (whether it is paid or not), "si ye tienda o particular" (whether
 * it is a shop or a person), Spanish "si está pagado o no": the two it can be, or a yes or no,
 * the "whether it is" no part of the field's name.
 */
const WHETHER_ONE_OR_OTHER =
  /(^|[\s,(])(?:si|se)\s+(?:(?:ta|tá|ye|está|es|é|è|son|tan|tán|taba|estaba|era|fue|foi)\s+)?([\p{L}\p{M}-]+)\s+(o|ou)\s+([\p{L}\p{M}-]+)(?=\s*[,.;)\n]|\s+(?:y|e|i)\s|$)/giu;

/**
 * Tatar "Һәр клиентның исеме, телефоны һәм электрон почтасы бар" (every customer has a name, a
 * phone and an email): the thing after "every" (һәр) with "of" (-ның, -нең) written onto it, its
 * fields, each with "its" (-ы, -е) on it, before "there is" (бар).
 */
const TATAR_EVERY_HAS =
  /(^|[.;!?\n]\s*)(?:ә\s+|һәм\s+)?һәр\s+(\p{Script=Cyrillic}+?)(?:ның|нең)\s+([^.;!?\n]+?)\s+бар(?=\s*[.;!?\n]|$)/giu;

/**
 * The fields of a Tatar record: "һәм" (and) before the last, and "being" (булуы) after a
 * field said as a phrase ("ничә кешелек булуы", how many people it is for) no part of its name.
 */
function tatarFields(list: string): string {
  return list
    .split(/\s*,\s*|\s+һәм\s+/u)
    .map((field) => field.trim().replace(/\s+булуы$/u, ""))
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * Tatar "Бер язылу бер клиентныкы" (one booking is one customer's), "…, ә бер клиентның күп
 * язылулары булырга мөмкин" (and a customer can have many bookings): whose each one is, "-ныкы"
 * (the one of) on the owner; the many the other has says it again.
 */
const TATAR_EACH_IS_ONES =
  /(^|[.;!?\n]\s*)бер\s+(\p{Script=Cyrillic}+)\s+бер\s+(\p{Script=Cyrillic}+?)(?:ныкы|неке)(?:\s*,\s*ә\s+[^.;!?\n]*)?(?=\s*[.;!?\n]|$)/giu;

/**
 * Hindi "हर ग्राहक का नाम, फ़ोन और पता लिखना है" (every customer's name, phone and address is to
 * be written), Bhojpuri "हर ग्राहक के नाम, फोन आ गाँव लिखल जाला", "हर बुकिंग में ग्राहक, तारीख …"
 * (in every booking, the customer, the date …): the thing after "every" (हर), "of" or "in" after
 * it, its fields, and the verb of keeping last.
 */
const DEVANAGARI_EVERY =
  /(^|[.।;!?\n]\s*)(?:और\s+|आ\s+|अउर\s+)?हर\s+(\p{Script=Devanagari}+)\s+(?:का|की|के|में|मे)\s+([^.।;!?\n]*[,،][^.।;!?\n]*?|[^.।;!?\n]+?\s+(?:और|आ|अउर)\s+[^.।;!?\n]+?)(?:\s+(?:लिखना\s+है|लिखते\s+हैं|लिखेंगे|लिखा\s+जाता\s+है|रखना\s+है|रखते\s+हैं|चाहिए|लिखल\s+जाला|लिखल\s+जाई|रखल\s+जाला|लिखाला|होला|होई|होता\s+है|होती\s+है|होते\s+हैं|रही|रहेला|बा|है|हैं))?(?=\s*[.।;!?\n]|$)/gu;

/** The fields of a record in Hindi or Bhojpuri: "और", "आ" or "अउर" (and) before the last. */
function devanagariFields(list: string): string {
  return list
    .split(/\s*,\s*|\s+(?:और|आ|अउर)\s+/u)
    .map((field) => field.trim())
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * Hiligaynon "Ang kada kliyente may ngalan, numero sang cellphone, kag pungsod" (every client has
 * a name, a cellphone number and a country): the thing after "every" (kada), its fields after
 * "has" (may).
 */
const HILIGAYNON_EVERY_HAS =
  /(^|[.;!?\n]\s*)(?:kag\s+)?ang\s+kada\s+([\p{L}\p{M}-]+)\s+may\s+([^.;!?\n]+)/giu;

/**
 * The fields of a Hiligaynon record: "kag" (and) before the last, where commas part them ("bulak
 * kag kandila", flowers and candles, is one field among commas); "ukon wala" (or not) says a yes
 * or no, and "ukon" (or) between the values in brackets is "or".
 */
function hiligaynonFields(list: string): string {
  const items = list.includes(",") ? list.split(/\s*,\s*(?![^()]*\))/u) : list.split(/\s+kag\s+/u);
  return items
    .map((field) =>
      field
        .trim()
        .replace(/^kag\s+/iu, "")
        .replace(/\s+ukon\s+wala$/iu, " or not")
        .replace(
          /\(([^()]*)\)/gu,
          (_brackets, values: string) => `(${values.replace(/,?\s+ukon\s+/giu, " or ")})`,
        ),
    )
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * Hiligaynon "ang kada order para sa isa lang ka nitso" (every order is for one tomb only):
 * whose each one is.
 */
const HILIGAYNON_EACH_IS_ONES =
  /(^|[.;!?\n,]\s*)(?:kag\s+)?ang\s+kada\s+([\p{L}\p{M}-]+)\s+para\s+sa\s+isa\s+(?:lang\s+)?ka\s+([\p{L}\p{M}-]+)(?=\s*[.;!?\n]|$)/giu;

/**
 * Chichewa "Membala aliyense ali ndi dzina, mudzi ndi nambala ya foni" (every member has a name,
 * a village and a phone number), "Mbuzi iliyonse ili ndi …", "Kupereka kulikonse kuli ndi …":
 * the thing before "every" (-li-onse, agreeing with it), its fields after "has" (-li ndi).
 */
const CHICHEWA_EVERY_HAS =
  /(^|[.;!?\n]\s*)(?:ndipo\s+)?([\p{L}'’-]+)\s+(?:aliyense|iliyonse|uliwonse|lililonse|kulikonse|chilichonse|zilizonse|tilitonse)\s+(?:ali|ili|uli|lili|kuli|chili|zili|tili)\s+ndi\s+([^.;!?\n]+)/giu;

/** The fields of a Chichewa record: "ndi" (and) before the last, "its" (yake, wake, …) no part of a name. */
function chichewaFields(list: string): string {
  return list
    .split(/\s*,\s*|\s+ndi\s+/u)
    .map((field) => field.trim().replace(/\s+(?:yake|wake|lake|kake|chake|zake|awo|ake)(?=\s|$)/giu, ""))
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * Chichewa "Mbuzi imodzi ili ndi mwini mmodzi, ndipo membala mmodzi akhoza kukhala ndi mbuzi
 * zambiri" (one goat has one owner, and one member can have many goats): whose each one is, said
 * of a field read already; it names no thing of its own.
 */
const CHICHEWA_ONE_HAS_ONE =
  /(^|[.;!?\n]\s*)[\p{L}'’-]+\s+(?:imodzi|mmodzi|umodzi|limodzi|kamodzi|chimodzi)\s+(?:ali|ili|uli|lili|kuli|chili)\s+ndi\s+[\p{L}'’-]+\s+(?:mmodzi|imodzi|umodzi|limodzi|chimodzi)(?:\s*,\s*ndipo\s+[^.;!?\n]*)?(?=\s*[.;!?\n]|$)/giu;

/**
 * Turkmen "Her gelniň ady, telefon belgisi we toý senesi bar" (every bride has a name, a phone
 * number and a wedding date), "Her sargytda gelin, …, reňk bar" (in every order there are the
 * bride, …, the colour): the thing after "every" (her) with "of" (-yň, -iň, -nyň, -niň) or "in"
 * (-da, -de) written onto it, its fields before "there is" (bar).
 */
const TURKMEN_EVERY_HAS =
  /(^|[.;!?\n]\s*)(?:we\s+)?her\s+(\p{L}+?)(?:(?<=[aeiouyäöü])(?:nyň|niň)|(?<![aeiouyäöü])(?:yň|iň|uň|üň)|da|de|ta|te)\s+([^.;!?\n]+?)\s+bar(?=\s*[.;!?\n]|$)/giu;

/**
 * "geln" (from "gelniň") → "gelin", "ogl" (from "ogluň") → "ogul": the vowel Turkmen drops from
 * a word's last syllable before an ending, put back in harmony with the vowel before it.
 */
export function turkmenStem(stem: string): string {
  return stem.replace(
    /(?<=[aeiouyäöü][^aeiouyäöü]*?)([bçdfgjklmnňprsştwzž])([lmnrz])$/u,
    (_pair, first: string, last: string) => {
      const vowel = stem.slice(0, -2).match(/[aeiouyäöü](?=[^aeiouyäöü]*$)/u)?.[0] ?? "i";
      const dropped = /[ou]/u.test(vowel) ? "u" : /[öü]/u.test(vowel) ? "ü" : /[ay]/u.test(vowel) ? "y" : "i";
      return `${first}${dropped}${last}`;
    },
  );
}

/** The fields of a Turkmen record: "we" (and) before the last; "ýa-da" (or) stays in the field it joins. */
function turkmenFields(list: string): string {
  return list
    .split(/\s*,\s*|\s+we\s+/u)
    .map((field) => field.trim())
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * Turkmen "Bir sargyt bir gelniňki, ýöne bir gelniň birnäçe sargydy bolup biler" (an order is one
 * bride's, but a bride can have several orders): whose each one is, "-ňki" (the one of) on the
 * owner; the many the other has says it again.
 */
const TURKMEN_EACH_IS_ONES =
  /(^|[.;!?\n]\s*)bir\s+(\p{L}+)\s+bir\s+(\p{L}+?)(?:(?<=[aeiouyäöü])(?:nyňky|niňki)|(?<![aeiouyäöü])(?:yňky|iňki|uňky|üňki))(?:\s*,\s*(?:ýöne|emma|we)\s+[^.;!?\n]*)?(?=\s*[.;!?\n]|$)/giu;

/**
 * Low German "Jeder Rieder hett en Naam, en Adress, …" (every rider has a name, an address, …),
 * "Bi jeden Törn schrievt wi den Rieder, de Nummer … op" (at every round we write down the
 * rider, the number …), and German "Bei jeder Fahrt notieren wir den Fahrer, …": each one of a
 * thing, then its fields, "un" or "und" before the last.
 */
const EVERY_ONE_GERMANIC =
  /(^|[.;!?\n]\s*)(?:[Uu]n\s+|[Uu]nd\s+)?(?:[Jj]ede[nrs]?|[Bb]i\s+jede[nrs]?|[Bb]ei\s+jede[mnrs]?)\s+(\p{Lu}[\p{L}\p{M}'’-]*)\s*,?\s+(?:hett|hebbt|(?:schrievt|schrieven|noteert|hoolt|bruukt)\s+wi|(?:notieren|schreiben|brauchen|halten)\s+wir)\s+([^.;!?\n]*(?:,|\s(?:un|und)\s)[^.;!?\n]*?)(?:\s+(?:op|auf))?(?=\s*(?:[.;!?\n]|$))/gu;

/** The fields of a Low German or German record: the articles ("en", "de", "den", "sien") off each. */
function germanicFields(list: string): string {
  return list
    .split(/\s*,\s*|\s+(?:un|und)\s+/u)
    .map((field) =>
      field
        .trim()
        .replace(
          /^(?:en|een|ein|eine|einen|de|den|dat|dem|der|die|das|sien|sin|ehr|ihr|ihre|sein|seine)\s+/iu,
          "",
        ),
    )
    .filter((field) => field.length > 0)
    .join(", ");
}

/**
 * Te reo Māori "Kei ia kaihoko tōna ingoa, tōna nama waea me tōna tāone" (each customer has
 * its name, its phone number and its town), "Kei ia ota te kaihoko, te rā, …": the thing after
 * "kei ia" (at each), then its fields, each after "te" (the) or "tōna" (its).
 */
const MAORI_AT_EACH =
  /(^|[.;!?\n]\s*)kei\s+ia\s+([\p{L}\p{M}]+)\s+((?:te|tōna|tona|tāna|ōna|ngā|tana)\s[^.;!?\n]+)/giu;

/** "Kotahi te kaihoko o ia ota" (one customer of each order): each order is one customer's. */
const MAORI_ONE_OF_EACH =
  /(^|[.;!?\n]\s*)kotahi\s+te\s+([\p{L}\p{M}]+)\s+o\s+ia\s+([\p{L}\p{M}]+)(?:\s*,\s*ā,\s*he\s+maha[^.;!?\n]*)?/giu;

/** The fields of a Māori record: "me" (and) joins the last, "te", "ngā" or "tōna" goes before each. */
function maoriFields(list: string): string {
  return (
    list
      .split(/\s*,\s*(?:me\s+)?|\s+me\s+/u)
      .map((field) => field.trim().replace(/^(?:te|tōna|tona|tāna|ōna|ngā|tana)\s+/iu, ""))
      // ("te maha o ngā pouaka", the number of boxes: "o" is "of" here, never the "or" of the
      // Romance languages, and is held to its words as an "or" between values is.)
      .map((field) => field.replace(/\s+o\s+(?=(?:ngā|te)\s)/giu, "\u2060o\u2060"))
      .filter((field) => field.length > 0)
      .join(", ")
  );
}

/**
 * Setswana "Motsamaisi mongwe le mongwe o na le leina, nomore ya mogala …" (every poler has a
 * name, a phone number …), "Leeto lengwe le lengwe le na le …", "Lodge nngwe le nngwe e na le
 * …": the thing before "every" ("mongwe le mongwe", agreeing with it), its fields after "has"
 * ("o na le", "le na le", "e na le").
 */
const SETSWANA_EVERY_HAS =
  /(^|[.;!?\n]\s*)(?:mme\s+)?([\p{L}'’-]+)\s+(mongwe\s+le\s+mongwe|lengwe\s+le\s+lengwe|nngwe\s+le\s+nngwe|sengwe\s+le\s+sengwe|bongwe\s+le\s+bongwe|longwe\s+le\s+longwe)\s+(?:o|le|e|se|bo|lo)\s+na\s+le\s+([^.;!?\n]+)/giu;

/**
 * Setswana "Leeto lengwe le tsamaisiwa ke motsamaisi a le mongwe, mme motsamaisi a le mongwe o
 * tsamaisa maeto a mantsi" (a trip is led by one poler, and one poler leads many trips): whose
 * each one is, said of a field read already; it names no thing of its own.
 */
const SETSWANA_ONE_BY_ONE =
  /(^|[.;!?\n]\s*)[\p{L}'’-]+\s+(?:mongwe|lengwe|nngwe|sengwe)\s+(?:o|le|e|se)\s+[\p{L}'’-]+\s+ke\s+[\p{L}'’-]+\s+(?:a|o|e|le|se)\s+le\s+(?:mongwe|lengwe|nngwe|sengwe)(?:\s*,\s*mme\s+[^.;!?\n]*)?(?=\s*[.;!?\n]|$)/giu;

/**
 * A Setswana thing named as many, the way a table of them is: "motsamaisi" (a poler, one who
 * does, ending in "-i") → "batsamaisi", "mokoro" → "mekoro", "leeto" → "maeto", "selepe" →
 * "dilepe"; a word borrowed whole ("lodge") stays as it is.
 */
export function setswanaPlural(word: string, every: string): string {
  const lower = word.toLowerCase();
  if (/^mongwe/i.test(every) && /^mo\p{L}{2,}/u.test(lower))
    return lower.replace(/^mo/u, /i$/u.test(lower) ? "ba" : "me");
  if (/^lengwe/i.test(every) && /^le\p{L}{2,}/u.test(lower)) return lower.replace(/^le/u, "ma");
  if (/^sengwe/i.test(every) && /^se\p{L}{2,}/u.test(lower)) return lower.replace(/^se/u, "di");
  return lower;
}

/**
 * The fields of a Setswana record: "le" (and) before the last, "le gore …" (and whether …) before
 * a yes or no; "le kae" (how many) and "le ene" (with them) keep their "le", and "wa gagwe" (his)
 * is no part of a name.
 */
function setswanaFields(list: string): string {
  return list
    .replace(/(?<![\p{L}])gore\s+(?:o|le|e|se|ba|di|a|bo|lo)\s+/giu, "")
    .split(/\s*,\s*(?:le\s+)?|\s+le\s+(?!(?:kae|ene|bone|rona|nna|wena)(?![\p{L}]))/u)
    .map((field) =>
      field.trim().replace(/\s+(?:wa|ya|la|sa|tsa|ba|a|lwa|jwa)\s+(?:gagwe|bone|gago|rona|me)$/iu, ""),
    )
    .filter((field) => field.length > 0)
    .join(", ");
}

/** "X: field, field": a record put as the plain list, its fields read the language's way. */
function thingWithFields(fieldsOf: (list: string) => string) {
  return (_whole: string, start: string, thing: string, list: string): string =>
    `${start}${thing}: ${fieldsOf(list)}`;
}

/** "Each X belongs to one Y": whose each one is, as the rest of the reading says it. */
function eachBelongsToOne(_whole: string, start: string, thing: string, owner: string): string {
  return `${start}Each ${thing} belongs to one ${owner}`;
}

/** A text with the records told in Wolof, Tajik, Burmese, Lao, Swiss German, Quechua, Sranan, Asturian, Tatar, Hindi, Bhojpuri, Hiligaynon, Chichewa, Turkmen, Low German, te reo Māori, Setswana or the languages of Europe put as plain lists. */
export function recordsSaidElsewhere(text: string): string {
  return (
    text
      .replace(WHETHER_ONE_OR_OTHER, "$1$2 $3 $4")
      .replace(ROMANCE_EACH_IS_ONES, eachBelongsToOne)
      // Wolof "Ci xar bu nekk, dañuy bind numéro bi, photo bi ak prix bi" (for every sheep we
      // write the number, the photo and the price): the thing, then its fields, "the" after each.
      .replace(WOLOF_FOR_EACH, thingWithFields(wolofFields))
      .replace(TAJIK_EVERY, (whole, start: string, thing: string, list: string) =>
        /[ҳқҷӯӣғ]/iu.test(whole) && /,|\sва\s/u.test(list) ? `${start}${thing}: ${tajikFields(list)}` : whole,
      )
      .replace(BURMESE_FOR_EACH, thingWithFields(burmeseFields))
      .replace(LAO_EACH, (_whole, thing: string, list: string) => `\n${thing}: ${laoFields(list)}\n`)
      .replace(FOR_EACH_EUROPEAN, thingWithFields(europeanFields))
      // (On a line of its own each, as a list of records is read.)
      .replace(
        EVERY_ONE_GERMANIC,
        (_whole, start: string, thing: string, list: string) =>
          `${start}\n${thing}: ${germanicFields(list)}\n`,
      )
      .replace(SWISS_AT_THE, thingWithFields(swissFields))
      .replace(QUECHUA_EACH_IS_ONES, eachBelongsToOne)
      .replace(SRANAN_EACH_IS_ONES, eachBelongsToOne)
      .replace(TATAR_EACH_IS_ONES, eachBelongsToOne)
      .replace(TATAR_EVERY_HAS, thingWithFields(tatarFields))
      .replace(DEVANAGARI_EVERY, thingWithFields(devanagariFields))
      .replace(SRANAN_EVERY_HAS, thingWithFields(srananFields))
      .replace(HILIGAYNON_EACH_IS_ONES, eachBelongsToOne)
      .replace(HILIGAYNON_EVERY_HAS, thingWithFields(hiligaynonFields))
      .replace(CHICHEWA_ONE_HAS_ONE, "$1")
      .replace(CHICHEWA_EVERY_HAS, thingWithFields(chichewaFields))
      .replace(MAORI_AT_EACH, thingWithFields(maoriFields))
      .replace(SETSWANA_ONE_BY_ONE, "$1")
      .replace(
        SETSWANA_EVERY_HAS,
        (_whole, start: string, thing: string, every: string, list: string) =>
          `${start}\n${setswanaPlural(thing, every)}: ${setswanaFields(list)}\n`,
      )
      .replace(MAORI_ONE_OF_EACH, (_whole, start: string, owner: string, thing: string) =>
        eachBelongsToOne(_whole, start, thing, owner),
      )
      .replace(TURKMEN_EACH_IS_ONES, (whole, start: string, thing: string, owner: string) =>
        eachBelongsToOne(whole, start, thing, turkmenStem(owner)),
      )
      .replace(
        TURKMEN_EVERY_HAS,
        (_whole, start: string, thing: string, list: string) =>
          `${start}${turkmenStem(thing)}: ${turkmenFields(list)}`,
      )
  );
}
