import type { EndpointGroup } from "../../../app-spec/model.js";
import { capitalize, pathSegment, pluralize, singularize } from "../language/inflection.js";
import { isPerson, isRecord } from "../language/noun-kinds.js";
import { tagWords } from "../language/tagger.js";
import { mainEntity } from "./categories.js";
import type { JoinTable } from "./relations.js";
import { article, type ChosenAreas, whatIsNew } from "./standard-features.js";

export interface EndpointInput extends ChosenAreas {
  entities: readonly string[];
  /** "rest", "graphql" or "server-rendered". */
  apiStyle: string;
  /** The person's feature statements: actions beyond create/read/update/delete get endpoints of their own. */
  statements: readonly string[];
  joins: readonly JoinTable[];
}

interface Operation {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  description: string;
}

/** Actions that make new things from what is there: "generate shopping lists". */
const COLLECTION_ACTIONS: Record<string, string> = {
  generate: "generate",
  build: "generate",
  make: "generate",
  import: "import",
  calculate: "calculate",
  suggest: "suggestions",
  recommend: "suggestions",
};

/** Actions on one thing: "share a recipe", "scale recipes by servings". */
const ITEM_ACTIONS: Record<string, string> = {
  share: "share",
  export: "export",
  duplicate: "duplicate",
  copy: "duplicate",
  complete: "complete",
  finish: "complete",
  approve: "approve",
  reject: "reject",
  cancel: "cancel",
  assign: "assign",
  archive: "archive",
  send: "send",
  publish: "publish",
  scale: "scale",
  convert: "convert",
  tick: "check",
  check: "check",
  mark: "mark",
  rate: "ratings",
  review: "reviews",
  comment: "comments",
  invite: "invitations",
  confirm: "confirm",
  swap: "swap",
};

/**
 * The API: sign-in routes when there are accounts, list/create/get/update/delete for
 * each thing, the actions the person's own statements call for
 * (`POST /api/shopping-lists/generate`), and the routes of the areas they chose.
 */
export function deriveEndpoints(input: EndpointInput): EndpointGroup[] {
  const groups: { name: string; operations: Operation[] }[] = [];
  if (input.accounts !== "none")
    groups.push({ name: "Accounts", operations: accountOperations(input.accounts) });
  for (const entity of input.entities) {
    groups.push({ name: capitalize(pluralize(entity)), operations: entityOperations(entity, input) });
  }
  const extra = areaOperations(input);
  if (extra.length > 0) groups.push({ name: "Everything else", operations: extra });
  return groups.map((group) => ({
    name: group.name,
    endpoints: dedupe(group.operations).map((operation) => format(operation, input.apiStyle)),
  }));
}

function accountOperations(accounts: ChosenAreas["accounts"]): Operation[] {
  if (accounts === "social") {
    return [
      { method: "GET", path: "/api/auth/google", description: "start signing in with Google" },
      {
        method: "GET",
        path: "/api/auth/google/callback",
        description: "finish signing in and start a session",
      },
      { method: "POST", path: "/api/auth/logout", description: "end the session" },
      { method: "GET", path: "/api/auth/me", description: "the signed-in user" },
    ];
  }
  const operations: Operation[] = [
    { method: "POST", path: "/api/auth/signup", description: "create an account" },
    { method: "POST", path: "/api/auth/login", description: "log in and start a session" },
    { method: "POST", path: "/api/auth/logout", description: "end the session" },
    { method: "GET", path: "/api/auth/me", description: "the signed-in user" },
    { method: "POST", path: "/api/auth/password-reset", description: "email a password reset link" },
  ];
  if (accounts === "roles") {
    operations.push(
      { method: "GET", path: "/api/users", description: "list users and their roles (admins only)" },
      { method: "PUT", path: "/api/users/:id/role", description: "change a user's role (admins only)" },
    );
  }
  return operations;
}

function entityOperations(entity: string, input: EndpointInput): Operation[] {
  const base = `/api/${pathSegment(entity)}`;
  const plural = pluralize(entity);
  const listNote =
    input.search === "none"
      ? ""
      : input.search === "filters"
        ? " (search with ?q=, filter and sort)"
        : " (search with ?q=)";
  // A record of an action is made and undone, never opened or edited.
  const operations: Operation[] = isRecord(entity)
    ? [
        { method: "GET", path: base, description: `list ${plural}, newest first` },
        { method: "POST", path: base, description: `add ${article(entity)}` },
        { method: "DELETE", path: `${base}/:id`, description: `undo ${article(entity)}` },
      ]
    : [
        { method: "GET", path: base, description: `list ${plural}${listNote}` },
        { method: "POST", path: base, description: `create ${article(entity)}` },
        { method: "GET", path: `${base}/:id`, description: `get one ${entity}` },
        { method: "PUT", path: `${base}/:id`, description: `update ${article(entity)}` },
        { method: "DELETE", path: `${base}/:id`, description: `delete ${article(entity)}` },
      ];
  for (const statement of input.statements) {
    if (mainEntity(statement, input.entities) !== entity) continue;
    const operation = actionOperation(statement, base, entity);
    if (operation) operations.push(operation);
  }
  for (const join of input.joins.filter((candidate) => candidate.thing === entity)) {
    operations.push(...joinOperations(join, base));
  }
  if (input.sharing === "links" && entity === input.entities[0]) {
    operations.push(
      { method: "POST", path: `${base}/:id/share`, description: "create a read-only link" },
      { method: "DELETE", path: `${base}/:id/share`, description: "turn the link off" },
    );
  }
  if (input.sharing === "collaborate" && entity === input.entities[0]) {
    operations.push(
      { method: "POST", path: `${base}/:id/members`, description: "invite someone by email" },
      { method: "DELETE", path: `${base}/:id/members/:userId`, description: "remove someone's access" },
    );
  }
  return operations;
}

