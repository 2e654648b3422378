import { historyParts } from "../types/history-parts.js";
import type { HistoryFrame, HistoryMessage } from "../types/wire.js";
import { documentChip } from "./document-chip.js";
import type { painter } from "./paint.js";
import { terminalSafe } from "./terminal-safe.js";

/**
 * The interview so far in a few lines, one per message, for a person taking it up
 * again in the terminal. The interviewer's last message is left out: it is shown in
 * full next, with the question it asked.
 */
export function conversationSoFar(
  history: HistoryFrame,
  paint: ReturnType<typeof painter>,
  width: number,
): string {
  const bar = paint("gray", "│");
  const messages = [...history.messages];
  if (messages.at(-1)?.role === "assistant") messages.pop();
  const count = history.messages.length;
  const last = history.messages.at(-1)?.timestamp;
  const when = last ? `, last on ${formatDate(last)}` : "";
  const lines = [
    `${paint("cyan", "◆")}  ${paint("bold", "Carrying on your interview")} ${paint("gray", `(${count} ${count === 1 ? "message" : "messages"}${when}; --new starts over)`)}`,
  ];
  const room = Math.max(20, width - 12);
  for (const message of messages)
    for (const line of messageLines(message, paint, room)) lines.push(`${bar}  ${line}`);
  return `${lines.join("\n")}\n`;
}

/**
 * A message in one line; an interviewer's message that had calls refused in its turn is
 * cut where each notice came, and the notice given a muted line of its own between.
 */
function messageLines(message: HistoryMessage, paint: ReturnType<typeof painter>, room: number): string[] {
  if (!message.notices?.length) return [oneLine(message, paint, room)];
  const parts = historyParts(message);
  const lastText = parts.findLastIndex((part) => part.kind === "text");
  let labelled = false;
  return parts.map((part, index) => {
    if (part.kind === "notice") {
      const said = terminalSafe(part.notice.content).replace(/\s+/g, " ").trim();
      return paint("gray", `             ${said.length > room ? `${said.slice(0, room - 1)}…` : said}`);
    }
    // The question asked and a cut-off belong to the reply's last words.
    const piece: HistoryMessage =
      index === lastText
        ? { ...message, content: part.text }
        : { role: message.role, content: part.text, timestamp: message.timestamp };
    const line = oneLine(piece, paint, room, labelled);
    labelled = true;
    return line;
  });
}

function oneLine(
  message: HistoryMessage,
  paint: ReturnType<typeof painter>,
  room: number,
  unlabelled = false,
): string {
  const label = message.role === "user" ? paint("cyan", "you        ") : paint("gray", "interviewer");
  const who = unlabelled ? "           " : label;
  // Whatever was said reaches the terminal as text, never as an escape sequence.
  let text = terminalSafe(message.content).replace(/\s+/g, " ").trim();
  if (message.attachments?.length) text = `${text} [${message.attachments.length} image(s)]`.trim();
  for (const document of message.documents ?? []) text = `${text} [${documentChip(document)}]`.trim();
  if (message.question)
    text = `${text} [asked: ${terminalSafe(message.question.questions[0]?.question ?? "a question")}]`.trim();
  if (message.interrupted) text = `${text} (cut off)`.trim();
  const shown = text.length > room ? `${text.slice(0, room - 1)}…` : text;
  return `${who}  ${shown}`;
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
