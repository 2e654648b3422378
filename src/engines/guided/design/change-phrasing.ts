import { isEnglish } from "../understanding/language.js";
import { asWrittenEnglish } from "../understanding/spoken-english.js";
import { changeSaidElsewhere } from "./changes-elsewhere.js";

/**
 * "Could you please add …", "can we drop …", Dublin's "would yiz ever put …": a change asked
 * for as a question, and the words that ask it.
 */
export const POLITE_REQUEST =
  /^(?:(?:oh|and|so|ok|okay)[,\s]+)*(?:can|could|would|will)\s+(?:you|we|ya|u|yiz|yis|youse|yous|ye)\s+(?:please\s+|also\s+|just\s+|ever\s+)*(?=(?:take|remove|drop|delete|add|put|give|rename|call|leave|keep|change|make|include)\b)/i;

/**
 * One change to the records, said as people say it, put as plain English the edits read:
 * the words that bring it in ("One more thing before I forget:", "Before I approve it,
 * kindly"), English as spoken ("Tak the email aff"), a change asked as a question ("Can
 * you call the cruises 'trips' instead?"), and the ways other languages say "take X off Y"
 * and "put X on Y" (Afrikaans, Uzbek, Khmer, Gujarati, Punjabi, Telugu, Cebuano, Tok Pisin, Irish,
 * Maltese, Marathi, Haitian Creole).
 */
export function asPlainChange(sentence: string): string {
  // Gujarati, Punjabi, Cebuano, Tok Pisin, Telugu, Irish, Maltese, Marathi and Haitian Creole
  // each say "put X on Y" and "take X off Y" their own way (changes-elsewhere.ts).
  // (Low German "maakt bi de Rieders … rin" is read as said: its "de" is no "the" of English as spoken.)
  const elsewhere = changeSaidElsewhere(sentence);
  return askedPlainly(elsewhere !== sentence ? elsewhere : changeSaidElsewhere(englishChange(sentence)));
}

/**
 * A change said in English, as plainly as the edits read it: the words that bring it in left
 * off, English as spoken put as written, a rename or a removal said another way put plainly.
 */
