import type { SoftwareKind } from "../../../app-spec/kinds.js";
import { capitalize, pluralize } from "../language/inflection.js";

/**
 * How a person named their kind of app: "recipe and meal-planning app for busy families".
 * The words before the app's name are a topic only when none of them opens another phrase:
 * "my considered view that a website" names no topic.
 */
export interface Domain {
  /** The whole phrase, for "Anything else a … must do?" (the article is added there). */
  phrase: string;
  /** The words before "app" ("recipe and meal-planning"), or null when they gave none. */
  topic: string | null;
  /** Who or what it is for when that is a place or group ("food bank"), to keep out of the tables. */
  servedGroup: string | null;
}

const APP_NOUN =
  "app|application|tool|platform|website|web app|site|service|system|tracker|planner|scheduler|organi[sz]er|manager|marketplace|portal|hub";

const DOMAIN_PATTERN = new RegExp(
  `\\b(?:an?|the|my|our)\\s+((?:(?!(?:an?|the|that|which|who|is|are|was|were|my|our|this|of)\\s)[\\w'-]+\\s+){0,4}?)(${APP_NOUN})\\b(?:\\s+for\\s+((?:an?\\s+|the\\s+|my\\s+|our\\s+)?[\\w'-]+(?:\\s+[\\w'-]+)?))?`,
  "i",
);

/** Words that make a planner or an organiser one of paper: "the big wall planner", "a desk diary". */
const PAPER = /\b(?:wall|paper|desk|pocket|fridge|printed|cardboard|leather|spiral)\b/i;

/** Words that open a "for …" phrase naming people, not a place to keep out of the tables. */
const GROUP_STOP = /^(?:people|anyone|everyone|me|us|my|our|busy|small|local)$/i;

/**
 * Finds how the person describes their app, to talk about it in their words. Falls
 * back to the thing they mention most ("recipe app").
 */
export function detectDomain(
  overview: string,
  entities: readonly string[],
  kind: SoftwareKind = "web app",
): Domain {
  // ("I write them on the big wall planner": a planner of paper is what is used today, no app.)
  const match = [...overview.matchAll(new RegExp(DOMAIN_PATTERN, "gi"))].find(
    (found) => !PAPER.test(found[1] ?? ""),
  );
  if (match) {
    const topic = match[1]?.trim().replace(/\s+/g, " ") || null;
    const appNoun = match[2]!.toLowerCase();
    const forWhom = match[3]?.trim() ?? null;
    const head = topic ? `${topic} ${appNoun}` : appNoun;
    const phrase = forWhom ? `${head} for ${forWhom.toLowerCase()}` : head;
    const group = forWhom?.replace(/^(?:an?|the|my|our)\s+/i, "") ?? null;
    const servedGroup = group && !GROUP_STOP.test(group.split(/\s+/)[0]!) ? group.toLowerCase() : null;
    if (topic || forWhom)
      return { phrase: phrase.toLowerCase(), topic: topic?.toLowerCase() ?? null, servedGroup };
  }
  const main = entities[0];
  const noun = KIND_NOUNS[kind];
  return { phrase: main ? `${main} ${noun}` : noun, topic: main ?? null, servedGroup: null };
}

/** What to call the software when the person named it no other way: "a tool", "a library". */
const KIND_NOUNS: Record<SoftwareKind, string> = {
  "web app": "app",
  "mobile app": "app",
  "desktop app": "app",
  "command-line tool": "tool",
  "api service": "service",
  library: "library",
};

/** The category for features that name none of the app's things. */
export function basicsCategoryName(domain: Domain): string {
  return domain.topic ? `${capitalize(domain.topic)} basics` : "Everyday use";
}

/** "Recipes", "Meal plans": a category named after the thing its features are about. */
export function entityCategoryName(entity: string): string {
  return capitalize(pluralize(entity));
}
