/**
 * How the reference's own page shows a turn: a model of what the spec chat hook of
 * leonvanzyl/autocoder (ui/src/hooks/useSpecChat.ts, commit
 * cb65cfe151cc8b90b70fc9d905846eeaaed419b4) does with each frame, reduced to what
 * decides whether a reply still looks unfinished there (its `isStreaming` flag, shown
 * as a blinking cursor by ui/src/components/ChatMessage.tsx) and the system lines it adds.
 * As read in that hook:
 *
 * - `text` appends to the last message when that is an assistant message still
 *   streaming, and otherwise starts a new streaming assistant message;
 * - `question`, `spec_complete`, `complete` and `response_done` end the last message's
 *   streaming, but only when the last message is that streaming assistant message;
 * - `spec_complete` then adds the line "Specification file created: <path>",
 *   `file_written` adds "File created: <path>", `error` adds "Error: <content>";
 * - any other type (`pong`, or one it does not know) changes nothing.
 *
 * So a reply followed by a `file_written` or an `error` before any frame that ends it
 * keeps its cursor for good.
 */
export interface ReferencePageMessage {
  role: "assistant" | "system";
  content: string;
  streaming: boolean;
}

export function referencePageMessages(
  frames: readonly { type: string; [field: string]: unknown }[],
): ReferencePageMessage[] {
  const messages: ReferencePageMessage[] = [];
  const endStreaming = () => {
    const last = messages.at(-1);
    if (last?.role === "assistant" && last.streaming) last.streaming = false;
  };
  const line = (content: string) => messages.push({ role: "system", content, streaming: false });
  for (const frame of frames) {
    switch (frame.type) {
      case "text": {
        const last = messages.at(-1);
        if (last?.role === "assistant" && last.streaming) last.content += String(frame.content);
        else messages.push({ role: "assistant", content: String(frame.content), streaming: true });
        break;
      }
      case "question":
      case "complete":
      case "response_done":
        endStreaming();
        break;
      case "spec_complete":
        endStreaming();
        line(`Specification file created: ${String(frame.path)}`);
        break;
      case "file_written":
        line(`File created: ${String(frame.path)}`);
        break;
      case "error":
        line(`Error: ${String(frame.content)}`);
        break;
      default:
        break;
    }
  }
  return messages;
}

/** The replies the reference's page would show with a cursor still blinking after these frames. */
export function stillStreaming(frames: readonly { type: string; [field: string]: unknown }[]): string[] {
  return referencePageMessages(frames)
    .filter((message) => message.role === "assistant" && message.streaming)
    .map((message) => message.content);
}
