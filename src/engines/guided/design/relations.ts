import { singularize } from "../language/inflection.js";
import { isOrder, isPerson, isSold } from "../language/noun-kinds.js";
import { tagWords } from "../language/tagger.js";

/** `from` holds a reference to `to`: a shift belongs to a location. */
export interface Reference {
  from: string;
  to: string;
}

/** A table that links two things many-to-many: volunteers signing up for shifts. */
export interface JoinTable {
  /** Singular, e.g. "shift signup". */
  name: string;
  /** The thing joined to, e.g. "shift". */
  thing: string;
  /** Who or what joins: an entity, or "user" when people have accounts. */
  joiner: string;
  /** Extra columns the person's words call for. */
  extraFields: string[];
}

export interface Relations {
  references: Reference[];
  joins: JoinTable[];
}

/** Verbs by which someone joins something, and the record it leaves. */
const JOIN_VERBS: Record<string, string> = {
  sign: "signup",
  book: "booking",
  reserve: "reservation",
  register: "registration",
  enroll: "enrollment",
  enrol: "enrollment",
  join: "membership",
  attend: "attendance",
  claim: "claim",
  volunteer: "signup",
  rsvp: "rsvp",
};

/** Things that are themselves what booking makes: booking an appointment needs no table of appointment bookings. */
const BOOKED_ITSELF = new Set(["appointment", "booking", "reservation", "consultation"]);

/** Words between two things that make the first belong to the second: "shifts at locations". */
const BELONGS_TO = new Set(["from", "in", "at", "on", "for", "inside", "within"]);

/** Verbs of what a business offers: "we do polo days for visitors". */
const OFFERING_VERBS = new Set(["do", "offer", "run", "hold", "host", "organise", "organize", "give"]);

/**
 * "we do polo days for visitors", "we run tours for tourists": what a business offers the
 * people it serves, many of them at a time, belongs to no one of them.
 */
function offeredToPeople(
  tagged: readonly { base: string }[],
  offered: Mention,
  people: Mention,
  between: readonly string[],
): boolean {
  return (
    between.includes("for") &&
    tagged
      .slice(Math.max(0, offered.index - 3), offered.index)
      .some((word) => OFFERING_VERBS.has(word.base)) &&
    isPerson(people.entity.split(" ").pop()!)
  );
}

/** Words that may stand between a joining verb and what is joined: "sign up for the", "book a". */
const JOIN_GAP = new Set([
  "up",
  "in",
  "on",
  "for",
  "to",
  "into",
  "a",
  "an",
  "the",
  "our",
  "their",
  "your",
  "my",
  "open",
  "next",
]);

/** What ends a clause, after which "sign up" has no object of its own. */
const CLAUSE_END = new Set([",", "and", "then"]);

/**
 * What a joining verb joins: the thing right after it ("sign up for shifts"); for
 * "sign up for them" or a bare "sign up," the thing the sentence named before the verb.
 */
function joinTarget(words: readonly string[], position: number, things: readonly Mention[]): Mention | null {
  let index = position + 1;
  while (index < words.length && JOIN_GAP.has(words[index]!)) index++;
  const direct = things.find((mention) => mention.index === index);
  if (direct) return direct;
  const pointsBack =
    index >= words.length ||
    ["them", "it", "one", "those"].includes(words[index]!) ||
    CLAUSE_END.has(words[index]!);
  if (!pointsBack) return null;
  return things.find((mention) => mention.index < position) ?? null;
}

/**
 * "a weaver in a basket cooperative": a thing said before another noun only describes that
 * noun, which is where the first one is; no thing holds the first.
 */
function namesAnotherNoun(
  tagged: readonly { tag: string; word: string }[],
  mention: Mention,
  things: readonly Mention[],
): boolean {
  const after = mention.index + mention.entity.split(" ").length;
  return tagged[after]?.tag === "noun" && !things.some((other) => other.index === after);
}

/**
 * "kept in the order they booked", "in order": the order things come in, no order of the
 * person's.
 */
