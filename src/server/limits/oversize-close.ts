import WebSocket from "ws";

/** The close code for a frame larger than the server accepts (RFC 6455). */
export const MESSAGE_TOO_BIG = 1009;

/**
 * The socket class the WebSocket server builds. `ws` closes a connection whose frame is
 * over `maxPayload` with code 1009 and no reason; this one says what the limit is, so a
 * client can tell the person rather than show a bare number.
 */
export function webSocketClassFor(maxFrameBytes: number): typeof WebSocket {
  const reason = `Frame too large: at most ${maxFrameBytes} bytes`;
  class LimitedWebSocket extends WebSocket {
    override close(code?: number, data?: string | Buffer): void {
      super.close(code, code === MESSAGE_TOO_BIG && data === undefined ? reason : data);
    }
  }
  return LimitedWebSocket;
}
