import type { InterviewState, InterviewSummary } from "../store/index.js";
import { historyMessages } from "../store/index.js";
import type { HistoryMessage } from "../types/wire.js";
import { formatDate } from "./conversation-so-far.js";
import { documentChip } from "./document-chip.js";
import { terminalSafe } from "./terminal-safe.js";

/**
 * An interview as a Markdown document: its id, what was said, the questions with their
 * options, the answers. `interviews` (the project's list) says whether it is the current
 * one and how to find the others.
 */
export function interviewMarkdown(
  projectName: string,
  interview: InterviewState,
  interviews: readonly InterviewSummary[] = [],
): string {
  const phase = interview.phase
    ? `, step ${interview.phase.index} of ${interview.phase.total} (${interview.phase.title})`
    : "";
  const current = interviews.find((summary) => summary.current)?.id;
  const others = interviews.filter((summary) => summary.id !== interview.id).length;
  const which = current === undefined ? "" : current === interview.id ? " (the current one)" : " (archived)";
  const lines = [
    `# ${projectName}: interview of ${formatDate(interview.createdAt)}`,
    "",
    `- Interview: \`${interview.id}\`${which}`,
  ];
  if (others > 0)
    lines.push(
      `- Other interviews: ${others} (\`specwright history ${projectName} --list\` lists them, \`--interview <id>\` prints one)`,
    );
  lines.push(
    `- State: ${interview.complete ? "complete" : `in progress${phase}`}`,
    `- Started: ${formatDate(interview.createdAt)}; last change: ${formatDate(interview.updatedAt)}`,
    `- Engine: ${interview.engine}${interview.model ? ` (${interview.model})` : ""}`,
  );
  if (interview.usage) {
    const tokens =
      interview.usage.input_tokens + interview.usage.output_tokens + interview.usage.cache_read_tokens;
    const cost = interview.costUsd === undefined ? "" : `, about $${interview.costUsd.toFixed(4)}`;
    lines.push(`- Tokens: ${tokens.toLocaleString("en-US")}${cost}`);
  }
  lines.push("");
  for (const message of historyMessages(interview)) lines.push(...messageMarkdown(message));
  // What was said came from a person, a model or a file: it reaches the terminal as text.
  return `${terminalSafe(lines.join("\n")).trimEnd()}\n`;
}

function messageMarkdown(message: HistoryMessage): string[] {
  const time = new Date(message.timestamp).toLocaleTimeString("en-GB", { timeStyle: "short" });
  const who = message.role === "user" ? "You" : "Interviewer";
  const lines = ["---", "", `**${who}** · ${time}${message.answers ? " (answer)" : ""}`, ""];
  if (message.content.trim().length > 0) lines.push(message.content.trim(), "");
  for (const attachment of message.attachments ?? [])
    lines.push(`Attached: ${attachment.filename} (\`${attachment.saved_as}\`)`, "");
  for (const document of message.documents ?? [])
    lines.push(
      `Attached document: ${documentChip(document)}${document.saved_as ? ` (\`${document.saved_as}\`)` : ""}`,
      "",
    );
  for (const question of message.question?.questions ?? []) {
    lines.push(
      `> **${question.header || "Question"}:** ${question.question}${question.multiSelect ? " (one or more)" : ""}`,
    );
    for (const [index, option] of question.options.entries())
      lines.push(`> ${index + 1}. ${option.label}${option.description ? `: ${option.description}` : ""}`);
    lines.push("");
  }
  if (message.interrupted) lines.push("_(cut off before it finished)_", "");
  return lines;
}

/** A project's interviews as a Markdown table. */
export function interviewListMarkdown(projectName: string, interviews: readonly InterviewSummary[]): string {
  const rows = interviews.map(
    (interview) =>
      `| \`${interview.id}\` | ${interview.current ? "current" : "archived"} | ${formatDate(interview.createdAt)} | ${formatDate(interview.updatedAt)} | ${interview.messageCount} | ${interview.complete ? "yes" : "no"} |`,
  );
  const table = [
    `# ${projectName}: interviews`,
    "",
    "| id | | started | last change | messages | complete |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    `Print one with \`specwright history ${projectName} --interview <id>\`.`,
    "",
  ].join("\n");
  return terminalSafe(table);
}
