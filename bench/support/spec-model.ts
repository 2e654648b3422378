import type { AppSpecModel, FeatureCategory } from "../../src/app-spec/index.js";

/** Subjects and verbs a feature line is made from, so lines differ the way real ones do. */
const SUBJECTS = ["recipe", "meal plan", "shopping list", "ingredient", "pantry item", "household", "tag"];
const ACTIONS = [
  "A person can create a {s} with a title, a description and an optional photo",
  "A person can edit a {s} and see the change saved at once",
  "A person can archive a {s} and restore it later from the archive",
  "A person can search {s}s by words in the title or the notes",
  "A person can filter {s}s by date, tag and owner",
  "The list of {s}s is sorted by most recently changed, newest first",
  "A person can share a {s} with another member of the household by email",
  "Every {s} is stored in the database and still there after a restart",
  "A person sees a clear message when a {s} cannot be saved, and nothing is lost",
  "A person can export a {s} as a printable page",
];
const FEATURES_PER_CATEGORY = 10;

/**
 * An app spec with `featureCount` feature lines, ten per category, every other section
 * filled the way the guided interviewer fills it. Larger specs grow the parts that grow
 * with the app (features, tables, endpoints, steps) and keep the rest fixed.
 */
export function realisticSpecModel(featureCount: number): AppSpecModel {
  const categories = Math.ceil(featureCount / FEATURES_PER_CATEGORY);
  const coreFeatures: FeatureCategory[] = Array.from({ length: categories }, (_, index) => {
    const subject = `${SUBJECTS[index % SUBJECTS.length]!}${index < SUBJECTS.length ? "" : ` ${index}`}`;
    const count = Math.min(FEATURES_PER_CATEGORY, featureCount - index * FEATURES_PER_CATEGORY);
    return {
      name: `${subject} management`,
      features: ACTIONS.slice(0, count).map((action) => action.replaceAll("{s}", subject)),
    };
  });
  return {
    projectName: "meal-planner",
    overview:
      "A recipe and meal-planning app for busy families. People save recipes, plan the week's meals and get one shopping list for the whole week, which they tick off in the store.",
    technologyStack: {
      frontend: ["React with TypeScript, built with Vite", "Tailwind CSS"],
      backend: ["Node.js with Fastify", "REST API with JSON bodies"],
      database: "SQLite through Drizzle ORM",
      communication: ["REST over HTTP", "JSON request and response bodies"],
    },
    prerequisites: ["Node.js 20 or newer", "npm"],
    featureCount,
    securityAndAccessControl: [
      "Email and password sign-in; passwords hashed with scrypt",
      "Each household sees only its own data",
    ],
    coreFeatures,
    databaseSchema: coreFeatures.map((category) => ({
      name: category.name.replace(/ management$/, "s"),
      fields: [
        "id (primary key)",
        "title (text, required)",
        "notes (text)",
        "owner_id (users.id)",
        "updated_at",
      ],
    })),
    apiEndpoints: coreFeatures.map((category) => {
      const path = `/api/${category.name.replace(/ management$/, "").replaceAll(" ", "-")}s`;
      return {
        name: category.name,
        endpoints: [
          `GET ${path} - list`,
          `POST ${path} - create`,
          `PATCH ${path}/:id - edit`,
          `DELETE ${path}/:id - archive`,
        ],
      };
    }),
    uiLayout: ["A sidebar with the main sections", "A list on the left, the selected item on the right"],
    designSystem: ["Calm colours with one accent", "Large touch targets", "System font stack"],
    implementationSteps: coreFeatures.map((category, index) => ({
      title: index === 0 ? "Set up the project and the database" : `Build ${category.name}`,
      tasks: category.features.slice(0, 3).map((feature) => `Implement: ${feature}`),
    })),
    successCriteria: ["Every feature works end to end", "The app works on phones and desktops"],
  };
}
