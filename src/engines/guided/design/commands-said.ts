import type { CommandSpec } from "../../../app-spec/model.js";
import { escapeRegExp } from "../language/regexp.js";
import { NOTHING_MORE } from "../understanding/person-statements.js";

/**
 * A command-line tool's commands as the person typed them: "rename FOLDER renames every
 * photo, with --dry-run to only show the new names", "tt event add --date 2024-05-09
 * --course A60. tt start <file> --event 12 for the start sheet", "start PROJECT starts the
 * timer, stop stops it, add PROJECT DURATION with --date and --note". Each command gets its
 * usage, the person's words and its flags, each flag with the value it takes and what the
 * person said it does. The program's own short name ("tt", "chess", "loft"), said before
 * every command, is the program, not a command; a command of two words ("event add",
 * "client add") keeps both.
 */
export function commandsSaid(program: string, text: string): CommandSpec[] {
  const sentences = text
    .split(/\n|;|(?<=[.!?])\s+(?=\S)/)
    .map((sentence) => withoutLeadIn(sentence.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "").trim()))
    .filter((sentence) => sentence.length > 0 && !NOTHING_MORE.test(sentence));
  // "You'd type `tide log --boat 3`": one example that opens on the program's own name names it too.
  const ownName = new RegExp(
    `(?:^|\\b(?:with|use|run|type|called)\\s+)${escapeRegExp(program.toLowerCase())}\\s+[a-z][a-z0-9_-]*(?:\\s|$)`,
    "u",
  );
  const typedName =
    programTypedAs(sentences) ??
    (sentences.some((sentence) => ownName.test(sentence)) ? program.toLowerCase() : null);
  const usageName = typedName ?? program;
  const commands: CommandSpec[] = [];
  let last: CommandSpec | null = null;
  for (const piece of sentences.flatMap((sentence) => commandsInSentence(sentence, typedName))) {
    const read = readCommand(piece, typedName);
    if (read.name === null) {
      // Flags on their own ("--file for another list", "Those two take --out …") belong to the
      // command before them, or to the program itself.
      if (read.flags.length === 0) continue;
      last ??= pushed(commands, program, `Usage: ${usageName} [options]`);
      addFlags(last, read.flags);
      continue;
    }
    const existing = commands.find((command) => command.name === read.name);
    if (existing) {
      const words = existing.lines.findLastIndex((line) =>
        line.toLowerCase().includes("in the person's words: "),
      );
      existing.lines.splice(words + 1, 0, `Also, in the person's words: ${piece}`);
      addFlags(existing, read.flags);
      last = existing;
      continue;
    }
    last = pushed(
      commands,
      read.name,
      `Usage: ${usageName} ${read.name}${read.args.length > 0 ? ` ${read.args.join(" ")}` : ""}`,
    );
    last.lines.push(`In the person's words: ${piece}`);
    addFlags(last, read.flags);
  }
  return commands;
}

/** Words that never name a command: "and", "those", "with", "that's", and who uses it ("mom types em"). */
const NOT_A_COMMAND =
  /^(?:a|an|the|and|or|but|so|then|plus|also|that|thats|that's|this|those|these|it|its|they|them|he|she|we|i|you|my|our|their|for|to|with|without|if|when|once|just|only|instead|of|in|on|at|by|from|as|is|are|was|be|do|does|says?|said|like|honestly|there|here|what|which|both|all|each|every|one|two|three|some|no|not|default|say|da|de|di|fo|fuh|og|och|und|et|ve|ja|mit|avec|con|com|med|и|mom|mum|mam|ma|dad|pop|pops|wife|husband|son|daughter|brother|sister|nan|gran|grandma|grandpa)$/i;

/** The second word of a command of two: "event add", "tally import", "client add". */
const SUBCOMMAND =
  /^(?:add|new|create|remove|rm|delete|del|list|ls|show|edit|set|get|import|export|init|update|close|open|start|stop|run|void|move|rename|check)$/i;

/** An argument as people write it: FOLDER, <file>, [name], FILES..., a file or a folder ("rota.csv", "results/"). */
const ARGUMENT = /^(?:\p{Lu}[\p{Lu}\d_]+(?:\.\.\.)?|<[^>]+>|\[[^\]]+\]|[\w-]*[./][\w./-]*[\w/])$/u;

/** A word naming a command, typed as commands are: small letters, digits and dashes ("fix-dates"). */
const COMMAND_WORD = /^[a-z][a-z0-9_-]*$/;

/** "shows", "lists", "swaps": a verb saying what the command does, right after its name. */
const DOES = /^\p{Ll}{3,}(?<!s)s$/u;

/** A flag as people write it: "--dry-run", "-r". */
const FLAG = /(?<![\w-])(--?[a-zA-Z][\w-]*)/g;

