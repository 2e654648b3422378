import { type RawData, WebSocket } from "ws";
import type { ServerFrame } from "../../src/types/wire.js";
import { type Stamp, StampReader } from "./chunk-stamp.js";
import type { PersonMove } from "./model-script.js";
import { answersFrom, QUICK_PERSON } from "./person.js";
import { sharedClockUs } from "./shared-clock.js";

/** One turn as the client saw it, on the shared clock (µs). */
export interface ClientTurn {
  sentUs: number;
  /** The first `text` frame of the turn, and the first stamp in the turn's text. */
  firstTextUs: number | null;
  firstStamp: Stamp | null;
  firstStampUs: number | null;
  doneUs: number;
  textFrames: number;
  frames: number;
}

/** Everything one client measured. */
export interface ClientRecord {
  connectUs: number;
  turns: ClientTurn[];
  /** Stamped chunk → client: received time minus the provider's write time, one per stamp. */
  chunkLatenciesUs: number[];
  errors: string[];
  complete: boolean;
}

/** The text a person sends in the `stream` conversation after the greeting: any message will do. */
export const STREAM_MESSAGE = "Tell me more about that, please.";

/** The moves of the `stream` conversation: the greeting, then `turns - 1` messages. */
export function streamMoves(turns: number): PersonMove[] {
  return [
    { kind: "start" },
    ...Array.from({ length: turns - 1 }, (): PersonMove => ({ kind: "message", text: STREAM_MESSAGE })),
  ];
}

/**
 * A protocol client on a real WebSocket that makes scripted moves, one turn at a time,
 * and times what comes back on the clock the provider stamps with: every `text` frame is
 * read for stamps as it arrives (stamps may be cut across frames; StampReader joins them).
 * An `answer` move takes the recommended option of the last question.
 */
export class StreamClient {
  readonly record: ClientRecord = {
    connectUs: 0,
    turns: [],
    chunkLatenciesUs: [],
    errors: [],
    complete: false,
  };
  private readonly stamps = new StampReader();
  private current: ClientTurn | null = null;
  private lastQuestion: Extract<ServerFrame, { type: "question" }> | null = null;
  private sawSpecComplete = false;
  private onTurnEnd: (() => void) | null = null;
  private closedBy: string | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (data: RawData) => this.receive(data));
    socket.on("close", () => {
      this.closedBy ??= "the server closed the socket";
      this.onTurnEnd?.();
    });
    socket.on("error", (error) => {
      this.closedBy = error.message;
    });
  }

  static async open(url: string): Promise<StreamClient> {
    const opening = sharedClockUs();
    // No compression, as the page's browser would negotiate by default with this server.
    const socket = new WebSocket(url, { perMessageDeflate: false });
    const client = new StreamClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    client.record.connectUs = sharedClockUs() - opening;
    return client;
  }

  /** Plays the moves in order, each after the last turn's `response_done`. */
  async play(moves: readonly PersonMove[]): Promise<void> {
    for (const move of moves) {
      if (this.closedBy !== null) {
        this.record.errors.push(this.closedBy);
        return;
      }
      await this.turn(this.frameFor(move));
    }
  }

  close(): void {
    this.closedBy = "closed by the client";
    this.socket.close();
  }

  private frameFor(move: PersonMove): unknown {
    if (move.kind === "start") return { type: "start" };
    if (move.kind === "message") return { type: "message", content: move.text };
    const question = this.lastQuestion;
    if (!question) throw new Error("an answer move with no question asked");
    return {
      type: "answer",
      tool_id: question.tool_id,
      answers: answersFrom(QUICK_PERSON, question.questions),
    };
  }

  private turn(frame: unknown): Promise<void> {
    return new Promise((resolve) => {
      this.current = {
        sentUs: sharedClockUs(),
        firstTextUs: null,
        firstStamp: null,
        firstStampUs: null,
        doneUs: 0,
        textFrames: 0,
        frames: 0,
      };
      this.sawSpecComplete = false;
      this.onTurnEnd = () => {
        this.onTurnEnd = null;
        if (this.current) {
          if (this.current.doneUs === 0) this.current.doneUs = sharedClockUs();
          this.record.turns.push(this.current);
        }
        this.current = null;
        resolve();
      };
      this.socket.send(JSON.stringify(frame));
    });
  }

  private receive(data: RawData): void {
    const receivedUs = sharedClockUs();
    const frame = JSON.parse(String(data)) as ServerFrame;
    const turn = this.current;
    if (frame.type === "complete") this.record.complete = true;
    if (!turn) return;
    turn.frames += 1;
    switch (frame.type) {
      case "text": {
        turn.textFrames += 1;
        turn.firstTextUs ??= receivedUs;
        for (const stamp of this.stamps.push(frame.content)) {
          this.record.chunkLatenciesUs.push(receivedUs - stamp.writeUs);
          if (turn.firstStamp === null) {
            turn.firstStamp = stamp;
            turn.firstStampUs = receivedUs;
          }
        }
        return;
      }
      case "question":
        this.lastQuestion = frame;
        return;
      case "error":
        this.record.errors.push(frame.content);
        return;
      case "spec_complete":
        this.sawSpecComplete = true;
        return;
      case "complete":
        // Sent right after the `response_done` of the turn that completed the spec.
        this.onTurnEnd?.();
        return;
      case "response_done":
        turn.doneUs = receivedUs;
        if (!this.sawSpecComplete) this.onTurnEnd?.();
        return;
      default:
        return;
    }
  }
}
