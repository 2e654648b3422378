export { SessionStore } from "./session-store.js";
export { STORED_SESSION_VERSION, type StoredSession } from "./stored-session.js";
