import type { TrayItem } from "../hooks/useAttachments.js";
import { CloseIcon } from "./icons.js";
import "./AttachmentTray.css";

interface AttachmentTrayProps {
  items: TrayItem[];
  refusals: string[];
  onRemove: (id: number) => void;
  onDismissRefusals: () => void;
}

/** The images waiting to go with the next message, each removable, and why any were refused. */
export function AttachmentTray({ items, refusals, onRemove, onDismissRefusals }: AttachmentTrayProps) {
  return (
    <>
      {items.length > 0 ? (
        <ul className="attachment-tray" aria-label="Images to send">
          {items.map((item) => (
            <li key={item.id} className="attachment-thumb" data-ready={item.base64Data !== null}>
              <img src={item.url} alt={item.filename} />
              <button
                type="button"
                className="attachment-remove"
                onClick={() => onRemove(item.id)}
                aria-label={`Remove ${item.filename}`}
                title={`Remove ${item.filename}`}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="attachment-refusals" aria-live="polite">
        {refusals.length > 0 ? (
          <div className="attachment-refusal-box">
            <ul>
              {refusals.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            <button type="button" className="link-button" onClick={onDismissRefusals}>
              OK
            </button>
          </div>
        ) : null}
      </div>
    </>
  );
}
