import type {
  AssistantModelMessage,
  ImagePart,
  ModelMessage,
  TextPart,
  ToolCallPart,
  ToolResultPart,
} from "ai";
import type { StoredAttachment } from "../../types/attachments.js";
import type {
  AssistantEntry,
  ThinkingBlock,
  ToolCall,
  ToolResult,
  Transcript,
  UserEntry,
} from "../../types/transcript.js";
import { QUESTION_TOOL } from "../../workspace/index.js";
import type { FittedImage } from "./image-fit.js";

/** The result a tool call gets when its turn ended before the tool ran. */
export const CANCELLED_TOOL_RESULT = "The turn was cancelled before this tool ran.";

export interface MessageOptions {
  /** False once the model has refused images: attachments are then named in text instead. */
  imagesAccepted: boolean;
  /** The model the messages are for: only its own thinking is sent back to it. */
  modelId?: string;
  /** Images to send smaller or leave out, keyed by their base64 data (image-fit.ts). */
  imageReplacements?: ReadonlyMap<string, FittedImage>;
}

/**
 * Turns the provider-neutral transcript into the SDK's messages, keeping the pairing
 * every provider insists on: each tool call is followed by exactly one result. The
 * person's reply to a structured question is that question's result; a call whose turn
 * was cancelled gets a result saying so.
 */
export function transcriptToMessages(transcript: Transcript, options: MessageOptions): ModelMessage[] {
  const list = new MessageList(options);
  const keepsThinking = thinkingKept(transcript, options);
  for (const [index, entry] of transcript.entries()) {
    if (entry.role === "assistant") {
      list.closeOpenCalls();
      const thinking = keepsThinking(entry, index) ? (entry.thinking ?? []) : [];
      list.addAssistant(entry.text, entry.interrupted ? [] : entry.toolCalls, thinking);
    } else if (entry.role === "tool") {
      list.addToolResults(entry.results);
    } else {
      list.addUser(entry);
    }
  }
  list.closeOpenCalls();
  return list.messages;
}

class MessageList {
  readonly messages: ModelMessage[] = [];
  /** Calls of the latest assistant message that have no result yet, in call order. */
  private openCalls: ToolCall[] = [];

  constructor(private readonly options: MessageOptions) {}

  addAssistant(text: string, toolCalls: readonly ToolCall[], thinking: readonly ThinkingBlock[]): void {
    const content: AssistantModelMessage["content"] = [];
    for (const block of thinking) {
      const part = reasoningPart(block);
      if (part) content.push(part);
    }
    if (text.length > 0) content.push({ type: "text", text });
    for (const call of toolCalls) content.push(toolCallPart(call));
    if (content.length > 0) this.messages.push({ role: "assistant", content });
    this.openCalls = [...toolCalls];
  }

  addToolResults(results: readonly ToolResult[]): void {
    const parts: ToolResultPart[] = [];
    for (const result of results) {
      const call = this.takeOpenCall((candidate) => candidate.toolCallId === result.toolCallId);
      if (call) parts.push(resultPart(call, result.output, result.isError));
    }
    this.pushToolParts(parts);
  }

  addUser(entry: UserEntry): void {
    const question = this.takeQuestionAnsweredBy(entry);
    if (question) this.pushToolParts([resultPart(question, entry.text, false)]);
    this.closeOpenCalls();
    const content: Array<TextPart | ImagePart> = [];
    if (!question && entry.text.length > 0) content.push({ type: "text", text: entry.text });
    content.push(...this.attachmentParts(entry.attachments ?? []));
    if (content.length > 0) this.messages.push({ role: "user", content });
  }

  /** Gives every call still without a result the cancelled result. */
  closeOpenCalls(): void {
    const parts = this.openCalls.map((call) => resultPart(call, CANCELLED_TOOL_RESULT, true));
    this.openCalls = [];
    this.pushToolParts(parts);
  }

  /** The open question this entry replies to: the one its answer names, else the first one asked. */
  private takeQuestionAnsweredBy(entry: UserEntry): ToolCall | undefined {
    const isQuestion = (call: ToolCall) => call.toolName === QUESTION_TOOL;
    const named = entry.answer?.toolCallId;
    return (
      this.takeOpenCall((call) => isQuestion(call) && call.toolCallId === named) ??
      this.takeOpenCall(isQuestion)
    );
  }

