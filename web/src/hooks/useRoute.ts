import { useCallback, useEffect, useState } from "react";
import { parseRoute, type Route, routeHash } from "../logic/route.js";

/** The screen the address names, and a way to go to another one (which the back button undoes). */
export function useRoute(): { route: Route; navigate: (route: Route) => void } {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  return { route, navigate };
}
