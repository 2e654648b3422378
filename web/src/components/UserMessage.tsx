import { useMockupImage } from "../hooks/useMockupImage.js";
import type { AttachmentPreview } from "../logic/conversation-state.js";
import { PaperclipIcon } from "./icons.js";

/** What the person said (or answered), on the right, with the images they sent. */
export function UserMessage({
  text,
  attachments,
  isAnswer,
  project,
}: {
  text: string;
  attachments: AttachmentPreview[];
  isAnswer: boolean;
  /** The project whose saved images an interview's history names; null shows their names only. */
  project: string | null;
}) {
  return (
    <div className="message message-user">
      <h3 className="visually-hidden">{isAnswer ? "Your answer" : "You"}</h3>
      <div className="message-user-bubble">
        {attachments.length > 0 ? (
          <ul className="message-images" aria-label="Attached images">
            {attachments.map((attachment, index) => (
              <li key={attachment.url ?? `${index}:${attachment.savedAs ?? attachment.filename}`}>
                {attachment.url ? (
                  <img src={attachment.url} alt={attachment.filename} className="message-image" />
                ) : (
                  <SavedImage project={project} attachment={attachment} />
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {text.length > 0 ? <p className="message-user-text">{text}</p> : null}
      </div>
    </div>
  );
}

/**
 * An image from the interview's history: the page has its name and where the server
 * saved it, and shows it once its bytes arrive (its name until then, or if they never do).
 */
function SavedImage({ project, attachment }: { project: string | null; attachment: AttachmentPreview }) {
  const url = useMockupImage(project, attachment.savedAs);
  if (url !== null) return <img src={url} alt={attachment.filename} className="message-image" />;
  return (
    <span className="message-image-name" title={attachment.filename}>
      <PaperclipIcon />
      {attachment.filename}
    </span>
  );
}