  private takeOpenCall(matches: (call: ToolCall) => boolean): ToolCall | undefined {
    const index = this.openCalls.findIndex(matches);
    if (index < 0) return undefined;
    return this.openCalls.splice(index, 1)[0];
  }

  /** Results of one assistant message travel together, even when they arrive in several entries. */
  private pushToolParts(parts: ToolResultPart[]): void {
    if (parts.length === 0) return;
    const last = this.messages.at(-1);
    if (last?.role === "tool") last.content.push(...parts);
    else this.messages.push({ role: "tool", content: parts });
  }

  private attachmentParts(attachments: readonly StoredAttachment[]): Array<TextPart | ImagePart> {
    return attachments.map((attachment): TextPart | ImagePart => {
      if (!this.options.imagesAccepted)
        return {
          type: "text",
          text: `[Image ${attachment.savedAs ?? attachment.filename} was attached, but this model cannot see images.]`,
        };
      const replacement = this.options.imageReplacements?.get(attachment.base64Data);
      if (replacement && "leftOut" in replacement) return { type: "text", text: replacement.leftOut };
      const image = replacement ?? attachment;
      return { type: "image", image: image.base64Data, mediaType: image.mimeType };
    });
  }
}

/**
 * Which assistant entries keep their thinking. Anthropic wants the thinking of the
 * assistant message whose tool calls are being answered sent back unchanged, and lets
 * a client drop the thinking of earlier turns
 * (https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking#extended-thinking-with-tool-use).
 * Thinking goes back only to the model that wrote it (a signature means nothing to
 * another), and, once the history had to change under it (images left out), only for
 * the tool loop still running: from the person's last message that was not an answer.
 */
function thinkingKept(
  transcript: Transcript,
  options: MessageOptions,
): (entry: AssistantEntry, index: number) => boolean {
  const historyChanged =
    !options.imagesAccepted &&
    transcript.some((entry) => entry.role === "user" && (entry.attachments?.length ?? 0) > 0);
  const loopStart = transcript.findLastIndex((entry) => entry.role === "user" && !entry.answer);
  return (entry, index) =>
    entry.thinking !== undefined &&
    options.modelId !== undefined &&
    entry.model === options.modelId &&
    (!historyChanged || index > loopStart);
}

/** A thinking block as the SDK sends it back to Anthropic; null for one it could not verify. */
type ReasoningPart = Extract<
  Exclude<AssistantModelMessage["content"], string>[number],
  { type: "reasoning" }
>;

function reasoningPart(block: ThinkingBlock): ReasoningPart | null {
  if (block.redactedData !== undefined)
    return {
      type: "reasoning",
      text: "",
      providerOptions: { anthropic: { redactedData: block.redactedData } },
    };
  if (block.signature !== undefined)
    return {
      type: "reasoning",
      text: block.text,
      providerOptions: { anthropic: { signature: block.signature } },
    };
  return null;
}

function toolCallPart(call: ToolCall): ToolCallPart {
  // Providers want an object as tool input; input that never parsed is shown as empty,
  // and the error result that follows tells the model what was wrong with it.
  const input =
    typeof call.input === "object" && call.input !== null && !Array.isArray(call.input) ? call.input : {};
  return { type: "tool-call", toolCallId: call.toolCallId, toolName: call.toolName, input };
}

function resultPart(call: ToolCall, text: string, isError: boolean): ToolResultPart {
  return {
    type: "tool-result",
    toolCallId: call.toolCallId,
    toolName: call.toolName,
    output: isError ? { type: "error-text", value: text } : { type: "text", value: text },
  };
}

/** Whether any message carries an image, so a refusal can be blamed on the images. */
export function messagesHaveImages(messages: readonly ModelMessage[]): boolean {
  return messages.some(
    (message) =>
      message.role === "user" &&
      Array.isArray(message.content) &&
      message.content.some((part) => part.type === "image"),
  );
}
