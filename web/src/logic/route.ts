/**
 * The page's two screens, kept in the address's fragment so that the server needs to
 * serve only `/` and a link to a project still works after a reload.
 */
export type Route = { screen: "projects" } | { screen: "project"; name: string };

const PROJECT_PREFIX = "#/projects/";

export function parseRoute(hash: string): Route {
  if (!hash.startsWith(PROJECT_PREFIX)) return { screen: "projects" };
  let name: string;
  try {
    name = decodeURIComponent(hash.slice(PROJECT_PREFIX.length).replace(/\/$/, ""));
  } catch {
    return { screen: "projects" };
  }
  return name.length > 0 ? { screen: "project", name } : { screen: "projects" };
}

export function routeHash(route: Route): string {
  return route.screen === "projects" ? "#/" : `${PROJECT_PREFIX}${encodeURIComponent(route.name)}`;
}
