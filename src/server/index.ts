export {
  createServer,
  type ListeningAddress,
  openUrl,
  type ServerDeps,
  ServerStartError,
  type SpecwrightServer,
} from "./create-server.js";
export { IdleReaper, type IdleReaperOptions } from "./limits/idle-reaper.js";
export { MESSAGE_TOO_BIG } from "./limits/oversize-close.js";
export { RateLimiter, TOO_MANY_MESSAGES } from "./limits/rate-limiter.js";
export { SessionActivity } from "./limits/session-activity.js";
export { INVALID_NAME_CLOSE } from "./routes/socket-route.js";
export { DEFAULT_STATIC_DIR } from "./routes/static-page.js";
export { startupRefusal } from "./security/exposure.js";
export { acceptedHostNames } from "./security/host-check.js";
export { hostNameOf, isLoopbackHost, LOOPBACK_HOST_NAMES } from "./security/loopback.js";
export { acceptedOrigins } from "./security/origin-check.js";
export { tokenCookieName, tokensMatch } from "./security/token-check.js";
export { type SpecProgress, type SpecProgressReport, specProgressOf } from "./spec-progress.js";
