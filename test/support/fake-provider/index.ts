export { type ClaudeModel, CURRENT_CLAUDE_MODELS, customModel } from "./anthropic-models.js";
export { estimateTokens, IMAGE_TOKENS } from "./anthropic-request.js";
export type { ResponseEnd } from "./exchange.js";
export {
  type LocalModel,
  type LocalServerKind,
  type LocalServerOptions,
  OLLAMA_DEFAULT_CONTEXT,
} from "./local-server.js";
export { LOOKBACK_BLOCKS } from "./prompt-cache.js";
export type { Json, JsonObject, RecordedRequest, Rejection } from "./recording.js";
export {
  type ChunkSize,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_USAGE,
  fault,
  type Interruption,
  type MessagePlan,
  MessageReply,
  type ReasoningField,
  type RefusalDetails,
  type Reply,
  type ReplyPart,
  type ResetFault,
  type Responder,
  reply,
  type ScriptEntry,
  type StatusFault,
  type StopReason,
  type Usage,
} from "./script.js";
export {
  loadScriptFile,
  parseScriptFile,
  repliesOf,
  type ScriptFile,
  ScriptFileError,
} from "./script-file.js";
export { type FakeProvider, type FakeProviderOptions, startFakeProvider } from "./server.js";
