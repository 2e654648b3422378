import { useRef, useState } from "react";
import type { Answers } from "../../../src/types/questions.js";
import { useAttachments } from "../hooks/useAttachments.js";
import { useDraft } from "../hooks/useDraft.js";
import { useImageDrop } from "../hooks/useImageDrop.js";
import type { Interview } from "../hooks/useInterview.js";
import { useStickToBottom } from "../hooks/useStickToBottom.js";
import type { VersionComparison } from "./CompleteNotice.js";
import { Composer } from "./Composer.js";
import { MessageList } from "./MessageList.js";
import { NewInterviewPrompt } from "./NewInterviewPrompt.js";
import "./InterviewPanel.css";

/**
 * `opening`: the project is being looked up; `loading`: its interview is on its way
 * from the server; `empty`: there is none, and the person starts one; `conversation`:
 * the interview, and the box to answer in.
 */
export type InterviewPanelMode = "opening" | "loading" | "empty" | "conversation";

interface InterviewPanelProps {
  projectName: string;
  interview: Interview;
  mode: InterviewPanelMode;
  /** The project has a finished spec (the empty panel says so). */
  hasSpec: boolean;
  hidden: boolean;
  /** Set when the panel is one of the project's tabs. */
  tabPanel: { id: string; labelledBy: string } | null;
  onStart: () => void;
  onViewSpec: (compare?: VersionComparison) => void;
  /** Changes when the screen wants the keyboard in the message box. */
  focusRequest: number;
}

/**
 * The conversation with the interviewer and the box to answer in. It stays mounted
 * while the spec shows, so its scroll position and images survive the switch; the
 * draft is also kept in the browser, so it survives a reload.
 */
export function InterviewPanel({
  projectName,
  interview,
  mode,
  hasSpec,
  hidden,
  tabPanel,
  onStart,
  onViewSpec,
  focusRequest,
}: InterviewPanelProps) {
  const { conversation, blockedReason, busy } = interview;
  const [draft, setDraft] = useDraft(projectName);
  const [ownFocusRequest, setOwnFocusRequest] = useState(0);
  const attachments = useAttachments();
  const scrollRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const { onScroll, toBottom } = useStickToBottom(scrollRef, contentRef);
  const talking = mode === "conversation";
  const drop = useImageDrop(talking && !hidden, (files) => {
    attachments.add(files);
    setOwnFocusRequest((count) => count + 1);
  });

  const sendMessage = () => {
    if (!attachments.ready) return;
    if (blockedReason !== null || busy) return;
    const taken = attachments.take();
    if (interview.sendMessage(draft.trim(), taken.attachments, taken.previews)) {
      setDraft("");
      toBottom();
    }
  };

  const sendAnswer = (toolId: string, answers: Answers) => {
    if (!interview.sendAnswer(toolId, answers)) return;
    toBottom();
    setOwnFocusRequest((count) => count + 1);
  };

  return (
    <section
      className="interview"
      hidden={hidden}
      aria-label="Interview"
      data-turn={conversation.turn}
      data-history={conversation.awaitingHistory ? "loading" : "loaded"}
      data-mode={mode}
      {...(tabPanel ? { role: "tabpanel", id: tabPanel.id, "aria-labelledby": tabPanel.labelledBy } : {})}
      {...drop.handlers}
    >
      <section
        className="conversation-scroll"
        ref={scrollRef}
        onScroll={onScroll}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll it
        tabIndex={0}
        aria-label="Conversation"
      >
        <div
          className="conversation-column"
          ref={contentRef}
          aria-busy={mode === "loading" || conversation.turn === "streaming"}
        >
          {mode === "opening" ? <p className="conversation-empty">Opening the project…</p> : null}
          {mode === "loading" ? (
            <p className="conversation-empty">
              {interview.link.status === "open" || interview.link.status === "connecting"
                ? "Loading the conversation…"
                : (blockedReason ?? "Loading the conversation…")}
            </p>
          ) : null}
          {mode === "empty" ? <NewInterviewPrompt hasSpec={hasSpec} onStart={onStart} /> : null}
          {talking ? (
            <MessageList
              entries={conversation.entries}
              project={projectName}
              turn={conversation.turn}
              activity={conversation.activity}
              blockedReason={blockedReason}
              onAnswer={sendAnswer}
              onRetry={interview.retry}
              onRestart={interview.restart}
              onViewSpec={onViewSpec}
            />
          ) : null}
        </div>
      </section>
      {talking ? (
        <div className="composer-dock">
          <div className="conversation-column">
            <Composer
              text={draft}
              onTextChange={setDraft}
              attachments={attachments}
              busy={busy}
              stopping={conversation.turn === "stopping"}
              blockedReason={blockedReason}
              onSend={sendMessage}
              onStop={interview.stop}
              focusRequest={focusRequest + ownFocusRequest}
            />
          </div>
        </div>
      ) : null}
      {drop.dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop images or documents to attach them</p>
        </div>
      ) : null}
    </section>
  );
}
