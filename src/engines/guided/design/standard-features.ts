import type { SoftwareKind } from "../../../app-spec/kinds.js";
import type {
  AccountsChoice,
  DashboardChoice,
  SearchChoice,
  SettingsChoice,
  SharingChoice,
} from "../interview/state.js";
import { joinAnd, pluralize } from "../language/inflection.js";
import { isRecord, isTimed } from "../language/noun-kinds.js";
import { AREA_CATEGORIES } from "./categories.js";

/**
 * How much a derived feature matters: 1 essentials (kept even for "keep it minimal"),
 * 2 what a complete app has, 3 testable details added when the person asks for more.
 */
export type Tier = 1 | 2 | 3;

export interface DerivedFeature {
  text: string;
  category: string;
  tier: Tier;
  /**
   * For a thing's own features: a statement of the person's covers this one when one
   * of these verbs acts on the thing ("save recipes" covers "add a recipe").
   */
  coveredBy?: { verbs: readonly string[]; thing: string };
}

/** What the person chose for each standard area, which the features, screens and endpoints all follow. */
export interface ChosenAreas {
  accounts: AccountsChoice;
  search: SearchChoice;
  sharing: SharingChoice;
  settings: readonly SettingsChoice[];
  dashboards: DashboardChoice;
}

export interface AreaChoices extends ChosenAreas {
  roles: readonly string[];
  /** What people said they find things by ("by date and location"), for the filters. */
  filterBy: readonly string[];
}

const CREATE_VERBS = [
  "add",
  "create",
  "save",
  "make",
  "write",
  "log",
  "record",
  "post",
  "plan",
  "generate",
  "build",
  "upload",
  "import",
  "store",
  "keep",
  "track",
  "draft",
  "book",
  "schedule",
  "submit",
];
const LIST_VERBS = ["view", "see", "browse", "list", "show", "display", "find", "search"];
const EDIT_VERBS = ["edit", "update", "change", "rename", "modify", "adjust"];
const DELETE_VERBS = ["delete", "remove", "archive"];

