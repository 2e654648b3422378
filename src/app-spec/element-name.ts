import anyAscii from "any-ascii";

/**
 * Turns a label shown to people ("Recipe management", "Café & Bar") into an element
 * name (`recipe_management`, `cafe_bar`; "Regały" `regaly`, "Κρατήσεις" `kratiseis`):
 * ASCII letters, digits and underscores, starting with a letter. Every script is written
 * in Latin letters first (any-ascii), so a table a person named in Greek or Russian keeps
 * its name as they would spell it in Latin letters. Labels with nothing usable fall back
 * to `fallback`.
 */
export function toElementName(label: string, fallback: string): string {
  // "Grower's name" is `grower_name`: an owner's "'s" names no word of its own.
  const words = anyAscii(label.replace(/(?<=\p{L})['’]s(?![\p{L}\p{M}\p{N}])/gu, ""))
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
