/** A person's words, written so a pattern matches them as they are: "N$40 (each)" stays literal. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
