import { useEffect, useState } from "react";
import { ApiError } from "../api/http.js";
import { getProject } from "../api/projects.js";

export type ProjectInfo =
  | { state: "loading" }
  | { state: "ready"; hadSpec: boolean }
  | { state: "missing" }
  | { state: "failed"; message: string };

/** Whether the project exists, and whether it had a finished spec when the screen opened. */
export function useProjectInfo(name: string): ProjectInfo {
  const [info, setInfo] = useState<ProjectInfo>({ state: "loading" });
  useEffect(() => {
    let current = true;
    setInfo({ state: "loading" });
    getProject(name).then(
      (listing) => {
        if (current) setInfo({ state: "ready", hadSpec: listing?.hasSpec === true });
      },
      (error: unknown) => {
        if (!current) return;
        const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
        setInfo(
          missing
            ? { state: "missing" }
            : { state: "failed", message: error instanceof Error ? error.message : String(error) },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [name]);
  return info;
}
