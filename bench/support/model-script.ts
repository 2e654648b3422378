import { renderAppSpec } from "../../src/app-spec/index.js";
import { APP_SPEC_PATH } from "../../src/app-spec/paths.js";
import type { InterviewPhaseId } from "../../src/types/phases.js";
import { RECOMMENDED_SUFFIX } from "../../src/types/questions.js";
import { type Reply, reply } from "../../test/support/fake-provider/index.js";
import { realisticSpecModel } from "./spec-model.js";

/** What the person does to open a turn: the greeting, a message, or an answer to the last question. */
export type PersonMove = { kind: "start" } | { kind: "message"; text: string } | { kind: "answer" };

/** One turn of a scripted model interview: the person's move and the model's replies, one per model call. */
export interface ScriptedTurn {
  move: PersonMove;
  replies: Reply[];
}

/** Feature lines in the spec the standard interview's model writes. */
export const STANDARD_FEATURE_COUNT = 100;

/** The header, options and phase of one structured question; the first label is the recommended one. */
interface QuestionPlan {
  header: string;
  question: string;
  labels: readonly string[];
  phase: InterviewPhaseId;
  multiSelect?: boolean;
}

/** An `AskUserQuestion` input holding one question, as the interview skill asks for. */
export function questionInput(plan: QuestionPlan) {
  return {
    questions: [
      {
        question: plan.question,
        header: plan.header,
        phase: plan.phase,
        options: plan.labels.map((label, index) => ({
          label: index === 0 ? `${label}${RECOMMENDED_SUFFIX}` : label,
          description: `${label}: what it means for the app, in a sentence.`,
        })),
        multiSelect: plan.multiSelect ?? false,
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

/** A turn where the person writes `text` and the model answers with a plain-text question. */
function plainQuestion(text: string, reflection: string, asked: string): ScriptedTurn {
  return { move: { kind: "message", text }, replies: [reply().text(`${reflection} ${asked}`)] };
}

/** A turn where the person answers the last question (or writes `text`) and the model asks `plan`. */
function structuredQuestion(move: PersonMove, lead: string, plan: QuestionPlan): ScriptedTurn {
  return { move, replies: [reply().text(lead).tool("AskUserQuestion", questionInput(plan))] };
}

const ANSWER: PersonMove = { kind: "answer" };

/** The words the model changes after the spec is complete, and what it puts in their place. */
export const STANDARD_CHANGE = {
  oldString: "which they tick off in the store.",
  newString: "which they tick off in the store, even without a connection.",
} as const;

/**
 * The standard interview every benchmark of the model engine plays: fourteen turns and
 * eighteen model calls, in the order the interview skill (src/interview/create-spec.md)
 * asks for them, with no usage scripted (the fake provider computes it from each request):
 *
 * 1. the greeting, which ends on an open question;
 * 2–3. two more plain-text questions, answered in the person's own words;
 * 4–6. structured questions (involvement; technology, after a `Glob` of the project; data);
 * 7–8. plain-text questions about the features;
 * 9–11. structured questions (feature count, design, success criteria, multi-select);
 * 12. the review: a long summary and the approval question;
 * 13. the spec written with `Write` (100 features, 18 KB); Specwright then writes
 *     prompts/initializer_prompt.md itself and the spec is complete;
 * 14. one change after completion: the person asks for it, the model reads the spec
 *     (the history no longer holds its text) and edits it.
 *
 * Every structured question holds one question with 2–4 options, the recommended one
 * first, a header of at most 12 characters and the interview phase it belongs to. The
 * person takes every recommendation.
 */
export function standardInterview(): ScriptedTurn[] {
  const spec = renderAppSpec(realisticSpecModel(STANDARD_FEATURE_COUNT));
  if (!spec.includes(STANDARD_CHANGE.oldString))
    throw new Error("the standard spec lost the words the standard change edits");
  return [
    {
      move: { kind: "start" },
      replies: [
        reply().text(
          "Hi! I'll ask about your app one question at a time and then write a spec a coding agent can build from; nothing is written until you approve it. What would you like to build?",
        ),
      ],
    },
    plainQuestion(
      "A recipe app for home cooks. People save their recipes, plan the week's meals and get one shopping list for the whole week.",
      "A recipe and meal-planning app: recipes in, a week of meals planned, one shopping list out. That is a clear core.",
      "Who will use it: just you, your household, or anyone who signs up?",
    ),
    plainQuestion(
      "Our household first: two adults and two teenagers. Later maybe friends who like the idea.",
      "So several people share one household's recipes and plans, and each of them may add to them.",
      "Walk me through a typical week: when do you open the app, and what do you do in it?",
    ),
    structuredQuestion(
      {
        kind: "message",
        text: "On Sunday I pick dinners for the week, the app makes the shopping list, and whoever goes shopping ticks things off in the store. During the week we look up the recipe while cooking.",
      },
      "Thanks, that makes the flow clear: plan on Sunday, shop from one list, cook from the recipe.",
      {
        header: "Involvement",
        question: "How involved do you want to be in the technical choices?",
        labels: ["Quick", "Detailed"],
        phase: "involvement",
      },
    ),
    {
      move: ANSWER,
      replies: [
        reply().text("Let me look at the project folder first.").tool("Glob", { pattern: "prompts/*" }),
        reply()
          .text(
            "The folder is empty, so we start from scratch. For an app like this I would build a web app.",
          )
          .tool(
            "AskUserQuestion",
            questionInput({
              header: "Stack",
              question: "Shall I use React with TypeScript, a Node.js back end and SQLite?",
              labels: ["Use that stack", "I have preferences"],
              phase: "technology",
            }),
          ),
      ],
    },
    structuredQuestion(ANSWER, "Good, that stack suits a household app well.", {
      header: "Data",
      question: "Should the app keep recipes, plans and lists between visits?",
      labels: ["Yes", "No", "Not sure"],
      phase: "data",
    }),
    {
      move: ANSWER,
      replies: [
        reply().text(
          "Then everything lives in one SQLite database. Now the main part: the features. When a person opens the app, what do they do first, and what brings them back the next day?",
        ),
      ],
    },
    plainQuestion(
      "They open this week's plan to see tonight's dinner and its recipe. They come back to add recipes, change the plan, or tick off the shopping list in the store.",
      "So the week's plan is the home screen, with a way into each recipe and to the shopping list.",
      "Should members of the household be able to share recipes with each other, and is there anything they must not be able to do, such as delete someone else's recipe?",
    ),
    structuredQuestion(
      {
        kind: "message",
        text: "Everyone in the household sees everything, but only the person who added a recipe can delete it. We also want to import a recipe from a web page and scale a recipe to a different number of servings.",
      },
      prose("the feature count", 5),
      {
        header: "Count",
        question: `I count ${STANDARD_FEATURE_COUNT} features in ten categories. Does that look right?`,
        labels: ["Looks right", "Add more detail", "Keep it smaller"],
        phase: "feature-count",
      },
    ),
    structuredQuestion(ANSWER, prose("the data model, the endpoints and the screens", 6), {
      header: "Design",
      question: "Do the tables, endpoints and screens above look right?",
      labels: ["Looks right", "Change something"],
      phase: "design",
    }),
    structuredQuestion(ANSWER, "Last, what does done mean to you?", {
      header: "Done means",
      question: "Which of these must work before you call the app done?",
      labels: ["Every feature works", "Works on phones", "Works offline", "Printable lists"],
      phase: "success",
      multiSelect: true,
    }),
    structuredQuestion(ANSWER, `${prose("what you asked for", 8)} ${prose("what I added", 8)}`, {
      header: "Approval",
      question: "Shall I write the spec?",
      labels: ["Approve and write the spec", "Change something"],
      phase: "review",
    }),
    {
      move: ANSWER,
      replies: [
        reply().text("Writing the spec now.").tool("Write", { file_path: APP_SPEC_PATH, content: spec }),
        reply().text(prose("what happens next", 3)),
      ],
    },
    {
      move: { kind: "message", text: "Please say in the overview that the shopping list works offline too." },
      replies: [
        reply().tool("Read", { file_path: APP_SPEC_PATH }),
        reply().tool("Edit", {
          file_path: APP_SPEC_PATH,
          old_string: STANDARD_CHANGE.oldString,
          new_string: STANDARD_CHANGE.newString,
        }),
        reply().text("Done: the overview now says the shopping list works without a connection."),
      ],
    },
  ];
}

/**
 * Turn `index` (0, 1, …) of the long tail after the standard interview: the person
 * answers the model's last plain question in a sentence or two, and the model asks the
 * next one, as when the person keeps refining the spec in conversation.
 */
export function plainTailTurn(index: number): ScriptedTurn {
  const topic = `detail ${index + 1}`;
  return {
    move: {
      kind: "message",
      text: `About ${topic}: keep it simple, one screen is enough, and the household should see the change at once.`,
    },
    replies: [
      reply().text(
        `Noted for ${topic}: one screen, visible to the whole household at once. I will keep that in mind for the next change to the spec. What about detail ${index + 2}: should it work the same way?`,
      ),
    ],
  };
}

/**
 * Turn `index` (0, 1, …) of a long tail of structured questions after the standard
 * interview: the person answers the model's last question (the first one is asked
 * after a plain message), and the model asks the next, with a sentence before it.
 */
export function questionTailTurn(index: number): ScriptedTurn {
  return structuredQuestion(
    index === 0 ? { kind: "message", text: "Can we go through a few more details?" } : ANSWER,
    `Noted. Next, detail ${index + 1}: one screen or two, visible to the whole household at once or not.`,
    {
      header: `Detail ${index + 1}`.slice(0, 12),
      question: `How should detail ${index + 1} work?`,
      labels: ["One screen", "Two screens"],
      phase: "features",
    },
  );
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
        .tool(
          "AskUserQuestion",
          questionInput({
            header: `Topic ${index + 1}`,
            question: "Which way?",
            labels: ["First", "Second"],
            phase: "features",
          }),
        )
        .usage({ input: 2_400 + 1_500 * index, output: 150, cacheRead: 1_500 * index, cacheWrite: 1_500 }),
    ],
  };
}
