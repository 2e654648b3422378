import type { Answers } from "../../../src/types/questions.js";
import { useActivityClock } from "../hooks/useActivityClock.js";
import { activityLine, type PageActivity } from "../logic/activity.js";
import type { Entry, RetryableRequest, TurnState } from "../logic/conversation-state.js";
import { AssistantMessage } from "./AssistantMessage.js";
import { CompleteNotice, type VersionComparison } from "./CompleteNotice.js";
import { ConversationNotice, FileWrittenNotice, ToolNote } from "./ConversationNotice.js";
import { ErrorNotice } from "./ErrorNotice.js";
import { QuestionCard } from "./QuestionCard.js";
import { TypingIndicator } from "./TypingIndicator.js";
import { UserMessage } from "./UserMessage.js";
import "./MessageList.css";

interface MessageListProps {
  entries: Entry[];
  /** The project the conversation belongs to, whose saved images its history shows. */
  project: string | null;
  turn: TurnState;
  /** What the running turn is doing now, shown as a status line beside the typing dots. */
  activity?: PageActivity | null;
  /** Null when answers and retries can go out; otherwise why not. */
  blockedReason: string | null;
  onAnswer: (toolId: string, answers: Answers) => void;
  onRetry: (errorId: number, request: RetryableRequest) => void;
  onRestart: () => void;
  onViewSpec: (compare?: VersionComparison) => void;
}

/**
 * The conversation so far, oldest first, with the typing indicator while a reply is
 * awaited, and what the turn is doing now while it runs (also below a reply that is
 * still arriving: the interviewer may be writing a file after its words).
 */
export function MessageList({
  entries,
  project,
  turn,
  activity = null,
  blockedReason,
  onAnswer,
  onRetry,
  onRestart,
  onViewSpec,
}: MessageListProps) {
  const last = entries.at(-1);
  const lastErrorId = entries.findLast((entry) => entry.kind === "error")?.id ?? null;
  const idle = turn === "idle";
  const replyArriving = last?.kind === "assistant" && last.streaming;
  const stopping = turn === "stopping";
  const showActivity = !idle && !stopping && activity !== null;
  const showTyping = !idle && (!replyArriving || showActivity);
  return (
    <div className="message-list">
      <h2 className="visually-hidden">Conversation</h2>
      {entries.map((entry) => (
        <EntryView
          key={entry.id}
          entry={entry}
          project={project}
          isLast={entry === last}
          isCurrentError={entry.id === lastErrorId && idle && blockedReason === null}
          blockedReason={blockedReason}
          onAnswer={onAnswer}
          onRetry={onRetry}
          onRestart={onRestart}
          onViewSpec={onViewSpec}
        />
      ))}
      {showTyping ? (
        <div className="message message-assistant">
          <TypingIndicator
            label={stopping ? "Stopping" : "Specwright is writing"}
            status={showActivity ? <ActivityStatus activity={activity} /> : null}
          />
        </div>
      ) : null}
    </div>
  );
}

/** The status line's words, counting the seconds of a wait or a retry's countdown. */
function ActivityStatus({ activity }: { activity: PageActivity }) {
  const elapsed = useActivityClock(activity);
  return <>{activityLine(activity.frame, elapsed)}</>;
}

interface EntryViewProps extends Omit<MessageListProps, "entries" | "turn" | "activity"> {
  entry: Entry;
  isLast: boolean;
  /** The newest error, while nothing else is going on: only it offers Retry. */
  isCurrentError: boolean;
}

function EntryView({
  entry,
  project,
  isLast,
  isCurrentError,
  blockedReason,
  onAnswer,
  onRetry,
  onRestart,
  onViewSpec,
}: EntryViewProps) {
  switch (entry.kind) {
    case "user":
      return (
        <UserMessage
          text={entry.text}
          attachments={entry.attachments}
          isAnswer={entry.isAnswer}
          project={project}
        />
      );
    case "assistant":
      return <AssistantMessage text={entry.text} cut={entry.cut} streaming={entry.streaming} />;
    case "question":
      return (
        <QuestionCard
          questions={entry.questions}
          state={entry.state}
          blockedReason={blockedReason}
          takeFocus={isLast}
          onSubmit={(answers) => onAnswer(entry.toolId, answers)}
        />
      );
    case "error": {
      const retry = entry.retry;
      return (
        <ErrorNotice
          text={entry.text}
          onRetry={isCurrentError && retry ? () => onRetry(entry.id, retry) : null}
          onRestart={isCurrentError && entry.needsRestart ? onRestart : null}
        />
      );
    }
    case "notice":
      return <ConversationNotice text={entry.text} />;
    case "tool-note":
      return <ToolNote text={entry.text} />;
    case "file":
      return <FileWrittenNotice path={entry.path} />;
    case "complete":
      return <CompleteNotice revised={entry.revised} changes={entry.changes} onView={onViewSpec} />;
  }
}
