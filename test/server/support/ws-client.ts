import { type RawData, WebSocket } from "ws";
import type { Question } from "../../../src/types/questions.js";
import type { ServerFrame } from "../../../src/types/wire.js";

export interface CloseInfo {
  code: number;
  reason: string;
}

/**
 * A protocol client over a real socket: frames are queued as they arrive and read in
 * order, so a test states exactly which frames came and in what order.
 */
export class TestClient {
  readonly received: ServerFrame[] = [];
  private readonly queue: ServerFrame[] = [];
  private wake: (() => void) | null = null;
  private closeInfo: CloseInfo | null = null;
  readonly closed: Promise<CloseInfo>;

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data: RawData) => {
      const frame = JSON.parse(String(data)) as ServerFrame;
      this.received.push(frame);
      this.queue.push(frame);
      this.wake?.();
    });
    this.closed = new Promise((resolve) => {
      socket.on("close", (code: number, reason: Buffer) => {
        this.closeInfo = { code, reason: reason.toString() };
        this.wake?.();
        resolve(this.closeInfo);
      });
    });
    // A refused socket reports an error before it closes; the test reads the close.
    socket.on("error", () => {});
  }

  /**
   * Opens a socket and waits for the handshake; rejects with the HTTP status of a refusal.
   * `localAddress` connects from another loopback address (127.0.0.2, say), as a second machine would.
   */
  static open(
    url: string,
    headers: Record<string, string> = {},
    options: { localAddress?: string } = {},
  ): Promise<TestClient> {
    const socket = new WebSocket(url, { headers, ...options });
    const client = new TestClient(socket);
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(client));
      socket.once("unexpected-response", (_request, response) => {
        reject(new Error(`Unexpected server response: ${response.statusCode}`));
        socket.terminate();
      });
      socket.once("error", reject);
    });
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  sendBinary(bytes: Uint8Array): void {
    this.socket.send(bytes, { binary: true });
  }

  /** The next frame; null once the socket has closed and every frame was read. */
  async next(): Promise<ServerFrame | null> {
    while (this.queue.length === 0) {
      if (this.closeInfo) return null;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = null;
    }
    return this.queue.shift()!;
  }

  async nextFrame(): Promise<ServerFrame> {
    const frame = await this.next();
    if (!frame) throw new Error(`socket closed: ${JSON.stringify(this.closeInfo)}`);
    return frame;
  }

  /** Frames up to `response_done`, and the `complete` that follows it in a turn that finished the spec. */
  async turn(): Promise<ServerFrame[]> {
    const frames: ServerFrame[] = [];
    while (true) {
      const frame = await this.nextFrame();
      frames.push(frame);
      if (frame.type !== "response_done") continue;
      if (frames.some((candidate) => candidate.type === "spec_complete")) frames.push(await this.nextFrame());
      return frames;
    }
  }

  /** Sends a ping and returns every frame that came before the pong: "nothing else" made checkable. */
  async framesBeforePong(): Promise<ServerFrame[]> {
    this.send({ type: "ping" });
    const frames: ServerFrame[] = [];
    for (let frame = await this.nextFrame(); frame.type !== "pong"; frame = await this.nextFrame())
      frames.push(frame);
    return frames;
  }

  close(): void {
    this.socket.close();
  }

  terminate(): void {
    this.socket.terminate();
  }
}

export function typesOf(frames: readonly ServerFrame[]): string[] {
  return frames.map((frame) => frame.type);
}

export function textOf(frames: readonly ServerFrame[]): string {
  return frames.map((frame) => (frame.type === "text" ? frame.content : "")).join("");
}

/** A person who picks the first option of each question and says the next line otherwise. */
export async function interviewToCompletion(client: TestClient, lines: string[]): Promise<ServerFrame[]> {
  const say = [...lines];
  const all: ServerFrame[] = [];
  client.send({ type: "start" });
  for (let turn = 0; turn < 80; turn++) {
    const frames = await client.turn();
    all.push(...frames);
    if (frames.some((frame) => frame.type === "complete")) return all;
    const question = frames.find((frame) => frame.type === "question");
    if (question)
      client.send({ type: "answer", tool_id: question.tool_id, answers: firstOptions(question.questions) });
    else client.send({ type: "message", content: say.shift() ?? "Nothing more to add." });
  }
  throw new Error(`the interview did not complete; last frames: ${JSON.stringify(all.slice(-5))}`);
}

function firstOptions(questions: Question[]): Record<string, string | string[]> {
  return Object.fromEntries(
    questions.map((question, index) => {
      const label = question.options[0]?.label ?? "Yes";
      return [String(index), question.multiSelect ? [label] : label];
    }),
  );
}

/** What a person says about their app idea, in the guided interview's quick mode. */
export const RECIPE_IDEA = [
  "A recipe app for home cooks. People save their recipes, plan weekly meals and generate shopping lists from the meal plan.",
  "I open the app, pick recipes for each day of the week, and then get one shopping list for the whole week.",
  "Recipes with ingredients and steps, weekly meal plans, and shopping lists.",
  "Scale a recipe to a different number of servings.",
];
