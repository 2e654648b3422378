import type { AttachmentPreview } from "../logic/conversation-state.js";
import { PaperclipIcon } from "./icons.js";

/** What the person said (or answered), on the right, with the images they sent. */
export function UserMessage({
  text,
  attachments,
  isAnswer,
}: {
  text: string;
  attachments: AttachmentPreview[];
  isAnswer: boolean;
}) {
  return (
    <div className="message message-user">
      <h3 className="visually-hidden">{isAnswer ? "Your answer" : "You"}</h3>
      <div className="message-user-bubble">
        {attachments.length > 0 ? (
          <ul className="message-images" aria-label="Attached images">
            {attachments.map((attachment, index) => (
              <li key={attachment.url ?? `${index}:${attachment.filename}`}>
                {attachment.url ? (
                  <img src={attachment.url} alt={attachment.filename} className="message-image" />
                ) : (
                  // An image from the interview's history: the page knows its name, not its bytes.
                  <span className="message-image-name" title={attachment.filename}>
                    <PaperclipIcon />
                    {attachment.filename}
                  </span>
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
