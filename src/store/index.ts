export { SessionStore } from "./session-store.js";
export { STORED_SESSION_VERSION, type StoredSession, storedSessionSchema } from "./stored-session.js";
