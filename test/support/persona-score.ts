import anyAscii from "any-ascii";
import pluralize from "pluralize";
import { parseSpec, type SpecNode, validateAppSpec } from "../../src/app-spec/index.js";
import type { PersonaExpectation } from "./persona-driver.js";

/** How a spec measures up to what its person said. */
export interface PersonaScore {
  kind: { expected: string; got: string };
  features: { named: number; present: number; missing: string[] };
  tables: { named: number; present: number; missing: string[] };
  fields: { named: number; present: number; missing: string[] };
  /** Excluded words found where they must not be, with where. */
  excludedFound: string[];
  /** Tables that are neither described, accepted nor the usual plumbing (users, notifications, links). */
  invented: string[];
  /** Words of how things are done today found among the features or success criteria. */
  backgroundFound: string[];
  /** Named technology missing from the stack, and named commands or flags missing from the interface. */
  stackMissing: string[];
  commandsMissing: string[];
  valid: boolean;
}

/** Tables any design may add for choices the person made: accounts, notifications, sharing. */
const PLUMBING = /^(?:users|notifications|[a-z_]+_members)$/;

/** Scores a spec against a persona's expectations. */
/** Fields said as who did something to the thing, and the name a spec gives that one. */
const WHO_DID_IT: Readonly<Record<string, string>> = {
  who_bought_it: "buyer",
  who_sold_it: "seller",
  who_made_it: "maker",
  who_booked_it: "booker",
  who_owns_it: "owner",
  who_drives_it: "driver",
  who_grew_it: "grower",
  who_grew_it_out: "grower",
  who_has_it_lent: "borrower",
  who_borrowed_it: "borrower",
};

