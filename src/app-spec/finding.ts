/** One problem found in a spec file. `line` is 1-based, or null when nothing in the file can be pointed at. */
export interface Finding {
  severity: "error" | "warning";
  message: string;
  line: number | null;
}

export function specError(message: string, line: number | null): Finding {
  return { severity: "error", message, line };
}

export function specWarning(message: string, line: number | null): Finding {
  return { severity: "warning", message, line };
}

/** "Line 12: message" — the form a model or a person reads in one line of text. */
export function formatFinding(finding: Pick<Finding, "message" | "line">): string {
  return finding.line === null ? finding.message : `Line ${finding.line}: ${finding.message}`;
}
