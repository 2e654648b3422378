/**
 * Records told in sentences in a language whose words are not known here, read by their shape
 * alone. People who list what they keep sentence by sentence say it the same way each time:
 * "Ibri klanti abi wan nen, …. Ibri bestelling abi a klanti, …" (Sranan), "Cada quesu tien un
 * númberu …. Cada cliente tien nome, …" (Asturian), "Һәр клиентның исеме, телефоны … бар. Һәр
 * мунчаның исеме, … бар." (Tatar). The word that opens every record ("every"), the word that says
 * it has ("has", or "there is" at the end), and the word before the last field ("and") repeat
 * from one sentence to the next; between them stand the thing and its fields. A sentence that
 * does not repeat them, like the one that says how the records hang together, is no record.
 */

/** A record read by its shape: the thing as written, and its fields as written. */
export interface RecordByShape {
  name: string;
  fields: string[];
  /** The sentence the record was told in, as written. */
  said: string;
}

interface Sentence {
  /** The sentence as written. */
  said: string;
  words: string[];
  /** The sentence's commas, outside brackets: how many parts it lists. */
  commas: number;
}

/** The fewest sentences that must repeat the same opening and the same "has" to be read so. */
const RECORDS_AT_LEAST = 2;

/** Words of a field's name, at most; a longer part says something else. */
const FIELD_WORDS_AT_MOST = 6;

export function recordsByShape(text: string): RecordByShape[] {
  const sentences = text
    .split(/(?<=[.!?;])\s+|\n+/u)
    .map((sentence) => sentenceOf(sentence))
    .filter((sentence): sentence is Sentence => sentence !== null);
  // ("Mbuzi iliyonse ili ndi …, Kupereka kulikonse kuli ndi …", Chichewa, "Bezero bakoitzak …
  // ditu", Basque: "every" said after the thing, its ending the same each time, is read as if
  // said before it.)
  const everyFirst = readByShape(sentences, stem) ?? [];
  const everyAfter =
    readByShape(
      sentences.map((sentence) => ({
        ...sentence,
        words: [sentence.words[1] ?? ",", sentence.words[0]!, ...sentence.words.slice(2)],
      })),
      ending,
    ) ?? [];
  // (Two sentences that happen to open on the same thing, "Mbuzi iliyonse … Mbuzi imodzi …",
  // read fewer records than the shape every record shares.)
  return everyAfter.length > everyFirst.length ? everyAfter : everyFirst;
}

function readByShape(
  sentences: readonly Sentence[],
  openedBy: (word: string) => string,
): RecordByShape[] | null {
  const shape = sharedShape(sentences, openedBy);
  if (!shape) return null;
  const and = wordBeforeTheLast(sentences, shape);
  const records: RecordByShape[] = [];
  for (const sentence of sentences) {
    const parts = recordParts(sentence.words, shape);
    if (!parts) continue;
    const fields = fieldsOf(parts.listed, and);
    if (fields.length < 2 || fields.some((field) => field.split(/\s+/).length > FIELD_WORDS_AT_MOST))
      continue;
    records.push({ name: parts.name, fields, said: sentence.said });
  }
  if (records.length < RECORDS_AT_LEAST) return null;
  const articles = articlesOf(records);
  const names = new Set(records.map((record) => lower(record.name)));
  return records.map((record) => ({
    ...record,
    fields: record.fields.map((field) => withoutWhoseAndWhen(withoutArticle(field, articles, names))),
  }));
}

/**
 * Mauritian Creole "so pri kilo pou sa semenn-la" (its price a kilo for this week), French "le
 * prix pour cette semaine": whose the field is, and for which time it holds, are no part of its
 * name. ("so" is "its" in the Creoles of the Indian Ocean and the Caribbean.)
 */
export function withoutWhoseAndWhen(field: string): string {
  return field
    .replace(
      /\s+(?:pou|pour|para|per|für|voor)\s+(?:sa|cette|ce|cet|esta|este|questa|questo|diese|dieser|dieses|deze|dit)\s+[\p{L}\p{M}-]+$/iu,
      "",
    )
    .replace(/^so\s+(?=[\p{L}\p{M}]+\s+\S)/iu, "");
}

/** The words of a sentence, its values in brackets left out, and how many commas it has. */
function sentenceOf(said: string): Sentence | null {
  const plain = said
    .replace(/\s*\([^()]*\)/gu, "")
    .replace(/[.!?;:]+\s*$/u, "")
    .trim();
  if (plain.length === 0) return null;
  const words = plain.replace(/,/gu, " , ").split(/\s+/u).filter(Boolean);
  return { said, words, commas: words.filter((word) => word === ",").length };
}

