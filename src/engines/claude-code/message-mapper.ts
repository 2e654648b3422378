import { type EngineError, type EngineEvent, engineError } from "../../types/engine-events.js";
import { phaseEvent } from "../../types/phases.js";
import type { AssistantEntry, ToolCall, ToolEntry, ToolResult } from "../../types/transcript.js";
import { questionPhase } from "../../workspace/index.js";
import { toolActivity } from "../tool-activity.js";
import { describeReportedError, describeResultError, describeThrown } from "./failure-message.js";
import type {
  SdkAssistantMessage,
  SdkContentBlock,
  SdkMessage,
  SdkResultMessage,
  SdkStreamEvent,
  SdkUserMessage,
} from "./sdk-types.js";
import { type ResumableSession, sessionMeta } from "./session-meta.js";
import type { TurnState } from "./turn-state.js";
import { turnUsage } from "./turn-usage.js";

export interface MapperSetup {
  state: TurnState;
  /** The session this turn resumes, for the cost it had already run up; null for a new one. */
  resumed: ResumableSession | null;
  /** The model call limit given to Claude Code, for the message when it is reached. */
  maxTurns: number;
  /** The model asked for, until Claude Code says which one it runs. */
  model: string | null;
  now: () => Date;
  /**
   * The project folder, for the paths tool activities name. Claude Code hands over each
   * response's tool calls before it runs them, so each is told as the activity it is
   * about to be; without a folder none is told.
   */
  projectDir?: string;
}

/** One model response: its content blocks arrive as separate messages sharing an id. */
interface Step {
  messageId: string;
  text: string;
  toolCalls: ToolCall[];
  results: ToolResult[];
}

export const ENDED_EARLY_MESSAGE =
  "Claude Code stopped before it finished answering. Send your message again.";

/**
 * Turns Claude Code's messages into engine events. Streamed text goes out as it comes;
 * each model response becomes an assistant entry followed by a tool entry with the
 * results Claude Code got (with the validator's verdict Specwright added after a spec
 * write), recorded once the response is complete. What a write did reaches the session
 * from the PostToolUse hook, not from here. The turn's end (usage, the question, or one
 * error) is reported by `finish`, after the last message.
 */
export class MessageMapper {
  private sessionId: string | null = null;
  private step: Step | null = null;
  /** Which response the streamed text belongs to, and how much of it was streamed. */
  private streamed = { messageId: null as string | null, text: "" };
  private readonly callNames = new Map<string, string>();
  /** Each call's input as the model wrote it, before Claude Code dropped fields it does not know. */
  private readonly callInputs = new Map<string, unknown>();
  private result: SdkResultMessage | null = null;
  private reportedError: EngineError | null = null;
  private modelInUse: string | null;

  constructor(private readonly setup: MapperSetup) {
    this.modelInUse = setup.model;
  }

  /** The model Claude Code runs on, once it has said. */
  get model(): string | null {
    return this.modelInUse;
  }

  *accept(message: SdkMessage): Generator<EngineEvent> {
    // Subagents are never started (their tool is not offered); anything of theirs is not the interview.
    if (message.parent_tool_use_id) return;
    if (message.session_id) this.sessionId = message.session_id;
    // Tool results are complete once Claude Code moves on to anything else. The result
    // is left to `finish`, which records the last step with the session's running cost.
    const movedOn = message.type !== "user" && message.type !== "result";
    if (movedOn && this.step !== null && this.step.results.length > 0) yield* this.closeStep(null);
    switch (message.type) {
      case "stream_event":
        yield* this.onStreamEvent(message);
        return;
      case "assistant":
        yield* this.onAssistant(message);
        return;
      case "user":
        this.onToolResults(message);
        return;
      case "result":
        this.result = message;
        return;
      case "system":
        if (message.subtype === "init" && typeof message.model === "string") this.modelInUse = message.model;
        return;
    }
  }

  /**
   * After the last message (or a throw): records what is still open, then reports usage
   * and how the turn ended: the question for the person, or one error in plain words.
   */
  *finish(thrown: unknown = null): Generator<EngineEvent> {
    const result = this.result;
    yield* this.closeStep(typeof result?.total_cost_usd === "number" ? result.total_cost_usd : null);
    const usage = result ? turnUsage(result, this.sessionId, this.setup.resumed) : null;
    if (usage) yield usage;
    const question = this.setup.state.question;
    if (question) {
      // The phase the question names is the interview's progress report.
      const phase = question.phase ?? questionPhase(this.callInputs.get(question.toolCallId));
      if (phase) yield phaseEvent(phase);
      yield { type: "question", toolCallId: question.toolCallId, questions: question.questions };
      return;
    }
    const failure = this.failure(result, thrown);
    if (failure !== null) yield failure;
  }

