import type { Answers, Question } from "../../src/types/questions.js";

/** Someone being interviewed: free-text replies in order, and a rule for picking options. */
export interface Person {
  name: string;
  say: readonly string[];
  pick: (question: Question) => string;
}

/** What a person says once their prepared lines run out. */
export const NOTHING_MORE = "Nothing more to add.";

const recommended = (question: Question): string => question.options[0]?.label ?? "Yes";

/** A home cook who takes every recommendation (the guided interview's quick mode). */
export const QUICK_PERSON: Person = {
  name: "quick",
  say: [
    "A recipe app for home cooks. People save their recipes, plan weekly meals and generate shopping lists from the meal plan.",
    "I open the app, pick recipes for each day of the week, and then get one shopping list for the whole week.",
    "Recipes with ingredients and steps, weekly meal plans, and shopping lists.",
    "Scale a recipe to a different number of servings. Import a recipe from a web page.",
  ],
  pick: recommended,
};

/** A food-bank coordinator who asks for the detailed interview. */
export const DETAILED_PERSON: Person = {
  name: "detailed",
  say: [
    "A volunteer scheduler for a food bank. Coordinators publish shifts, volunteers sign up for shifts, and coordinators see who is coming each day.",
    "A volunteer browses open shifts for the week, signs up, and gets a reminder the day before.",
    "Shifts with a date, time and number of spots; volunteers with their contact details.",
    "Track volunteer hours for each volunteer. Send a reminder email before each shift.",
  ],
  pick: (question) =>
    question.options.find((option) => /^detailed/i.test(option.label))?.label ?? recommended(question),
};

export const PEOPLE = { quick: QUICK_PERSON, detailed: DETAILED_PERSON } as const;
export type PersonName = keyof typeof PEOPLE;
export const PERSON_NAMES = Object.keys(PEOPLE) as PersonName[];

/** The person's answers to a `question` frame: one pick per question, as a list for a multi-select. */
export function answersFrom(person: Person, questions: readonly Question[]): Answers {
  return Object.fromEntries(
    questions.map((question, index) => {
      const label = person.pick(question);
      return [String(index), question.multiSelect ? [label] : label];
    }),
  );
}
