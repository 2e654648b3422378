import type {
  AssistantEntry,
  ToolCall,
  Transcript,
  TranscriptEntry,
  UserEntry,
} from "../../types/transcript.js";
import { EDIT_TOOL, QUESTION_TOOL, WRITE_TOOL } from "../../workspace/index.js";

/**
 * What stands in for the turns a request had to leave out (history-fit.ts): one user
 * message listing, oldest first, what the person said and chose in them, and which
 * spec files were written. The interviewer's own words are not kept: what it proposed
 * and the person approved is in their answers, and what it wrote is in the files,
 * which it can Read.
 *
 * The digest is computed from the left-out entries alone, one line per entry that
 * matters, each line a function of its entry (and the question it answers). So leaving
 * out more turns only adds lines at its end, and the digest of a given cut is the same,
 * byte for byte, in every request that makes that cut: a provider's prompt cache keeps
 * it. It is bounded: past `maxCharacters` its oldest lines take their short form (an
 * answer without its question, a message cut shorter), as many as it takes, and once
 * all have, its first lines (the early decisions: who the app is for, involvement,
 * technology) and its latest are kept, the middle counted instead. Past its bound, each
 * further cut changes it where the short lines end (or where the kept latest lines
 * begin), and a prompt cache keeps it only up to there.
 */

/** Opens the digest: what it is, and where the truth about anything written lies. */
export const DIGEST_OPENING =
  "[Earlier in this interview, left out of this request so that it fits the model's context window. The spec files under prompts/ hold everything already written: Read them whenever you need what they say. What the person said and decided, oldest first:]";

/**
 * The interviewer's reply to the digest, so the conversation that follows still
 * alternates between the person and the interviewer, as many models' chat templates
 * insist.
 */
export const DIGEST_REPLY =
  "Understood. I will carry on from there, and Read the spec files when I need what they say.";

/** How much of the person's message, a question and an answer a line keeps. */
const SAID_CHARACTERS = 240;
const QUESTION_CHARACTERS = 160;
const ANSWER_CHARACTERS = 200;
/** How much of a message or an answer a line keeps in short form. */
const SHORT_CHARACTERS = 90;

const FILE_TOOLS: Readonly<Record<string, string>> = { [WRITE_TOOL]: "Wrote", [EDIT_TOOL]: "Edited" };

/**
 * The digest of `entries[0, end)`, at most about `maxCharacters` long. When the entry
 * at `end` answers a question asked before it, that question is left out with its turn,
 * so the digest ends with it, whole: the answer that follows needs it.
 */
export function digestText(entries: Transcript, end: number, maxCharacters: number): string {
  const lines = bounded(digestLines(entries, end), maxCharacters);
  const next = entries[end];
  const pending = next?.role === "user" && next.answer ? pendingQuestion(entries, end, next) : null;
  return [DIGEST_OPENING, ...lines, ...(pending ? [pending] : [])].join("\n");
}

/** A line of the digest, whole and in short form (for a digest that has grown past its bound). */
export interface DigestLine {
  full: string;
  short: string;
}

/** One line for each of `entries[0, end)` that says what the person said or decided, or a file written. */
export function digestLines(entries: Transcript, end: number): DigestLine[] {
  const lines: DigestLine[] = [];
  const add = (line: DigestLine | null) => {
    if (line !== null && line.full !== lines.at(-1)?.full) lines.push(line);
  };
  for (let index = 0; index < end; index++) {
    const entry = entries[index] as TranscriptEntry;
    if (entry.role === "user") add(userLine(entries, index, entry));
    else if (entry.role === "assistant") for (const line of fileLines(entries, index, entry)) add(line);
  }
  return lines;
}

function userLine(entries: Transcript, index: number, entry: UserEntry): DigestLine {
  if (entry.kind === "kickoff") {
    const line = `- At the start: ${shortened(entry.text, SAID_CHARACTERS)}`;
    return { full: line, short: line };
  }
  const attached = attachmentNote(entry);
  if (entry.answer) {
    const call = questionCall(entries, index, entry.answer.toolCallId);
    const answered = call ? answerParts(call, entry.answer.answers) : [];
    if (answered.length === 0) {
      const line = `- They answered: ${shortened(entry.text, ANSWER_CHARACTERS)}${attached}`;
      return { full: line, short: line };
    }
    return {
      full: answered.map((part) => `- ${part.full}`).join("\n") + attached,
      short: answered.map((part) => `- ${part.short}`).join("\n") + attached,
    };
  }
  const asked = askedBefore(entries, index);
  const said = `"${shortened(entry.text, SAID_CHARACTERS)}"${attached}`;
  return {
    full: asked === null ? `- They said: ${said}` : `- Asked "${asked}", they said: ${said}`,
    short: `- They said: "${shortened(entry.text, SHORT_CHARACTERS)}"${attached}`,
  };
}

/** The files a step changed, for the calls whose results say they succeeded. */
function fileLines(entries: Transcript, index: number, entry: AssistantEntry): DigestLine[] {
  const results = entries[index + 1];
  if (results?.role !== "tool") return [];
  return entry.toolCalls.flatMap((call) => {
    const verb = FILE_TOOLS[call.toolName];
    const path = fieldOf(call.input, "file_path");
    const result = results.results.find((candidate) => candidate.toolCallId === call.toolCallId);
    if (!verb || !path || !result || result.isError) return [];
    const line = `- (${verb} ${shortened(path, 120)})`;
    return [{ full: line, short: line }];
  });
}

