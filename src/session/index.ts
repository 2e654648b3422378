export { DEFAULT_MAX_MESSAGE_LENGTH } from "../types/message-limits.js";
export { answersToText } from "./answer-text.js";
export { parseClientFrame } from "./client-frame.js";
export {
  type DocumentIntake,
  DocumentReader,
  type ReadDocument,
  sendMessageWithDocuments,
  textWithDocuments,
} from "./documents/index.js";
export { FrameHandler, type FrameHandlerOptions } from "./frame-handler.js";
export { type HistoryContext, historyFrame } from "./history-frame.js";
export { type AttachmentLimits, checkAttachments, DEFAULT_ATTACHMENT_LIMITS } from "./image-check.js";
export { restoreFromStore } from "./restore-from-store.js";
export type { SessionListener, TurnFrames, TurnKind } from "./session-events.js";
export {
  type ProjectWatcher,
  type SessionFactory,
  SessionRegistry,
  type SessionRegistryOptions,
  type SessionRestorer,
} from "./session-registry.js";
export { DEFAULT_SKILL_PATH } from "./skill.js";
export { BUSY_MESSAGE, SpecChatSession, type SpecChatSessionOptions } from "./spec-chat-session.js";
