/** What a project with a finished spec shows in place of a conversation, until the person starts a new one. */
export function NewInterviewPrompt({ onStart }: { onStart: () => void }) {
  return (
    <div className="new-interview">
      <h2 className="new-interview-title">This project already has a spec</h2>
      <p>
        Start a new interview to change it. The interviewer knows the current spec, and if a new one is
        written the current files are kept as a numbered backup in <code>prompts/history/</code>.
      </p>
      <button type="button" className="button button-primary" onClick={onStart}>
        Start a new interview
      </button>
    </div>
  );
}
