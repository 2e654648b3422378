/**
 * Loaded into `specwright serve` before it starts (`node --import`, see
 * relay-probe-control.ts), never imported by anything: it times the relay inside the
 * server without a hook in src/. For every stamped chunk (chunk-stamp.ts) it notes
 *
 * - when the server read those bytes from the provider's socket: the moment Node hands
 *   them to the socket's stream (`push`, right after the kernel's read), on sockets the
 *   server opened itself (`net.client.socket`, which undici's connections go through).
 *   Wrapping `push` on those sockets alone leaves undici's reading as it was (it stays
 *   in paused mode, reading on `readable`);
 * - when the frame carrying that stamp was handed to a client's socket
 *   (`net.Socket.prototype.write`, which `ws` writes every frame through), the first
 *   time only: later requests to the provider carry the same text back.
 *
 * Both on the shared clock (process.hrtime, shared-clock.ts), so the provider's own write
 * time, in the stamp, can be set beside them. The event loop's delay and utilization
 * are kept too: a chunk waits in the kernel while the loop is busy, and that wait is
 * not in the read → write time. On SIGUSR2 it writes what it has to
 * `$SPECWRIGHT_BENCH_PROBE_DIR/relay-<n>.json` (n = 1, 2, …) and starts again, so a
 * benchmark can cut the server's life into rounds.
 *
 * A stamp cut by a read's end is joined with the next read; one cut by HTTP's chunked
 * framing would be missed, but the paced provider writes each event whole, so its
 * framing only ever surrounds whole stamps.
 *
 * It is turned into JavaScript on its own (relay-probe-control.ts), so it imports only
 * Node's modules, and it spells the stamp's format out again rather than import it.
 */
import { subscribe } from "node:diagnostics_channel";
import { renameSync, writeFileSync } from "node:fs";
import { Socket } from "node:net";
import { join } from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";

/** `~a<16 digits>w<16 digits>~`, as chunk-stamp.ts writes it. */
const STAMP_LENGTH = 36;
const OPEN = "~a";
const OPEN_BYTES = Buffer.from(OPEN, "latin1");
const W = "w".charCodeAt(0);
const TILDE = "~".charCodeAt(0);
/** Where the arrival's and the write time's digits are in a key (the stamp without `~a` and the closing `~`). */
const KEY_ARRIVAL_END = 16;
const KEY_WRITE_AT = 17;

const dir = process.env.SPECWRIGHT_BENCH_PROBE_DIR;

function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** Stamps read from the provider and not yet relayed: key → when the server read them. */
const pending = new Map<string, number>();
/** One entry per relayed stamp, in four columns (µs on the shared clock). */
let arrivalUs: number[] = [];
let providerWriteUs: number[] = [];
let readUs: number[] = [];
let sentUs: number[] = [];

const providerSockets = new WeakSet<Socket>();
/** The start of a stamp cut off by the end of the last read, per socket. */
const tails = new WeakMap<Socket, Buffer>();

function scanRead(socket: Socket, chunk: Buffer): void {
  let buffer = chunk;
  const tail = tails.get(socket);
  if (tail) {
    tails.delete(socket);
    buffer = Buffer.concat([tail, chunk]);
  }
  let at = buffer.indexOf(OPEN_BYTES);
  let time = 0;
  while (at >= 0) {
    if (at + STAMP_LENGTH > buffer.length) {
      tails.set(socket, Buffer.from(buffer.subarray(at)));
      return;
    }
    if (buffer[at + 18] === W && buffer[at + STAMP_LENGTH - 1] === TILDE) {
      if (time === 0) time = nowUs();
      pending.set(buffer.toString("latin1", at + 2, at + STAMP_LENGTH - 1), time);
    }
    at = buffer.indexOf(OPEN_BYTES, at + 2);
  }
  // A read that ends on the stamp's first character.
  if (buffer.length > 0 && buffer[buffer.length - 1] === TILDE)
    tails.set(socket, Buffer.from(buffer.subarray(-1)));
}

function scanWritten(data: unknown): void {
  let text: string;
  if (typeof data === "string") text = data;
  else if (data instanceof Uint8Array) {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (bytes.indexOf(OPEN_BYTES) < 0) return;
    text = bytes.toString("latin1");
  } else return;
  let at = text.indexOf(OPEN);
  let time = 0;
  while (at >= 0 && at + STAMP_LENGTH <= text.length) {
    const key = text.slice(at + 2, at + STAMP_LENGTH - 1);
    const read = pending.get(key);
    if (read !== undefined) {
      if (time === 0) time = nowUs();
      pending.delete(key);
      arrivalUs.push(Number(key.slice(0, KEY_ARRIVAL_END)));
      providerWriteUs.push(Number(key.slice(KEY_WRITE_AT)));
      readUs.push(read);
      sentUs.push(time);
    }
    at = text.indexOf(OPEN, at + 2);
  }
}

if (dir) {
  subscribe("net.client.socket", (message) => {
    const { socket } = message as { socket: Socket };
    providerSockets.add(socket);
    const push = socket.push;
    socket.push = function (this: Socket, chunk: unknown, encoding?: BufferEncoding): boolean {
      if (Buffer.isBuffer(chunk)) scanRead(this, chunk);
      return push.call(this, chunk, encoding);
    };
  });

  const write = Socket.prototype.write as (this: Socket, ...args: unknown[]) => boolean;
  Socket.prototype.write = function (this: Socket, ...args: unknown[]): boolean {
    if (pending.size > 0 && !providerSockets.has(this)) scanWritten(args[0]);
    return write.apply(this, args);
  } as typeof Socket.prototype.write;

  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let utilizationSince = performance.eventLoopUtilization();
  let since = nowUs();
  let dumps = 0;

  process.on("SIGUSR2", () => {
    const ms = (ns: number) => Math.round(ns / 1000) / 1000;
    dumps += 1;
    const dump = {
      pid: process.pid,
      fromUs: since,
      toUs: nowUs(),
      arrivalUs,
      providerWriteUs,
      readUs,
      sentUs,
      /** Stamps read but never seen on a client's socket (a turn stopped part way, say). */
      unsent: pending.size,
      /** How late the loop's timers ran (monitorEventLoopDelay at a 10 ms resolution), ms. */
      loopDelayMs: {
        count: loopDelay.count,
        p50: ms(loopDelay.percentile(50)),
        p90: ms(loopDelay.percentile(90)),
        p99: ms(loopDelay.percentile(99)),
        max: ms(loopDelay.max),
        mean: ms(loopDelay.mean),
      },
      /** The share of the time the loop was busy. */
      loopUtilization:
        Math.round(performance.eventLoopUtilization(utilizationSince).utilization * 1000) / 1000,
    };
    const file = join(dir, `relay-${dumps}.json`);
    writeFileSync(`${file}.partial`, JSON.stringify(dump));
    renameSync(`${file}.partial`, file);
    arrivalUs = [];
    providerWriteUs = [];
    readUs = [];
    sentUs = [];
    pending.clear();
    loopDelay.reset();
    utilizationSince = performance.eventLoopUtilization();
    since = nowUs();
  });
}
