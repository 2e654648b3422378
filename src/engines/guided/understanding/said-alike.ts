/**
 * Two clauses said alike: the same words in the same order, other numbers in them. "Зур мунча
 * 10 кешегә кадәр, сәгате 2500 сум; кечкенә мунча 4 кешегә кадәр, сәгате 1500 сум" (the big bath
 * up to 10 people, 2,500 an hour; the small up to 4, 1,500 an hour) and "Weekdays 9 to 5;
 * weekends 10 to 4" are one price list, or one timetable, said in one breath.
 */

/** Two clauses with numbers, most of whose words are the same words in the same order. */
export function saidAlike(first: string, second: string): boolean {
  const words = (clause: string) =>
    clause
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter((word) => word.length > 0)
      .map((word) => (/^\p{N}/u.test(word) ? "#" : word));
  const a = words(first);
  const b = words(second);
  if (!a.includes("#") || !b.includes("#")) return false;
  return commonInOrder(a, b) >= Math.max(3, Math.ceil(0.6 * Math.max(a.length, b.length)));
}

/** How many words two lists share in the same order (their longest common subsequence). */
function commonInOrder(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const next = [0];
    for (let j = 0; j < b.length; j++)
      next.push(word === b[j] ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!));
    row = next;
  }
  return row[b.length]!;
}
