import type { HistoryMessage } from "./wire.js";

export type HistoryNotice = NonNullable<HistoryMessage["notices"]>[number];

/** A piece of an assistant message as it was shown: a run of its words, or a notice between them. */
export type HistoryPart = { kind: "text"; text: string } | { kind: "notice"; notice: HistoryNotice };

/**
 * A history message's words and notices in the order the person first saw them: the
 * content cut where each notice came (`at`), the pieces trimmed, empty ones left out.
 * A message without notices is its content alone.
 */
export function historyParts(message: Pick<HistoryMessage, "content" | "notices">): HistoryPart[] {
  const parts: HistoryPart[] = [];
  const addText = (text: string) => {
    const trimmed = text.trim();
    if (trimmed.length > 0) parts.push({ kind: "text", text: trimmed });
  };
  let from = 0;
  const notices = [...(message.notices ?? [])].sort((a, b) => a.at - b.at);
  for (const notice of notices) {
    const at = Math.min(Math.max(notice.at, from), message.content.length);
    addText(message.content.slice(from, at));
    parts.push({ kind: "notice", notice });
    from = at;
  }
  addText(message.content.slice(from));
  return parts;
}
