/** Letters with no accent to take off, written as the plain letters they are read as: Polish ł, Turkish ı, Danish ø, German ß. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  Ł: "L",
  ı: "i",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ß: "ss",
  æ: "ae",
  Æ: "Ae",
  œ: "oe",
  Œ: "Oe",
  þ: "th",
  Þ: "Th",
};

/**
 * Turns a label shown to people ("Recipe management", "Café & Bar") into an element
 * name (`recipe_management`, `cafe_bar`, and "Regały" `regaly`): ASCII letters, digits and underscores,
 * starting with a letter. Labels with nothing usable fall back to `fallback`.
 */
export function toElementName(label: string, fallback: string): string {
  const words = label
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁıøØđĐßæÆœŒþÞ]/g, (letter) => PLAIN_LETTERS[letter] ?? letter)
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (words === "") return fallback;
  return /^[a-z]/.test(words) ? words : `${fallback}_${words}`;
}

/** Element names for sibling labels: each one unique, repeats numbered `_2`, `_3`, … */
export function uniqueElementNames(labels: string[], fallback: string): string[] {
  const used = new Set<string>();
  return labels.map((label) => {
    const base = toElementName(label, fallback);
    let name = base;
    for (let suffix = 2; used.has(name); suffix++) name = `${base}_${suffix}`;
    used.add(name);
    return name;
  });
}
