import { tagWords } from "../language/tagger.js";

/**
 * A thing named first and then spoken of as "them", "it" or "they": "Catalytic
 * converters, the cats, we only take them if we know the reg of the car", "The cleaners,
 * they come at nine". Many Englishes put the topic first; read as written, the clause
 * after it says "them" and the thing is lost. Put back in the pronoun's place, the
 * clause reads as one: "we only take catalytic converters if we know the reg of the car".
 */

/** The topic, an aside naming it again, and the clause that points back at it. */
const FRONTED =
  /(^|[.!?\n]\s*)((?:(?:and|but|also|oh|now)\s+)?(?:the\s+|our\s+|all\s+the\s+)?[\p{L}\p{M}][\p{L}\p{M}'’ -]{1,40}?)\s*,\s*(?:((?:the|our|a|an)\s+[\p{L}\p{M}][\p{L}\p{M}'’ -]{0,30}?)\s*,\s*)?([^.!?\n]{4,}?)(?=[.!?\n]|$)/gu;

/** The words pointing back at the topic, first one only. */
const POINTER = /\b(them|it|they|those)\b/iu;

/** Topics that set a time or a place for what follows, not a thing: "On Tuesdays, they come". */
const SETTING =
  /^(?:on|in|at|by|for|from|after|before|during|every|each|then|so|if|when|once|sometimes|usually|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|yes|no|well|ok|okay|right|also|plus|actually|anyway)\b/iu;

/** "Very embarrassing", "so sad": how much, before what a feeling is. */
const DEGREE_FIRST = /^(?:very|so|really|quite|too|pretty|rather|extremely|super|proper|well|real)\s/iu;

/** Words of a "no": "we're not getting into that", "no chance", "we ain't". */
const SAYS_NO = /\b(?:no|not|never|nah|nope|ain'?t|without)\b|n't\b/iu;

/** Whether words name a thing: a few words, none of them acting, nor saying what something is ("Saba is five square miles"). */
function namesAThing(words: string): boolean {
  const tagged = tagWords(words);
  return (
    tagged.length > 0 &&
    tagged.length <= 5 &&
    tagged.some((word) => word.tag === "noun") &&
    !tagged.some(
      (word) => word.tag === "verb" || word.tag === "comma" || /^(?:is|are|was|were)$/.test(word.word),
    )
  );
}

/** The text with each topic said first put where the clause after it points back at it. */
export function withTopicsPlaced(text: string): string {
  return text.replace(
    FRONTED,
    (whole, start: string, topic: string, aside: string | undefined, clause: string) => {
      const named = topic.replace(/^(?:and|but|also|oh|now)\s+/iu, "").trim();
      // "Some vendors are regulars, they get the same stall every week": who "they" are is what
      // some of them are said to be.
      const someAre = named.match(
        /^(?:some|many|most|a\s+few)\s+(?:of\s+(?:the|our)\s+)?[\p{L}-]+\s+are\s+([\p{L}-]+s)$/iu,
      );
      if (someAre && /^they\s+\S+\s+\S/iu.test(clause))
        return `${start}${someAre[1]![0]!.toUpperCase()}${someAre[1]!.slice(1)}${clause.slice(4)}`;
      if (SETTING.test(named) || /^(?:i|we|you|he|she|they|it|that|this|there|what|who)\b/iu.test(named))
        return whole;
      if (!namesAThing(named) || (aside !== undefined && !namesAThing(aside))) return whole;
      // "Very embarrassing, and we made it again for free": a feeling said first, and a clause
      // joined on with "and", name no thing the clause points back at.
      if (DEGREE_FIRST.test(named) || /^(?:and|but|or|so)\b/iu.test(clause)) return whole;
      // "People in Pohnpei, Majuro and Guam like them": places after "in" whose list goes on past
      // the comma are who acts, no topic said first.
      if (
        /\b(?:in|at|from|of|on|to)\s+\p{Lu}[\p{L}'’-]*$/u.test(named) &&
        /^\p{Lu}[\p{L}'’-]*(?:\s*,\s*\p{Lu}[\p{L}'’-]*)*\s+(?:and|or)\s+\p{Lu}/u.test(clause)
      )
        return whole;
      // A "no" is the exclusions' to read, and the word pointing back is in the clause right after.
      if (SAYS_NO.test(clause)) return whole;
      const pointer = clause.split(",")[0]!.match(POINTER);
      if (!pointer || pointer.index === undefined) return whole;
      // "The cleaners, they come at nine": the clause says something more after the word pointing back.
      const after = clause.slice(pointer.index + pointer[0].length);
      if (after.trim().split(/\s+/).length < 2) return whole;
      const thing =
        pointer.index === 0 ? named : named.replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase());
      const placed = `${clause.slice(0, pointer.index)}${thing}${after}`;
      return `${start}${placed[0]!.toUpperCase()}${placed.slice(1)}`;
    },
  );
}