  private failure(result: SdkResultMessage | null, thrown: unknown): EngineError | null {
    if (this.reportedError !== null) return this.reportedError;
    if (result) return result.is_error ? describeResultError(result, this.setup.maxTurns) : null;
    return thrown === null ? engineError("response_incomplete", ENDED_EARLY_MESSAGE) : describeThrown(thrown);
  }

  private *onStreamEvent(message: SdkStreamEvent): Generator<EngineEvent> {
    const event = message.event;
    if (event.type === "message_start") {
      yield* this.closeStep(null);
      const id = (event as { message?: { id?: unknown } }).message?.id;
      this.streamed = { messageId: typeof id === "string" ? id : null, text: "" };
      return;
    }
    if (event.type !== "content_block_delta" || event.delta?.type !== "text_delta") return;
    const text = event.delta.text ?? "";
    if (text.length === 0) return;
    this.streamed.text += text;
    yield { type: "text-delta", text };
  }

  private *onAssistant(message: SdkAssistantMessage): Generator<EngineEvent> {
    if (message.error !== undefined) {
      // A synthetic message standing for a failure: its text is Claude Code's error, not the interviewer's.
      this.reportedError ??= describeReportedError(
        message.error,
        textOf(message.message.content),
        this.modelInUse,
      );
      return;
    }
    const messageId = message.message.id;
    if (this.step !== null && this.step.messageId !== messageId) yield* this.closeStep(null);
    this.step ??= { messageId, text: "", toolCalls: [], results: [] };
    for (const block of message.message.content) {
      if (block.type === "text") this.step.text += block.text;
      if (block.type === "tool_use") {
        this.step.toolCalls.push({ toolCallId: block.id, toolName: block.name, input: block.input });
        this.callNames.set(block.id, block.name);
        this.callInputs.set(block.id, block.input);
        const activity =
          this.setup.projectDir === undefined
            ? null
            : toolActivity(block.name, block.input, this.setup.projectDir);
        if (activity) yield activity;
      }
    }
    yield* this.unstreamedText(this.step);
  }

  /** Text that reached us only in the complete message (no stream events for it) is still shown. */
  private *unstreamedText(step: Step): Generator<EngineEvent> {
    // A stream that named no response is taken to be this one's.
    if (this.streamed.messageId === null) this.streamed.messageId = step.messageId;
    if (this.streamed.messageId !== step.messageId) this.streamed = { messageId: step.messageId, text: "" };
    if (!step.text.startsWith(this.streamed.text)) return;
    const rest = step.text.slice(this.streamed.text.length);
    if (rest.length === 0) return;
    this.streamed.text = step.text;
    yield { type: "text-delta", text: rest };
  }

  private onToolResults(message: SdkUserMessage): void {
    if (message.isReplay || this.step === null || typeof message.message.content === "string") return;
    for (const block of message.message.content) {
      if (block.type !== "tool_result") continue;
      // The question's call is answered by the person's next message, not by this refusal.
      if (block.tool_use_id === this.setup.state.question?.toolCallId) continue;
      const feedback = this.setup.state.feedback.get(block.tool_use_id);
      const output = resultText(block.content);
      const isError = block.is_error === true;
      // A call Specwright's checks denied (permission-handlers.ts) is a refusal, as a fact.
      const refused = isError ? this.setup.state.refusals.get(block.tool_use_id) : undefined;
      this.step.results.push({
        toolCallId: block.tool_use_id,
        toolName: this.callNames.get(block.tool_use_id) ?? "unknown",
        output: feedback === undefined ? output : `${output}\n\n${feedback}`,
        isError,
        ...(refused === undefined ? {} : { refused }),
      });
    }
  }

  /** Records the open step: the assistant entry, then its tool results if there are any. */
  private *closeStep(sessionCostUsd: number | null): Generator<EngineEvent> {
    const step = this.step;
    this.step = null;
    if (step === null || (step.text.length === 0 && step.toolCalls.length === 0)) return;
    const timestamp = this.setup.now().toISOString();
    const assistant: AssistantEntry = {
      role: "assistant",
      text: step.text,
      toolCalls: step.toolCalls,
      timestamp,
      meta: sessionMeta(this.sessionId, sessionCostUsd),
    };
    yield { type: "record", entry: assistant };
    if (step.results.length === 0) return;
    const tools: ToolEntry = { role: "tool", results: step.results, timestamp };
    yield { type: "record", entry: tools };
  }
}

function textOf(content: readonly SdkContentBlock[]): string {
  return content.map((block) => (block.type === "text" ? block.text : "")).join("");
}

function resultText(content: Extract<SdkContentBlock, { type: "tool_result" }>["content"]): string {
  if (content === undefined) return "";
  if (typeof content === "string") return content;
  return content.map((part) => (part.type === "text" ? (part.text ?? "") : `[${part.type}]`)).join("\n");
}