export function article(noun: string): string {
  return /^[aeiou]/i.test(noun) && !/^(?:u[nst]e|use|uni|eu|one)/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** The features every thing the app keeps needs, from essentials to testable details. */
export function entityFeatures(entity: string, category: string, owned: boolean): DerivedFeature[] {
  const plural = pluralize(entity);
  const whose = owned ? "their" : "all";
  return [
    {
      text: `Users can add ${article(entity)}`,
      category,
      tier: 1,
      coveredBy: { verbs: CREATE_VERBS, thing: entity },
    },
    {
      text: `Users can see a list of ${whose} ${plural}`,
      category,
      tier: 1,
      coveredBy: { verbs: LIST_VERBS, thing: entity },
    },
    { text: `Users can open ${article(entity)} to see all its details`, category, tier: 2 },
    {
      text: `Users can edit ${article(entity)}`,
      category,
      tier: 2,
      coveredBy: { verbs: EDIT_VERBS, thing: entity },
    },
    {
      text: `Users can delete ${article(entity)} after confirming`,
      category,
      tier: 2,
      coveredBy: { verbs: DELETE_VERBS, thing: entity },
    },
    { text: `The ${entity} form shows a clear message for each missing or invalid field`, category, tier: 3 },
    { text: `An empty list of ${plural} explains how to add the first one`, category, tier: 3 },
    {
      text: `If saving ${article(entity)} fails, an error is shown and nothing typed is lost`,
      category,
      tier: 3,
    },
    { text: `Users can sort ${plural} by name or date`, category, tier: 3 },
    { text: `Long lists of ${plural} load more as the person scrolls`, category, tier: 3 },
    { text: `Changes to ${article(entity)} are still there after reloading the page`, category, tier: 3 },
  ];
}

/** The features the standard areas a person chose imply. */
export function areaFeatures(choices: AreaChoices, entities: readonly string[]): DerivedFeature[] {
  // A check-in is found, shared and charted through the habit it belongs to.
  const managed = entities.filter((entity) => !isRecord(entity));
  const main = managed[0] ?? "entry";
  const mainPlural = pluralize(main);
  return [
    ...accountFeatures(choices.accounts, choices.roles),
    ...searchFeatures(choices.search, managed, choices.filterBy),
    ...sharingFeatures(choices.sharing, main, mainPlural),
    ...settingsFeatures(choices.settings, mainPlural, entities.find(isTimed) ?? null),
    ...dashboardFeatures(choices.dashboards, entities, main),
  ];
}

function accountFeatures(accounts: AccountsChoice, roles: readonly string[]): DerivedFeature[] {
  const category = AREA_CATEGORIES.accounts;
  const feature = (text: string, tier: Tier): DerivedFeature => ({ text, category, tier });
  if (accounts === "none") return [];
  if (accounts === "social") {
    return [
      feature("Users can sign in with Google", 1),
      feature("Users can log out", 1),
      feature("The first sign-in creates the account automatically", 2),
      feature("Users can delete their account and everything in it", 3),
      feature("A cancelled or failed sign-in returns to the start page with a clear message", 3),
    ];
  }
  const emailFeatures = [
    feature("Users can sign up with email and password", 1),
    feature("Users can log in and log out", 1),
    feature("Users can reset a forgotten password by email", 2),
    feature("Users can change their password", 2),
    feature("A wrong email or password shows one clear error message", 3),
    feature("Users stay logged in across visits until they log out", 3),
  ];
  if (accounts === "email") return emailFeatures;
  const roleList = roles.length > 0 ? roles.map((role) => pluralize(role)).join(", ") : "admins and members";
  return [
    ...emailFeatures,
    feature(`An admin can give each person a role (${roleList})`, 1),
    feature("Each role only sees the screens and actions it is allowed to use", 2),
    feature("The server refuses any action the user's role does not allow", 3),
  ];
}

function searchFeatures(
  search: SearchChoice,
  entities: readonly string[],
  filterBy: readonly string[],
): DerivedFeature[] {
  const category = AREA_CATEGORIES.search;
  if (search === "none") return [];
  const things =
    entities.length > 0
      ? entities
          .slice(0, 2)
          .map((entity) => pluralize(entity))
          .join(" and ")
      : "everything";
  const features: DerivedFeature[] = [
    { text: `Users can search ${things} by keyword`, category, tier: 2 },
    { text: "A search with no results says so and offers to clear it", category, tier: 3 },
  ];
  if (search === "filters") {
    const main = pluralize(entities[0] ?? "entry");
    features.push(
      {
        text: `Users can filter ${main} by ${filterBy.length > 0 ? filterBy.join(" and ") : "date"}`,
        category,
        tier: 2,
      },
      { text: "Users can sort results by name or date", category, tier: 2 },
      { text: "Filters stay in the page address so a filtered view can be bookmarked", category, tier: 3 },
    );
  }
  return features;
}

function sharingFeatures(sharing: SharingChoice, main: string, mainPlural: string): DerivedFeature[] {
  const category = AREA_CATEGORIES.sharing;
  if (sharing === "none") return [];
  if (sharing === "links") {
    return [
      { text: `Users can share ${article(main)} with a read-only link`, category, tier: 2 },
      { text: "Users can turn a shared link off", category, tier: 2 },
      { text: "People opening a shared link can look but cannot change anything", category, tier: 3 },
    ];
  }
  return [
    { text: `Users can invite others by email to ${article(main)}`, category, tier: 1 },
    { text: `Invited people can view and edit shared ${mainPlural}`, category, tier: 2 },
    { text: "Users can remove someone's access", category, tier: 2 },
    { text: `Each shared ${main} shows who else has access`, category, tier: 3 },
  ];
}

function settingsFeatures(
  settings: readonly SettingsChoice[],
  mainPlural: string,
  timed: string | null,
): DerivedFeature[] {
  const category = AREA_CATEGORIES.settings;
  const features: DerivedFeature[] = [];
  if (settings.includes("profile")) {
    features.push({ text: "Users can change their name and preferences", category, tier: 2 });
  }
  if (settings.includes("email")) {
    features.push({
      text: `Users get an email when something changes on their ${mainPlural}`,
      category,
      tier: 2,
    });
  }
  if (settings.includes("in-app")) {
    features.push(
      { text: "Users see new notifications under a bell icon", category, tier: 2 },
      { text: "Users can mark notifications as read", category, tier: 3 },
    );
  }
  if (settings.includes("reminders")) {
    const text = timed
      ? `Users get a reminder the day before ${article(timed)} starts`
      : "Users can set a reminder and are notified when it is due";
    features.push({ text, category, tier: 2 });
  }
  if (settings.some((setting) => setting !== "profile")) {
    features.push({ text: "Users can turn each kind of notification on or off", category, tier: 3 });
  }
  return features;
}

function dashboardFeatures(
  dashboards: DashboardChoice,
  entities: readonly string[],
  main: string,
): DerivedFeature[] {
  const category = AREA_CATEGORIES.dashboards;
  if (dashboards === "none") return [];
  const things =
    entities.length > 0 ? joinAnd(entities.slice(0, 3).map((entity) => pluralize(entity))) : "entries";
  const features: DerivedFeature[] = [
    {
      text: `Users see an overview with how many ${things} they have and ${whatIsNew(entities)}`,
      category,
      tier: 2,
    },
    { text: "The overview shows a friendly start message when there is nothing yet", category, tier: 3 },
  ];
  if (dashboards === "charts") {
    features.push(
      { text: `Users see charts of their ${pluralize(main)} over time`, category, tier: 2 },
      { text: "Users can export a report as a CSV file", category, tier: 2 },
      { text: "Users can choose the date range a report covers", category, tier: 3 },
    );
  }
  return features;
}

/** What an overview shows besides counts: what is coming up, when things have a time; else what is new. */
export function whatIsNew(entities: readonly string[]): string {
  return entities.some(isTimed) ? "what is coming up" : "what was added most recently";
}

/** Details every program of its kind is tested on, filed with the basics. */
export function generalFeatures(category: string, kind: SoftwareKind = "web app"): DerivedFeature[] {
  if (kind === "command-line tool")
    return [
      { text: "--help lists every command and flag with a one-line description", category, tier: 2 },
      {
        text: "A wrong command, flag or path prints what went wrong and exits with a non-zero code",
        category,
        tier: 2,
      },
      {
        text: "Long runs show their progress and can be stopped with Ctrl+C without damage",
        category,
        tier: 3,
      },
    ];
  if (kind === "library")
    return [
      { text: "Every public function is documented with an example", category, tier: 2 },
      { text: "Wrong arguments raise a clear error that names the argument", category, tier: 2 },
    ];
  if (kind === "api service")
    return [
      {
        text: "Every endpoint answers a bad request with a clear JSON error and the right status code",
        category,
        tier: 2,
      },
      { text: "The API is described in an OpenAPI document", category, tier: 3 },
    ];
  if (kind === "mobile app")
    return [
      { text: "Every screen works on small and large phones, upright and sideways", category, tier: 3 },
      { text: "A loading indicator shows while data is on its way", category, tier: 3 },
    ];
  return [
    { text: "Every screen works on a phone and on a laptop", category, tier: 3 },
    { text: "Every form can be filled in and sent with the keyboard alone", category, tier: 3 },
    { text: "A loading indicator shows while data is on its way", category, tier: 3 },
  ];
}