export function scoreSpec(spec: string, expected: PersonaExpectation): PersonaScore {
  const validation = validateAppSpec(spec);
  const sections = sectionsOf(spec);
  const featureLines = validation.categories.flatMap((category) => category.features);
  const missingFeatures = expected.features.filter(
    (feature) => !featureLines.some((line) => containsAll(line, feature)),
  );
  const tables = tablesOf(sections.get("database_schema"));
  const missingTables: string[] = [];
  const missingFields: string[] = [];
  let namedFields = 0;
  for (const wanted of expected.tables) {
    namedFields += wanted.fields.length;
    // (A table named exactly as the person named it comes before one with a word more in front.)
    const table =
      tables.find((candidate) => sameTable(candidate.name, wanted.name, false)) ??
      tables.find((candidate) => sameTable(candidate.name, wanted.name));
    if (!table) {
      missingTables.push(wanted.name);
      missingFields.push(...wanted.fields.map((field) => `${wanted.name}.${field}`));
      continue;
    }
    for (const field of wanted.fields) {
      // "MoMo number" is momo_number: a column is named from the field in lower case, and "how
      // many ppl" is written out (number_of_people), as are "qty" and "amt" (quantity, amount).
      const said = snake(
        field
          .toLowerCase()
          .replace(/\bppl\b/g, "people")
          .replace(/\bqty\b/g, "quantity")
          .replace(/\bamt\b/g, "amount"),
      );
      // "l'adresse" is kept as adresse, "les articles" as articles: an article of its own, in
      // French and its neighbours, is no part of the field's name.
      const bare = said.replace(/^(?:les|la|le|l|los|las|el|il|lo|gli)_(?=[a-z0-9])/, "");
      // "ath_móvil_reference_number" keeps the person's letters; it is compared in Latin letters, as the field is.
      // ("sticker no" is kept as sticker_number in English, "fatura no" as fatura_no in Turkish.)
      const numberWritten = said.replace(/(?<=[a-z0-9])_no$/, "_number");
      const has = [...new Set([said, bare, numberWritten])].some((column) =>
        table.columns.map(snake).some(
          (candidate) =>
            candidate === column ||
            candidate === `${column}_id` ||
            // "which evening" is kept as evening_id: the question names the thing it points at.
            candidate === `${column.replace(/^(?:what|which)_(?=[a-z0-9]+$)/, "")}_id` ||
            sameWord(candidate, column) ||
            sameWord(candidate.replace(/_id$/, ""), column) ||
            // "photos" is kept as photo_urls, "chemicals" as chemicals_used: the column starts with the field's name.
            candidate.startsWith(`${singular(column)}_`) ||
            candidate.startsWith(`${column}_`) ||
            // "how many hours" is kept as number_of_hours, "address" said "home address" as home_address.
            candidate === `number_of_${column}` ||
            candidate.endsWith(`_${column}`) ||
            // "how many dozen" is kept as number_of_dozens: the count, in the plural.
            candidate === `number_of_${pluralize.plural(column)}` ||
            // "how many people" is kept as number_of_people: the count, named by what it counts
            // ("how many places are left" as number_of_places_left, without its "are").
            candidate === column.replace(/^how_(?:many|much)_/, "number_of_") ||
            // ("how many fou" as number_of_fous: the count named in the English way, by its plural.)
            candidate ===
              column.replace(
                /^how_many_([a-z0-9_]+)$/,
                (_whole, counted: string) => `number_of_${pluralize.plural(counted)}`,
              ) ||
            candidate === column.replace(/^how_(?:many|much)_(.+)_(?:are|is)_/, "number_of_$1_") ||
            // ("how many people it takes" as number_of_people: what the thing does with them is no
            // part of the count.)
            candidate === column.replace(/^how_many_([a-z0-9]+)_(?:it|they)_[a-z]+$/, "number_of_$1") ||
            // ("how many dozen we made" as number_of_dozens: nor who made them.)
            candidate ===
              column.replace(
                /^how_many_([a-z0-9]+)_(?:we|i|they|he|she|you)_[a-z]+$/,
                (_whole, counted: string) => `number_of_${pluralize.plural(counted)}`,
              ) ||
            // "what party" is kept as party, "what she is owing" as owing: the field the question names.
            candidate ===
              column.replace(/^(?:what|which)_(?:(?:she|he|they|it)_(?:is|are)_)?(?=[a-z0-9]+$)/, "") ||
            // Romansh "quantas persunas" (how many people) is kept as persunas, as "how many
            // people" is kept as people: the count named by what it counts.
            candidate ===
              column.replace(
                /^(?:quantas|quantos|quants|quantes|quanti|quante|cuantos|cuantas|cuántos|cuántas|cantos|cantas)_/,
                "",
              ) ||
            // "which sea she dives in", "which sea is open" are kept as sea: the question names the field.
            candidate ===
              column.replace(
                /^(?:what|which)_([a-z0-9]+)_(?:(?:she|he|they|it|we|i|you)_[a-z]+(?:_(?:in|on|at|to|for|with|from))?|(?:is|are)_[a-z]+)$/,
                "$1",
              ) ||
            // "how much it's for" is kept as amount: how much a voucher or a payment is.
            (/^how_much(?:_(?:it|they)(?:_s|_is|_are|_re)?_(?:for|worth))?$/.test(column) &&
              candidate === "amount") ||
            // "what it is" is kept as description: what the thing is, told in words.
            (column === "what_it_is" && candidate === "description") ||
            // "who bought it" is kept as buyer: the one who did it, named by what they did.
            candidate === WHO_DID_IT[column] ||
            // "the date it went out" is kept as date_went_out: what it points back at is the thing itself
            // ("the day it is needed" as day_needed, without its "is").
            candidate === column.replace(/_(?:it|they)_/, "_") ||
            candidate === column.replace(/_(?:it|they)_(?:is|are|was|were)_/, "_") ||
            // ("the day they want it" as day_wanted, as the interviewer names a date by what is done.)
            candidate ===
              column.replace(
                /^(date|time|day)_(?:they|we|he|she|you)_(want|need)s?_(?:it|them)$/,
                "$1_$2ed",
              ) ||
            // "restaurant or not" (Swabian "befreit oder ned", Kölsch "bezahlt oder nit", Corsican "Colissimo o micca", Romansh "pajà schi o na", Sardinian "pagadu o nono", Asturian "llistu o non", Lingala "… ezali to te",
            // Hiligaynon "tapos ukon wala", Sundanese "tos dibayar atanapi teu acan", Hawaiian "uku ʻia
            // a i ʻole ʻaʻole") is kept
            // as restaurant, a yes or no.
            candidate ===
              column.replace(
                /_(?:or_not|o_micca|o_nono|o_no|o_non|ou_non|ou_pas|oder_nicht|oder_nod|oder_ned|oder_nit|to_te|ukon_wala|atanapi_teu_acan|atanapi_henteu|a_i_ole_a_ole|(?:schi|sci|si|sì|sí|sim|oui|da|tak|evet)_(?:o|ò|ou|ili|lub|veya)_(?:na|no|non|não|ne|nie|hayır))$/,
                "",
              ) ||
            // "shuttle yes or no", "sold out y/n" are kept as shuttle and sold_out: a yes or no
            // said with its answers (Low German "Liddmaat ja oder nee" as liddmaat, Bavarian
            // "Mitglied ja oder na" as mitglied, te reo Māori "marae āe/kāo" as marae).
            candidate ===
              column.replace(/_(?:yes_or_no|y_n|yes_no|ae_kao|ja_oder_(?:nee|nein|na|noa))$/, "") ||
            // "the days she work", "the styles she do" are kept as days and styles: who does what
            // with a thing is no part of its name, as the interviewer reads any field.
            candidate === column.replace(/_(?:she|he|they|we|i|you)_[a-z]+$/, "") ||
            // "wha' wi bake" is kept as wha_we_bake: Creole "wi" is "we", written the English way.
            candidate === column.replace(/(^|_)wi(?=_|$)/g, "$1we") ||
            // "the size of the costume" is kept as costume_size: what it is of, said first.
            candidate ===
              column.replace(/^([a-z0-9]+)_of_(?:the_|their_|its_)?([a-z0-9]+(?:_[a-z0-9]+)?)$/, "$2_$1") ||
            // "what part of the island" is kept as part_of_the_island: the question names the field.
            candidate === column.replace(/^(?:what|which)_(?=[a-z0-9]+_of_)/, "") ||
            // "lift or no lift" is kept as lift, a yes or no said by both its answers.
            candidate === column.replace(/^(\w+)_or_no_\1$/, "$1"),
        ),
      );
      if (!has) missingFields.push(`${wanted.name}.${field}`);
    }
  }
  const described = [...expected.tables.map((table) => table.name), ...(expected.accepted ?? [])];
  const invented = tables
    .map((table) => table.name)
    .filter(
      (name) =>
        !described.some((wanted) => sameTable(name, wanted)) &&
        !PLUMBING.test(name) &&
        // A table that links described things ("shift_signups") belongs to them.
        !described.some((wanted) => name.includes(snake(singular(wanted)))),
    );
  const places: [string, string][] = [
    ["features", featureLines.join("\n")],
    ["tables", tables.map((table) => `${table.name} ${table.columns.join(" ")}`).join("\n")],
    ["endpoints", sections.get("api_endpoints_summary")?.allText ?? ""],
    ["commands", sections.get("command_line_interface")?.allText ?? ""],
    ["screens", sections.get("ui_layout")?.allText ?? ""],
  ];
  const excludedFound = expected.excluded.flatMap((word) =>
    places.filter(([, text]) => mentionsWord(text, word)).map(([place]) => `${word} in ${place}`),
  );
  const criteria = sections.get("success_criteria")?.allText ?? "";
  const backgroundFound = (expected.background ?? []).filter(
    // A word of one line: "WhatsApp" is not found in "what was added" and "apre l'app" two features apart.
    (word) =>
      featureLines.some((line) => mentionsWord(line, word)) ||
      criteria.split("\n").some((line) => mentionsWord(line, word)),
  );
  const stack = sections.get("technology_stack")?.allText ?? "";
  // "nestjs w postgres" keeps the person's "nestjs": how a name is capitalised decides nothing.
  const stackMissing = (expected.stack ?? []).filter(
    (said) => !stack.toLowerCase().includes(said.toLowerCase()),
  );
  const commandsMissing = (expected.commands ?? []).filter(
    (said) => !commandNamed(sections.get("command_line_interface")?.allText ?? "", said),
  );
  return {
    backgroundFound,
    stackMissing,
    commandsMissing,
    kind: { expected: expected.kind, got: validation.kind },
    features: {
      named: expected.features.length,
      present: expected.features.length - missingFeatures.length,
      missing: missingFeatures,
    },
    tables: {
      named: expected.tables.length,
      present: expected.tables.length - missingTables.length,
      missing: missingTables,
    },
    fields: { named: namedFields, present: namedFields - missingFields.length, missing: missingFields },
    excludedFound,
    invented,
    valid: validation.valid,
  };
}

