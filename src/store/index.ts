export { type DiskTrouble, describeDiskTrouble, diskTrouble } from "./disk-trouble.js";
export { historyMessages } from "./history-messages.js";
export { isInterviewId } from "./interview-id.js";
export { interviewPartOf } from "./interview-part.js";
export { INTERVIEW_LOG_VERSION, type InterviewRecord, type TurnOutcome } from "./interview-record.js";
export {
  applyRecord,
  canRetry,
  type InterviewState,
  isTurnOpen,
  type PhaseMark,
  personTurns,
  stateFromHeader,
  type TurnMark,
} from "./interview-state.js";
export type {
  InterviewLog,
  InterviewStore,
  InterviewSummary,
  NewInterview,
  OpenInterview,
} from "./interview-store.js";
export { describeLockHolder, type LockHolder, ProjectLockedError } from "./lock-holder.js";
export type { LogFile, OpenLogFile } from "./log-file.js";
export { attemptOf, MAX_REFUSAL_NOTICES, refusalNotices, refusalReason } from "./refusal-notices.js";
export { SessionStore, type SessionStoreOptions } from "./session-store.js";
export { counted, shownText } from "./shown-text.js";
export { STORED_SESSION_VERSION, type StoredSession, storedSessionSchema } from "./stored-session.js";
