import { useEffect, useRef, useState } from "react";
import { type InterviewSummary, listInterviews } from "../api/interviews.js";

export type EarlierInterviews =
  /** Not asked yet, or the server offers no list (it answered 404): nothing is shown. */
  { state: "none" } | { state: "ready"; interviews: InterviewSummary[] } | { state: "failed" };

/**
 * The project's earlier interviews. Asked for once `ready`, and again each time
 * `revision` has changed (a new interview began, which set the previous one aside) and
 * the page is `ready` once more: the caller says ready when no turn is running, so the
 * server has had the time to set the old interview aside.
 */
export function useEarlierInterviews(project: string, ready: boolean, revision: number): EarlierInterviews {
  const [list, setList] = useState<EarlierInterviews>({ state: "none" });
  const fetched = useRef<number | null>(null);
  /** The latest request; an earlier one's answer that comes late is ignored, as is any after the screen left. */
  const latest = useRef(0);
  useEffect(() => {
    latest.current += 1;
    return () => {
      latest.current += 1;
      fetched.current = null;
    };
  }, []);
  useEffect(() => {
    if (!ready || fetched.current === revision) return;
    fetched.current = revision;
    const request = ++latest.current;
    listInterviews(project).then(
      (interviews) => {
        if (request === latest.current)
          setList(interviews === null ? { state: "none" } : { state: "ready", interviews });
      },
      () => {
        if (request === latest.current) setList({ state: "failed" });
      },
    );
  }, [project, ready, revision]);
  return list;
}
