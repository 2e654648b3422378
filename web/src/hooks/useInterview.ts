import { useCallback, useReducer, useRef } from "react";
import type { ImageAttachment } from "../../../src/types/attachments.js";
import type { Answers } from "../../../src/types/questions.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { reduceConversation } from "../logic/conversation.js";
import {
  type AttachmentPreview,
  type ConversationState,
  INITIAL_CONVERSATION,
  type RetryableRequest,
} from "../logic/conversation-state.js";
import type { LinkState } from "../logic/reconnect.js";
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
  sendMessage: (content: string, attachments: ImageAttachment[], previews: AttachmentPreview[]) => boolean;
  sendAnswer: (toolId: string, answers: Answers) => boolean;
  stop: () => void;
  retry: (errorId: number, request: RetryableRequest) => void;
  restart: () => void;
}

function blockedReasonFor(link: LinkState): string | null {
  switch (link.status) {
    case "open":
      return null;
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
 * arrived) and the connection it runs on. `onFrame` hears every frame too, for the
 * screen's own reactions (showing the spec when it is complete).
 */
export function useInterview(
  projectName: string,
  active: boolean,
  onFrame: (frame: ServerFrame) => void,
): Interview {
  const [conversation, dispatch] = useReducer(reduceConversation, INITIAL_CONVERSATION);
  const frameListener = useRef(onFrame);
  frameListener.current = onFrame;

  const received = useCallback((frame: ServerFrame) => {
    dispatch({ type: "received", frame });
    frameListener.current(frame);
  }, []);

  const socket = useSpecSocket({
    projectName,
    active,
    onFrame: received,
    onOpen: ({ first, send }) => {
      // Only the first connection starts the interview; after a reconnect the next message carries on with it.
      if (first && send({ type: "start" })) dispatch({ type: "started" });
    },
    onDrop: () => dispatch({ type: "connection-lost" }),
  });

  const blockedReason = blockedReasonFor(socket.link);
  const busy = conversation.turn !== "idle";
  const { send } = socket;

  const sendRequest = (request: RetryableRequest, previews: AttachmentPreview[]): boolean => {
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
      const request: RetryableRequest = { type: "message", content };
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
      if (send({ type: "start" })) dispatch({ type: "started" });
    },
  };
}