function sectionsOf(spec: string): Map<string, SpecNode> {
  const parsed = parseSpec(spec);
  const root = parsed.elements.find((element) => element.name === "project_specification");
  return new Map((root?.children ?? []).map((child) => [child.name, child]));
}

function tablesOf(schema: SpecNode | undefined): { name: string; columns: string[] }[] {
  if (!schema) return [];
  const holder = schema.children.find((child) => child.name === "tables") ?? schema;
  return holder.children.map((table) => ({
    name: table.name,
    columns: table.allText
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("- "))
      .map((line) => line.slice(2).split(/\s+\(/)[0]!.trim().toLowerCase()),
  }));
}

/**
 * "Hábitos" → "habitos"; "regały" → "regaly"; "Κρατήσεις" → "kratiseis"; "min players" →
 * "min_players"; "対象の班" → "dui_xiangno_ban". Written in Latin letters the way a spec's
 * element names are (src/app-spec/element-name.ts), so a name compares with its table.
 */
function snake(text: string): string {
  // Persian's half-space (a zero-width non-joiner, "برنامه‌ها") and a space part the same words.
  // "parent's name" is parent_name, as the spec names it: an owner's "'s" is no word of its own.
  return anyAscii(text.replace(/\u200c/gu, " ").replace(/(?<=\p{L})['’]s(?![\p{L}\p{M}\p{N}])/gu, ""))
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

function singular(word: string): string {
  return word
    .replace(/(?:ies)$/, "y")
    .replace(/(?:ses|xes|ches|shes)$/, (end) => end.slice(0, -2))
    .replace(/s$/, "");
}

/**
 * Whether a table is the thing the person named: their word, or its real plural or
 * singular. Stricter than sameWord on purpose: a table called `cameres` or `specieses`
 * is a misread name a coding agent would build, not the person's `camere` or `species`.
 */
function sameTable(table: string, named: string, qualified = true): boolean {
  const wanted = snake(named);
  const head = wanted.split("_");
  const last = head.pop()!;
  // ("ordine" kept as ordini, "forma" as forme: the plural of Italian and its neighbours.)
  const romancePlural = /[^aeiou]a$/.test(last)
    ? last.replace(/a$/, "e")
    : /[^aeiou]e$/.test(last)
      ? last.replace(/e$/, "i")
      : last;
  const forms = [last, pluralize.plural(last), pluralize.singular(last), romancePlural].map((form) =>
    [...head, form].join("_"),
  );
  // "stage slots" for the slots: a table named with one word more in front, said by the
  // person, is the same table.
  return forms.some(
    (form) =>
      snake(table) === form ||
      (qualified &&
        head.length === 0 &&
        /^[a-z0-9]+_/.test(snake(table)) &&
        snake(table).split("_").length === 2 &&
        snake(table).endsWith(`_${form}`)),
  );
}

function sameWord(a: string, b: string): boolean {
  return singular(snake(a)) === singular(snake(b));
}

/** Word stems of a text, accents and plurals taken off. */
function stems(text: string): string[] {
  // "a cull don't get shipped" says "not shipped": the "not" in "don't" and "cannot" is a word.
  const spelled = spacedWords(text)
    .replace(/n['’]t\b/giu, " not")
    .replace(/\bcannot\b/giu, "can not")
    // "max 220 ppl": the short form typed in a hurry is the word the spec writes out.
    .replace(/\bppl\b/giu, "people");
  return (snake(spelled).match(/[a-z0-9]+/g) ?? []).map(stemOf);
}

/** Scripts written without spaces between words. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORDS = new Intl.Segmenter(undefined, { granularity: "word" });

/**
 * Text in a script written without spaces ("お知らせを投稿") split into its words, as
 * ICU's dictionaries know them ("お知らせ を 投稿"), so a phrase is matched word by word
 * as in any other language.
 */
function spacedWords(text: string): string {
  if (!UNSPACED.test(text)) return text;
  return [...WORDS.segment(text)].map((part) => part.segment).join(" ");
}

function stemOf(word: string): string {
  const base = singular(word);
  if (base.length > 5 && base.endsWith("ing")) return base.slice(0, -3);
  if (base.length > 5 && base.endsWith("ed")) return base.slice(0, -2);
  return base;
}

/**
 * Words a feature line may say differently ("me" becomes "the user", "u" typed for "you" is
 * written out): they decide nothing.
 */
const FILLER = new Set(
  "a an the of to for and or in on at by with their his her its your my our can users user me i we us it they them you u".split(
    " ",
  ),
);

/** Whether one line has every content word of a phrase (stems, any order). */
function containsAll(line: string, phrase: string): boolean {
  return wordByWord(line, phrase) || pieceByPiece(line, phrase);
}

function wordByWord(line: string, phrase: string): boolean {
  const words = new Set(stems(line));
  return stems(phrase)
    .filter((word) => !FILLER.has(word))
    .every(
      (word) =>
        words.has(word) || [...words].some((have) => have.startsWith(word) && have.length - word.length <= 3),
    );
}

/**
 * A phrase in a script written without spaces, each of its pieces found in the line as
 * written: "ເງິນສົດ" (cash) is in "ຈ່າຍເງິນສົດ" (pay cash), though a dictionary cuts the two
 * into different words.
 */
function pieceByPiece(line: string, phrase: string): boolean {
  if (!UNSPACED.test(phrase)) return false;
  const joined = line.toLowerCase().replace(/\s+/g, "");
  return phrase
    .split(/\s+/)
    .every((piece) =>
      UNSPACED.test(piece) ? joined.includes(piece.toLowerCase()) : wordByWord(line, piece),
    );
}

/** Whether a text has a word (or its stem) anywhere as a word of its own. */
function mentionsWord(text: string, word: string): boolean {
  const wanted = stems(word);
  const have = stems(text);
  return wanted.every((part) =>
    have.some(
      (candidate) =>
        candidate === part ||
        (part.length >= 4 &&
          candidate.startsWith(part) &&
          candidate.length - part.length <= 3 &&
          // ("tourists" are people, not "tours": a word made into another is no form of it.)
          !/^(?:ist|ism|ess)$/.test(candidate.slice(part.length))),
    ),
  );
}

/** Adds scores up: the shares the goals are stated in. */
export function totals(scores: readonly PersonaScore[]) {
  const sum = (pick: (score: PersonaScore) => number) =>
    scores.reduce((total, score) => total + pick(score), 0);
  const share = (present: number, named: number) => (named === 0 ? 1 : present / named);
  return {
    personas: scores.length,
    features: share(
      sum((s) => s.features.present),
      sum((s) => s.features.named),
    ),
    tables: share(
      sum((s) => s.tables.present),
      sum((s) => s.tables.named),
    ),
    fields: share(
      sum((s) => s.fields.present),
      sum((s) => s.fields.named),
    ),
    excludedFound: sum((s) => s.excludedFound.length),
    backgroundFound: sum((s) => s.backgroundFound.length),
    stackMissing: sum((s) => s.stackMissing.length),
    commandsMissing: sum((s) => s.commandsMissing.length),
    invented: sum((s) => s.invented.length),
    kindsRight: scores.filter((score) => score.kind.expected === score.kind.got).length,
    valid: scores.filter((score) => score.valid).length,
  };
}

/**
 * A command is named in a usage line ("Usage: tt event add --date …"), a flag at the start
 * of a line of its own ("--dry-run: only show the new names"); the person's own words,
 * quoted beside them, name neither.
 */
function commandNamed(commandText: string, said: string): boolean {
  const lines = commandText
    .split("\n")
    .map((line) => line.replace(/^\s*-\s*/, "").trim())
    .filter((line) => !/^(?:also, )?in the person's words:/i.test(line));
  const escaped = said.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const named = said.startsWith("-")
    ? new RegExp(`^${escaped}(?=[\\s:]|$)`)
    : new RegExp(`^Usage: \\S+ ${escaped}(?=\\s|$)`);
  return lines.some((line) => named.test(line));
}
