import {
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
} from "react";
import { DOCUMENT_FILE_EXTENSIONS, DOCUMENT_MIME_TYPES } from "../../../src/types/documents.js";
import type { Attachments } from "../hooks/useAttachments.js";
import { AttachmentTray } from "./AttachmentTray.js";
import { PaperclipIcon, SendIcon, StopIcon } from "./icons.js";
import "./Composer.css";

interface ComposerProps {
  text: string;
  onTextChange: (text: string) => void;
  attachments: Attachments;
  /** A turn is running: the Stop button replaces Send. */
  busy: boolean;
  stopping: boolean;
  /** Null when a message can go out; otherwise why not, shown under the box. */
  blockedReason: string | null;
  onSend: () => void;
  onStop: () => void;
  /** Changes when something elsewhere wants the keyboard back in the box. */
  focusRequest: number;
}

/** Images, and the documents the interviewer reads (the server checks what each really is). */
const ACCEPTED_TYPES = [
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  ...Object.values(DOCUMENT_MIME_TYPES),
  ...DOCUMENT_FILE_EXTENSIONS,
].join(",");

/**
 * Where the person writes. Enter sends, Shift+Enter starts a new line, Escape stops a
 * running reply. Images and documents come in by the button, by pasting, or by dropping
 * them on the conversation (the screen handles the drop).
 */
export function Composer({
  text,
  onTextChange,
  attachments,
  busy,
  stopping,
  blockedReason,
  onSend,
  onStop,
  focusRequest,
}: ComposerProps) {
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const textareaId = useId();
  const hintId = useId();
  const hasContent = text.trim().length > 0 || attachments.items.length > 0;
  const canSend = !busy && blockedReason === null && hasContent && attachments.ready;

  // The box grows with its text up to a limit, then scrolls.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the height is measured again whenever the text changes
  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    textarea.style.height = "auto";
    textarea.style.height = `${textarea.scrollHeight}px`;
  }, [text]);

  useEffect(() => {
    if (focusRequest > 0) textareaRef.current?.focus();
  }, [focusRequest]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (canSend) onSend();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Escape" && busy) {
      event.preventDefault();
      onStop();
      return;
    }
    // Enter while composing (an input method picking characters) belongs to the input method.
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const files = [...event.clipboardData.files];
    if (files.length === 0) return;
    // Pasted images go to the tray; pasted text (if any came with them) is kept too.
    if (event.clipboardData.getData("text/plain").length === 0) event.preventDefault();
    attachments.add(files);
  };

  const hint =
    blockedReason ??
    (busy ? "Press Stop or Escape to interrupt." : "Enter to send, Shift+Enter for a new line.");
  return (
    <form className="composer" onSubmit={submit}>
      <div className="composer-box">
        <AttachmentTray
          items={attachments.items}
          refusals={attachments.refusals}
          onRemove={attachments.remove}
          onDismissRefusals={attachments.dismissRefusals}
        />
        <label className="visually-hidden" htmlFor={textareaId}>
          Your message
        </label>
        <textarea
          ref={textareaRef}
          id={textareaId}
          className="composer-input"
          rows={1}
          value={text}
          placeholder="Write your reply…"
          onChange={(event) => onTextChange(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          aria-describedby={hintId}
        />
        <div className="composer-actions">
          <button
            type="button"
            className="icon-button"
            onClick={() => fileInputRef.current?.click()}
            aria-label="Attach images or documents"
            title="Attach images (PNG, JPEG, GIF or WebP, up to 5 MB each) or your own documents (Markdown, text, PDF or Word, up to 10 MB each)"
          >
            <PaperclipIcon />
          </button>
          <input
            ref={fileInputRef}
            type="file"
            accept={ACCEPTED_TYPES}
            multiple
            hidden
            onChange={(event) => {
              attachments.add([...(event.target.files ?? [])]);
              event.target.value = "";
            }}
          />
          {busy ? (
            <button
              type="button"
              className="button button-secondary composer-stop"
              onClick={onStop}
              disabled={stopping}
            >
              <StopIcon />
              {stopping ? "Stopping…" : "Stop"}
            </button>
          ) : (
            <button type="submit" className="button button-primary composer-send" disabled={!canSend}>
              Send
              <SendIcon />
            </button>
          )}
        </div>
      </div>
      <p id={hintId} className={blockedReason ? "composer-hint composer-hint-blocked" : "composer-hint"}>
        {hint}
      </p>
    </form>
  );
}
