import { useMockupImage } from "../hooks/useMockupImage.js";
import type { AttachmentPreview } from "../logic/conversation-state.js";
import { DocumentChip } from "./DocumentChip.js";
import { PaperclipIcon } from "./icons.js";

/** What the person said (or answered), on the right, with the images and documents they sent. */
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
  const images = attachments.filter((attachment) => attachment.document === undefined);
  const documents = attachments.filter((attachment) => attachment.document !== undefined);
  return (
    <div className="message message-user">
      <h3 className="visually-hidden">{isAnswer ? "Your answer" : "You"}</h3>
      <div className="message-user-bubble">
        {documents.length > 0 ? (
          <ul className="message-documents" aria-label="Attached documents">
            {documents.map((attachment, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a message's documents never change order, and two may share a name.
              <li key={`${index}:${attachment.filename}`}>
                {attachment.document ? (
                  <DocumentChip filename={attachment.filename} chip={attachment.document} />
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {images.length > 0 ? (
          <ul className="message-images" aria-label="Attached images">
            {images.map((attachment, index) => (
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
