/**
 * Whether a text is written in English. The interviewer's grammar (which word is a
 * verb, which a noun) is English; in another language it keeps the person's sentences
 * whole instead of taking them apart.
 */
const ENGLISH = new Set(
  "the a an and or to of in on for with is are it i we you they my our their that this can will want need have has be do".split(
    " ",
  ),
);
const OTHER = new Set(
  "el la los las un una y o de del en para con es son que mi mis por se lo le les du des et ou est sont pour avec der die das und oder ist sind mit für ein eine il di che per non ho não uma com".split(
    " ",
  ),
);

export function isEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let english = 0;
  let other = 0;
  for (const word of words) {
    if (ENGLISH.has(word)) english++;
    if (OTHER.has(word)) other++;
  }
  return english >= other;
}
