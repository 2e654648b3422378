import { pluralize, singularize } from "../language/inflection.js";
import { ADJECTIVES, TAKES_NO_VALUES } from "../language/lexicon.js";
import { doneAlone } from "./fields.js";
import { recordsSaidElsewhere } from "./records-elsewhere.js";
import { TAG_WORDS } from "./spoken-english.js";

/**
 * "…, and one sewer has plenty of baskets", "a customer has heaps of orders", "a member may of course have many of each, ha":
 * how many of another one of a thing holds, said after "belongs to".
 */
const OWNS_MANY_SAID_AS_RELATION = new RegExp(
  String.raw`,?\s*(?:and\s+|while\s+|but\s+)?(?:one|a|an|each|every)\s+[\p{L}\p{M}-]+\s+(?:(?:may|can|will|could)\s+)?(?:of\s+course\s+)?(?:has|have|got)\s+(?:many|plenty(?:\s+of)?|lots\s+of|a\s+(?:whole\s+)?lot\s+of|several|loads\s+of|heaps\s+of|tons\s+of|a\s+heap\s+of|a\s+bunch\s+of|a\s+few|any\s+number\s+of|more\s+than\s+one)(?:\s+[\p{L}\p{M}-]+){0,2}?(?:\s*,\s*(?:${TAG_WORDS}))?\s*(?=[.;!?\n]|$)`,
  "giu",
);

/**
 * Ways of telling a record that say the same as a plain list, put as the list the rest of
 * the reading knows: French typography (a space before a colon, « quotes »), what a thing
 * "would have" or "ought to have", "either … or …" before its fields, what each is "for",
 * "per" or "on", what each "has its" or "gets", the name a person settles on ("let me call
 * it …", "… I mean"), examples and asides between a thing and its fields, a Thai list
 * parted by spaces, "min and max X", "the layout, meaning …", "a tick if they were
 * absent", and a word for several fields with the fields in brackets ("the limits for each
 * one (…)").
 */
/**
 * "For the pensões, the family, the pounds, …", "For the bookings, who booked, the date, …",
 * "For the practice, the date and who came", "Then the azukari, which koi, which buyer, …": a
 * thing, then its fields, no verb between ("Then the pickings, which are the picker, …": or only "which are").
 */
const FOR_A_THING_ITS_FIELDS =
  /(^|[.;!?\n]\s*)(?:and\s+)?(?:for\s+(?:each|every|the)|(?:then|next)\s+the)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?),\s+(?:(?:which|that)\s+(?:are|is)\s+)?((?:the|a|an|its|their|how|if|whether|who|what|which|when|where)\s[^.;!?\n]*?(?:,|\sand\s)[^.;!?\n]*)(?=[.;!?\n]|$)/giu;

/** How a field in a list opens: "the family", "how many sweet breads", "if it was delivered". */
const FIELD_OPENING =
  /^(?:the|a|an|its|their|his|her|how\s+many|how\s+much|if|whether|what|who|which|when|where)\s+\S+(?:\s+\S+){0,5}$/iu;

