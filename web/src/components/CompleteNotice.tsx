import { describeSpecChanges, type SpecChanges } from "../../../src/types/spec-changes.js";
import { CheckIcon } from "./icons.js";

/** Two kept versions of the app spec, to compare in the Spec tab's Versions view. */
export interface VersionComparison {
  from: string;
  to: string;
}

interface CompleteNoticeProps {
  revised: boolean;
  /** What a revision changed, when the server said. */
  changes?: SpecChanges | undefined;
  /** Opens the spec; with two versions, their differences in the Versions view. */
  onView: (compare?: VersionComparison) => void;
}

/** The moment the spec is done (or updated): said clearly, with the way to see it (and what changed). */
export function CompleteNotice({ revised, changes, onView }: CompleteNoticeProps) {
  return (
    <div className="complete-notice">
      <span className="complete-notice-mark" aria-hidden="true">
        <CheckIcon />
      </span>
      <div className="complete-notice-body">
        <p className="complete-notice-title">{revised ? "Your spec is updated" : "Your spec is complete"}</p>
        {changes ? <p className="complete-notice-changes">{describeSpecChanges(changes)}</p> : null}
        <p className="complete-notice-text">
          Both files are written and valid; the Spec tab shows what the checks found. You can keep talking
          here to change something.
        </p>
      </div>
      <div className="complete-notice-actions">
        {changes ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onView({ from: changes.from_version, to: changes.to_version })}
          >
            See the changes
          </button>
        ) : null}
        <button type="button" className="button button-primary" onClick={() => onView()}>
          View the spec
        </button>
      </div>
    </div>
  );
}
