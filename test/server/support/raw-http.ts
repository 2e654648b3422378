import { randomBytes } from "node:crypto";
import { request } from "node:http";
import type { Socket } from "node:net";

/**
 * Requests sent with the path exactly as written. `fetch` and the `ws` client resolve
 * `..` and `%2e%2e` before sending, so they cannot show what the server does with them.
 */
export function rawRequest(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: "127.0.0.1", port, method, path, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export interface RawUpgrade {
  /** 101 when the upgrade was accepted. */
  status: number;
  /** Text frames the server sent before closing. */
  texts: string[];
  closeCode: number | null;
  closeReason: string;
}

/** A WebSocket upgrade on a raw path: the server's text frames up to its close frame. */
export function rawUpgrade(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawUpgrade> {
  return new Promise((resolve, reject) => {
    const outgoing = request({
      host: "127.0.0.1",
      port,
      path,
      headers: {
        connection: "Upgrade",
        upgrade: "websocket",
        "sec-websocket-version": "13",
        "sec-websocket-key": randomBytes(16).toString("base64"),
        ...headers,
      },
    });
    outgoing.on("response", (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, texts: [], closeCode: null, closeReason: "" });
    });
    outgoing.on("upgrade", (response, socket: Socket, head: Buffer) => {
      const result: RawUpgrade = {
        status: response.statusCode ?? 0,
        texts: [],
        closeCode: null,
        closeReason: "",
      };
      let buffer = head;
      const read = (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (let frame = nextFrame(buffer); frame; frame = nextFrame(buffer)) {
          buffer = buffer.subarray(frame.length);
          if (frame.opcode === 0x1) result.texts.push(frame.payload.toString("utf8"));
          if (frame.opcode === 0x8) {
            result.closeCode = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : null;
            result.closeReason = frame.payload.subarray(2).toString("utf8");
            socket.destroy();
            return resolve(result);
          }
        }
      };
      socket.on("data", read);
      socket.on("close", () => resolve(result));
      read(Buffer.alloc(0));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** One unmasked frame from the server (payloads here are small), or null until all of it arrived. */
function nextFrame(buffer: Buffer): { opcode: number; payload: Buffer; length: number } | null {
  if (buffer.length < 2) return null;
  const opcode = buffer[0]! & 0x0f;
  let length = buffer[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return null;
    length = buffer.readUInt16BE(2);
    offset = 4;
  }
  if (buffer.length < offset + length) return null;
  return { opcode, payload: buffer.subarray(offset, offset + length), length: offset + length };
}
