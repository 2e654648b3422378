import type { SpecFinding } from "../api/spec.js";

/** What the validator says about the app spec: errors first, then warnings, each with its line. */
export function FindingsList({ errors, warnings }: { errors: SpecFinding[]; warnings: SpecFinding[] }) {
  if (errors.length === 0 && warnings.length === 0) {
    return <p className="findings-clean">No problems found: the spec passes every check.</p>;
  }
  return (
    <div className="findings">
      {errors.length > 0 ? <FindingGroup title="Errors" tone="error" findings={errors} /> : null}
      {warnings.length > 0 ? <FindingGroup title="Warnings" tone="warning" findings={warnings} /> : null}
    </div>
  );
}

function FindingGroup({
  title,
  tone,
  findings,
}: {
  title: string;
  tone: "error" | "warning";
  findings: SpecFinding[];
}) {
  return (
    <section className={`finding-group finding-${tone}`}>
      <h4 className="finding-group-title">
        {title} ({findings.length})
      </h4>
      <ul className="finding-list">
        {findings.map((finding, index) => (
          // Findings have no id and may repeat a message on different lines.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole each time
          <li key={index}>
            {finding.line !== null ? <span className="finding-line">Line {finding.line}</span> : null}
            {finding.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
