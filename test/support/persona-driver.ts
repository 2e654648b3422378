import type { Question } from "../../src/types/questions.js";

/**
 * A person with an idea, as they would answer an interviewer who needs no model: what
 * they say when asked an open question, what they pick (or type) at each structured
 * question, and what they say at the review. Anything not listed, they leave to the
 * interviewer: the recommended option, or "no" when asked for more.
 */
export interface Persona {
  id: string;
  /** One line on who this is, for the report. */
  who: string;
  /** Open questions, by topic; a list is said one entry per time the topic comes up. */
  says: Partial<Record<Topic, string | string[]>>;
  /** Structured questions, by their header ("Kind", "Accounts", "Your data"); an option's label or own words. */
  picks?: Record<string, string | string[]>;
  /** Said at the review before approving, one message a turn. */
  atReview?: string[];
  expect: PersonaExpectation;
}

export interface PersonaExpectation {
  kind: string;
  /** What the person said it does, in a few of their words; each must be in one feature line. */
  features: string[];
  /** Things they described, with the fields they named. */
  tables: { name: string; fields: string[] }[];
  /** Words of what they excluded: none may appear in features, tables, endpoints, commands or screens. */
  excluded: string[];
  /** Tables the person accepted as suggestions, beyond those they described. */
  accepted?: string[];
  /** Words of how things are done today: context for the overview, never a feature. */
  background?: string[];
  /** Technology the person named, which the stack must carry as they wrote it. */
  stack?: string[];
  /** Commands and flags they named, which a command-line tool's interface must carry. */
  commands?: string[];
}

/** The open questions a person is asked, told apart by their words. */
export type Topic =
  | "overview"
  | "more"
  | "walkthrough"
  | "things"
  | "thingsChange"
  | "extras"
  | "commands"
  | "tech"
  | "clarify"
  | "change";

const TOPICS: readonly [Topic, RegExp][] = [
  ["overview", /what is your app, what does it do/i],
  ["more", /tell me a little more/i],
  ["walkthrough", /walk me through/i],
  ["things", /what do people create and manage|what should it keep track of\?/i],
  ["thingsChange", /what should change\?/i],
  ["commands", /which commands and options/i],
  ["extras", /anything else .* must do/i],
  ["tech", /which technologies would you like/i],
  ["clarify", /what exactly should that cover/i],
  ["change", /what would you like to change\?/i],
];

/** What the person answers to one turn of the interviewer. */
export type PersonaReply = { text: string } | { widget: string | string[] };

/** Remembers what a persona already said, so lists are said in order. */
export class PersonaPlayer {
  private said = new Map<string, number>();
  private reviewed = 0;

  constructor(readonly persona: Persona) {}

  /** The reply to a turn: its text and its structured question, if any. */
  reply(text: string, question: Question | null): PersonaReply {
    if (question) return this.pick(question);
    const topic = TOPICS.find(([, words]) => words.test(lastParagraphs(text)))?.[0] ?? null;
    if (topic === null) return { text: "Nothing more to add." };
    // Asked "anything else?" again, a person who has said all they had says "no".
    const answer = this.next(`say:${topic}`, this.persona.says[topic], topic !== "extras");
    return { text: answer ?? (topic === "change" ? "Nothing, it's fine." : "no") };
  }

  private pick(question: Question): PersonaReply {
    const header = question.header;
    if (header === "Approval" && this.reviewed < (this.persona.atReview?.length ?? 0)) {
      return { text: this.persona.atReview![this.reviewed++]! };
    }
    const wanted = this.next(`pick:${header}`, this.persona.picks?.[header]);
    if (wanted === null) return { widget: recommended(question) };
    const option = question.options.find((candidate) =>
      candidate.label.toLowerCase().startsWith(wanted.toLowerCase()),
    );
    if (option) return { widget: question.multiSelect ? [option.label] : option.label };
    return { text: wanted };
  }

  private next(key: string, value: string | string[] | undefined, repeatLast = true): string | null {
    if (value === undefined) return null;
    const list = Array.isArray(value) ? value : [value];
    const index = this.said.get(key) ?? 0;
    this.said.set(key, index + 1);
    if (!repeatLast && index >= list.length) return null;
    // A single answer is given every time; a list, one entry a time, then the last again.
    return list[Math.min(index, list.length - 1)] ?? null;
  }
}

function recommended(question: Question): string | string[] {
  const option =
    question.options.find((candidate) => candidate.label.endsWith("(Recommended)")) ?? question.options[0]!;
  return question.multiSelect ? [option.label] : option.label;
}

/** The end of what the interviewer said, where the question is. */
function lastParagraphs(text: string): string {
  const paragraphs = text.split(/\n{2,}/);
  return paragraphs.slice(-2).join("\n\n");
}
