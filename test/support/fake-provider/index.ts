export type { ResponseEnd } from "./exchange.js";
export type { Json, JsonObject, RecordedRequest } from "./recording.js";
export {
  type ChunkSize,
  DEFAULT_CHUNK_SIZE,
  DEFAULT_USAGE,
  fault,
  type Interruption,
  type MessagePlan,
  MessageReply,
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
