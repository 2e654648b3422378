export {
  type ClaudeCodeEngine,
  type ClaudeCodeEngineOptions,
  createClaudeCodeEngine,
} from "./claude-code-engine.js";
export { NOT_LOGGED_IN_MESSAGE } from "./failure-message.js";
export {
  ClaudeAgentSdkLoadError,
  ClaudeAgentSdkMissingError,
  createSdkLoader,
  SDK_INSTALL_COMMAND,
  SDK_MISSING_MESSAGE,
  SDK_PACKAGE,
  type SdkLoader,
  type SdkLoaderOptions,
} from "./sdk-loader.js";
export type { ClaudeAgentSdk } from "./sdk-types.js";
