import type { TrayItem } from "../hooks/useAttachments.js";
import { DocumentChip } from "./DocumentChip.js";
import { CloseIcon } from "./icons.js";
import "./AttachmentTray.css";

interface AttachmentTrayProps {
  items: TrayItem[];
  refusals: string[];
  onRemove: (id: number) => void;
  onDismissRefusals: () => void;
}

/** The images and documents waiting to go with the next message, each removable, and why any were refused. */
export function AttachmentTray({ items, refusals, onRemove, onDismissRefusals }: AttachmentTrayProps) {
  return (
    <>
      {items.length > 0 ? (
        <ul className="attachment-tray" aria-label="Files to send">
          {items.map((item) =>
            item.url !== null ? (
              <li key={item.id} className="attachment-thumb" data-ready={item.base64Data !== null}>
                <img src={item.url} alt={item.filename} />
                <RemoveButton filename={item.filename} onRemove={() => onRemove(item.id)} />
              </li>
            ) : (
              <li key={item.id} className="attachment-document" data-ready={item.base64Data !== null}>
                <DocumentChip filename={item.filename} chip={{ kind: item.document, size: item.size }}>
                  <RemoveButton filename={item.filename} onRemove={() => onRemove(item.id)} />
                </DocumentChip>
              </li>
            ),
          )}
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

function RemoveButton({ filename, onRemove }: { filename: string; onRemove: () => void }) {
  return (
    <button
      type="button"
      className="attachment-remove"
      onClick={onRemove}
      aria-label={`Remove ${filename}`}
      title={`Remove ${filename}`}
    >
      <CloseIcon />
    </button>
  );
}
