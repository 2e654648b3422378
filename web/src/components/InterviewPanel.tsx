import { useRef, useState } from "react";
import type { Answers } from "../../../src/types/questions.js";
import { useAttachments } from "../hooks/useAttachments.js";
import { useImageDrop } from "../hooks/useImageDrop.js";
import type { Interview } from "../hooks/useInterview.js";
import { useStickToBottom } from "../hooks/useStickToBottom.js";
import { Composer } from "./Composer.js";
import { MessageList } from "./MessageList.js";
import { NewInterviewPrompt } from "./NewInterviewPrompt.js";
import "./InterviewPanel.css";

interface InterviewPanelProps {
  interview: Interview;
  /** False while a project with a finished spec waits for the person to start a new interview. */
  started: boolean;
  loading: boolean;
  hidden: boolean;
  /** Set when the panel is one of the project's tabs. */
  tabPanel: { id: string; labelledBy: string } | null;
  onStart: () => void;
  onViewSpec: () => void;
  /** Changes when the screen wants the keyboard in the message box. */
  focusRequest: number;
}

/**
 * The conversation with the interviewer and the box to answer in. It stays mounted
 * while the spec shows, so its scroll position, draft and images survive the switch.
 */
export function InterviewPanel({
  interview,
  started,
  loading,
  hidden,
  tabPanel,
  onStart,
  onViewSpec,
  focusRequest,
}: InterviewPanelProps) {
  const { conversation, blockedReason, busy } = interview;
  const [draft, setDraft] = useState("");
  const [ownFocusRequest, setOwnFocusRequest] = useState(0);
  const attachments = useAttachments();
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const { onScroll, toBottom } = useStickToBottom(scrollRef, contentRef);
  const drop = useImageDrop(started && !hidden, (files) => {
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
      {...(tabPanel ? { role: "tabpanel", id: tabPanel.id, "aria-labelledby": tabPanel.labelledBy } : {})}
      {...drop.handlers}
    >
      <div className="conversation-scroll" ref={scrollRef} onScroll={onScroll}>
        <div className="conversation-column" ref={contentRef} aria-busy={conversation.turn === "streaming"}>
          {loading ? <p className="conversation-empty">Opening the project…</p> : null}
          {!loading && !started ? <NewInterviewPrompt onStart={onStart} /> : null}
          {started ? (
            <MessageList
              entries={conversation.entries}
              turn={conversation.turn}
              blockedReason={blockedReason}
              onAnswer={sendAnswer}
              onRetry={interview.retry}
              onRestart={interview.restart}
              onViewSpec={onViewSpec}
            />
          ) : null}
        </div>
      </div>
      {started ? (
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
          <p>Drop images to attach them</p>
        </div>
      ) : null}
    </section>
  );
}
