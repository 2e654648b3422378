import { createRequire } from "node:module";
import type winkNLP from "wink-nlp";

/**
 * A statistical part-of-speech tagger for English (wink-nlp with its light English
 * model), read in the context of the whole clause. The interviewer's own lexicon knows
 * the few hundred words apps are usually described with and decides those; this tagger
 * answers for every other word: "we cut a key", "the codes we stamp", "they were added"
 * are actions even though no word list names "cut", "stamp" or "add" there.
 *
 * It knows English only, so only what it says of words written in Latin letters is
 * used; the model is about 4 MB and loads once, on the first clause read.
 */

/** What the tagger says of one word: a universal part-of-speech tag and the word's lemma. */
export interface ContextTag {
  /** "VERB", "NOUN", "ADJ", "AUX", … (Universal Dependencies tags). */
  pos: string;
  /** The dictionary form: "stamped" → "stamp", "keys" → "key". */
  lemma: string;
  /** Whether the word was written with a capital: "Miss Rosa" mid-sentence is a name. */
  capitalized: boolean;
  /** Whether the next word was too: "Miss Rosa" at a clause's start is a name as well. */
  beforeCapital: boolean;
}

type Reader = ReturnType<typeof winkNLP>;
let reader: Reader | null = null;
/**
 * How many words the model's own lexicon holds: a word it does not know is added after them,
 * so an id at or past this number is a word English's lexicon has never seen.
 */
let lexiconSize = 0;

/**
 * The tagger and its model, required on first use: both are CommonJS and together take
 * about 0.4 s to load, which a command that never reads a person's words (validate, or
 * serve before the first guided answer) should not pay at start-up.
 */
function englishReader(): Reader {
  if (reader === null) {
    const require = createRequire(import.meta.url);
    const create = require("wink-nlp") as typeof winkNLP;
    const model = require("wink-eng-lite-web-model") as Parameters<typeof winkNLP>[0];
    // Only the part-of-speech step: sentence bounds, entities and sentiment are not wanted here.
    reader = create(model, ["pos"]);
    // (A word no language writes, read first, is the first one added: its id is the size.)
    lexiconSize = reader.readDoc("qzxqjvwqzx").tokens().out(reader.its.uniqueId)[0] as number;
  }
  return reader;
}

/**
 * The share of the words, each read in small letters, that English's lexicon does not know:
 * near nothing for English however it is spelt ("ppl", "thats" and "gonna" are known), most of
 * them for a language the interviewer has no small words for ("Abanikazi: igama, isibongo, …").
 */
export function unknownToEnglish(words: readonly string[]): number {
  if (words.length === 0) return 0;
  const nlp = englishReader();
  const ids = nlp
    .readDoc(words.map((word) => word.toLowerCase()).join(" "))
    .tokens()
    .out(nlp.its.uniqueId) as number[];
  return ids.filter((id) => id >= lexiconSize).length / ids.length;
}

/**
 * The tags of a clause's words, one per token as the interviewer split them (commas as
 * their own tokens, letters as written), or null for a token the tagger split
 * differently and could not be matched back.
 */
export function contextTags(tokens: readonly string[]): (ContextTag | null)[] {
  const tags: (ContextTag | null)[] = tokens.map(() => null);
  if (tokens.length === 0) return tags;
  const nlp = englishReader();
  const doc = nlp.readDoc(tokens.join(" "));
  const values = doc.tokens().out(nlp.its.value) as string[];
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  // The published types of the model and the library disagree about the lemma's addon.
  const lemma = nlp.its.lemma as unknown as typeof nlp.its.value;
  const lemmas = doc.tokens().out(lemma) as string[];
  // The tagger splits "don't" into "do" and "n't", "tuk-tuk" into three: join its pieces
  // back until they make the interviewer's token, and take the first piece's tag.
  let piece = 0;
  for (let index = 0; index < tokens.length && piece < values.length; index += 1) {
    const written = tokens[index]!;
    const token = written.toLowerCase();
    const first = piece;
    let joined = "";
    while (piece < values.length && joined.length < token.length) {
      joined += values[piece]!.toLowerCase();
      piece += 1;
    }
    if (joined !== token) break;
    tags[index] = {
      pos: pos[first]!,
      lemma: lemmas[first]!.toLowerCase(),
      capitalized: /^\p{Lu}/u.test(written),
      beforeCapital: /^\p{Lu}/u.test(tokens[index + 1] ?? ""),
    };
  }
  return tags;
}
