import { useEffect, useState } from "react";
import { getHealth, type Health } from "../api/health.js";

/** What the server reports about itself: the engine and model new interviews get. Null until known. */
export function useHealth(): Health | null {
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    let current = true;
    getHealth().then(
      (answer) => {
        if (current) setHealth(answer);
      },
      () => {
        // Without it the page only leaves out the engine's name.
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return health;
}
