import { diffLines } from "diff";

/** One row of a diff as the page shows it: a line added, removed or kept, or a run of kept lines left out. */
export type DiffRow =
  | { kind: "added" | "removed" | "same"; text: string; oldLine: number | null; newLine: number | null }
  | { kind: "skipped"; count: number };

export interface LineDiff {
  rows: DiffRow[];
  added: number;
  removed: number;
}

function splitLines(value: string): string[] {
  const lines = value.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/**
 * The differences between two texts, line by line (jsdiff's `diffLines`), with the
 * unchanged lines more than `context` lines away from a change folded into one row.
 */
export function lineDiff(before: string, after: string, context = 3): LineDiff {
  const full: DiffRow[] = [];
  let oldLine = 1;
  let newLine = 1;
  let added = 0;
  let removed = 0;
  for (const change of diffLines(before, after)) {
    for (const text of splitLines(change.value)) {
      if (change.added) {
        full.push({ kind: "added", text, oldLine: null, newLine: newLine++ });
        added++;
      } else if (change.removed) {
        full.push({ kind: "removed", text, oldLine: oldLine++, newLine: null });
        removed++;
      } else full.push({ kind: "same", text, oldLine: oldLine++, newLine: newLine++ });
    }
  }
  const near = full.map(() => false);
  full.forEach((row, index) => {
    if (row.kind === "same") return;
    for (let at = Math.max(0, index - context); at <= Math.min(full.length - 1, index + context); at++)
      near[at] = true;
  });
  const rows: DiffRow[] = [];
  full.forEach((row, index) => {
    if (near[index] || row.kind !== "same") {
      rows.push(row);
      return;
    }
    const last = rows.at(-1);
    if (last?.kind === "skipped") last.count++;
    else rows.push({ kind: "skipped", count: 1 });
  });
  return { rows, added, removed };
}
