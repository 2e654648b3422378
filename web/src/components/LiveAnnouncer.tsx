/**
 * What a screen reader says about the conversation: each finished reply, question and
 * error, once. The streaming text itself is not live, or every chunk would be read out.
 */
export function LiveAnnouncer({ announcement }: { announcement: { id: number; text: string } | null }) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement ? <p key={announcement.id}>{announcement.text}</p> : null}
    </div>
  );
}
