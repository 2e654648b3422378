/**
 * What a project without an interview shows in place of a conversation, until the
 * person starts one: a project with a finished spec, or one whose interview could not
 * be started by itself.
 */
export function NewInterviewPrompt({ hasSpec, onStart }: { hasSpec: boolean; onStart: () => void }) {
  return (
    <div className="new-interview">
      <h2 className="new-interview-title">
        {hasSpec ? "This project already has a spec" : "No interview yet"}
      </h2>
      {hasSpec ? (
        <p>
          Start a new interview to change it, or edit it in the Spec tab. The interviewer knows the current
          spec, and if a new one is written the current files stay in the spec's Versions.
        </p>
      ) : (
        <p>The interviewer asks about your app idea, then writes the spec.</p>
      )}
      <button type="button" className="button button-primary" onClick={onStart}>
        Start a new interview
      </button>
    </div>
  );
}
