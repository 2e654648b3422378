export * from "./attachments.js";
export * from "./engine-events.js";
export * from "./error-codes.js";
export * from "./phases.js";
export * from "./questions.js";
export * from "./transcript.js";
export * from "./usage.js";
export * from "./wire.js";
