import { type RawData, WebSocket } from "ws";
import type { ServerFrame } from "../../src/types/wire.js";
import { MAX_TURNS } from "./interview-in-process.js";
import { answersFrom, NOTHING_MORE, type Person } from "./person.js";

/** One client frame's round trip: until the server's first frame in reply, and until its turn ended. */
export interface FrameRoundTrip {
  firstFrameMs: number;
  responseDoneMs: number;
}

export interface SocketInterview {
  connectMs: number;
  roundTrips: FrameRoundTrip[];
  framesReceived: number;
  errors: string[];
  complete: boolean;
}

/**
 * A protocol client on a real socket that interviews `person` to the end: it sends
 * `start`, then an answer or a message after each turn, and times every frame it sends.
 */
export class InterviewClient {
  private readonly queue: ServerFrame[] = [];
  private wake: (() => void) | null = null;
  private closed = false;
  private sentAt = 0;
  private firstAt: number | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (data: RawData) => {
      this.firstAt ??= performance.now();
      this.queue.push(JSON.parse(String(data)) as ServerFrame);
      this.wake?.();
    });
    socket.on("close", () => {
      this.closed = true;
      this.wake?.();
    });
    socket.on("error", () => {});
  }

  static open(url: string): Promise<InterviewClient> {
    const socket = new WebSocket(url);
    const client = new InterviewClient(socket);
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(client));
      socket.once("error", reject);
    });
  }

  async interview(person: Person, connectMs: number): Promise<SocketInterview> {
    const result: SocketInterview = {
      connectMs,
      roundTrips: [],
      framesReceived: 0,
      errors: [],
      complete: false,
    };
    const lines = [...person.say];
    let frames = await this.turn({ type: "start" }, result);
    for (let turn = 0; turn < MAX_TURNS; turn++) {
      if (frames.some((frame) => frame.type === "complete")) {
        result.complete = true;
        break;
      }
      const question = frames.find((frame) => frame.type === "question");
      frames = await this.turn(
        question
          ? { type: "answer", tool_id: question.tool_id, answers: answersFrom(person, question.questions) }
          : { type: "message", content: lines.shift() ?? NOTHING_MORE },
        result,
      );
    }
    return result;
  }

  close(): void {
    this.socket.close();
  }

  /** Sends one frame and reads the turn it starts: up to `response_done`, and the `complete` after it. */
  private async turn(frame: unknown, result: SocketInterview): Promise<ServerFrame[]> {
    this.firstAt = null;
    this.sentAt = performance.now();
    this.socket.send(JSON.stringify(frame));
    const frames: ServerFrame[] = [];
    while (true) {
      const next = await this.next();
      frames.push(next);
      result.framesReceived++;
      if (next.type === "error") result.errors.push(next.content);
      if (next.type !== "response_done") continue;
      result.roundTrips.push({
        firstFrameMs: (this.firstAt ?? performance.now()) - this.sentAt,
        responseDoneMs: performance.now() - this.sentAt,
      });
      if (frames.some((candidate) => candidate.type === "spec_complete")) {
        const after = await this.next();
        frames.push(after);
        result.framesReceived++;
      }
      return frames;
    }
  }

  private async next(): Promise<ServerFrame> {
    while (this.queue.length === 0) {
      if (this.closed) throw new Error("the server closed the socket mid-interview");
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = null;
    }
    return this.queue.shift()!;
  }
}