/** Signing up for a shift, or putting products in an order: the routes of a table that joins two things. */
function joinOperations(join: JoinTable, base: string): Operation[] {
  const record = pathSegment(join.name.split(" ").pop()!);
  const thing = article(join.thing);
  if (join.joiner === "user" || isPerson(join.joiner)) {
    return [
      { method: "GET", path: `${base}/:id/${record}`, description: `who has signed up for ${thing}` },
      { method: "POST", path: `${base}/:id/${record}`, description: `sign up for ${thing}` },
      { method: "DELETE", path: `${base}/:id/${record}/:recordId`, description: "cancel a sign-up" },
    ];
  }
  const part = article(join.joiner);
  return [
    {
      method: "GET",
      path: `${base}/:id/${record}`,
      description: `the ${pluralize(join.joiner)} in ${thing}`,
    },
    { method: "POST", path: `${base}/:id/${record}`, description: `add ${part} to ${thing}` },
    {
      method: "DELETE",
      path: `${base}/:id/${record}/:recordId`,
      description: `take ${part} out of ${thing}`,
    },
  ];
}

/** The endpoint a statement's own action needs, when it is more than reading or editing. */
function actionOperation(statement: string, base: string, entity: string): Operation | null {
  // "The app sends the user a text when …" happens on the server; nobody calls it.
  if (/^The app\b/.test(statement)) return null;
  const words = tagWords(statement);
  const at = words.findIndex((word) => word.tag === "verb");
  const verb = words[at];
  if (!verb) return null;
  const description = statement.replace(/^Users can /, "").replace(/^./, (first) => first.toLowerCase());
  const collection = COLLECTION_ACTIONS[verb.base];
  // "make shopping lists" makes the thing; "make an account to see their freight" makes
  // something else, the thing only what it is for ("make" is said of anything, "generate" is not).
  const makesTheThing =
    verb.base !== "make" ||
    words
      .slice(at + 1, at + 5)
      .some((word) => singularize(word.word.toLowerCase()) === entity.split(" ").pop());
  if (collection && makesTheThing) {
    return {
      method: collection === "suggestions" ? "GET" : "POST",
      path: `${base}/${collection}`,
      description,
    };
  }
  // "check who's coming" reads; only "check off" ticks a thing.
  if (verb.base === "check" && !/\bcheck\w*\b.*\boff\b/i.test(statement)) return null;
  const item = ITEM_ACTIONS[verb.base];
  if (item) return { method: "POST", path: `${base}/:id/${item}`, description };
  return null;
}

function areaOperations(input: EndpointInput): Operation[] {
  const operations: Operation[] = [];
  if (input.search !== "none" && input.entities.length > 1) {
    operations.push({ method: "GET", path: "/api/search?q=", description: "search across everything" });
  }
  if (input.sharing === "links") {
    operations.push({
      method: "GET",
      path: "/api/shared/:token",
      description: "open a shared link without an account",
    });
  }
  if (input.settings.includes("profile")) {
    operations.push(
      { method: "GET", path: "/api/settings", description: "the user's preferences" },
      { method: "PUT", path: "/api/settings", description: "save preferences" },
    );
  }
  if (input.settings.some((setting) => setting !== "profile")) {
    operations.push(
      { method: "GET", path: "/api/notifications", description: "list notifications, newest first" },
      { method: "POST", path: "/api/notifications/:id/read", description: "mark a notification as read" },
    );
  }
  if (input.dashboards !== "none") {
    operations.push({
      method: "GET",
      path: "/api/dashboard",
      description: `counts and ${whatIsNew(input.entities)}`,
    });
  }
  if (input.dashboards === "charts") {
    operations.push(
      { method: "GET", path: "/api/reports?from=&to=", description: "numbers over time for the charts" },
      { method: "GET", path: "/api/reports/export.csv", description: "download a report as CSV" },
    );
  }
  return operations;
}

function dedupe(operations: readonly Operation[]): Operation[] {
  const seen = new Set<string>();
  return operations.filter((operation) => {
    const key = `${operation.method} ${operation.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One endpoint line in the API style chosen. */
function format(operation: Operation, apiStyle: string): string {
  if (apiStyle === "graphql") return `${graphqlName(operation)} - ${operation.description}`;
  if (apiStyle === "server-rendered") {
    const path = operation.path.replace(/^\/api/, "") || "/";
    return `${operation.method === "GET" ? "GET" : "POST"} ${path} - ${operation.description}`;
  }
  return `${operation.method} ${operation.path} - ${operation.description}`;
}

function graphqlName(operation: Operation): string {
  const parts = operation.path
    .replace(/^\/api\//, "")
    .split(/[/?=&.]+/)
    .filter((part) => part.length > 0 && !part.startsWith(":"));
  const words = parts.flatMap((part) => part.split("-"));
  // One thing is created, changed or fetched by id: "createShoppingList", "shoppingListById".
  const onOne = operation.method !== "GET" || operation.path.includes(":id");
  if (
    onOne &&
    words.length > 0 &&
    operation.path.split("/").filter((part) => !part.startsWith(":")).length <= 3
  ) {
    words[words.length - 1] = singularize(words[words.length - 1]!);
  }
  const camel = words.map((part, index) => (index === 0 ? part : capitalize(part))).join("");
  const kind = operation.method === "GET" ? "query" : "mutation";
  const verb = { GET: "", POST: "create", PUT: "update", DELETE: "delete" }[operation.method];
  const name = verb ? `${verb}${capitalize(camel)}` : camel;
  return `${kind} ${operation.path.includes(":id") && operation.method === "GET" ? `${name}ById` : name}`;
}
