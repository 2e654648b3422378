import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { applyThingEdit } from "../../../src/engines/guided/design/things-design.js";
import { type InterviewState, initialState } from "../../../src/engines/guided/interview/state.js";
import { findExclusions } from "../../../src/engines/guided/understanding/exclusions.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";

/** What a text leaves out, as the person said it: the round lessons' view of a "no". */
export const said = (text: string): string[] => findExclusions(text).map((exclusion) => exclusion.said);

/** The things a text lists, each with its fields as said: the round lessons' view of a record. */
export const things = (text: string, listed = true): [string, string[]][] =>
  readThings(text, { listed }).map((thing) => [thing.said, thing.fields.map((field) => field.said)]);

/** What people do in a text, as the features read it: the round lessons' view of a sentence. */
export const statements = (text: string): string[] => splitStatements(text, { keepVerbless: false });

/** The things a list reads as after a change said in plain words, each with its fields: the round lessons' view of an edit. */
export const edited = (listed: string, edit: string): [string, string[]][] =>
  applyThingEdit(readThings(listed, { listed: true }), edit).map((thing) => [
    thing.said,
    thing.fields.map((field) => field.said),
  ]);

/** An interview at the review: a web app whose records the person listed and confirmed, for changes said there. */
export const atTheReview = (overview: string, manages: string): InterviewState => ({
  ...initialState(),
  overview: [overview],
  kind: "web app",
  mode: "quick",
  techApproach: "defaults",
  storesData: true,
  accounts: "none",
  manages,
  thingsConfirmed: true,
});

/** An interview whose person has walked through how things work, with no records listed yet. */
export const walkedThrough = (overview: string, walkthrough: string): InterviewState => ({
  ...atTheReview(overview, ""),
  manages: null,
  thingsConfirmed: false,
  mainExperience: walkthrough,
});

/** What a walkthrough says, one rule to a statement: the round lessons' view of the rules. */
export const rules = (text: string): string[] =>
  splitStatements(text, { keepVerbless: false, interviewInEnglish: true, houseRules: true });

/** What an overview said in a language other than English keeps as features. */
export const wishesElsewhere = (text: string): string[] =>
  splitStatements(text, { keepVerbless: false, interviewInEnglish: false, overview: true });

/** What an overview keeps as features: the story and the trade told are left in the overview. */
export const wishes = (text: string): string[] =>
  splitStatements(text, { keepVerbless: false, interviewInEnglish: true, overview: true });

/** The features an interview's analysis lists, every category together. */
export const features = (state: InterviewState): string[] =>
  analyze(state).categories.flatMap((category) => category.features);