/** "Header: question → answer" for each question of the call the person answered; short: "Header: answer". */
function answerParts(call: ToolCall, answers: Readonly<Record<string, string | string[]>>): DigestLine[] {
  const questions = questionsOf(call);
  return Object.keys(answers)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => {
      const value = answers[key];
      const text = Array.isArray(value) ? value.join(", ") : String(value ?? "");
      const answer = shortened(text, ANSWER_CHARACTERS);
      const brief = shortened(text, SHORT_CHARACTERS);
      const question = questions[Number(key)];
      if (!question) return { full: `They answered: ${answer}`, short: `They answered: ${brief}` };
      const asked = shortened(question.question, QUESTION_CHARACTERS);
      return question.header
        ? { full: `${question.header}: "${asked}" → ${answer}`, short: `${question.header}: ${brief}` }
        : { full: `"${asked}" → ${answer}`, short: `"${shortened(asked, SHORT_CHARACTERS)}" → ${brief}` };
    });
}

/** The question the answer at `index` replies to, whole, with its options: kept because its answer is. */
function pendingQuestion(entries: Transcript, index: number, entry: UserEntry): string | null {
  const call = entry.answer ? questionCall(entries, index, entry.answer.toolCallId) : null;
  if (!call) return null;
  const asked = questionsOf(call).map((question) => {
    const options = question.options.length > 0 ? ` (options: ${question.options.join("; ")})` : "";
    return `${question.header ? `${question.header}: ` : ""}${question.question}${options}`;
  });
  return asked.length === 0 ? null : `Then you asked, and the person's answer follows: ${asked.join(" / ")}`;
}

interface AskedQuestion {
  header: string;
  question: string;
  options: string[];
}

function questionsOf(call: ToolCall): AskedQuestion[] {
  const list =
    typeof call.input === "object" && call.input !== null
      ? (call.input as { questions?: unknown }).questions
      : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((item) => ({
    header: fieldOf(item, "header") ?? "",
    question: fieldOf(item, "question") ?? "",
    options: (Array.isArray((item as { options?: unknown })?.options)
      ? ((item as { options: unknown[] }).options ?? [])
      : []
    ).flatMap((option) => {
      const label = fieldOf(option, "label");
      return label ? [label] : [];
    }),
  }));
}

/** The `AskUserQuestion` call with this id, looked for backwards from `index`. */
function questionCall(entries: Transcript, index: number, toolCallId: string): ToolCall | null {
  for (let at = index - 1; at >= 0; at--) {
    const entry = entries[at] as TranscriptEntry;
    if (entry.role !== "assistant") continue;
    const call = entry.toolCalls.find(
      (candidate) => candidate.toolCallId === toolCallId && candidate.toolName === QUESTION_TOOL,
    );
    if (call) return call;
  }
  return null;
}

/** The last question the interviewer wrote in plain text just before the person's message at `index`. */
function askedBefore(entries: Transcript, index: number): string | null {
  for (let at = index - 1; at >= 0; at--) {
    const entry = entries[at] as TranscriptEntry;
    if (entry.role === "user") return null;
    if (entry.role !== "assistant" || entry.text.trim().length === 0) continue;
    const text = entry.text.trim();
    const end = text.lastIndexOf("?");
    if (end < 0) return null;
    const before = text.slice(0, end);
    const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("\n")) + 1;
    return shortened(text.slice(start, end + 1), QUESTION_CHARACTERS);
  }
  return null;
}

function attachmentNote(entry: UserEntry): string {
  const names = (entry.attachments ?? []).map((attachment) => attachment.savedAs ?? attachment.filename);
  return names.length === 0 ? "" : ` (attached: ${names.join(", ")})`;
}

function fieldOf(value: unknown, field: string): string | null {
  if (typeof value !== "object" || value === null) return null;
  const found = (value as Record<string, unknown>)[field];
  return typeof found === "string" ? found : null;
}

/** Whitespace made single spaces; past `limit`, cut at a word and marked with an ellipsis. */
export function shortened(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > limit / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The lines within `maxCharacters`: whole while they fit; else the oldest take their
 * short form first, as many as it takes, so the latest decisions keep their detail and
 * the digest grows no longer than its bound, a line at a time; and if even all in short
 * form are too long, the first and the latest of them with a count of those left out
 * between.
 */
function bounded(lines: readonly DigestLine[], maxCharacters: number): string[] {
  const size = (list: readonly string[]) => list.reduce((sum, line) => sum + line.length + 1, 0);
  const full = lines.map((line) => line.full);
  let total = size(full);
  if (total <= maxCharacters) return full;
  const mixed = [...full];
  for (let index = 0; index < lines.length && total > maxCharacters; index++) {
    const short = (lines[index] as DigestLine).short;
    total -= (mixed[index] as string).length - short.length;
    mixed[index] = short;
  }
  if (total <= maxCharacters) return mixed;
  const short = lines.map((line) => line.short);
  const half = maxCharacters / 2;
  const head: string[] = [];
  for (const line of short) {
    if (size(head) + line.length + 1 > half) break;
    head.push(line);
  }
  const tail: string[] = [];
  for (let index = short.length - 1; index >= head.length; index--) {
    const line = short[index] as string;
    if (size(tail) + line.length + 1 > half) break;
    tail.unshift(line);
  }
  const left = short.length - head.length - tail.length;
  return [
    ...head,
    `- … ${left} more of the person's messages and answers, left out to keep this short …`,
    ...tail,
  ];
}
