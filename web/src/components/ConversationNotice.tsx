import { FileIcon } from "./icons.js";

/** A quiet line between messages: something happened that is neither party's words. */
export function ConversationNotice({ text }: { text: string }) {
  return <p className="conversation-notice">{text}</p>;
}

/** A small muted line about the interviewer's tools: a call Specwright refused, how far a stopped turn got. */
export function ToolNote({ text }: { text: string }) {
  return <p className="tool-note">{text}</p>;
}

/** A spec file reached the disk. */
export function FileWrittenNotice({ path }: { path: string }) {
  return (
    <p className="file-written">
      <FileIcon className="file-written-icon" />
      <span>
        Saved <code>{path}</code>
      </span>
    </p>
  );
}
