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

/**
 * "line 12: message": a finding in one line of text, as a model reads it after a write
 * and a person reads it in an error. Every such message is made here.
 */
export function formatFinding(finding: Pick<Finding, "message" | "line">): string {
  return finding.line === null ? finding.message : `line ${finding.line}: ${finding.message}`;
}
