import { useCallback, useRef, useState } from "react";
import type { Answers } from "../../../src/types/questions.js";
import type { ClientFrame, ServerFrame } from "../../../src/types/wire.js";
import { type ConversationEvent, reduceConversation } from "../logic/conversation.js";
import {
  type AttachmentPreview,
  type ConversationState,
  INITIAL_CONVERSATION,
  type RetryableRequest,
  type SentRequest,
} from "../logic/conversation-state.js";
import type { LinkState } from "../logic/reconnect.js";
import type { OutgoingAttachment } from "./useAttachments.js";
import { useSpecSocket } from "./useSpecSocket.js";

export interface Interview {
  conversation: ConversationState;
  link: LinkState;
  secondsLeft: number | null;
  retryNow: () => void;
  /** Null when something can be sent now; otherwise why not, in words for the person. */
  blockedReason: string | null;
  /** A reply is running or awaited. */
  busy: boolean;
  /** Each answers whether the frame went out. */
  sendMessage: (content: string, attachments: OutgoingAttachment[], previews: AttachmentPreview[]) => boolean;
  sendAnswer: (toolId: string, answers: Answers) => boolean;
  stop: () => void;
  retry: (errorId: number, request: RetryableRequest) => void;
  /** Starts a new interview; the server keeps the current one aside, where it can still be read. */
  restart: () => boolean;
}

export interface InterviewOptions {
  /** Connects while true. */
  active: boolean;
  /** A project without a spec: when the server has no interview for it, the page starts one. */
  startWhenEmpty: boolean;
}

function blockedReasonFor(link: LinkState, conversation: ConversationState): string | null {
  switch (link.status) {
    case "open":
      // Until the history is in, what is sent would land before it and be lost from view.
      return conversation.historyLoaded && !conversation.awaitingHistory ? null : "Loading the conversation…";
    case "offline":
      return "You're offline. Your message can go once the connection is back.";
    case "failed":
      return `Disconnected: ${link.reason}`;
    default:
      return "Waiting for the connection…";
  }
}

/**
 * A project's interview: the conversation (a pure reducer over what was sent and what
 * arrived) and the connection it runs on. Every connection, the first and each one
 * after a drop, asks for the interview as the server has it (`resume`), so a reload,
 * Back or a dropped socket loses nothing; only an empty history of a project without a
 * spec, or the person's own decision, starts a new one. `onFrame` hears every frame
 * too, for the screen's own reactions (showing the spec when it is complete).
 */
export function useInterview(
  projectName: string,
  options: InterviewOptions,
  onFrame: (frame: ServerFrame) => void,
): Interview {
  const [conversation, setConversation] = useState<ConversationState>(INITIAL_CONVERSATION);
  // The reducer runs here, not in React, so that what it asks the page to send next
  // (a `resume` after another window's turn, a `start` for a new project) goes at once.
  const stateRef = useRef<ConversationState>(INITIAL_CONVERSATION);
  const sendRef = useRef<(frame: ClientFrame) => boolean>(() => false);
  const frameListener = useRef(onFrame);
  frameListener.current = onFrame;
  const startWhenEmpty = useRef(options.startWhenEmpty);
  startWhenEmpty.current = options.startWhenEmpty;

  const dispatch = useCallback((event: ConversationEvent) => {
    let next = reduceConversation(stateRef.current, event);
    const followUp = next.followUp;
    if (followUp !== null) {
      const sent = sendRef.current({ type: followUp });
      const done: ConversationEvent = !sent
        ? { type: "follow-up-dropped" }
        : followUp === "start"
          ? { type: "started" }
          : { type: "resume-sent", startWhenEmpty: false };
      next = reduceConversation(next, done);
    }
    stateRef.current = next;
    setConversation(next);
  }, []);

  const received = useCallback(
    (frame: ServerFrame) => {
      dispatch({ type: "received", frame });
      frameListener.current(frame);
    },
    [dispatch],
  );

  const socket = useSpecSocket({
    projectName,
    active: options.active,
    onFrame: received,
    onOpen: ({ first, send }) => {
      // Every connection asks for the interview as it is: after a drop, what streamed meanwhile comes back too.
      if (send({ type: "resume" }))
        dispatch({ type: "resume-sent", startWhenEmpty: first && startWhenEmpty.current });
    },
    onDrop: () => dispatch({ type: "connection-lost" }),
  });
  const { send } = socket;
  sendRef.current = send;

  const blockedReason = blockedReasonFor(socket.link, conversation);
  const busy = conversation.turn !== "idle";

  const sendRequest = (request: SentRequest, previews: AttachmentPreview[]): boolean => {
    if (!send(request)) return false;
    dispatch({ type: "sent", request, attachments: previews });
    return true;
  };

  return {
    conversation,
    link: socket.link,
    secondsLeft: socket.secondsLeft,
    retryNow: socket.retryNow,
    blockedReason,
    busy,
    sendMessage(content, attachments, previews) {
      if (blockedReason !== null || busy) return false;
      const request: SentRequest = { type: "message", content };
      if (attachments.length > 0) request.attachments = attachments;
      return sendRequest(request, previews);
    },
    sendAnswer: (toolId, answers) => sendRequest({ type: "answer", tool_id: toolId, answers }, []),
    stop() {
      if (send({ type: "cancel" })) dispatch({ type: "cancel-sent" });
    },
    retry(errorId, request) {
      if (send(request)) dispatch({ type: "retried", errorId });
    },
    restart() {
      if (!send({ type: "start" })) return false;
      dispatch({ type: "started" });
      return true;
    },
  };
}
