import { useId, useState } from "react";
import type { InterviewSummary } from "../api/interviews.js";
import type { EarlierInterviews as EarlierInterviewsList } from "../hooks/useEarlierInterviews.js";
import { formatDateTime } from "../logic/format.js";
import "./EarlierInterviews.css";

/** How an earlier interview is named in the list and above it: when it started, and how long it was. */
export function describeInterview(summary: InterviewSummary, now: Date): { title: string; detail: string } {
  const when = summary.startedAt ? formatDateTime(summary.startedAt, now) : "";
  const title = when.length > 0 ? `Started ${when}` : `Interview ${summary.id}`;
  const parts: string[] = [];
  if (summary.messageCount !== null)
    parts.push(`${summary.messageCount} message${summary.messageCount === 1 ? "" : "s"}`);
  if (summary.complete) parts.push("spec finished");
  return { title, detail: parts.join(", ") };
}

/** The screen width below which the sidebar sits above the conversation (ProjectScreen.css). */
const NARROW = "(max-width: 60rem)";

interface EarlierInterviewsProps {
  list: EarlierInterviewsList;
  /** The one being read, if any. */
  openId: string | null;
  onOpen: (summary: InterviewSummary) => void;
}

/**
 * The project's earlier interviews, each one click from being read. Nothing at all when
 * the server offers no list or there is none yet.
 */
export function EarlierInterviews({ list, openId, onOpen }: EarlierInterviewsProps) {
  const headingId = useId();
  // Open beside the conversation; folded on a narrow screen, where it sits above it.
  const [expanded, setExpanded] = useState(() => !window.matchMedia?.(NARROW).matches);
  if (list.state === "none") return null;
  if (list.state === "ready" && list.interviews.length === 0) return null;
  const now = new Date();
  return (
    <section className="earlier-interviews" aria-labelledby={headingId}>
      <details open={expanded} onToggle={(event) => setExpanded(event.currentTarget.open)}>
        <summary className="earlier-interviews-summary">
          <h2 id={headingId} className="sidebar-label">
            Earlier interviews
          </h2>
          {list.state === "ready" ? (
            <span className="earlier-interviews-count">{list.interviews.length}</span>
          ) : null}
        </summary>
        {list.state === "failed" ? (
          <p className="earlier-interviews-note">They couldn't be loaded.</p>
        ) : (
          <ul className="earlier-interviews-list">
            {list.interviews.map((summary) => {
              const { title, detail } = describeInterview(summary, now);
              return (
                <li key={summary.id}>
                  <button
                    type="button"
                    className="earlier-interview"
                    aria-current={summary.id === openId ? "true" : undefined}
                    onClick={() => onOpen(summary)}
                  >
                    <span className="earlier-interview-title">{title}</span>
                    {detail ? <span className="earlier-interview-detail">{detail}</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </details>
    </section>
  );
}
