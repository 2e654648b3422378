import { CheckIcon } from "./icons.js";

/** The moment the spec is done (or updated): said clearly, with the way to see it. */
export function CompleteNotice({ revised, onView }: { revised: boolean; onView: () => void }) {
  return (
    <div className="complete-notice">
      <span className="complete-notice-mark" aria-hidden="true">
        <CheckIcon />
      </span>
      <div className="complete-notice-body">
        <p className="complete-notice-title">{revised ? "Your spec is updated" : "Your spec is complete"}</p>
        <p className="complete-notice-text">
          Both files are written and valid; the Spec tab shows what the checks found. You can keep talking
          here to change something.
        </p>
      </div>
      <button type="button" className="button button-primary" onClick={onView}>
        View the spec
      </button>
    </div>
  );
}
