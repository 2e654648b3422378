/**
 * Every error Specwright reports, by a stable code. The words of an error are for the
 * person and may change; the code and `retryable` are for programs (the page, scripts
 * reading `chat --jsonl`), which decide on them and never on the words.
 * docs/protocol.md lists every code; a test keeps the two in step.
 *
 * `retryable` answers one question: could sending the same message (or answer) again
 * work, without the person changing it? It is true for failures of the moment
 * (overload, a dropped connection, a busy session) and false for ones that need
 * something else first (a fix to the message, a key, a new session, a setting).
 */
export interface ErrorCodeInfo {
  retryable: boolean;
  /** When the error happens, in a sentence. */
  when: string;
}

export const ERROR_CODES = {
  // The frame itself.
  invalid_frame: {
    retryable: false,
    when: "A client frame could not be read: binary data, text that is not JSON, a JSON value that is not an object, an unknown `type`, or a field of the wrong type.",
  },
  empty_message: {
    retryable: false,
    when: "A `message` frame had no text and no attachments.",
  },
  message_too_long: {
    retryable: false,
    when: "A `message` frame's text, or an `answer` (one of its answers, or all of them together), was longer than the server accepts.",
  },
  invalid_attachment: {
    retryable: false,
    when: "An attached image was refused: too many, too large, not an image type Specwright accepts, or bytes that do not match its type.",
  },
  invalid_project_name: {
    retryable: false,
    when: "The project name in the WebSocket address is not 1 to 50 letters, digits, hyphens or underscores.",
  },
  // The session's state.
  session_not_started: {
    retryable: false,
    when: "A `message` or `answer` arrived for a project with no interview to carry on; send `start` first.",
  },
  session_closed: {
    retryable: false,
    when: "The interview was closed on the server (removed, replaced or reaped while idle); send `start` to begin again.",
  },
  session_already_started: {
    retryable: false,
    when: "A session that already started was asked to start again.",
  },
  busy: {
    retryable: true,
    when: "A turn arrived while the previous one was still running; send it again after `response_done`.",
  },
  question_not_pending: {
    retryable: false,
    when: "An `answer` named a question that is not the one waiting (answered or replaced already, perhaps in another window); answer the latest question or send a message.",
  },
  nothing_to_retry: {
    retryable: false,
    when: "A `retry` arrived but the last turn finished normally; there is nothing to run again.",
  },
  project_locked: {
    retryable: true,
    when: "Another Specwright process (a terminal chat or another server) is writing this project; it can still be read. Try again once that one has ended.",
  },
  // The server's limits and state.
  rate_limited: {
    retryable: true,
    when: "The connection sent more frames per second than the server allows; the frame was dropped.",
  },
  too_many_sessions: {
    retryable: true,
    when: "The server already runs as many live interviews as it allows; try again when one has ended.",
  },
  shutting_down: {
    retryable: true,
    when: "The server is shutting down and takes no new frames; reconnect when it is back.",
  },
  internal_error: {
    retryable: true,
    when: "Something failed inside Specwright that the person could not have caused.",
  },
  transcript_not_saved: {
    retryable: true,
    when: "The turn ran, but the conversation could not be written to disk for a reason other than a full, read-only or forbidden disk.",
  },
  disk_full: {
    retryable: false,
    when: "The disk is full: the person's message (or the project) could not be saved and was not acted on; free some space first.",
  },
  disk_read_only: {
    retryable: false,
    when: "The projects folder is read-only or Specwright may not write in it: nothing could be saved; fix the folder or its permissions first.",
  },
  // The spec.
  spec_invalid: {
    retryable: true,
    when: "`app_spec.txt` was written but fails validation; the interviewer has been told what to fix.",
  },
  spec_incomplete: {
    retryable: true,
    when: "A turn used tools on a valid app spec whose initializer prompt is missing or out of step with it (changed by hand, say); Specwright writes it again the next time the app spec is written.",
  },
  spec_write_failed: {
    retryable: true,
    when: "A spec file could not be written: the initializer prompt Specwright writes from a valid app spec, or the guided interviewer's app spec (or it failed validation).",
  },
  interview_setup_failed: {
    retryable: false,
    when: "The interview could not begin: the interview instructions could not be loaded.",
  },
  // A model provider (Anthropic, an OpenAI-compatible server).
  provider_auth_failed: {
    retryable: false,
    when: "The provider refused the API key (HTTP 401 or 403).",
  },
  model_not_found: {
    retryable: false,
    when: "The provider does not know the chosen model (HTTP 404), or it was retired.",
  },
  model_not_chosen: {
    retryable: false,
    when: "No model was chosen and the server could not say which models it serves.",
  },
  model_lacks_tools: {
    retryable: false,
    when: "The model cannot use tools, or its server was started without tool calling (llama.cpp without `--jinja`, vLLM without `--enable-auto-tool-choice`), and the interview needs them.",
  },
  model_not_chat: {
    retryable: false,
    when: "The chosen model is not a chat model (an embedding model, say).",
  },
  context_too_long: {
    retryable: false,
    when: "The server refused the request because the conversation is longer than the model's context window.",
  },
  context_too_small: {
    retryable: false,
    when: "The next request would not fit the model's context window, even with earlier files left out of the history, so it was not sent.",
  },
  provider_overloaded: {
    retryable: true,
    when: "The provider is overloaded (HTTP 529 or an `overloaded_error` in the stream), even after retries.",
  },
  provider_rate_limited: {
    retryable: true,
    when: "The provider is limiting requests (HTTP 429), even after retries.",
  },
  provider_timeout: {
    retryable: true,
    when: "The provider timed out (HTTP 408), even after retries.",
  },
  provider_server_error: {
    retryable: true,
    when: "The provider had an internal error (HTTP 5xx), even after retries.",
  },
  provider_refused: {
    retryable: false,
    when: "The provider refused the request for a reason of its own (another HTTP 4xx).",
  },
  provider_stream_error: {
    retryable: true,
    when: "The provider reported an error in the middle of its streamed answer.",
  },
  provider_unreachable: {
    retryable: true,
    when: "The provider could not be reached at all: connection refused, unknown host, or a port Node.js will not use.",
  },
  response_incomplete: {
    retryable: true,
    when: "The model's answer ended before the model said it was done, even after retries.",
  },
  model_stalled: {
    retryable: true,
    when: "The model sent nothing for longer than the stall timeout.",
  },
  request_unsupported: {
    retryable: false,
    when: "The model cannot handle this kind of request.",
  },
  images_refused: {
    retryable: true,
    when: "The model does not accept images; they are left out from now on, so sending again works.",
  },
  step_limit_reached: {
    retryable: true,
    when: "The model made as many calls in one turn as allowed without finishing; a new message lets it go on.",
  },
  output_limit_reached: {
    retryable: true,
    when: "The model's answer was cut off at its output limit; a new message lets it go on.",
  },
  model_output_too_long: {
    retryable: true,
    when: "The model wrote more in one turn than Specwright keeps (the reply length limit), so it was stopped and its answer cut off there; a new message lets it go on.",
  },
  model_refused: {
    retryable: false,
    when: "The model declined to answer (it stopped with a refusal).",
  },
  repeated_tool_failure: {
    retryable: false,
    when: "The model made the same failing tool call several times in a row, so the turn was stopped before it spent its step budget.",
  },
  stream_broken: {
    retryable: true,
    when: "The connection to the model broke in the middle of its answer (a reset, or bytes that were not the provider's format); nothing kept was lost.",
  },
  model_call_failed: {
    retryable: true,
    when: "A model call failed in a way none of the other codes describes.",
  },
  // A Claude Code login, through the Claude Agent SDK.
  claude_code_not_logged_in: {
    retryable: false,
    when: "Claude Code is not logged in, or its login expired.",
  },
  claude_code_account_unavailable: {
    retryable: false,
    when: "Claude Code cannot use the account right now (billing, verification, an organisation's policy).",
  },
  usage_limit_reached: {
    retryable: false,
    when: "The Claude account reached a usage limit; it lifts later.",
  },
  claude_code_missing: {
    retryable: false,
    when: "The Claude Agent SDK or the Claude Code program it brings is not installed or could not be loaded.",
  },
  claude_code_crashed: {
    retryable: true,
    when: "The Claude Code program stopped unexpectedly.",
  },
  claude_code_error: {
    retryable: true,
    when: "Claude Code reported an error none of the other codes describes.",
  },
  // REST writes of the prompt files.
  prompts_changed: {
    retryable: false,
    when: "A write of the prompt files (an edit in the studio, a restore) was made from files that changed on disk since they were read (HTTP 412); read them again, or write without `If-Match` to replace them.",
  },
  // A person's own documents attached to a message.
  document_unsupported: {
    retryable: false,
    when: "An attached file is not a document Specwright reads (Markdown, plain text, PDF or Word .docx), told by its bytes whatever its name says, nor an image it accepts.",
  },
  document_too_large: {
    retryable: false,
    when: "An attached document is larger than the server accepts (10 MiB by default, `SPECWRIGHT_MAX_DOCUMENT_BYTES`).",
  },
  document_unreadable: {
    retryable: false,
    when: "An attached document could not be read: it is damaged or protected by a password, or reading it would take more than is allowed (its compressed parts expand past the limit, as a zip bomb's do, or it takes too long or too much memory).",
  },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_CODES, value);
}

export function isRetryableCode(code: ErrorCode): boolean {
  return ERROR_CODES[code].retryable;
}