/**
 * Where the records' words stand: the opening the listing sentences share (one or two words),
 * and the word that says "has", right after the thing (one or two words after the opening) or
 * last in the sentence.
 */
interface Shape {
  /** How the opening word is compared: without its last letter, or by its ending alone. */
  openedBy: (word: string) => string;
  opening: string[];
  has: string;
  hasAtTheEnd: boolean;
  /** Whether "has" is known by its ending alone, right after a thing of one word. */
  hasByEnding?: true;
}

function sharedShape(sentences: readonly Sentence[], openedBy: (word: string) => string): Shape | null {
  const byOpening = new Map<string, Sentence[]>();
  for (const sentence of sentences) {
    // (A sentence that opens on a word and a comma, "Klanti, …", opens on no "every".)
    if (sentence.words[0] === "," || sentence.words[1] === ",") continue;
    const first = openedBy(sentence.words[0]!);
    byOpening.set(first, [...(byOpening.get(first) ?? []), sentence]);
  }
  // The sentences that open alike, one of them at least a list of three, or two lists.
  const opened = [...byOpening.values()]
    .filter(
      (group) =>
        group.some((sentence) => sentence.commas >= 2) ||
        group.filter((sentence) => sentence.commas >= 1).length >= RECORDS_AT_LEAST,
    )
    .sort((a, b) => b.length - a.length)[0];
  if (!opened || opened.length < RECORDS_AT_LEAST) return null;
  // ("Ang kada kliyente …, ang kada nitso …": an article before "every" opens them all too; a
  // sentence that opens on the article alone, "Ang isa ka kliyente …", is no record.)
  const second = mostSaid(opened.map((sentence) => everyKey(sentence.words[1] ?? ",")));
  const twoWords =
    second !== null &&
    second.word !== "," &&
    second.count >= RECORDS_AT_LEAST &&
    second.count > opened.length / 2;
  const group = twoWords
    ? opened.filter((sentence) => everyKey(sentence.words[1] ?? "") === second.word)
    : opened;
  const opening = twoWords ? [openedBy(group[0]!.words[0]!), second.word] : [openedBy(group[0]!.words[0]!)];
  const after = opening.length;
  const middle = mostSaid(
    group.flatMap((sentence) =>
      [...new Set([sentence.words[after + 1], sentence.words[after + 2]])].filter(
        (word): word is string => word !== undefined && word !== ",",
      ),
    ),
  );
  const final = mostSaid(group.map((sentence) => sentence.words.at(-1)!));
  // ("Her gelniň ady, … bar. Her keşdeçiniň ady we … bar": "bar", there is, said last in every
  // one, outweighs a field two of them open on.)
  if (final && final.count >= RECORDS_AT_LEAST && final.count > (middle?.count ?? 0))
    return { openedBy, opening, has: final.word, hasAtTheEnd: true };
  if (middle && middle.count >= RECORDS_AT_LEAST)
    return { openedBy, opening, has: middle.word, hasAtTheEnd: false };
  // Swahili "Kila mteja ana …. Kila oda ina …": "has" agrees with its thing, its ending the same.
  const ending = mostSaid(
    group.map((sentence) => [...lower(sentence.words[after + 1] ?? ",")].slice(-2).join("")),
  );
  return ending && ending.count >= RECORDS_AT_LEAST && ending.word !== ","
    ? { openedBy, opening, has: ending.word, hasAtTheEnd: false, hasByEnding: true }
    : null;
}

/**
 * A short word second in the opening, by its first three letters: Alsatian "e jeder Kunde", "e
 * jedi Bstellung" (every, agreeing with the thing) open alike. A longer word, most likely the
 * thing itself, is compared whole.
 */
function everyKey(word: string): string {
  const letters = [...lower(word)];
  return letters.length >= 4 && letters.length <= 6 ? letters.slice(0, 3).join("") : letters.join("");
}