/** A field said by the two values it takes: "cash or transfer", "delivery or pick-up". */
const SAID_BY_ITS_VALUES =
  /^(?!(?:the|a|an|its|their)\s)[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?\s+or\s+(?!not$)[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?$/iu;

/**
 * One word that names no field, which may be a value: "girl" in "girl, woman or man" ("paid" in
 * "paid, collect or deliver" is a yes or no of its own).
 */
const BARE_VALUE =
  /^(?!(?:the|a|an|its|their|name|number|date|time|phone|email|address|price|notes?)$)[\p{L}\p{M}-]+$/iu;

/** A field said by three values, none of them a plural: "girl, woman or man". */
const THREE_VALUES =
  /^[\p{L}\p{M}-]+(?<![^s]s)\s*,\s*[\p{L}\p{M}-]+(?<![^s]s)\s+or\s+(?!not$)[\p{L}\p{M}-]+(?<![^s]s)$/iu;

/** A field said as a yes or no: "paid or not", "delivered or not". */
const YES_OR_NO_FIELD = /^[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?\s+or\s+not$/iu;

/**
 * One entry of a list of fields said after "For every X,": it opens as a field does, and
 * what is joined to it by "and" either does too or is a word or two ("the owner's name
 * and phone", "how many sweet breads and if it was delivered").
 */
function isListedField(item: string): boolean {
  // What a field may be, in brackets after it, is no part of how it opens.
  const [first = "", ...joined] = item
    .replace(/\s*\([^()]*\)/gu, "")
    .trim()
    .split(/\s+and\s+/u);
  const opensAsField = (part: string) =>
    FIELD_OPENING.test(part) ||
    YES_OR_NO_FIELD.test(part) ||
    SAID_BY_ITS_VALUES.test(part) ||
    THREE_VALUES.test(part);
  return (
    opensAsField(first) &&
    joined.every((part) => opensAsField(part) || /^[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?$/u.test(part))
  );
}

export function plainRecordPhrasing(text: string): string {
  return (
    // Wolof, Tajik and Burmese tell a record their own way (records-elsewhere.ts).
    recordsSaidElsewhere(withCompoundNamed(text))
      // "the pounds of reds, pinks, chums and kings": one measure of each kind, a field for each.
      .replace(
        /\bthe\s+(pounds|lbs|kilos|kgs|kg|grams|litres|liters|gallons|tonnes|tons)\s+of\s+((?:[\p{L}\p{M}-]+\s*,\s*)+[\p{L}\p{M}-]+\s+(?:and|or)\s+[\p{L}\p{M}-]+)(?=\s*[.;!?\n]|\s*$)/giu,
        (_whole, unit: string, kinds: string) =>
          kinds
            .split(/\s*,\s*|\s+(?:and|or)\s+/u)
            .map((kind, index, all) => `${index === all.length - 1 ? "and " : ""}the ${kind} ${unit}`)
            .join(", ")
            .replace(/, and /u, " and "),
      )
      // "Then the orders, which have the customer, …": what the things have is said as "with".
      .replace(
        /(^|[.;!?\n]\s*)((?:(?:then|and|also|next)\s+)?the\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?),\s*(?:which|that)\s+(?:has|have)\s+(?=(?:the|a|an|its|their)\s[^.;!?\n]*,[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2, with ",
      )
      // "Each order gotta have the customer, …", "every boat has to have …": what each must have, it
      // has, when it is a list ("Every passenger must have a life jacket, …" is a rule).
      .replace(
        /\b((?:each|every|a|an)\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?:gotta|got\s+to|has\s+to|have\s+to|needs\s+to|need\s+to|should|must|will)\s+have\s+(?=(?:the|a|an|its|their|his|her)\s[^.;!?\n]*,[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1 has ",
      )
      // "A booking needs: name, date, time": what a thing needs, before a colon, is what it holds.
      .replace(
        /(^|[.;!?\n]\s*)((?:a|an|each|every|the)\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?:needs|has|have|holds|gets|takes|wants)\s*:/giu,
        "$1$3:",
      )
      // "We'd want to know for each dog its name, breed and owner": what is kept of each one.
      .replace(
        /(^|[.;!?\n]\s*)[^.;!?\n:]*?\bfor\s+(?:each|every)\s+(?!one\b|of\b)([\p{L}\p{M}-]+)\s+(?:its|their|his|her)\s+(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2: ",
      )
      // ("On each fleece I'd want the sheep's tag, the weight, …": the same, said with "on" or "with".)
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|so|then)\s+)?(?:on|with)\s+(?:each|every)\s+([\p{L}\p{M}-]+),?\s+(?:i|we)(?:['’]d|\s+would)?\s+(?:want|need|like|record|keep|write\s+down|note)\s+(?:to\s+(?:know|keep|record|have|see)\s+)?(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2: ",
      )
      // "What I need to know about a horse is its name, its owner and its vet": what is kept of one.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|so)\s+)?(?:what|all)\s+(?:i|we)\s+(?:need|want|have)\s+to\s+(?:know|keep|record|store|track)\s+(?:about|for|on|of)\s+(?:a|an|each|every|the)\s+([\p{L}\p{M}-]+)\s+(?:is|are)\s+(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2: ",
      )
      // "We'd record the date, the weight and the price for each load": the fields, then whose.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|so)\s+)?(?:i|we)(?:['’]d|\s+would|\s+need\s+to|\s+want\s+to|\s+will)?\s+(?:record|keep|store|log|track|note|write\s+down)\s+((?:the|its|their)\s+[^.;!?\n:]+?(?:,\s*|\s+and\s+)(?:the|its|their)\s+[^.;!?\n:]+?)\s+(?:for|of|on)\s+(?:each|every)\s+([\p{L}\p{M}-]+)\s*(?=[.;!?\n]|$)/giu,
        "$1$3: $2",
      )
      // "The app should remember each customer's name, address and what they usually order":
      // whose the list is, said first.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:so|and)\s+)?(?:(?:the\s+(?:app|system|program|site|website)|it)\s+(?:should|must|needs\s+to|has\s+to|will)\s+|(?:i|we)(?:['’]d|\s+would)?\s+(?:want|need|like)\s+(?:it\s+)?to\s+)?(?:remember|store|keep|record|save|track|log|hold)\s+(?:each|every)\s+([\p{L}\p{M}-]+)['’]s\s+(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2: ",
      )
      // "A booking is a guest, a room, a check-in date and a check-out date": what one is made of,
      // three things or more, is what it holds.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|so|then)\s+)?(?:a|an|each|every|one)\s+([\p{L}\p{M}-]+)\s+(?:is|=)\s+(?=(?:a|an|the|its|their)\s+[^.;!?\n,]+,\s*(?:a|an|the|its|their)\s+[^.;!?\n,]+(?:,\s*|,?\s+and\s+)(?:a|an|the|its|their)\s)/giu,
        "$1$2: ",
      )
      // "Every hire, I write down who took it, when, …": each one, then what the person keeps of it.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|so|then)\s+)?(?:for\s+)?(?:every|each)\s+([\p{L}\p{M}-]+),\s*(?:i|we)\s+(?:write\s+down|take\s+down|put\s+down|keep|record|note|log|track|need|want)\s+(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2: ",
      )
      // "n every sitting dad writes the date, morning or evening n about how many cranes": each
      // one, then someone named by who they are, and what they write of it.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|n|an['’]?|so|then)\s+)?(?:for\s+)?(?:every|each)\s+([\p{L}\p{M}-]+)\s+(?:(?:my|our|the)\s+)?(?:he|she|they|dad|mum|mom|father|mother|wife|husband|boss|owner|manager|secretary|clerk|treasurer|[\p{L}-]+man)\s+(?:writes|keeps|records|notes|logs|puts\s+down|writes\s+down|takes\s+down)\s+(?=[^.;!?\n]*(?:,|\s(?:and|n)\s))/giu,
        "$1every $2 has ",
      )
      // "The bikes each have a frame number, …": each of the things has.
      .replace(/\b(the\s+[\p{L}\p{M}-]+s)\s+each\s+(?:have|has|got|get)\s+/giu, "$1 have ")
      // "On each job sheet there's the customer, …": what is on each one is what it holds.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|so|then)\s+)?(?:on|in)\s+(?:each|every)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+there(?:['’]s|\s+is|\s+are|['’]ll\s+be|\s+will\s+be)\s+(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2: ",
      )
      // "For the drivers it's just name and phone": what there is of each of the things.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|then)\s+)?for\s+(?:the\s+)?([\p{L}\p{M}-]+s),?\s+(?:it['’]s|it\s+is|that['’]s|that\s+is)\s+(?:just\s+|only\s+|simply\s+)?(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2: ",
      )
      // "The customers: we only need their name and number": after the colon, what the person keeps of them.
      .replace(
        /(^|[.;!?\n]\s*)((?:the\s+)?[\p{L}\p{M}][\p{L}\p{M} -]{1,40}?):\s*(?:we|i)\s+(?:only\s+|just\s+)?(?:need|keep|want|record|track|store|note|take)\s+(?:their|its|his|her|the)?\s*(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2: ",
      )
      // "Students - we keep name, year group and parent phone": a thing, then what the person keeps of it.
      .replace(
        /(^|\n)(\s*(?:[-*•]\s*)?[\p{L}\p{M}][\p{L}\p{M} -]{1,40}?)\s+[-–—]\s+(?:we|i)\s+(?:keep|need|record|want|track|store|note)\s+/giu,
        "$1$2: ",
      )
      // "Basically just the orders. Each one has the customer name, …", "We've got members, and
      // for each one their name, …": the things named, then what each one has, is a record.
      .replace(
        /\b([\p{L}\p{M}-]+s)(?:\s*[.;,]\s*|\s+)(?:and\s+|so\s+)?(?:for\s+)?(?:each|every)\s+(?:one|of\s+them)\s*,?\s+(?:(?:it|they)\s+)?(?:(?:has|have|gets|needs)\s+|(?=(?:the|their|its|a|an)\s))/giu,
        "$1: ",
      )
      // "And loans, so which item, who has it, when it went out": the things, then what each holds
      // said after "so", as questions or with "the".
      .replace(
        /(^|[.;!?\n]\s*)(?:and\s+)?([\p{L}\p{M}-]+s)\s*,\s*(?:so|that['’]s|that\s+is|meaning)\s+(?=(?:the|which|who|what|when|how)\s[^.;!?\n]*,)/giu,
        "$1$2: ",
      )
      // "Items we lend out - name, category, …": what the person does with the things, said
      // before their list, is no part of their name.
      .replace(
        /(^|\n|[.;!?]\s+)([\p{L}\p{M}-]+s)\s+(?:we|i|they)\s+[a-z]+(?:\s+(?:out|in|up|off|on))?(\s+[-–—]\s+|\s*:\s*)/gu,
        "$1$2$3",
      )
      // "The priests are just their name, like Rev. Fr. Emeka Nwosu": a thing kept by its name alone.
      .replace(
        /(^|[.;!?\n]\s*)(?:the\s+)?([\p{L}\p{M}-]+s)\s+(?:are|is)\s+(?:just|only|simply)\s+(?:their|a|the)\s+names?\b(?:,\s*(?:like|such\s+as)\s+(?:(?:Mr|Mrs|Ms|Dr|Rev|Fr|Sr|St)\.\s+)*[^.;!?\n]*)?/giu,
        "$1$2 have a name",
      )
      // "Matches are between two teams, with a date, …", "A match is between two teams and has
      // a pitch, …": what a thing is played between is one more thing it holds.
      .replace(
        /(^|[.;!?\n]\s*)((?:the|a|an|each|every)\s+)?([\p{L}\p{M}-]+)\s+(are|is)\s+(?:played\s+|held\s+)?between\s+(?:two|2)\s+([\p{L}\p{M}-]+s)(?:\s*,\s*(?:and\s+)?(?:with|has|have)\s+|\s+(?:and\s+)?(?:with|has|have)\s+)/giu,
        (_whole, start: string, article: string | undefined, thing: string, verb: string, others: string) =>
          `${start}${article ?? ""}${thing} ${verb.toLowerCase() === "is" ? "has" : "have"} the ${others}, `,
      )
      // "The members list has name, …": the list of members is the members.
      .replace(/\b([\p{L}\p{M}-]+s)\s+(?:list|register|roll)\s+(?:has|have)\s/giu, "$1 have ")
      // "lift or no lift": a yes or no said by both its answers, as "lift or not" is.
      .replace(/\b([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+or\s+no\s+\1(?![\p{L}\p{M}])/giu, "$1 or not")
      // "A customer has a name, …, the street and the section, Jabavu, Dube or Orlando West": the
      // places a field names, said by their names after it, are its values, no fields.
      .replace(
        /(\b(?:has|have)\s[^.;!?\n]*?\bthe\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)+\s+or\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?=\s*(?:[.;!?\n]|$))/gu,
        "$1",
      )
      // "The drivers, the delivery gents, have a name and a number": what the things are also
      // called, set off by commas, is no part of what holds the fields.
      .replace(
        /(^|[.;!?\n]\s*)((?:the|our|my)\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?),\s+(?:the|our|my)\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?,\s+(?=(?:has|have)\s)/giu,
        "$1$2 ",
      )
      // "We store tracks with title, …", "We'd track customers (name + phone), …": the person
      // keeping them says nothing of what they are; "+" joins fields as a comma does.
      .replace(
        /(^|[.;!?\n]\s*)(?:we|i)(?:['’]d|['’]ll|\s+would|\s+will|\s+want\s+to|\s+need\s+to)?\s+(?:also\s+)?(?:track|store|record|log|save|manage)\s+(?!(?:of|down|up|it|them|that|this|everything|all)\b)(?=\p{L})/giu,
        "$1",
      )
      .replace(/(?<=\([^()\n]*)\s+\+\s+(?=[^()\n]*\))/gu, ", ")
      // "For the stores I want the name and the phone, and for every order the store, …": a
      // second thing, its fields kept the same way, the verb said once for both.
      .replace(
        /(\bfor\s+(?:each|every|the)\s+[^,.;!?\n]{1,30}?\s+(?:i|we)\s+(keep|want|need|store|record|note|track|put|write\s+down)\s+[^.;!?\n]*?),\s*and\s+for\s+(each|every|the)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?=(?:the|a|an|its|their|how|what|who|whether)\s)/giu,
        (_whole, first: string, verb: string, each: string, thing: string) =>
          `${first}. For ${each} ${thing} I ${verb} `,
      )
      // "Customers, we'd need the name, the phone and …": many of a thing, then what is kept of
      // each, said with the person's verb, as "For the customers, the name, …" says it without.
      .replace(
        /(^|[.;!?\n]\s*)(?:and\s+)?(\p{L}[\p{L}\p{M}-]*s),\s+(?:we|i)(?:['’]d|['’]ll|\s+would|\s+will)?\s+(?:need|want|keep|take|store|track|record)\s+(?=(?:the|a|an|its|their)\s)/giu,
        "$1For the $2, ",
      )
      // "With the members it's name, phone and …", "On the orders we'd put the customer, …": many
      // of a thing, then what is kept of each, as "For the members it's …" says it.
      .replace(
        /(^|[.;!?\n]\s*)(?:and\s+)?(?:with|on)\s+the\s+(\p{L}[\p{L}\p{M}-]*s),?\s+(?:it['’]s|it\s+is)\s+(?=[^.;!?\n]*,)/giu,
        "$1The $2: ",
      )
      .replace(
        // ("On the weekends we put the chairs, … out": when, no thing.)
        /(^|[.;!?\n]\s*)(?:and\s+)?on\s+the\s+(?!(?:weekend|weekday|morning|evening|night|day|holiday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|market\s+day)s\b)(\p{L}[\p{L}\p{M}-]*s),?\s+(?=(?:we|i)(?:['’]d|['’]ll|\s+would|\s+will)?\s+(?:put|need|want|keep|write|note|record)\s[^.;!?\n]*,[^.;!?\n]*\band\s)/giu,
        "$1For the $2 ",
      )
      // "For the pensões, the family, the pounds of beef, how many sweet breads and if it was
      // delivered": after records kept "for every X", the next one said without its verb.
      .replace(FOR_A_THING_ITS_FIELDS, (whole, start: string, thing: string, list: string) => {
        // "girl, woman or man": one field said by its three values, bare words before an "or".
        // ("what it is (sora, seonggae, jeonbok or muneo)": commas in brackets are the values'.)
        const items = list.split(/\s*,\s*(?:and\s+)?(?![^()]*\))/u).reduceRight<string[]>((after, item) => {
          const [next, ...rest] = after;
          return next !== undefined &&
            BARE_VALUE.test(item) &&
            doneAlone(item) === null &&
            THREE_VALUES.test(`${item}, ${next}`)
            ? [`${item}, ${next}`, ...rest]
            : [item, ...after];
        }, []);
        // "the date and the month, July or September": the values the last field takes are no field.
        // ("…, paid or not, and delivery or pick-up": after a yes or no, a field said by its values.)
        // ("the name, the country, the email, and dealer or hobbyist": an email takes no values; the
        // last is a field of its own.)
        const values =
          items.length >= 2 &&
          SAID_BY_ITS_VALUES.test(items.at(-1)!) &&
          !/^(?:how|if|whether)\s/iu.test(items.at(-1)!) &&
          !YES_OR_NO_FIELD.test(items.at(-2)!.trim()) &&
          !TAKES_NO_VALUES.test(items.at(-2)!.trim().split(/\s+/).pop() ?? "");
        const fields = values ? items.slice(0, -1) : items;
        // Two fields and no comma ("the date and who came"): both must open as fields do.
        if (fields.length === 1) {
          const parts = fields[0]!.split(/\s+and\s+/u);
          const short =
            /^(?:the|a|an|its|their|how\s+many|how\s+much|if|whether|what|who|which|when|where)\s+\S+(?:\s+\S+)?$/iu;
          // ("the date and which sea is open": after a short first field, the next may be longer.)
          return parts.length >= 2 &&
            short.test(parts[0]!.trim()) &&
            parts.slice(1).every((part) => short.test(part.trim()) || isListedField(part))
            ? `${start}${thing}: ${parts.join(", ")}`
            : whole;
        }
        // ("the date, where the nets were, pounds of whitefish and pounds of trout": once the
        // first opens as a field, a measure "of" what it measures is one too.)
        const measured = (item: string) =>
          item
            .split(/\s+and\s+/u)
            .every((part) => /^[\p{L}\p{M}-]+\s+of\s+[\p{L}\p{M}-]+$/u.test(part.trim()));
        return fields.every((item, index) => isListedField(item) || (index > 0 && measured(item)))
          ? `${start}${thing}: ${fields.join(", ")}`
          : whole;
      })
      // "The lockers want the locker number, the member who's got it and the renewal date": what
      // things "want" kept, listed as fields are, are their fields.
      .replace(
        /(^|[.;!?\n]\s*)(?:and\s+)?the\s+([\p{L}\p{M}-]+s)\s+(?:want|need)\s+(the\s[^.;!?\n]*?,[^.;!?\n]*)(?=[.;!?\n]|$)/giu,
        (whole, start: string, thing: string, list: string) => {
          const items = list.split(
            /\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:the|a|an|its|their|how|if|whether|what|who|which)\s)/u,
          );
          // ("the member who's got it" is the member.)
          const fields = items.map((item) =>
            item.replace(
              /\s+(?:who|that)(?:['’]s|\s+has|\s+is)?\s+(?:got|has|holds|rents|owns)\s+(?:it|them)$/iu,
              "",
            ),
          );
          return fields.length >= 2 && fields.every((item) => FIELD_OPENING.test(item.trim()))
            ? `${start}${thing}: ${fields.join(", ")}`
            : whole;
        },
      )
      // "And the Roads Inspectors, with their name, phone and vingtaine": a thing named with what
      // it holds, no verb between, after records told the same way.
      .replace(
        /(^|[.;!?\n]\s*)(?:and\s+)?(?:the|our)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+){0,2}),\s+with\s+(?:their|its|his|her|the)\s+([^.;!?\n,]+(?:,\s*[^.;!?\n,]+)+)(?=[.;!?\n]|$)/giu,
        (whole, start: string, thing: string, list: string) =>
          list
            .split(/\s*,\s*(?:and\s+)?|\s+and\s+/u)
            .every((item) =>
              /^(?:(?:the|their|its|a|an)\s+)?[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,2}$/u.test(
                item.trim(),
              ),
            )
            ? `${start}${thing}: ${list}`
            : whole,
      )
      // "how it was paid, online or cash to a seller": the ways it can be, said after a "how", are no fields.
      .replace(
        /(\bhow\s+(?:it|they|he|she)\s+(?:was|were|is|are|got|get|gets)\s+[\p{L}\p{M}-]+),\s*[\p{L}\p{M}-]+\s+or\s+[^,.;!?\n]+?(?=\s*(?:[,.;!?\n]|$))/giu,
        "$1",
      )
      // "and which competition, Bihu dance or husori": the ones it can be, said after a "which", are no fields
      // ("which depot, needs fixing or not": a yes or no after it is a field of its own).
      .replace(
        /(\bwhich\s+[\p{L}\p{M}-]+),\s*(?:[\p{L}\p{M}-]+\s+){0,2}[\p{L}\p{M}-]+\s+or\s+(?!not(?![\p{L}\p{M}]))[^,.;!?\n]+?(?=\s*(?:[,.;!?\n]|$))/giu,
        "$1",
      )
      // "Every order's for the one customer": the "'s" after each of a thing is "is", no owner.
      .replace(/\b((?:every|each)\s+[\p{L}\p{M}-]+)['’]s\s+(?=(?:for|in|at|on|from|with|to)\s)/giu, "$1 is ")
      // "le passage : la tempête, …", "« attention au muret »": French puts a space before a colon and quotes in « ».
      .replace(/[ \u00a0\u202f]+:(?=\s)/gu, ":")
      .replace(/[«»]/gu, '"')
      // "Each photograph has, or ought to have, a …", "Donors would each have …", "each loan would
      // have …": what a thing would have, or ought to, is what it has.
      .replace(/\b(has|have),?\s+or\s+(?:ought|should|needs?|would)\s+to\s+have,?\s+/giu, "$1 ")
      .replace(/\b(?:would|should|will|shall)\s+(?:each\s+)?(have|has)\b/giu, "$1")
      // "We keep the ships' names and the date each one's due": what is kept of things named
      // with their plural's apostrophe is what they hold.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|so)\s+)?(?:we|i)\s+(?:keep|track|record|note|need)\s+the\s+([\p{L}\p{M}-]+s)['’]\s+(?=[\p{L}\p{M}])/giu,
        "$1$2: ",
      )
      // "Every booking is the one child and the one outfit": "the one" is one.
      .replace(
        /\b((?:each|every)\s+[\p{L}\p{M}-]+\s+is)\s+the\s+one\s+([\p{L}\p{M}-]+)\s+and\s+the\s+one\s+(?=[\p{L}\p{M}])/giu,
        "$1 one $2 and one ",
      )
      // "A seller's got a name, address, …", "each grade has got a price": what a thing has got it has.
      .replace(/\b(a|an|each|every|the)\s+([\p{L}\p{M}-]+)['’]s\s+got\b/giu, "$1 $2 has")
      .replace(/\b(has|have)\s+got\b/giu, "$1")
      // "every boat got its name, the owner …": said without "has", what each got it has.
      .replace(
        /\b(each|every)\s+([\p{L}\p{M}-]+)\s+got\s+(?=(?:its|their|a|an|the|one|two|three)\s)/giu,
        "$1 $2 has ",
      )
      // "customers got name, phone, area. orders got …": things in the plural, at a sentence's
      // start, that "got" a list of at least three have them. A story's "the lads got soaked,
      // cold and hungry" names what happened to them, no list, and is left alone.
      .replace(
        /(^|[.;!?\n]\s*)((?:the\s+)?[\p{L}\p{M}-]+s)\s+got\s+(?=([\p{L}\p{M}-]+)[^.;!?\n,]*,[^.;!?\n,]+(?:,|\s(?:and|n|&)\s))/giu,
        (whole, lead: string, owner: string, first: string) =>
          doneAlone(first) !== null || /^\p{L}{2,}[^e]ed$/u.test(first) || ADJECTIVES.has(first.toLowerCase())
            ? whole
            : `${lead}${owner} have `,
      )
      // "kuih got name n price": whatever the thing's plural, "got" and a name first, then
      // another field, is what it has.
      .replace(
        /(^|[.;!?\n]\s*)((?:the\s+)?[\p{L}\p{M}-]+)\s+got\s+(?=(?:a\s+|its\s+|their\s+)?name(?:\s*,|\s+(?:and|n|&)\s))/giu,
        "$1$2 have ",
      )
      // "Every catch is from one boat on one fishing day, and it got the area, …": what each is
      // from, and when, are its first fields, then what it has.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:then|and|also)\s+)?(?:each|every)\s+([\p{L}\p{M}-]+)\s+(?:is|comes)\s+(?:from|in|on|for|at|of|by|with|to)\s+(?:one|a|an|the\s+one)\s+([\p{L}\p{M}-]+(?:\s+(?!(?:on|in|at|for|by|from|with|to)\s)[\p{L}\p{M}-]+)?)(?:\s+(?:on|in|at|for|by|from|with|to)\s+(?:one|a|an|the\s+one)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?))?,\s*(?:and\s+)?(?:(?:it|they)\s*)?(?:['’]s\s+got|has\s+got|['’]ve\s+got|have\s+got|has|have|got)\s+(?:its\s+|their\s+)?/giu,
        (_whole, before: string, thing: string, one: string, other?: string) =>
          `${before}${pluralize(thing)}: ${one}${other ? `, ${other}` : ""}, `,
      )
      // "with the date, the skipper, how many people and if it was cancelled": whether it was
      // is a yes-or-no field named by its word.
      .replace(
        /,?\s+and\s+(?:if|whether)\s+(?:it|they|he|she)\s+(?:was|were|is|are|got|has\s+been|have\s+been)\s+([\p{L}\p{M}-]+)(?=\s*(?:[.;!?\n]|$))/giu,
        " and $1 or not",
      )
      // "Each ride's one rider in one event", "One booking's one person on one weekend": what
      // each is, said short.
      .replace(
        /\b(each|every|one)\s+([\p{L}\p{M}-]+)['’]s\s+(?:one|a)\s+([\p{L}\p{M}-]+)\s+(in|at|on|for|with|by)\s+(one|a|an)\s+(?=[\p{L}\p{M}])/giu,
        "$1 $2 is one $3 $4 $5 ",
      )
      // "Every run's one groomer, and every hazard's on one segment, eh": what each is one of,
      // said short, is what it belongs to.
      .replace(
        /\b(each|every)\s+([\p{L}\p{M}-]+)['’]s\s+(?:(?:on|in|at|for|with|from)\s+)?(?:one|a\s+single|just\s+one|only\s+one)\s+([\p{L}\p{M}-]+)(?=\s*(?:[,.;!?\n]|$|\s+and\s))/giu,
        "$1 $2 belongs to one $3",
      )
      // "Every basket belongs to one sewer, and one sewer has plenty of baskets", "a member may of
      // course have many of each": how many one holds is a relation, which "belongs to" says; the
      // many are no field of it. A list of them after a colon ("Each client has many SKUs: …") stays.
      .replace(OWNS_MANY_SAID_AS_RELATION, "")
      // "A loan is either incoming or outgoing, with …", "The bucket sizes are small and large, with
      // …": the two kinds it comes in say no field the list does not.
      .replace(
        /\s+(?:is|are)\s+(?:either\s+[\p{L}\p{M}-]+\s+or|[\p{L}\p{M}-]+\s+(?:or|and))\s+[\p{L}\p{M}-]+\s*,\s*(?=with\s)/giu,
        ", ",
      )
      // "Condition reports are for one object at one stage, with the date, …": what each is for are its first fields.
      .replace(
        /\s+(?:is|are)\s+for\s+(?:one|a|an|each)\s+([\p{L}\p{M}-]+)\s+(?:at|in|on|from|of)\s+(?:one|a|an|each)\s+([\p{L}\p{M}-]+)(\s*\([^()]*\))?\s*,?\s*with\s+/giu,
        " have a $1, a $2$3, ",
      )
      // "หมอนวด: ชื่อ ชื่อเล่น เบอร์โทร": Thai parts a list with spaces, where others use commas.
      .replace(
        /^([^\S\n]*[\p{Script=Thai}][^:\n]{0,40}:[^\S\n]*)([^,\n]+)$/gmu,
        (_whole, name: string, list: string) =>
          /\p{Script=Thai}/u.test(list) ? `${name}${list.trim().split(/\s+/).join(", ")}` : `${name}${list}`,
      )
      // "…, for example when a student has a broken leg": a situation told as an example keeps no record.
      .replace(
        /,?\s*\b(?:for example|for instance|e\.g\.,?|say)\s+(?:when|if|where|because)\b[^.;!?\n]*/giu,
        "",
      )
      // "a seat puts one candidate at one desk": each seat is one candidate at one desk.
      .replace(
        /\b(?:a|an|each|every)\s+([\p{L}\p{M}-]+)\s+(?:puts|places|links|pairs|assigns|matches|connects|ties)\s+(?:one|a|an)\s+([\p{L}\p{M}-]+)\s+(at|to|with|in|on)\s+(?:one|a|an)\s+([\p{L}\p{M}-]+)/giu,
        "each $1 is one $2 $3 one $4",
      )
      // "the desk layout, meaning the number of rows and …": what a field means are the fields.
      .replace(
        /\b(?:the|a|an|its|their)\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+){0,2},\s*(?:meaning|i\.e\.,?|that is,|by which I mean)\s+/giu,
        "",
      )
      // "with a tick if they were absent": a yes or no, named by what it says.
      .replace(
        /\b(?:with\s+)?(?:a|an)\s+(?:tick|checkbox|check\s?box|check\s?mark|flag|yes\/no)\s+(?:if|for\s+whether|when)\s+(?:they|he|she|it|the\s+[\p{L}\p{M}-]+)\s+(?:was|were|is|are|got|has\s+been|had\s+been)\s+([\p{L}\p{M}-]+)/giu,
        "$1",
      )
      // "… and I want every vend kept: which card, …": what is kept of each is listed after the colon.
      .replace(
        /(^|[.;!?\n]\s*)[^.;!?\n:]*?\b(?:i|we)\s+(?:want|need|would like|'d like)\s+(?:every|each|all(?:\s+the)?)\s+([\p{L}\p{M}-]+)\s+(?:kept|recorded|logged|stored|saved|tracked)\s*:/giu,
        "$1$2:",
      )
      // "Then the tickets, that's the main thing: number, …": the thing, then its fields.
      .replace(
        /,\s*(?:that's|that\s+is|they're|those\s+are|it's)\s+the\s+(?:main|most\s+important|big|first|key)\s+(?:thing|one|part)s?\s*:/giu,
        ":",
      )
      // "Then each piece goes through its stages, and for every stage I'd put the date, …": what is
      // put for each of a thing starts a sentence of its own.
      .replace(
        /,\s*and\s+(?=for\s+(?:each|every)\s+(?!one\b|of\b)[\p{L}\p{M}-]+,?\s+(?:i|we|you)\b)/giu,
        ". ",
      )
      // "Well, there's the customers, obviously, their name, phone and address": the thing, then its list.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:well|so|ok|okay|right|now|then|and),?\s+)*(?:(?:you|we|i)(?:['’]ve|\s+have)\s+got|there(?:['’]s|\s+is|\s+are))\s+(the\s+[\p{L}\p{M}][\p{L}\p{M}-]*),\s*(?:obviously|of\s+course|naturally|first(?:\s+of\s+all)?|to\s+start),?\s+(?=[^.;:!?\n]*,[^.;:!?\n]*\sand\s)/giu,
        "$1$2: ",
      )
      // "Well, you've got the households, and that's the name, …", "Then there's the slips, and
      // every slip is …": the words that bring the thing in are no part of it.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:well|so|ok|okay|right|now|then|and),?\s+)*(?:(?:you|we|i)(?:['’]ve|\s+have)?\s+got|there(?:['’]s|\s+is|\s+are))\s+(the\s+[\p{L}\p{M}][\p{L}\p{M}-]*(?:\s+[\p{L}\p{M}-]+)?),\s*(?:and\s+)?(?=(?:that's|that\s+is|those\s+are|every|each)\s)/giu,
        "$1$2, ",
      )
      // "every slip is one trip through the gate by one vehicle, with the date, …": what each is one
      // of, by or for, is its first field.
      .replace(
        /(^|[.;!?\n]\s*|,\s*)(?:every|each)\s+([\p{L}\p{M}-]+)\s+is\s+one\s+[\p{L}\p{M}-]+(?:\s+[^,.;:!?\n]{0,30}?)?\s+(?:by|for|of|from|at|to)\s+one\s+([\p{L}\p{M}-]+),\s*with\s+/giu,
        (_whole, before: string, thing: string, other: string) =>
          `${/^,/.test(before) ? ". " : before}${thing}s: ${other}, `,
      )
      // "And the sponsors, the businesses in town who put money in, that's the name, …": who or
      // what they are, said again before their fields, is no thing of its own.
      .replace(
        /(^|[.;!?\n]\s*)((?:(?:well|so|ok|okay|right|now|then),?\s+)?(?:and\s+)?(?:the\s+)?[\p{L}\p{M}][\p{L}\p{M}-]{1,30}),\s*(?:the|our|those)\s+[\p{L}\p{M}-]+(?:\s+(?:in|from|on|at|round|around)\s+(?:the\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)?\s+(?:who|that|which)\s+[^,.;:!?\n]{2,40},\s*(?=(?:that's|that\s+is|those\s+are|they're)\s+(?:the|a|an|their|its)\s)/giu,
        "$1$2, ",
      )
      // "The captains, that's me and the boys, with our phone and our license number": who they are
      // is no field; what they are with is.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:well|so|ok|okay|right|now|then),?\s+)?(?:and\s+)?(?:the\s+)?([\p{L}\p{M}][\p{L}\p{M} -]{1,30}?),\s*(?:that's|that\s+is|they're|those\s+are)\s+(?:me|us|myself|ourselves)\b[^,.;:!?\n]{0,40},\s*(?:with|and)\s+/giu,
        "$1$2: ",
      )
      // "Then the crews, that's who was out in the boat that day, the boat, the fishing day and the
      // fisherman": what they are, said as a clause, then the list of their fields. ("Then every
      // order, that's who bought it, the date, …": a clause pointing back at it is a field.)
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:well|so|ok|okay|right|now|then),?\s+)?(?:and\s+)?(?:the\s+)?([\p{L}\p{M}][\p{L}\p{M} -]{1,30}?),\s*(?:that's|that\s+is|those\s+are|they're)\s+(?:who|what|which|where|when)\s+(?![^,.;:!?\n]*\b(?:it|them)\s*,)(?:[^,.;:!?\n\s]+\s+){3,}[^,.;:!?\n\s]+,\s*(?=(?:the|their|its|a|an)\s[^.;:!?\n]*\sand\s)/giu,
        "$1$2: ",
      )
      // "And the attendants, that's a name and cell number": what they are is a list of fields
      // ("the taxi tours, that's the taxi association business" says whose they are).
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:well|so|ok|okay|right|now|then),?\s+)?(?:and\s+)?(?:the\s+)?((?![^,.;!?\n]*\b(?:has|have|had)\b)[\p{L}\p{M}][\p{L}\p{M} -]{1,30}?),\s*(?:that's|that is|it's|they're|those are)\s+(?![^,.;:!?\n]{0,40}\b(?:business|job|problem|department|lookout|affair|headache|concern)\b)(?=(?:a|an|the|their|its)\s|[^,.;:!?\n]{1,30},[^.;:!?\n]*?\sand\s)/giu,
        // ("Ma fé, it's a lovely spot": what a thing is like, said of it, lists no fields.)
        (whole, before: string, thing: string, offset: number, all: string) =>
          /^\s*(?:a|an|the)\s+(?:lovely|nice|great|beautiful|grand|good|wonderful|special|small|big|little|busy|quiet|lekker|brilliant|gorgeous|fine|pretty|real|proper)\s/iu.test(
            all.slice(offset + whole.length),
          )
            ? whole
            : `${before}${thing}: `,
      )
      // "And the scores, that's the matches, like: the date, …": what they are, then a colon
      // before the fields; the list is theirs.
      .replace(/:\s*(?:the\s+)?[\p{L}\p{M}][\p{L}\p{M} -]{1,30},\s*(?:like|i\s+mean|as\s+in|say)\s*:/giu, ":")
      // "Then the graves, every grave is in one lot, and it's got its space number, …": what each
      // is in is its first field, then what it has got.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:well|so|ok|okay|right|now|then|and),?\s+)*((?:the\s+)?[\p{L}\p{M}][\p{L}\p{M} -]{1,30}?),\s*(?:every|each)\s+[\p{L}\p{M}-]+\s+(?:is|belongs)\s+(?:in|to|for|of|on)\s+(?:one|a|the\s+one)\s+([\p{L}\p{M}-]+),\s*(?:and\s+)?(?:it|they)\s*(?:['’]s\s+got|has\s+got|['’]ve\s+got|have\s+got|has|have|got)\s+(?:its\s+|their\s+)?/giu,
        "$1$2: $3, ",
      )
      // "There's the fields, every field got a name and how many trees": the thing, then each of
      // it, have what each has.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:well|so|ok|okay|right|now|then|and),?\s+)*(?:there(?:['’]s|\s+is|\s+are)\s+)?((?:the\s+)?(?:[\p{L}\p{M}-]+\s+){0,2}([\p{L}\p{M}-]+)),\s*(?:every|each)\s+([\p{L}\p{M}-]+)\s+(?:has|have)\s+(?!to\s)(?:its\s+|their\s+)?/giu,
        (whole, before: string, thing: string, head: string, each: string) =>
          // ("And for the borrowing I mentioned, each loan would have …" names no thing before the comma.)
          singularize(head.toLowerCase()) === singularize(each.toLowerCase()) ? `${before}${thing}: ` : whole,
      )
      // "The items, they each have a name and a price", "The van, it's got a reg": the thing, then
      // the word pointing back at it, have what it has.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:well|so|ok|okay|right|now|then|and),?\s+)*((?:the\s+)?[\p{L}\p{M}][\p{L}\p{M} -]{1,30}?),\s*(?:they|it|those|these|each\s+one)\s+(?:each\s+|all\s+|also\s+)?(?:have\s+got|has\s+got|['’]ve\s+got|['’]s\s+got|have|has|got)\s+(?!to\s)/giu,
        "$1$2 have ",
      )
      // "And the ice readings are the date, the checkpoint and the inches", "Orders are a customer,
      // the products and the total": what they are, listed, are their fields.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|then|well|so),?\s+)?(?:the\s+)?((?![^,.;!?\n]*\b(?:has|have|had)\s)[\p{L}\p{M}][\p{L}\p{M} -]{1,30}?)\s+(?:is|are)\s+(?:(?:just|simply|only)\s+(?=(?:the|their|its)\s)|(?=(?:a|an)\s+[^,.;:!?\n]+,\s*the\s)|(?=(?:the|their|its)\s))(?=(?:the|their|its|a|an)\s+(?!(?:main|big|important|key|only|same|first|last|lot|bit|pain|mess|nightmare|problem|headache)(?![\p{L}]))[^,.;:!?\n]+(?:,\s*|\s+and\s+)(?:and\s+)?(?:the|a|an|their|its|how|what|when|whether|which)\s)/giu,
        "$1$2: ",
      )
      // "The waivers are for each person in a group, so those have the booking, …": "those" are the waivers.
      .replace(
        /(^|[.;!?\n]\s*)(?:and\s+)?(the\s+[\p{L}\p{M}][\p{L}\p{M} -]{1,30}?)\s+(?:are|is)\s+(?:for|per)\s+[^,.;:!?\n]+,\s*(?:so\s+|and\s+)?(?:those|they|these|each\s+one|each)\s+(have|has)\s+/giu,
        "$1$2 $3 ",
      )
      // "the walls and the rose beds themselves are just a name each, like 'East Wall' or 'Rose Bed 4',
      // and …": "themselves", "each" and the examples of a name say no more fields.
      .replace(/(?<=[\p{L}\p{M}])\s+themselves(?=\s+(?:are|is|have|has)\b)/giu, "")
      .replace(/\b(a\s+name|a\s+number|a\s+code)\s+each\b/giu, "$1")
      .replace(
        /,\s*(?:like|such as|e\.g\.)\s+(?:'[^'\n]{1,30}'|"[^"\n]{1,30}")(?:\s+or\s+(?:'[^'\n]{1,30}'|"[^"\n]{1,30}"))?\s*(?=,)/giu,
        "",
      )
      // "And the walls and the rose beds are just a name, and how many positions they hold": two
      // things with one list, each with all of it.
      .replace(
        /(^|[.;!?\n]\s*)(?:and\s+)?the\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+and\s+the\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?:are|have)\s+(?:just\s+|both\s+|only\s+)?([^.;!?\n]+)/giu,
        (_whole, before: string, one: string, other: string, list: string) =>
          `${before}${one}: ${list}. ${other}: ${list}`,
      )
      // "There's the person who died, the deceased, with their full name, …": the name settled on.
      .replace(
        /(^|[.;!?\n]\s*)((?:(?:there['’]s|there\s+is)\s+)?)the\s+[\p{L}\p{M}-]+\s+(?:who|that|which)\s+[^,.;:!?\n]{1,30},\s*the\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?),\s*with\s+/giu,
        "$1$2the $3, with ",
      )
      // "Let me think how best to put it.": thinking aloud names nothing kept.
      .replace(/(^|[.;!?\n]\s*)let\s+me\s+(?:think|see|explain|put\s+it)\b[^.;!?\n]*[.;!?]?\s*/giu, "$1")
      // "the lease start and lease end as well": "as well" adds nothing to the field.
      .replace(/\s+(?:as\s+well|too)(?=\s*[.;!?\n]|\s*$)/giu, "")
      // "Then the batches, every time we pasteurise: which pressing, …": the thing a sentence opens
      // on, then when there is one, then its fields.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:then|and|also|next)\s+)?(the\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?),\s*(?:every\s+time|each\s+time|whenever|when|once|one\s+for\s+each|one\s+per)\s[^,:.;!?\n]{2,50}:/giu,
        "$1$2:",
      )
      // "The call-ins are orders too, with the name, …": a kind of another thing, whose fields it adds to.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|then)\s+)?(?:the\s+)?[\p{L}\p{M}][\p{L}\p{M}-]*(?:\s+[\p{L}\p{M}-]+){0,2}\s+(?:are|is)\s+(?:also\s+)?(?:an?\s+)?([\p{L}\p{M}-]+)\s+(?:too|as\s+well),\s*(?=with\s)/giu,
        "$1$2 ",
      )
      // "Then every load has its tally, how many trees of each grade and each height went on it":
      // a count of each kind, kept for each of a thing, is a thing of its own.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:then|and|also)\s+)?(?:each|every)\s+([\p{L}\p{M}-]+)\s+has\s+(?:its|their)\s+([\p{L}\p{M}-]+),\s*how\s+many\s+([\p{L}\p{M}-]+)\s+of\s+each\s+([\p{L}\p{M}-]+)(?:\s+and\s+(?:each\s+)?([\p{L}\p{M}-]+))?[^.;!?\n]*/giu,
        (_whole, before: string, owner: string, count: string, what: string, one: string, other?: string) =>
          `${before}${count}: ${owner}, ${one}${other ? `, ${other}` : ""}, how many ${what}`,
      )
      // "Then every badge on the order, that has the badge number, …": a thing that is on another,
      // then what it has.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:then|and|also)\s+)?(?:each|every)\s+([\p{L}\p{M}-]+)\s+(?:on|in|of|for)\s+(?:the|an?|each|every)\s+([\p{L}\p{M}-]+),\s*(?:that|it|which)\s+(?:has|have)\s+/giu,
        "$1$2: $3, ",
      )
      // "Each order has its lines, which item and how many": lines, items or entries of each order
      // are order lines, whose first field is the order.
      .replace(
        /(^|[.;!?\n]\s*)(?:and\s+)?(?:each|every)\s+([\p{L}\p{M}-]+)\s+has\s+(?:its|their)\s+(lines|items|entries|rows|parts|stages|steps),\s*(?=[^.;!?\n]*\sand\s)(?!with\s)/giu,
        "$1$2 $3: $2, ",
      )
      // "…, and we mark it if they passed away": a yes or no kept on the thing, named by what it says.
      .replace(
        /,?\s*and\s+(?:we|i|they)\s+(?:mark|note|flag|tick|record)\s+(?:it|them|that)\s+(?:if|when|whether)\s+(?:they|it|he|she)\s+(?:have\s+|has\s+|had\s+|are\s+|is\s+)?([a-z]+(?:\s+(?:away|out|off|up))?)(?=\s*[.;!?\n]|\s*$)/giu,
        ", and has whether they're $1",
      )
      // "And a consignment is when we send one painting to one gallery, with the date …": what is
      // sent, and where, are its first fields; "if it sold," between them says when, no field.
      .replace(
        /(^|[.;!?\n]\s*)(?:and\s+)?(?:a|an|the|each|every)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+is\s+when\s+(?:we|they|i|you|someone|somebody)\s+[a-z]+\s+(?:one|a|an)\s+([\p{L}\p{M}-]+)\s+(?:to|at|with|for|from|in|on)\s+(?:one|a|an)\s+([\p{L}\p{M}-]+),?\s*(?:with\s+)?/giu,
        "$1$2: $3, $4, ",
      )
      .replace(
        /,\s*(?:and\s+)?(?:if|when|once)\s+(?:it|they)\s+(?:is\s+|are\s+|was\s+|were\s+|got\s+)?[a-z]+,\s*(?=the\s)/giu,
        ", ",
      )
      // "Then the applicant, the member of the family we deal with: name, …": the name, then what it is.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:then|and|also|next)\s+)?((?:the|a|an)\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?),\s*the\s+[^,:.;!?\n]{3,60}?\s(?:we|they|i|who|that)\s[^,:.;!?\n]{1,30}:/giu,
        "$1$2:",
      )
      // "And the wreath makers, their name and their phone, and then the wreaths, the maker that
      // made them, …": a second thing with its own list starts a record of its own.
      .replace(
        /,\s*and\s+then\s+(?=the\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?,\s*(?:the|their|its|a|an|his|her)\s)/giu,
        ". Then ",
      )
      // "And I'd keep the tides as well: for every date the time of low water, …": the thing the
      // person keeps, then what each is kept for as its first field.
      .replace(
        /(^|[.;!?\n]\s*)(?:and\s+)?(?:i|we)(?:['’]d|\s+would|\s+will|['’]ll)?\s+(?:also\s+)?keep\s+the\s+([\p{L}\p{M}-]+)(?:\s+as\s+well|\s+too)?\s*:\s*(?:for\s+)?(?:every|each)\s+([\p{L}\p{M}-]+)\s+(?=(?:the|a|an|its|their)\s)/giu,
        "$1$2: $3, ",
      )
      // "Scores, for every player in every match: the fixture, …": what each one is kept for
      // says when there is one; the thing is named first.
      .replace(
        /(^|[.;!?\n]\s*)((?:the\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?),\s*(?:one\s+)?(?:for|per)\s+(?:every|each)\s+[^:.;!?\n]{1,40}:/giu,
        "$1$2:",
      )
      // "a code, like B7, the row, …": an example of a value, between two fields, is none.
      .replace(/,\s*(?:like|e\.g\.,?|say)\s+[\p{Lu}\d][\p{L}\d-]*\s*(?=,)/gu, "")
      // "Clients, first of all, with the name, …": the order it is told in is no field.
      .replace(/,\s*(?:first of all|to start with|firstly|first off|to begin with)\s*,/giu, ",")
      // "(say 'Year 5 classroom' or 'Plant room')": examples of a value, in brackets, are no fields.
      .replace(/\s*\((?:say|e\.g\.|eg|like|for example|for instance)\s[^()\n]*\)/giu, "")
      // "The authorised signatories are per system rather than per client, because …, and for each
      // one we keep the name, …": what each is per, then what is kept of each.
      .replace(
        /(^|[.;!?\n]\s*)(?:the\s+)?([\p{L}\p{M}][\p{L}\p{M} -]{1,40}?)\s+(?:is|are)\s+per\s+([\p{L}\p{M}-]+)(?:\s+rather\s+than\s+per\s+[\p{L}\p{M}-]+)?,[^.;!?\n]*?\bfor\s+each\s+(?:one|of\s+them)\s+(?:we|i)\s+(?:keep|record|store|note|need|want)\s+/giu,
        "$1$2: $3, ",
      )
      // "Then the doors on each system, which is just a location and the cylinder type": what each
      // is on, then what it is.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:then|and|also)\s+)?(?:the\s+)?([\p{L}\p{M}][\p{L}\p{M} -]{1,30}?)\s+(?:on|in|for|of)\s+each\s+([\p{L}\p{M}-]+),\s*which\s+(?:is|are)\s+(?:just\s+|only\s+|simply\s+)?/giu,
        "$1$2: $3, ",
      )
      // "Each system has its key types, the codes we stamp on them, like GMK, with a short
      // description and …": the things each has, with their fields.
      .replace(
        // ("Each piano has its own tuning interval, twelve months …, six for the chapels with a choir"
        // is one value each, in the singular: no things of their own.)
        /(^|[.;!?\n]\s*)(?:each|every)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+has\s+its\s+(?!own\b)([\p{L}\p{M}][\p{L}\p{M} -]{0,29}?s),[^.;!?\n]*?\bwith\s+/giu,
        "$1$3: $2, ",
      )
      // "So there's the sale itself, which is the date, the place and …", "The beats, which are just
      // a name and a description": the thing, then what it is.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:so|and|then|first)\s+)?(?:there(?:['’]s|\s+is)\s+)?the\s+([\p{L}\p{M}-]+(?:\s+(?!itself\b)[\p{L}\p{M}-]+)?)(?:\s+itself)?,\s*which\s+(?:is|are)\s+(?:just\s+|only\s+|simply\s+)?(?=(?:the|a|an|its|their|whether|who|what|when|where)\s[^.;!?\n]*(?:,|\sand\s))/giu,
        // (Named in the plural, as a heading over many of it: "sales: …".)
        (_whole, start: string, thing: string) => `${start}${pluralize(thing)}: `,
      )
      // "The stalkers, Donnie and Calum, just a name and a phone": who they are, by name, then what
      // each has.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:[Aa]nd|[Tt]hen|[Aa]lso)\s+)?[Tt]he\s+([\p{L}\p{M}-]+s),\s*\p{Lu}[\p{L}\p{M}'’-]+(?:,\s*\p{Lu}[\p{L}\p{M}'’-]+)*\s+and\s+\p{Lu}[\p{L}\p{M}'’-]+,\s*(?:(?:just|only)\s+)?(?=(?:a|an|the|their)\s)/gu,
        "$1$2: ",
      )
      // "And the larder book, where each carcass has the tag number, …": what the record is kept
      // in names no thing; each one in it is the thing.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|then|also)\s+)?the\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?,\s*where\s+(each|every)\s+(?=[\p{L}\p{M}-]+\s+(?:has|have|gets|got)\s)/giu,
        "$1$2 ",
      )
      // "Every lot belongs to one vendor and is in one sale, with its lot number, …, and then on
      // the day the hammer price and the buyer": whose each is and where, then its fields, those
      // filled in later among them.
      .replace(
        /(^|[.;!?\n]\s*)(?:every|each)\s+([\p{L}\p{M}-]+)\s+belongs\s+to\s+(?:one|a|an|the)\s+([\p{L}\p{M}-]+)\s+and\s+is\s+(?:in|at|on|for|from)\s+(?:one|a|an|the)\s+([\p{L}\p{M}-]+),\s*with\s+(?:its|their)\s+([^.;!?\n]+)/giu,
        (_whole, start: string, thing: string, owner: string, place: string, fields: string) =>
          `${start}${thing}: ${owner}, ${place}, ${fields.replace(/,?\s+and\s+then\s+(?:on|at|after|during)\s+the\s+[\p{L}-]+\s+/iu, ", ")}`,
      )
      // "Every key we cut is a record of its own: …": the thing, then its fields.
      .replace(
        /(^|[.;!?\n]\s*)(?:every|each)\s+([\p{L}\p{M}-]+)\s+(?:we|i|they)\s+[a-z]+\s+is\s+a\s+record\s+of\s+its\s+own\s*:/giu,
        "$1$2s:",
      )
      // "the houses, House 1 up to House 4, each one with …": the names of the things are examples.
      .replace(
        /,\s*\p{Lu}[\p{L}\p{M}]*\s+\d+\s+(?:up\s+to|to|through|till|until|-|–)\s+(?:\p{Lu}[\p{L}\p{M}]*\s+)?\d+\s*(?=,)/gu,
        "",
      )
      // "there is a stay, let me call it that: the boat, …": naming what was just said adds nothing.
      .replace(/,\s*(?:let\s+me|let['’]s|i['’]ll|we['’]ll)\s+call\s+(?:it|them)\s+that\s*(?=:)/giu, "")
      // "every collection, let me call it the daily record, has …": the name they settle on.
      .replace(
        /\b(every|each|a|an|the)\s+[\p{L}\p{M}-]+,\s*(?:let\s+me\s+call\s+it|let's\s+call\s+it|call\s+it|i\s+call\s+it|we\s+call\s+it)\s+(?:the\s+|a\s+|an\s+)?([\p{L}\p{M}][\p{L}\p{M} -]{1,30}?),\s*/giu,
        "$1 $2 ",
      )
      // "The girls, the cleaners I mean (name, cell)": the word they settle on.
      .replace(
        /\b(?:the\s+)?[\p{L}\p{M}-]+,\s*(?:the\s+)?([\p{L}\p{M}][\p{L}\p{M} -]{1,30}?)\s+I\s+mean\b/gu,
        "$1",
      )
      // "the owners are the main thing: …": the thing, then its fields.
      .replace(
        /\b((?:the\s+)?[\p{L}\p{M}][\p{L}\p{M} -]{1,30}?)\s+(?:are|is)\s+the\s+(?:main|most\s+important|big|first|key)\s+(?:thing|one|part)s?\s*:/giu,
        "$1:",
      )
      // "Each order has its successors, that's the owner who got shares from it and …": the things each
      // has, with their fields.
      .replace(
        /(^|[.;!?\n]\s*)(?:each|every)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+has\s+its\s+([\p{L}\p{M}][\p{L}\p{M} -]{1,30}?),\s*(?:that's|that\s+is|meaning|i\.e\.,?)\s+/giu,
        "$1$3: $2, ",
      )
      // "The dividends are one a year, with …": how often there is one says no field.
      .replace(
        /\s+(?:is|are)\s+(?:one|two|three|once|twice)\s+(?:a|per|each)\s+(?:year|month|week|day|season|term)\s*,\s*(?=with\s)/giu,
        ", ",
      )
      // "and then every owner gets a dividend payment: which dividend, …": the thing each gets.
      // ("Every dabba has a code painted on the lid: the pickup station, …" gives the parts of a value.)
      .replace(
        /(^|[.;!?\n]\s*|,\s*(?:and\s+)?(?:then\s+)?)(?:every|each)\s+[\p{L}\p{M}-]+\s+(?:gets|has|receives)\s+(?:a|an|one)\s+(?![^:.;!?\n]*\s[a-z]+ed\s+(?:on|in|at|onto|into)\s)([\p{L}\p{M}][\p{L}\p{M} -]{1,30}?)\s*:/giu,
        (_whole, before: string, thing: string) => `${/^,/.test(before) ? ". " : before}${thing}:`,
      )
      // "the date it was paid, or left empty while it's unclaimed": when it is empty is no field.
      .replace(/,\s*or\s+(?:left|kept)\s+(?:empty|blank)\b[^.;!?\n]*/giu, "")
      // "We have the houses, each one with a name and the capacity, how many birds it can take".
      .replace(
        /(^|[.;!?\n]\s*)(?:we|i)\s+(?:have|keep|run|got|'ve\s+got)\s+(?:the\s+|our\s+)?([\p{L}\p{M}][\p{L}\p{M} -]{1,30}?),\s*each\s+(?:one\s+)?(?:with|has|having)\s+/giu,
        "$1$2: ",
      )
      .replace(/,\s*how\s+many\s+[\p{L}\p{M}-]+\s+(?:it|they)\s+can\s+(?:take|hold|fit|seat|sleep)\b/giu, "")
      // "the feed in bags", "the milk in litres": the unit it is counted in is no part of the field.
      .replace(
        /\b(the\s+[\p{L}\p{M}-]+)\s+in\s+(?:bags|kg|kgs|kilos|kilograms|litres|liters|trays|boxes|crates|sacks|minutes|hours|days|grams|metres|meters|miles|pounds|dollars|yards|feet|foot|inches|centimetres|centimeters|cm|mm|acres|hectares|tonnes|tons|gallons|euros|rupees)\b/giu,
        "$1",
      )
      // "whether they've passed away and when": a yes or no, and its date, said as a question.
      .replace(
        /\bwhether\s+(?:they've|they\s+have|he's|she's|it's\s+been)\s+([\p{L}\p{M}-]+(?:\s+away)?)\s+and\s+when\b/giu,
        "$1, date $1",
      )
      // "min and max chlorine": two fields, the lowest and the highest.
      .replace(
        /\b(min(?:imum)?|lowest)\s+and\s+(max(?:imum)?|highest)\s+([\p{L}\p{M}][\p{L}\p{M}-]*)/giu,
        "$1 $3, $2 $3",
      )
      // "the limits for each one (min chlorine, max chlorine, …)": the words in brackets are the fields.
      .replace(GROUP_OF_FIELDS, (_whole, inside: string) => inside)
  );
}

/** "the limits for each one (…)", "their details (…)": a word for several fields, then the fields in brackets. */
const GROUP_OF_FIELDS =
  /\b(?:(?:the|their|its|his|her)\s+(?:limits|thresholds|details|contact details|settings|measurements|dimensions)(?:\s+(?:for|of)\s+(?:each|every)\s+(?:one|[\p{L}\p{M}-]+))?|(?:limits|thresholds|details|settings|measurements|dimensions)\s+(?:for|of)\s+(?:each|every)\s+(?:one|[\p{L}\p{M}-]+))\s*\(([^()\n]+,[^()\n]+)\)/giu;

/** The words that name the software when alone ("system"), but a thing of the person's in a compound ("key system"). */
const APP_HEAD = "system|service|site|program|tool|platform|portal";

/**
 * "A client can have more than one key system, …; a system has its system number, …": a
 * thing named in full, then by its last word alone, which alone would name the software.
 * Said one way only, the short name is the full one.
 */
function withCompoundNamed(text: string): string {
  const compounds = new Set(
    [...text.matchAll(new RegExp(`\\b([\\p{L}-]+)\\s+(${APP_HEAD})s?\\b`, "giu"))]
      .filter(
        ([, first]) =>
          !/^(?:the|a|an|each|every|one|our|their|its|this|that|my|your|new|whole|own|booking|same|other|any|no|which|per|on|in|for|of|to|by|with|from|at|entire)$/i.test(
            first!,
          ),
      )
      .map(([, first, head]) => `${first!.toLowerCase()} ${head!.toLowerCase()}`),
  );
  if (compounds.size !== 1) return text;
  const [compound] = [...compounds] as [string];
  const head = compound.split(" ")[1]!;
  return text.replace(
    new RegExp(`\\b(a|an|the|each|every)\\s+${head}\\s+(?=(?:has|have|is|belongs|holds)\\b)`, "giu"),
    (_whole, article: string) => `${article} ${compound} `,
  );
}

/**
 * In the answer that lists the records, the ways a list of fields is brought in that elsewhere
 * say something else: "Orders need a customer, a date and a total", "Every booking should show
 * the guest, …", "The bookings hold …" (a rule, in a walkthrough: "Volunteers need a police
 * check, …"), "There's the bookings, each one with …", "Then there are the rooms, which are just
 * a number and a price", "members - name / email / phone".
 */
export function listedPlainly(text: string): string {
  return (
    text
      // "total = price + tax + tip": a sum is worked out, a rule, no record; said as a field in a
      // list, the sum is the field.
      .replace(
        /\b((?:sub)?total|sum|balance|amount|profit|price|cost|fee|net|gross)\s*=\s*[^=,.;!?\n+]+(?:\+[^=,.;!?\n+]+)+/giu,
        "$1",
      )
      .replace(
        /(^|[.;!?\n]\s*)(?:the\s+)?(?:(?:sub)?total|sum|balance|amount|profit|price|cost|fee|net|gross)(?=\s*(?:[.;!?\n]|$))[.;!?]?/giu,
        "$1",
      )
      // "Things to keep: boats (…), moorings (…)": a heading over the things names none of them.
      .replace(
        /(^|[.;!?\n]\s*)(?:the\s+)?(?:things|stuff|records|data)\s+(?:to\s+keep|we\s+keep|i\s+keep|we\s+need|i\s+need)(?:\s+(?:to\s+keep\s+)?track\s+of)?\s*:\s*/giu,
        "$1",
      )
      // "the members - their name, email, and membership type - and the classes, …": what one
      // holds, set off between dashes, is said as in brackets.
      .replace(
        /(\b[\p{L}\p{M}-]+s)\s+[-–—]\s+([^-–—.;:\n]+?,[^-–—.;:\n]+?)\s+[-–—]\s+(?=and\s)/giu,
        "$1 ($2) ",
      )
      // "So there'd be customers, and for each one I'd want the name, …": the thing, then what is
      // kept of each.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:so|and|well)[,\s]+)?(?:there['’]d\s+be|there\s+would\s+be|there['’]s|there\s+are)\s+(?:the\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?),\s*(?:and\s+)?for\s+(?:each|every)\s+(?:one|of\s+them)\s+(?:i|we)(?:['’]d|\s+would|['’]ll|\s+will)?\s+(?:want|need|keep|have|like)\s+(?:to\s+(?:keep|know|have)\s+)?/giu,
        "$1$2: ",
      )
      // "A booking is a member on a court at a time, so the member, the court, …": what one is,
      // then what is kept of it.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|then)\s+)?(?:a|an|each|every)\s+([\p{L}\p{M}-]+)\s+is\s+[^,.;:!?\n]{3,60},\s*so\s+(?=(?:the|a|an|its|their)\s[^.;!?\n]*,)(?![^,.;!?\n]*\s(?:are|is|have|has)\s)/giu,
        "$1$2: ",
      )
      // "There are three kinds of things: tenants, flats and repairs": the things named before each
      // is told, no thing of its own.
      .replace(
        /(^|[.;!?\n]\s*)(?:so\s+)?(?:there\s+are|there['’]s|we\s+have|i\s+have|we['’]ve\s+got|i['’]ve\s+got)\s+(?:\w+\s+)?(?:kinds|types|sorts|lots|groups)\s+of\s+(?:things|records|stuff|data)\s*:\s*[^.;!?\n]+[.;!?]?/giu,
        "$1",
      )
      // "I want to keep track of my plants - name, where it is, …": what is kept track of is the thing.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:so|and)\s+)?(?:i|we)\s+(?:want|need|would\s+like|['’]d\s+like)\s+to\s+(?:keep\s+track\s+of|track|keep|record|store|log)\s+(?:my|our|the|all\s+(?:my|our|the))\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s*(?:[-–—:]|,\s*with)\s+/giu,
        "$1$2: ",
      )
      // ("We keep a record of every delivery: who it went to, …": the same, kept a record of.)
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:so|and)\s+)?(?:i|we)\s+(?:(?:also|always)\s+)?(?:keep|need\s+to\s+keep|want\s+to\s+keep)\s+(?:a\s+)?(?:record|records|track|note|notes|log)\s+of\s+(?:every|each|all\s+(?:my|our|the)|my|our|the)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s*(?:[-–—:]|,\s*with)\s+/giu,
        "$1$2: ",
      )
      // ("I'd want to store the customer's name, their phone number and which van they booked",
      // "Stuff like the van's reg, mileage and when the MOT's due": whose the list is, said first.)
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:so|and)\s+)?(?:(?:(?:i|we)(?:['’]d|\s+would)?\s+(?:want|need|like)\s+to|(?:i|we)\s+(?:want|need)\s+to)\s+(?:store|keep|track|record|save|log)|stuff\s+like|things\s+like)\s+the\s+([\p{L}\p{M}-]+)['’]s\s+(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2: ",
      )
      // ("every order = customer + items + pickup time": a thing, an equals sign and its parts added up.)
      .replace(
        // ("total = price + tax" is a sum, its parts numbers or amounts: only a thing said with
        // "each" or "every", or in its plural, is a record.)
        /(^|[.;!?\n]\s*)((?:[-*•]\s*)?(?:(?:each|every)\s+[\p{L}\p{M}-]+|[\p{L}\p{M}-]+(?<![usi])s))\s*=\s*([^=+.;!?\n\d%$€£]+(?:\+[^=+.;!?\n\d%$€£]+){2,})(?=[.;!?\n]|$)/gmu,
        (whole, lead: string, thing: string, parts: string) =>
          /\b(?:total|subtotal|sum|balance|amount|profit|price|cost|fee|net|gross)s?$/iu.test(thing)
            ? whole
            : `${lead}${thing}: ${parts
                .split("+")
                .map((part) => part.trim())
                .join(", ")}`,
      )
      // ("The members, we need their names and phone numbers": the same after a comma; "Then the
      // people that come, we want their name, …": who they are, said after them, is no part of it;
      // "There's the customers, we'd want their name, …": the things brought in first.)
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:then|and|also|next)\s+)?(?:there['’]s\s+|there\s+(?:is|are)\s+)?((?:the\s+)?(?:[\p{L}\p{M}-]+s|people|folk|children|staff))(?:\s+(?:that|who)\s+[\p{L}\p{M}-]+)?,\s*(?:we|i)(?:['’]d|\s+would|['’]ll|\s+will)?\s+(?:only\s+|just\s+)?(?:need|keep|want|record|track|store|note|take)\s+(?:their|its|the)\s+(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2: their ",
      )
      // ("Name, phone and email for each customer": the fields, then whose they are.)
      .replace(
        /(^|[.;!?\n]\s*)((?:[\p{L}\p{M}-]+\s+){0,2}[\p{L}\p{M}-]+(?:\s*,\s*(?:[\p{L}\p{M}-]+\s+){0,2}[\p{L}\p{M}-]+)*\s*(?:,\s*|\s+)and\s+(?:[\p{L}\p{M}-]+\s+){0,2}[\p{L}\p{M}-]+)\s+for\s+(?:each|every)\s+([\p{L}\p{M}-]+)\s*(?=[.;!?\n]|$)/giu,
        "$1$3: $2",
      )
      // "We also keep a list of coaches with their name and their rate": the list is of the things.
      .replace(/\b(?:a|the)\s+list\s+of\s+(?=[\p{L}\p{M}-]+\s+(?:with|that\s+have|who\s+have)\s)/giu, "")
      // "members - name / email / phone": fields parted by slashes on a line of their own.
      // ("category (tacos / drinks / sides)": values in brackets stay as they are.)
      .replace(/^[^\n]*\S\s+\/\s+\S[^\n]*\s\/\s+\S[^\n]*$/gmu, (line) =>
        (line.replace(/\([^()]*\)/gu, "").match(/\s\/\s/gu) ?? []).length >= 2
          ? line.replace(/\([^()]*\)|\s+\/\s+/gu, (part) => (part.startsWith("(") ? part : ", "))
          : line,
      )
      // ("Customers - name/phone/email": the same typed without spaces, after things named in their
      // plural; "status: paid/unpaid/partial" are a field's values.)
      .replace(
        /(^|[.;!?\n]\s*|,\s*)((?:[-*•]\s*)?(?:[\p{L}\p{M}-]+\s+)?[\p{L}\p{M}-]+(?<![usi])s\s*(?::|[-–—]|\())\s*((?:[\p{L}\p{M}]{2,}(?:\s+[\p{L}\p{M}]+)?\/){2,}[\p{L}\p{M}]{2,}(?:\s+[\p{L}\p{M}]+)?)(?=\s*[).;!?\n]|\s*$)/gmu,
        (_whole, lead: string, head: string, run: string) => `${lead}${head} ${run.split("/").join(", ")}`,
      )
      // "Orders need a customer, a date and a total", "Every booking should show the guest, …":
      // what each must hold, said with the verbs of a rule, is what it has.
      .replace(
        /(^|[.;!?\n]\s*)((?:(?:and|then|also)\s+)?(?:(?:each|every|a|an|the)\s+)?(?!(?:we|i|you|they|he|she|it)\s)[\p{L}\p{M}-]+)\s+(?:need|needs|hold|holds|should\s+(?:show|have|hold)|would\s+(?:show|have|hold)|will\s+(?:show|have|hold))\s+(?=(?:a|an|the|their|its)\s[^.;!?\n]*(?:,[^.;!?\n]*(?:,|\sand\s)|\sand\s))/giu,
        "$1$2 has ",
      )
      // "There's the bookings, each one with …", "Then there are the rooms, which are just a number
      // and a price": the things, then what each holds.
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|then|first(?:\s+off)?|firstly|next|also)[,\s]+)?there(?:['’]s|\s+is|\s+are|['’]re)\s+(the\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?),\s*(?:(?:each|every)(?:\s+one)?\s+with\s+|(?:which|that|they)\s+(?:are|is|have|has)\s+(?:just\s+|only\s+|simply\s+)?)/giu,
        "$1$2, with ",
      )
      // ("And the cars, each one with the reg, who drives it and …": the same without "there's".)
      .replace(
        /(^|[.;!?\n]\s*)(?:(?:and|then|next|also)[,\s]+)?(the\s+[\p{L}\p{M}-]+s),\s*(?:each|every)(?:\s+one)?\s+with\s+(?=[^.;!?\n]*(?:,|\sand\s))/giu,
        "$1$2, with ",
      )
  );
}
