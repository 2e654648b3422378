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
  for (const message of messages) lines.push(`${bar}  ${oneLine(message, paint, Math.max(20, width - 12))}`);
  return `${lines.join("\n")}\n`;
}

function oneLine(message: HistoryMessage, paint: ReturnType<typeof painter>, room: number): string {
  const who = message.role === "user" ? paint("cyan", "you        ") : paint("gray", "interviewer");
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