function inTheOrder(words: readonly string[], mention: Mention): boolean {
  if (mention.entity !== "order") return false;
  const before = words.slice(Math.max(0, mention.index - 2), mention.index).join(" ");
  // ("put the products in the order" is the person's order.)
  const after = words[mention.index + 1] ?? "";
  return (
    (before === "in the" && /^(?:they|we|you|it|he|she|i|people|that|which)$/.test(after)) ||
    /(?:^|\s)in$/.test(before)
  );
}

interface Mention {
  entity: string;
  index: number;
}

function mentionsIn(words: readonly string[], entities: readonly string[]): Mention[] {
  const found: Mention[] = [];
  for (const entity of entities) {
    const parts = entity.split(" ");
    for (let index = 0; index < words.length; index++) {
      const matches = parts.every((part, offset) => words[index + offset] === part);
      if (matches) found.push({ entity, index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Reads how the things relate from the person's sentences: "recipes with ingredients"
 * (ingredients belong to a recipe), "shifts at our pantry locations" (a shift belongs to
 * a location), "volunteers sign up for shifts" (a signup joins a volunteer and a shift),
 * "add recipes to meal plans" (a meal plan holds many recipes).
 */
export function findRelations(
  sentences: readonly string[],
  entities: readonly string[],
  people: readonly string[],
  usersExist: boolean,
): Relations {
  const references: Reference[] = [];
  const joins: JoinTable[] = [];
  const addReference = (reference: Reference) => {
    if (reference.from === reference.to) return;
    if (references.some((known) => known.from === reference.from && known.to === reference.to)) return;
    if (references.some((known) => known.from === reference.to && known.to === reference.from)) return;
    references.push(reference);
  };
  const addJoin = (join: JoinTable) => {
    const known = joins.find((existing) => existing.name === join.name);
    if (known) {
      for (const field of join.extraFields)
        if (!known.extraFields.includes(field)) known.extraFields.push(field);
    } else {
      joins.push(join);
    }
  };
  for (const sentence of sentences) {
    const tagged = tagWords(sentence);
    const words = tagged.map((word) => (word.tag === "noun" ? singularize(word.word) : word.word));
    const things = mentionsIn(words, entities).filter((mention) => !inTheOrder(words, mention));
    const who = mentionsIn(words, people);
    for (const [position, word] of tagged.entries()) {
      const record = word.tag === "verb" ? JOIN_VERBS[word.base] : undefined;
      if (!record) continue;
      // "we stay booked", "we're fully booked": how busy the person is, no one booking anything
      // ("players are registered for tournaments" still joins them).
      if (/^(?:stay|stayed|stays|fully|always|so)$/i.test(words[position - 1] ?? "")) continue;
      // "order without signing up", "we never book ahead": a join said not to happen is none;
      // "the booking", "a nature reserve": after an article, or after a noun after "a", it names
      // a thing ("a volunteer signs up" still joins).
      const before = words[position - 1] ?? "";
      if (
        /^(?:without|never|not|no|don['’]t|dont|won['’]t|can['’]t|cannot|needn['’]t|a|an|the)$/i.test(before)
      )
        continue;
      if (/^(?:a|an)$/i.test(words[position - 2] ?? "") && !/(?:s|ed|ing)$/.test(word.word)) continue;
      const target = joinTarget(words, position, things);
      if (!target || BOOKED_ITSELF.has(target.entity.split(" ").pop()!)) continue;
      // "people book a braider" beside the appointments the person keeps: the appointment is the booking.
      if (record === "booking" && entities.some((entity) => BOOKED_ITSELF.has(entity.split(" ").pop()!)))
        continue;
      const person = [...who].reverse().find((mention) => mention.index < position);
      // Without accounts or a table of the people who join, nobody is there to link.
      if (!usersExist && !person) continue;
      const joiner = usersExist || !person ? "user" : person.entity;
      const extraFields = /\battend/i.test(sentences.join(" ")) ? ["attended (boolean, default false)"] : [];
      addJoin({ name: `${target.entity} ${record}`, thing: target.entity, joiner, extraFields });
    }
    // "a booking can have several visitors in it": each of the many belongs to the one.
    for (const [position, word] of words.entries()) {
      if (!/^(?:have|has|hold|holds|take|takes)$/.test(word)) continue;
      const many = words.slice(position + 1, position + 4).join(" ");
      const amount = many.match(/^(?:several|many|multiple|a few|lots of|more than one|a lot of)\b/)?.[0];
      if (!amount) continue;
      const owned = things.find((mention) => mention.index === position + 1 + amount.split(" ").length);
      const owner = [...things]
        .reverse()
        .find(
          (mention) =>
            mention.index < position &&
            position - (mention.index + mention.entity.split(" ").length) <= 2 &&
            /^(?:a|an|each|every|one)$/.test(words[mention.index - 1] ?? ""),
        );
      if (owned && owner) addReference({ from: owned.entity, to: owner.entity });
    }
    for (let first = 0; first < things.length; first++) {
      for (let second = first + 1; second < things.length; second++) {
        const a = things[first]!;
        const b = things[second]!;
        const gap = b.index - (a.index + a.entity.split(" ").length);
        if (gap < 0 || gap > 4) continue;
        const between = words.slice(a.index + a.entity.split(" ").length, b.index);
        const verbBefore = tagged
          .slice(Math.max(0, a.index - 3), a.index)
          .find((word) => word.tag === "verb");
        if (between.includes("with")) {
          // "Every appointment is one client with one braider": two things each one of a third, no
          // thing of each other.
          if (words[a.index - 1] === "one" && words[b.index - 1] === "one") continue;
          // "And the bookings, with the customer, the boat, …": a record's fields, listed after a
          // comma, are what it holds; the customer is the booking's, not the other way round.
          if (between.includes(",")) continue;
          addReference({ from: b.entity, to: a.entity });
        } else if (
          between.includes("to") &&
          verbBefore &&
          ["add", "put", "assign", "attach"].includes(verbBefore.base)
        ) {
          // "assigns each job to a van": each job has its one van.
          if (["each", "every"].includes(words[a.index - 1] ?? "")) {
            addReference({ from: a.entity, to: b.entity });
            continue;
          }
          addJoin({ name: `${b.entity} ${a.entity}`, thing: b.entity, joiner: a.entity, extraFields: [] });
        } else if (
          between.some((word) => BELONGS_TO.has(word)) &&
          !offeredToPeople(tagged, a, b, between) &&
          !namesAnotherNoun(tagged, b, things)
        ) {
          // "Every consignment comes on one ship for one consignee": each "one" after the
          // first thing is one of it, so the consignee is the consignment's, not the ship's.
          const holder =
            words[a.index - 1] === "one"
              ? things
                  .slice(0, first)
                  .find((earlier) =>
                    references.some((known) => known.from === earlier.entity && known.to === a.entity),
                  )
              : undefined;
          addReference({ from: holder ? holder.entity : a.entity, to: b.entity });
        }
      }
    }
  }
  // An order holds products: the one table every shop needs, whether or not the person says "items".
  const order = entities.find(isOrder);
  const sold = entities.find(isSold);
  if (order && sold) {
    // "each order line is a product with a quantity": the person's own name for it, when they gave one.
    const own = sentences.join(" ").match(new RegExp(`\\b${order} (line|item|row|position)s?\\b`, "i"));
    // "add products to an order" names the same table, under the name every shop gives it.
    for (let index = joins.length - 1; index >= 0; index--)
      if (joins[index]!.thing === order && joins[index]!.joiner === sold) joins.splice(index, 1);
    addJoin({
      name: `${order} ${own ? own[1]!.toLowerCase() : "item"}`,
      thing: order,
      joiner: sold,
      extraFields: ["quantity (integer, required)"],
    });
  }
  return { references, joins };
}