function englishChange(sentence: string): string {
  // "An da garments need …" is English said as spoken; Portuguese "da" is no "the".
  return (
    (spokenEnglish(sentence) ? asWrittenEnglish(sentence) : sentence)
      // ("n put who brought them on the players": "and" typed as "n".)
      .replace(/^(?:and|an|n|&|also|plus|oh,?|pis|puis|et|y)\s+/i, "")
      // "add the meter number to the subscribers pls, …": "please" typed short, after the change.
      .replace(/\s+(?:pls|plz|pleas|please)(?=\s*(?:[,.!;]|$))/giu, "")
      // "the garments need the date it came back, not just the date it's due": what is had already stays.
      .replace(/,\s*(?:no|not)\s+just\b.*$/i, "")
      // "Just the one thing, put the pear on the batches": how many changes there are, said
      // first, is no part of the change.
      .replace(
        /^(?:just\s+)?(?:the\s+)?(?:one|two)\s+(?:more\s+|little\s+|small\s+)?(?:thing|things|change|changes)\s*[,:;]\s*(?=(?:please\s+)?(?:take|remove|drop|delete|add|put|give|rename|call|leave|keep)\b)/i,
        "",
      )
      // "no, take the last done off the horses", "Only take out the collectors", Nigerian "Abeg add
      // NIN for the agents" (please add …), Pohnpeian "Menlau, put …" (please): the answer to
      // "anything to change?", or how little is changed, before the change.
      .replace(
        /^(?:(?:no|nope|yeah|yes|ok|okay|right|so|well|wait|hmm|actually|ah|aye|oh|och|um|only|just|abeg|biko|oya|menlau|plis)[,!]?\s+)+(?=(?:please\s+)?(?:take|remove|drop|delete|add|put|give|rename|call|leave|keep)\b)/i,
        "",
      )
      // "Every year the badges are a different colour, so the checkers can tell, so put the
      // colour on the badges": why, said first, is no part of the change it leads to.
      .replace(/^[^.!?]*,\s*so\s+(?=(?:please\s+)?(?:put|add|take|remove|drop)\s)/i, "")
      // "put which boat they're coming on, the morning or the afternoon, on the bookings": the
      // values a field takes, said between commas after it, are no part of its name.
      .replace(
        /^((?:please\s+)?(?:put|add)\s+[^,.!;]+?),\s+(?:the\s+|a\s+|an\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?\s+or\s+(?:the\s+|a\s+|an\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?,\s+(?=(?:on|to)\s)/iu,
        "$1 ",
      )
      // "put also the generator on the bookings": "also" said after the verb.
      .replace(/^((?:please\s+)?(?:put|add))\s+also\s+/i, "$1 ")
      // "put one thing on the orders for the message on the cake, 'Happy Christmas Nana' and all
      // that": a place on a thing for a field is that field put on it.
      .replace(
        /^(?:please\s+)?(?:put|add)\s+(?:one|a|an|another)\s+(?:more\s+)?(?:thing|field|column|box|space|place|line)\s+(?:on|to)\s+(?:the\s+|every\s+|each\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+for\s+(?:the\s+|a\s+)?([^,.!;]+?)(?=\s*(?:[,.!;]|$)).*$/iu,
        "put the $2 on the $1",
      )
      // "And on the auction put if it's paid, Fátima wants …": where it goes, said first.
      .replace(
        /^(?:on|to)\s+(?:the\s+|every\s+|each\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s*,?\s+(?:please\s+)?(put|add)\s+([^,.!;]+?)(?=\s*(?:[,.!;]|$)).*$/iu,
        "$2 $3 on the $1",
      )
      // "And put on the bookings whether anybody needs the ramp, we've a ramp …": where it goes,
      // said straight after "put on".
      .replace(
        /^(?:please\s+)?(put|add)\s+on(?:to)?\s+(?:the\s+|every\s+|each\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+((?:whether|if|the|a|an|how|who|which|what|when)\s[^,.!;]+?)(?=\s*(?:[,.!;]|$)).*$/iu,
        "$1 $3 on the $2",
      )
      // "Just leave the grower's name right there on the barrel": what is left on a thing, once
      // another is taken out, is put on it.
      .replace(
        /^(?:please\s+)?leave\s+(the\s+[^,.!;]+?)\s+(?:right\s+)?(?:there\s+|here\s+)?on\s+(?:the\s+|every\s+|each\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)(?=\s*(?:[,.!;]|$)).*$/iu,
        "put $1 on the $2",
      )
      // "Take the growers out of it altogether, …": a thing taken out of it all is removed.
      .replace(
        /^(?:please\s+)?take\s+(?:the\s+)?([\p{L}\p{M}][\p{L}\p{M} -]*?)\s+(?:(?:right|clean|straight|completely)\s+)?out(?:\s+of\s+(?:it|this|there|the\s+(?:app|program|list)))?(?:\s+(?:altogether|entirely|completely))?(?=\s*(?:[,.!;]|$)).*$/iu,
        "remove $1",
      )
      // "take away the customers, pa bezwen, we don't keep …": a thing taken away, and why.
      .replace(
        /^(?:please\s+)?take\s+away\s+(?:the\s+)?([\p{L}\p{M}][\p{L}\p{M} -]*?)\s*(?:,.*)?[.!]*$/iu,
        "remove $1",
      )
      // Afrikaans "Haal die voertuig registrasie by die gaste af en sit dit eerder by die
      // besprekings": taken off one thing and put on another, as English says it.
      .replace(
        /^(?:haal|neem|vat)\s+(?:die\s+)?(.+?)\s+(?:by|van)\s+(?:die\s+)?([\p{L}-]+)\s+(?:af|weg|uit)(?:\s+en\s+sit\s+(?:dit|hulle)\s+(?:eerder\s+|liewer\s+)?by\s+(?:die\s+)?([\p{L}-]+))?/iu,
        (_whole, field: string, from: string, to?: string) =>
          `take the ${field} off the ${from}${to ? ` and put it on the ${to} instead` : ""}`,
      )
      // "One more thing before I forget: put the school on the children", "Just one thing I
      // forgot: could you put …": the words that bring the change in, up to a colon, are no part of it.
      .replace(
        /^[^:]{1,60}:\s*(?=(?:(?:can|could|would|will)\s+(?:you|we|ya|u|yiz|yis|youse|yous|ye)\s+(?:ever\s+)?)?(?:please\s+)?(?:also\s+)?(?:take|remove|drop|delete|add|put|give|rename|call|leave|keep|change)\b)/i,
        "",
      )
      // Uzbek "Mijozlardan pasport raqamini olib tashlang", "Buyurtmalarga kuyov va kelinning
      // ismini qo'shing": the thing with "from" (-dan) or "to" (-ga) on it, the field with -ni.
      .replace(
        /^([\p{L}'’ʻ]+?)(dan|ga|ka|qa)\s+(.+?)(?:ni)?\s+(olib\s+tashlang|olib\s+tashla|qo['’ʻ]?shing|qo['’ʻ]?shib\s+qo['’ʻ]?ying)(?=[\s,.!]|$).*$/iu,
        (_whole, thing: string, suffix: string, field: string, verb: string) => {
          const fields = field.replace(/\s+va\s+/giu, " and ");
          return /^dan$/i.test(suffix) && /^olib/i.test(verb)
            ? `take the ${fields} off the ${thing}`
            : `put the ${fields} on the ${thing}`;
        },
      )
      // Khmer "សុំប្តូរឈ្មោះ ការផ្ញើ ទៅជា កញ្ចប់ វិញ" (please change the name of the sendings to parcels instead).
      .replace(
        /^(?:សុំ|សូម)?\s*ប្តូរឈ្មោះ\s*(\S+)\s*ទៅ(?:ជា)?\s*(\S+?)(?:\s*វិញ)?(?=[\s,.!]|$).*$/u,
        "rename $1 to $2",
      )
      // "Only one ting, change 'Customers' to 'Drivers', dat's what we call dem": how little
      // is changed, before the change, and a new name in quotes, whatever is said after it.
      .replace(
        /^(?:(?:only|just)\s+(?:one\s+|1\s+)?|(?:one|1)\s+)(?:more\s+|small\s+|little\s+)?(?:thing|ting|fing|change)(?:\s+(?:tho|though|like|babe|mate|love|hun|bab|mind|kio|lah))?\s*,\s*/i,
        "",
      )
      // Jaksel "rename bookings jadi reservations ya, biar sama kayak di ig kita" (rename bookings
      // to reservations, so it matches our Instagram): "jadi" is "to", and why is no part of it.
      .replace(
        /^(?:please\s+)?(?:change|rename|ganti)\s+(?:the\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?:jadi|menjadi)\s+([\p{L}\p{M}-]+(?:\s+(?!(?:ya|yah|dong|aja|deh)(?![\p{L}]))[\p{L}\p{M}-]+)?)(?:\s+(?:ya|yah|dong|aja|deh))?(?=\s*(?:[,.!]|$)).*$/iu,
        "rename $1 to $2",
      )
      .replace(
        /^(?:please\s+)?(?:change|rename)\s+(?:the\s+name\s+of\s+)?(?:the\s+)?['"‘“]([^'"’”]+)['"’”]\s+(?:to|into)\s+['"‘“]([^'"’”]+)['"’”].*$/iu,
        "rename $1 to $2",
      )
      // "where you put 'Bookings', put 'Reservations' instead, is so the hotels does call it",
      // "where it says Consignments, put Freight", "where it is written 'Bookings', please write 'Groups'",
      // "where it says Roll can you put Attendance":
      // one name put where another stood is a new name, whatever is said after it.
      .replace(
        /^(?:where|wherever)\s+(?:you\s+)?(?:put|wrote|have|had|say|said|call|it\s+says|it\s+said|it\s+is\s+written|it['’]s\s+written|is\s+written|it\s+reads|it\s+shows)\s+(?:the\s+)?['"‘“]?([^'"’”,]+?)['"’”]?(?:\s*,\s*|\s+(?=(?:can|could|would|will)\s+you\s))(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:put|write|say|call\s+(?:it|them)|make\s+(?:it|them))\s+['"‘“]?([^'"’”,.!]+?)['"’”]?(?:\s+instead)?(?=\s*(?:[,.!]|$)).*$/iu,
        "rename $1 to $2",
      )
      // "That payments one, no need that one, bala, …": a thing pointed at, then turned down.
      .replace(
        /^(?:but\s+)?(?:that|the|dat|da)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+one\s*,?\s+(?:no\s+need(?:\s+(?:that|dat)\s+one|\s+(?:it|for\s+it))?|(?:we\s+)?(?:don'?t|do\s+not)\s+need\s+(?:it|that(?:\s+one)?)|not\s+needed|(?:leave|take)\s+(?:it|that(?:\s+one)?)\s+out|(?:drop|scrap|bin|remove)\s+(?:it|that(?:\s+one)?))(?=\s*(?:[,.!]|$)).*$/iu,
        "remove $1",
      )
      // "Put the guides also, with name, phone and languages": a thing put in with what it holds is added.
      .replace(
        /^(?:please\s+)?(?:put|pit|add)\s+(?:in\s+)?(?:the\s+)?([\p{L}\p{M}-]+(?:\s+(?!(?:also|too|as)\b)[\p{L}\p{M}-]+)?)(?:\s+(?:also|too|as\s+well))?\s*,?\s+with\s+/iu,
        "add $1 with ",
      )
      // "Please keep the judges separately, with name and phone": a thing kept apart is a thing of its own.
      .replace(
        /^((?:please\s+)?keep\s+(?:the\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?:separately|separate|apart|on\s+(?:their|its)\s+own|by\s+themselves)(?=\s*(?:[,.!;]|\s+with\b|$))/iu,
        "$1",
      )
      // "And the leader's phone, make it WhatsApp number", "make the phone the WhatsApp number":
      // a field made into another named one is renamed; made "optional" or "a list", it is not.
      .replace(
        /^(?:(?:the\s+)?([\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,2}),\s*(?:please\s+)?make\s+(?:it|them|that)|(?:please\s+)?make\s+(?:the\s+)?([\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,2}?))\s+(?:into\s+)?(?:the\s+|a\s+)?((?:[\p{L}\p{M}-]+\s+){0,2}(?:number|name|phone|address|code|id|date|email|contact|price|fee|amount|note|notes|time|day|place|count|total|account|handle|link))(?=\s*(?:[,.!;]|$)).*$/iu,
        (_whole, before: string | undefined, named: string | undefined, after: string) =>
          `rename ${before ?? named} to ${after}`,
      )
      // "change vans to trucks": a short name for another, said with "change".
      .replace(
        /^(?:please\s+)?change\s+(?:the\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?:to|into)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)[.!]*$/iu,
        "rename $1 to $2",
      )
      .replace(/^(?:actually|also|oh)[,\s]+(?=(?:the|all|every|each)\s)/iu, "")
      // "I forgot: the drivers need a licence number", "One more thing, …", "And the customers
      // want an email too, sorry": how it is brought up, and the apology, are no part of it.
      .replace(
        /^(?:(?:oh|and|also)[,\s]+)?(?:i\s+forgot|one\s+more\s+thing|another\s+thing|last\s+thing)\s*[:,.!-]\s*/iu,
        "",
      )
      .replace(/^(?:and|oh|also)[,\s]+(?=(?:the|all|every|each)\s)/iu, "")
      .replace(/\s*,?\s+sorry\s*[.!]*$/iu, "")
      // "the orders need a delivery date as well": how it adds to what is there is no part of it.
      .replace(/\s+(?:as\s+well|too)(?=\s*[.!]*$)/iu, "")
      // "Get rid of the address on customers": taken off, said another way.
      .replace(/^(?:please\s+)?(?:get\s+rid\s+of|ditch|scrap|bin|lose)\s+(?=\S)/iu, "remove ")
      // "add a 'paid' column": the quotes around a field's name are no part of it.
      .replace(/['"‘“]([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)['"’”](?=\s+(?:column|field|box)\b)/iu, "$1")
      // "I'd also like a notes field on orders", "we want the shoe size on the riders": a field
      // wished for on a thing is put on it.
      .replace(
        /^(?:i|we)(?:['’]d|\s+would)?\s+(?:also\s+)?(?:like|want|need)\s+(?=(?:a|an|the)\s+[^,.!;]+?\s+(?:on|to|for)\s+(?:the\s+|each\s+|every\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?(?=\s*(?:[,.!;]|$)))/iu,
        "add ",
      )
      // "Customers don't need the address": a field a thing can do without is taken off it.
      .replace(
        /^(?:the\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?:don['’]?t|doesn['’]?t|do\s+not|does\s+not)\s+need\s+(?:the|a|an|their|its)\s+([^,.!;]+?)(?=\s*(?:[,.!;]|$)).*$/iu,
        "remove $2 from $1",
      )
  );
}

/** The change in English, without how it is asked: a question, "kindly", brackets of values. */
function askedPlainly(change: string): string {
  return (
    change
      // "add the riding experience to the trekkers (none, some or experienced), so that …": the
      // values in brackets after the thing are no part of its name.
      .replace(
        /(\b(?:to|on|onto)\s+(?:the\s+|each\s+|every\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s*\([^()]*\)/giu,
        "$1",
      )
      // "Can you call the cruises 'trips' instead?": a change asked for as a question.
      .replace(POLITE_REQUEST, "")
      .replace(/\?$/, "")
      // "Take off the email from the vendors": what comes off, then what it comes off.
      .replace(
        /^(?:please\s+)?take\s+off\s+(?:the\s+)?(.+?)\s+from\s+(?:the\s+)?(.+)$/i,
        "take the $1 off the $2",
      )
      // "take the volunteer hours right out, …": taken out, whole.
      .replace(
        /^(?:please\s+)?(?:take|tek|tak)\s+(.+?)\s+(?:right\s+|clean\s+|all\s+|straight\s+)?out(?=\s*(?:[,.;!]|$))/i,
        "remove $1",
      )
      // "Before I approve it, kindly add the next of kin to each member": when, and how
      // politely, is no part of the change.
      .replace(
        /^(?:(?:before|now|first|once|then)\b[^,]{0,40},\s*)?(?:kindly|please)\s+(?=(?:also\s+)?(?:take|remove|drop|delete|add|put|give|rename|call|leave|keep)\b)/i,
        "",
      )
      .trim()
  );
}

/** English, or English as spoken ("An da fleeces need da date hit came back"), with none of the small words of the languages that write "da" and "de". */
function spokenEnglish(sentence: string): boolean {
  const ascii = !/[^\p{ASCII}]/u.test(sentence);
  return (
    isEnglish(sentence, ascii) ||
    // "Put what e made of on ebry basket, de materials": English once its small words are written.
    (ascii && isEnglish(asWrittenEnglish(sentence), false)) ||
    (ascii &&
      !/\b(?:el|la|los|las|le|les|du|des|dos|das|do|del|della|con|para|que|et|y|e|o|um|uma|il|lo|gli|und|der|die|das|het|een)\b/i.test(
        sentence,
      ))
  );
}