/** The word said most often among some, and how often. */
function mostSaid(words: readonly string[]): { word: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(lower(word), (counts.get(lower(word)) ?? 0) + 1);
  const [word, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return word === undefined || count === undefined ? null : { word, count };
}

/** A word's last three letters: "aliyense", "iliyonse" and "kulikonse" (every, agreeing with the thing) end alike. */
function ending(word: string): string {
  return [...lower(word)].slice(-3).join("");
}

/** A word without its last letter, so "jeder" and "jedes" (every, as the thing's gender asks) open alike. */
function stem(word: string): string {
  const letters = [...lower(word)];
  return letters.length >= 4 ? letters.slice(0, -1).join("") : letters.join("");
}

/**
 * The thing a sentence of the shape opens on, and the words that list its fields. ("Un e jeder
 * Backtag het …", Alsatian: "and" before the opening the others share is no part of it; a short
 * word before it is passed over.)
 */
function recordParts(words: readonly string[], shape: Shape): { name: string; listed: string[] } | null {
  return (
    recordPartsAsSaid(words, shape) ??
    (words.length > 4 && /^\p{L}{1,3}$/u.test(words[0]!) ? recordPartsAsSaid(words.slice(1), shape) : null)
  );
}

function recordPartsAsSaid(
  words: readonly string[],
  shape: Shape,
): { name: string; listed: string[] } | null {
  const after = shape.opening.length;
  if (
    !shape.opening.every(
      (word, at) => (at === 0 ? shape.openedBy(words[at] ?? "") : everyKey(words[at] ?? "")) === word,
    )
  )
    return null;
  if (shape.hasAtTheEnd) {
    if (lower(words.at(-1) ?? "") !== shape.has || words.length < after + 4) return null;
    return { name: words[after]!, listed: words.slice(after + 1, -1) };
  }
  const at = shape.hasByEnding
    ? lower(words[after + 1] ?? "").endsWith(shape.has)
      ? after + 1
      : undefined
    : [after + 1, after + 2].find((index) => lower(words[index] ?? "") === shape.has);
  if (at === undefined) return null;
  const name = words.slice(after, at);
  if (name.includes(",")) return null;
  // (Said before "every", the thing is one word; "ali" in "Membala aliyense ali ndi …" is part of "has".)
  return { name: shape.openedBy === ending ? name[0]! : name.join(" "), listed: words.slice(at + 1) };
}

/**
 * The word before the last field ("nanga", "y", "kag", "һәм"): the short word the listing
 * sentences' last parts share.
 */
function wordBeforeTheLast(sentences: readonly Sentence[], shape: Shape): string | null {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const parts = recordParts(sentence.words, shape);
    if (!parts) continue;
    const lastPart = parts.listed.slice(parts.listed.lastIndexOf(",") + 1);
    // (", kag pungsod": after a comma, the "and" may open the last part.)
    const inner = sentence.commas > 0 && lastPart.length >= 2 ? lastPart.slice(0, -1) : lastPart.slice(1, -1);
    for (const word of new Set(inner.map(lower)))
      if ([...word].length <= 5) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const and = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return and && and[1] >= RECORDS_AT_LEAST ? and[0] : null;
}

/** The fields a record lists: its parts between commas, the last two parted by its "and". */
function fieldsOf(listed: readonly string[], and: string | null): string[] {
  const parts: string[][] = [[]];
  for (const word of listed) {
    if (word === ",") parts.push([]);
    else parts.at(-1)!.push(word);
  }
  // ("bulak kag kandila ukon wala", flowers and candles or not, between commas: one field.)
  const split = parts.flatMap((part, index) => {
    const words = and && lower(part[0] ?? "") === and ? part.slice(1) : part;
    const at =
      and && index === parts.length - 1
        ? words.findIndex((word, place) => place > 0 && lower(word) === and)
        : -1;
    return at > 0 ? [words.slice(0, at), words.slice(at + 1)] : [words];
  });
  return split.map((words) => words.join(" ").trim()).filter((field) => field.length > 0);
}

/** The short words that open fields more than once across the records: their articles ("wan", "a", "en", "el"). */
function articlesOf(records: readonly RecordByShape[]): Set<string> {
  const counts = new Map<string, number>();
  for (const field of records.flatMap((record) => record.fields)) {
    const words = field.split(/\s+/);
    if (words.length < 2 || [...words[0]!].length > 3) continue;
    counts.set(lower(words[0]!), (counts.get(lower(words[0]!)) ?? 0) + 1);
  }
  return new Set([...counts.entries()].filter(([, count]) => count >= 2).map(([word]) => word));
}

/**
 * ("s'Datum", "d'Sort", "l'adresse": an article cut short and written onto its word is no part
 * of the field; "de Kunde", a short word before another record's name, names that record.)
 */
function withoutArticle(
  field: string,
  articles: ReadonlySet<string>,
  names: ReadonlySet<string> = new Set(),
): string {
  const words = field.replace(/^\p{L}{1,2}['’](?=\p{L}{2})/u, "").split(/\s+/);
  return words.length >= 2 &&
    (articles.has(lower(words[0]!)) ||
      ([...words[0]!].length <= 3 && names.has(lower(words.slice(1).join(" ")))))
    ? words.slice(1).join(" ")
    : words.join(" ");
}

function lower(word: string): string {
  return word.toLocaleLowerCase();
}
