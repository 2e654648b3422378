import { isEnglish } from "../understanding/language.js";
import { type SaidThing, YES_OR_NO_ANSWERS } from "../understanding/things.js";

/** A field said with the yes or no it takes, at the end of a phrase: "vegetarian schi o na", "fatura o nono". */
const SAID_WITH_YES_OR_NO = new RegExp(
  String.raw`(?<![\p{L}\p{M}])((?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+)\s+(?:${YES_OR_NO_ANSWERS})(?![\p{L}\p{M}])`,
  "iu",
);

/**
 * "E metta pro las reservaziuns vegetarian schi o na", "ponide in sos òrdines puru fatura o
 * nono": in a language whose words of changing are not known, a sentence that names one of the
 * things kept and a field said with its yes or no puts that field on that thing, which is the
 * one thing such a sentence can ask for. The change comes back as the plain English the edits
 * read; the sentence as it was when it has no such shape.
 */
export function yesOrNoPutOnByShape(sentence: string, things: readonly SaidThing[]): string {
  if (isEnglish(sentence)) return sentence;
  const field = sentence.match(SAID_WITH_YES_OR_NO);
  if (!field) return sentence;
  // The thing named last before the field is the one it goes on ("… in sos òrdines puru fatura
  // o nono, ca unas cantas butegas …": the shops named after it say why).
  const words = (sentence
    .slice(0, field.index! + field[0].length)
    .toLowerCase()
    .match(/[\p{L}\p{M}'’-]+/gu) ?? []) as string[];
  // (A thing said "òrdine" in its records is named "òrdines" in the change: a plural ending
  // of a letter or two, whatever the language.)
  const names = (word: string, thing: SaidThing) =>
    word === thing.said || (word.startsWith(thing.key) && word.length - thing.key.length <= 2);
  const lastNaming = (thing: SaidThing) => words.findLastIndex((word) => names(word, thing));
  const named = things
    .map((thing) => ({ thing, at: lastNaming(thing) }))
    .filter((found) => found.at >= 0)
    .sort((one, other) => other.at - one.at);
  if (named.length === 0) return sentence;
  const thing = named[0]!.thing;
  const before = field[1]!.toLowerCase().split(/\s+/);
  // Right after the thing's name, the words up to the yes or no are the field ("las reservaziuns
  // mezza pensiun schi o na"), but for a short word opening them, which is more often a "too"
  // or an "also" ("sos òrdines puru fatura o nono"); anywhere else only the last word is sure to be.
  const at = before.findLastIndex((word) => names(word, thing));
  const after = at >= 0 ? before.slice(at + 1) : before.slice(-1);
  const name = (after.length > 1 && after[0]!.length <= 4 ? after.slice(1) : after).join(" ");
  return name.length > 0 ? `put the ${name} yes or no on the ${thing.said}` : sentence;
}