/**
 * "Our lass's nephew says: tt event add …", "Darryl says like this once: auction import …":
 * who said how the commands go, before a colon, is no part of them.
 */
function withoutLeadIn(sentence: string): string {
  const lead = sentence.match(/^([^:]{3,80}?):\s+(?=\p{Ll})/u);
  // ("like: tide log --boat 3": a one-word lead-in that introduces examples is one too.)
  return lead &&
    (/\s/.test(lead[1]!) || /^(?:like|e\.?g\.?|eg|example|examples|usage|say|ie|i\.e\.)$/i.test(lead[1]!)) &&
    !/(?<![\w-])--?[a-zA-Z]/.test(lead[1]!)
    ? sentence.slice(lead[0].length)
    : sentence;
}

/**
 * The program's own short name, typed before most commands: "chess init …", "chess add …".
 * A word that opens two sentences or more (or pieces of one, after commas), each time
 * before another word naming a command.
 */
function programTypedAs(sentences: readonly string[]): string | null {
  const counts = new Map<string, number>();
  // "spud bin add --bin 12, spud test --bin 12, spud season": commands listed after commas count as their own.
  const pieces = sentences.flatMap((sentence) => sentence.split(/,\s+(?:and\s+)?(?=[a-z])/));
  for (const sentence of pieces) {
    const [first, second] = sentence.split(/\s+/);
    if (!first || !second || !COMMAND_WORD.test(first) || NOT_A_COMMAND.test(first)) continue;
    if (!COMMAND_WORD.test(second.replace(/[.,]+$/, "")) || NOT_A_COMMAND.test(second)) continue;
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((one, other) => other[1] - one[1]);
  return best && best[1] >= 2 && best[1] * 2 >= sentences.length ? best[0] : null;
}

/**
 * "start PROJECT starts the timer, stop stops it, add PROJECT …": commands listed in one
 * sentence, each after a comma, start where a word naming one is followed by its argument,
 * a flag, a verb saying what it does, "with", or the sentence's end.
 */
function commandsInSentence(sentence: string, typedName: string | null): string[] {
  // "Commands: log, list, export", "The commands are add, list and done": the names alone, listed.
  const listed = sentence.match(
    /^(?:the\s+)?(?:sub)?commands?\s*(?:are|:)\s*([a-z][a-z0-9_-]*(?:\s*(?:,|,?\s+and)\s*[a-z][a-z0-9_-]*)+)\s*[.!]?$/iu,
  );
  if (listed) return listed[1]!.split(/\s*(?:,|,?\s+and)\s*/u).filter((name) => !NOT_A_COMMAND.test(name));
  const program = typedName ? `${escapeRegExp(typedName)}\\s+\\S|` : "";
  const starts = new RegExp(
    `,\\s*(?:and\\s+)?(?=${program}([a-z][a-z0-9_-]*)(?:\\s+(?:\\p{Lu}[\\p{Lu}\\d_]+\\b|<|--?[a-zA-Z]|with\\b|\\p{Ll}{3,}(?<!s)s\\b)|\\s*[.!]?\\s*$))`,
    "gu",
  );
  const pieces: string[] = [];
  let from = 0;
  for (const match of sentence.matchAll(starts)) {
    // Inside brackets the commas part a command's flags: "check (--days N, default 30, --json)".
    const before = sentence.slice(0, match.index);
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue;
    if (match[1] && NOT_A_COMMAND.test(match[1])) continue;
    pieces.push(sentence.slice(from, match.index));
    from = match.index + match[0].length;
  }
  pieces.push(sentence.slice(from));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}

interface ReadCommand {
  name: string | null;
  args: string[];
  flags: string[];
}

function readCommand(piece: string, typedName: string | null): ReadCommand {
  let rest = piece.replace(/[.!]+$/, "").replace(/^(?:(?:and|then|plus|also|or)\s+)+/i, "");
  const typed = typedName !== null && new RegExp(`^${escapeRegExp(typedName)}\\s+`, "u").test(rest);
  if (typedName) rest = rest.replace(new RegExp(`^${escapeRegExp(typedName)}\\s+`, "u"), "");
  // ("azuki ja --kilos 8000": after the program's name and before a flag, even "ja" is a command.)
  const namedAfterTheProgram = typed && /^\S+\s+--?[a-z]/i.test(rest);
  // "Clients get added with client add NAME --rate 85": in a sentence of prose, a command is
  // what comes after "with", "use" or "run", with its argument or a flag after it.
  if (
    /^\p{Lu}\p{Ll}/u.test(rest) ||
    (NOT_A_COMMAND.test(rest.split(/\s+/)[0] ?? "") && !namedAfterTheProgram)
  ) {
    const embedded = rest.match(
      new RegExp(
        `\\b(?:with|use|run|type|called)\\s+(?:${typedName ? `${escapeRegExp(typedName)}\\s+` : ""})?(?=[a-z][a-z0-9_-]*(?:\\s+[a-z]+)?\\s+(?:\\p{Lu}[\\p{Lu}\\d_]+\\b|<|--?[a-zA-Z]))`,
        "u",
      ),
    );
    if (!embedded) return { name: null, args: [], flags: flagsIn(rest, false) };
    rest = rest.slice((embedded.index ?? 0) + embedded[0].length);
  }
  const words = rest.split(/\s+/);
  const first = words[0]!.replace(/[,:]+$/, "");
  if (!COMMAND_WORD.test(first) || (NOT_A_COMMAND.test(first) && !namedAfterTheProgram))
    return { name: null, args: [], flags: flagsIn(rest, false) };
  const second = words[1]?.replace(/[,:]+$/, "") ?? "";
  const nameWords = SUBCOMMAND.test(second) && words[1] === second ? [first, second] : [first];
  const args: string[] = [];
  for (const word of words.slice(nameWords.length)) {
    if (!ARGUMENT.test(word)) break;
    args.push(word);
  }
  const after = words.slice(nameWords.length + args.length).join(" ");
  return { name: nameWords.join(" "), args, flags: flagsIn(after, true) };
}

/** A flag's value as the person gave it: 12, 2024-05-09, "F minor", FILE, <name>, results.html, drone. */
const VALUE =
  /^(?:"[^"]*"|“[^”]*”|„[^“]*“|\p{Lu}[\p{Lu}\d_]*|<[^>]+>|\[[^\]]+\]|[^\s,;]*\d[^\s,;]*|[\w-]*[./:][\w./:,-]*|[a-z][a-z0-9_-]*(?:,[a-z][a-z0-9_-]*)*)$/u;

/**
 * Each flag with its value and what the person said it does, up to the next flag: "with
 * --dry-run to only show the new names and --recursive to go into subfolders" gives two.
 */
function flagsIn(text: string, ofACommand: boolean): string[] {
  const found = [...text.matchAll(FLAG)];
  return found.map((match, index) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = found[index + 1]?.index ?? text.length;
    let said = text.slice(start, end);
    const valued = said.match(/^(?:\s+|=)("[^"]*"|“[^”]*”|„[^“]*“|[^\s"“„]+)/u);
    const value = valued?.[1]?.replace(/[,;)]+$/, "") ?? "";
    const takesValue =
      value.length > 0 && VALUE.test(value) && !NOT_A_COMMAND.test(value) && !DOES.test(value);
    if (takesValue) said = said.slice(valued![0].length - (valued![1]!.length - value.length));
    // "--event 12 reads the finish times off the app": after a value, a verb says what the command does.
    if (ofACommand && takesValue && /^\s*(?:→|->|\p{Ll}{3,}(?<!s)s\b)/u.test(said)) said = "";
    const description = said
      .replace(/^[\s,(:=→-]*(?:(?:to|that|which|for|fo'|fuh|so)\s+)?/iu, "")
      .replace(/[\s,.;)(]*(?:\b(?:and|or|with|plus|instead\s+of)\s*)?$/i, "")
      .trim();
    const placeholder = takesValue ? placeholderFor(value) : "";
    const name = `${match[1]}${placeholder ? ` ${placeholder}` : ""}`;
    return description ? `${name}: ${description}` : name;
  });
}

/** "FILE" stays FILE; 12 is N, 2024-05-09 a DATE, "F minor" a VALUE, each with its example. */
function placeholderFor(value: string): string {
  if (/^(?:\p{Lu}[\p{Lu}\d_]*|<[^>]+>|\[[^\]]+\])$/u.test(value)) return value;
  const kind = /^\d+$/.test(value)
    ? "N"
    : /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? "DATE"
      : /^\d{4}-\d{2}$/.test(value)
        ? "MONTH"
        : /^[\w-]*\.[a-z]{2,5}$|\/$/i.test(value)
          ? "FILE"
          : "VALUE";
  return `${kind} (for example ${value})`;
}

/** A flag said twice is listed once; said again with what it does, that is kept. */
function addFlags(command: CommandSpec, flags: readonly string[]): void {
  for (const flag of flags) {
    const name = flag.split(/[\s:]/)[0]!;
    const known = command.lines.findIndex((line) => line.split(/[\s:]/)[0] === name);
    if (known < 0) command.lines.push(flag);
    else if (!command.lines[known]!.includes(":") && flag.includes(":")) command.lines[known] = flag;
  }
}

function pushed(commands: CommandSpec[], name: string, usage: string): CommandSpec {
  const command = { name, lines: [usage] };
  commands.push(command);
  return command;
}
