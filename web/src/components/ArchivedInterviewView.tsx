import { useEffect, useRef, useState } from "react";
import { getInterview, type InterviewSummary } from "../api/interviews.js";
import type { Entry } from "../logic/conversation-state.js";
import { historyEntries } from "../logic/history.js";
import { describeInterview } from "./EarlierInterviews.js";
import { MessageList } from "./MessageList.js";

interface ArchivedInterviewViewProps {
  project: string;
  summary: InterviewSummary;
  onClose: () => void;
}

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "loaded"; entries: Entry[] };

const READ_ONLY = "This interview is only kept to be read.";
const nothing = () => {};

/** An earlier interview, read-only: what was said and answered, with the way back to the current one. */
export function ArchivedInterviewView({ project, summary, onClose }: ArchivedInterviewViewProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    let current = true;
    setLoaded({ state: "loading" });
    getInterview(project, summary.id).then(
      (interview) => {
        if (!current) return;
        const entries = historyEntries(interview.messages, { live: false }).map(
          (entry, index) => ({ ...entry, id: index + 1 }) as Entry,
        );
        setLoaded({ state: "loaded", entries });
      },
      (error: unknown) => {
        if (current)
          setLoaded({ state: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [project, summary.id]);

  const { title, detail } = describeInterview(summary, new Date());
  return (
    <section className="archived-interview" aria-labelledby="archived-interview-title">
      <div className="conversation-column">
        <header className="archived-header">
          <h2 id="archived-interview-title" ref={headingRef} tabIndex={-1} className="archived-title">
            Earlier interview
          </h2>
          <p>
            {title}
            {detail ? ` · ${detail}` : ""}. It was set aside when a new interview started, and is kept to be
            read.
          </p>
          <button type="button" className="button button-secondary" onClick={onClose}>
            Back to the current interview
          </button>
        </header>
        {loaded.state === "loading" ? <p className="conversation-empty">Loading the interview…</p> : null}
        {loaded.state === "failed" ? (
          <p className="conversation-empty" role="alert">
            The interview couldn't be loaded: {loaded.message}
          </p>
        ) : null}
        {loaded.state === "loaded" ? (
          loaded.entries.length > 0 ? (
            <MessageList
              entries={loaded.entries}
              project={project}
              turn="idle"
              blockedReason={READ_ONLY}
              onAnswer={nothing}
              onRetry={nothing}
              onRestart={nothing}
              onViewSpec={nothing}
            />
          ) : (
            <p className="conversation-empty">Nothing was said in this interview.</p>
          )
        ) : null}
      </div>
    </section>
  );
}
