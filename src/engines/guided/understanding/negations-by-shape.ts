import { isEnglish } from "./language.js";

/**
 * A word that says "no" or "not" in one language or another ("nun", "nu", "no", "non", "nicht",
 * "ikke", "nie", "ez", "tidak", the Creoles' "pa" …). Words that mean something else as often
 * ("la", "ma", "si", "na", "ni", "ora") are left out: in a language not known, a wrong "no"
 * loses a feature.
 */
const NEGATION =
  /(?<![\p{L}\p{M}'’])(?:no|non|nu|nun|nö|não|nao|nem|pa|pas|nicht|nich|nit|net|ned|niet|nee|nein|kein|keine|keen|geen|ikke|ikkje|inte|ekki|ei|ej|nie|ne|nije|nema|ez|ní|níl|yok|değil|emes|emas|tidak|bukan|hapana|hindi|dili|wala|nada|nudda|nuddu|mai|nunca|jamais|never|not)(?![\p{L}\p{M}'’])/iu;

/** "But" or "and" opening the clause, in the languages of Europe: "ma", "mas", "pero", "aber", "men" … */
const BUT = /^(?:ma|mas|pero|però|perô|but|mais|aber|men|maar|ale|mutta|e|y|i|et|und|og|och|en)\s+/iu;

/**
 * "…, loht dat fott" (Kölsch), "…, laat da maar weg" (Flemish), "…, lass das weg": "leave that out",
 * a "no" with no word of "not" in it.
 */
const LEAVE_IT_OUT =
  /^(?:loht|lot|loot|laat|lass|losst|lasst)\s+(?:dat|da|das|des|et|es|dit|it)\s+(?:(?:maar|mar|mal|ruhig)\s+)?(?:fott|weg|fort|weck|eweg)$/iu;

/** Longest clause, in words, that only says "no" to what came before it. */
const SHORT_NO = 5;

/**
 * "Il transport da bagascha cun l'elicopter fa üna firma da Scuol, quai nun es nos affar", "…,
 * ma no est cosa nostra": in a language none of the readings know, people turn a thing down
 * the way they do in the known ones, naming it first and closing the sentence with a short
 * clause that holds a "no" ("that is not our business", "don't put it in"). The words before
 * that clause are returned as what is turned down, as the person wrote them; null when the
 * sentence has no such shape or is in English, whose "no"s are read word by word.
 */
export function noSaidByItsShape(sentence: string): string | null {
  if (isEnglish(sentence)) return null;
  const clauses = sentence
    .trim()
    .replace(/[.!?…]+$/u, "")
    .split(/\s*[,;]\s*/u)
    .filter((clause) => clause.length > 0);
  if (clauses.length < 2) return null;
  // ("…, ma quelo no xe roba nostra": the "but" that opens the "no" is no word of it.)
  const last = clauses.at(-1)!.replace(BUT, "");
  if (last.split(/\s+/).length > SHORT_NO || !(NEGATION.test(last) || LEAVE_IT_OUT.test(last))) return null;
  const before = clauses.slice(0, -1).join(", ");
  // "Nej, ikke mere": a "no" with only a word before it closes the talk; nothing is named.
  return before.split(/\s+/).length >= 2 ? before : null;
}
