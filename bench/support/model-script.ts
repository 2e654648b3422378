import { renderAppSpec } from "../../src/app-spec/index.js";
import { type Reply, reply } from "../../test/support/fake-provider/index.js";
import { realisticSpecModel } from "./spec-model.js";

/** What the person does to open a turn: the greeting, a message, or an answer to the last question. */
export type PersonMove = { kind: "start" } | { kind: "message"; text: string } | { kind: "answer" };

/** One turn of a scripted model interview: the person's move and the model's replies, one per model call. */
export interface ScriptedTurn {
  move: PersonMove;
  replies: Reply[];
}

/** Feature lines in the spec the scripted model writes. */
export const SCRIPTED_FEATURE_COUNT = 30;

function question(header: string, text: string, labels: string[]) {
  return {
    questions: [
      {
        question: text,
        header,
        options: labels.map((label, index) => ({
          label: index === 0 ? `${label} (Recommended)` : label,
          description: `${label}: what it means for the app, in a sentence.`,
        })),
        multiSelect: false,
      },
    ],
  };
}

/** A paragraph of assistant prose about `topic`, about the length a model writes between questions. */
function prose(topic: string, sentences = 4): string {
  return Array.from(
    { length: sentences },
    (_, index) =>
      `Point ${index + 1} about ${topic}: this shapes what the coding agent will build, so it is worth a moment.`,
  ).join(" ");
}

/** The greeting: the session's start, answered with a short paragraph. */
export function greetingTurn(): ScriptedTurn {
  return { move: { kind: "start" }, replies: [reply().text(prose("what you want to build", 2))] };
}

/**
 * A model interview of ten turns that uses every tool: questions, a look at the
 * project, a read of the initializer, the spec written (Specwright writes the
 * initializer from it), and an edit after completion. Token counts are plausible, so usage and cost frames are produced.
 */
export function scriptedInterview(): ScriptedTurn[] {
  const usage = { input: 2_400, output: 180, cacheRead: 2_000, cacheWrite: 0 };
  const spec = renderAppSpec(realisticSpecModel(SCRIPTED_FEATURE_COUNT));
  return [
    { move: { kind: "start" }, replies: [reply().text(prose("what you want to build", 2)).usage(usage)] },
    {
      move: {
        kind: "message",
        text: "A recipe app for home cooks. People save their recipes, plan weekly meals and generate shopping lists.",
      },
      replies: [
        reply()
          .text(prose("the audience"))
          .tool("AskUserQuestion", question("Platform", "Where should it run?", ["Web", "Phone", "Desktop"]))
          .usage(usage),
      ],
    },
    {
      move: { kind: "answer" },
      replies: [
        reply().text("Let me look at the project folder first.").tool("Glob", { pattern: "prompts/*" }),
        reply()
          .text(prose("accounts"))
          .tool("AskUserQuestion", question("Accounts", "Do people sign in?", ["Email", "None", "Google"]))
          .usage(usage),
      ],
    },
    { move: { kind: "answer" }, replies: [reply().text(prose("the features", 6)).usage(usage)] },
    {
      move: {
        kind: "message",
        text: "Recipes with ingredients and steps, weekly meal plans, shopping lists, and scaling a recipe.",
      },
      replies: [
        reply()
          .text(prose("storage"))
          .tool("AskUserQuestion", question("Storage", "Where is data kept?", ["SQLite", "PostgreSQL"]))
          .usage(usage),
      ],
    },
    {
      move: { kind: "answer" },
      replies: [
        reply().tool("Read", { file_path: "prompts/initializer_prompt.md" }),
        reply().text(prose("the feature count", 5)).usage(usage),
      ],
    },
    {
      move: { kind: "message", text: "Also importing a recipe from a web page." },
      replies: [
        reply()
          .text(prose("the count"))
          .tool("AskUserQuestion", question("Count", "About 30 features?", ["30", "50", "20"]))
          .usage(usage),
      ],
    },
    {
      move: { kind: "answer" },
      replies: [
        reply()
          .text(prose("the review", 8))
          .tool("AskUserQuestion", question("Review", "Shall I write the spec?", ["Approve", "Change"]))
          .usage(usage),
      ],
    },
    {
      move: { kind: "answer" },
      replies: [
        reply()
          .text("Writing the spec now.")
          .tool("Write", { file_path: "prompts/app_spec.txt", content: spec }),
        reply().text(prose("what happens next", 3)).usage(usage),
      ],
    },
    {
      move: { kind: "message", text: "Please say in the overview that it works offline too." },
      replies: [
        reply().tool("Read", { file_path: "prompts/app_spec.txt" }),
        reply().tool("Edit", {
          file_path: "prompts/app_spec.txt",
          old_string: "which they tick off in the store.",
          new_string: "which they tick off in the store, even offline.",
        }),
        reply().text("Done: the overview now says it works offline.").usage(usage),
      ],
    },
  ];
}

/**
 * Turn `index` of a long conversation, after the greeting: the model reads the initializer (so a tool
 * result of a few KiB joins the transcript every turn, as when a model rereads files)
 * and asks a question the person answers.
 */
export function longConversationTurn(index: number): ScriptedTurn {
  return {
    move:
      index === 0
        ? { kind: "message", text: "A recipe app for home cooks, with meal plans and shopping lists." }
        : { kind: "answer" },
    replies: [
      reply()
        .text(prose(`topic ${index + 1}`, 2))
        .tool("Read", { file_path: "prompts/initializer_prompt.md" }),
      reply()
        .text(prose(`the choice for topic ${index + 1}`, 3))
        .tool("AskUserQuestion", question(`Topic ${index + 1}`, "Which way?", ["First", "Second"]))
        .usage({ input: 2_400 + 1_500 * index, output: 150, cacheRead: 1_500 * index, cacheWrite: 1_500 }),
    ],
  };
}
