import type { WebSocket } from "ws";
import type { ServerFrame } from "../types/wire.js";

/** The `ws` library's name for an open socket's state (the same number as the browser's). */
const OPEN = 1;

/**
 * The frames on their way to one client. A frame is written to the socket as it comes,
 * except a `text` frame that comes while the socket is still busy with earlier frames:
 * it has unsent data, or a frame handed to it in this same pass of the event loop has
 * not been written out yet. That text is held, and the text frames after it are joined
 * to it, until the socket is done with its writes (then the joined text goes out at
 * once) or a frame of another kind comes (then the joined text goes out first, and that
 * frame right after it).
 *
 * A model streams many small deltas; a server that falls behind (or a client that reads
 * slowly) receives them in bursts, and relaying each as a frame of its own costs a
 * system call and the framing for every delta. Joined, the frames follow the sockets
 * rather than the chunks. A lone frame is never held, nothing is reordered, and text is
 * never joined across a frame of another kind; what a client shows, the concatenation
 * of its text frames' `content`, is the same either way.
 */
export class OutgoingFrames {
  /** Writes handed to the socket whose callback has not come yet. */
  private writing = 0;
  private held = "";
  private heldBytes = 0;
  /** Called by `ws` once a write is done (or can no longer be); one function for every write. */
  private readonly written = (): void => {
    this.writing -= 1;
    if (this.writing === 0) this.flush();
  };

  constructor(private readonly socket: WebSocket) {}

  /** What waits for the client: the socket's unsent bytes and the text held back. */
  get queuedBytes(): number {
    return this.socket.bufferedAmount + this.heldBytes;
  }

  send(frame: ServerFrame): void {
    if (frame.type === "text") {
      if (this.writing > 0 || this.heldBytes > 0) {
        this.held += frame.content;
        this.heldBytes += Buffer.byteLength(frame.content);
        return;
      }
    } else {
      this.flush();
    }
    this.write(JSON.stringify(frame));
  }

  /** Writes the held text now (before a close, say). */
  flush(): void {
    if (this.heldBytes === 0) return;
    const content = this.held;
    this.discard();
    if (this.socket.readyState === OPEN) this.write(JSON.stringify({ type: "text", content }));
  }

  /** Forgets the held text: the client is being let go. */
  discard(): void {
    this.held = "";
    this.heldBytes = 0;
  }

  private write(data: string): void {
    this.writing += 1;
    // `ws` calls back once the data is written out, or with an error once it cannot be (the socket closed).
    this.socket.send(data, this.written);
  }
}
