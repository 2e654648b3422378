/**
 * Many protocol clients in a process of their own, so that their work does not count
 * against the server's CPU and memory, driven by the benchmark through stdin and stdout:
 *
 *   node --import tsx bench/support/client-fleet-process.ts --url ws://127.0.0.1:PORT \
 *     --clients 100 --moves stream:2 [--ramp-ms 1000] [--project-prefix stream]
 *
 * 1. It opens every socket (at most `--connect-at-once` handshakes at a time) and prints
 *    `{"event":"connected"}`.
 * 2. On a `go` line it starts the interviews, spread evenly over `--ramp-ms` (or one
 *    after the other with `--one-at-a-time yes`), and prints
 *    `{"event":"idle"}` once every client has played its last move (the sessions are
 *    still live, the sockets still open).
 * 3. On a `close` line it closes the sockets and prints `{"event":"results", …}`: every
 *    client's turns and chunk latencies, summarised (fleet-results.ts).
 *
 * It exits when its stdin closes.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { nonNegativeInteger, positiveInteger, readFlags } from "./flags.js";
import { summarizeFleet } from "./fleet-results.js";
import { type PersonMove, standardInterview } from "./model-script.js";
import { StreamClient, streamMoves } from "./stream-client.js";

const flags = readFlags("node --import tsx bench/support/client-fleet-process.ts [options]", {
  url: { default: "", help: "the server's address, http://127.0.0.1:PORT" },
  clients: { default: "1", help: "clients, each on a project of its own" },
  moves: {
    default: "stream:2",
    help: "stream:<turns> (greeting and messages) or standard (the standard interview)",
  },
  "ramp-ms": { default: "0", help: "spread the clients' first moves over this long" },
  "one-at-a-time": { default: "no", help: "yes: each client plays all its moves before the next begins" },
  "connect-at-once": { default: "100", help: "WebSocket handshakes in flight at most" },
  "project-prefix": { default: "fleet", help: "project names are <prefix>-1, <prefix>-2, …" },
});
if (flags.url === "") throw new Error("--url is required");
const clientCount = positiveInteger("clients", flags.clients);
const rampMs = nonNegativeInteger("ramp-ms", flags["ramp-ms"]);
const oneAtATime = flags["one-at-a-time"] === "yes";
const connectAtOnce = positiveInteger("connect-at-once", flags["connect-at-once"]);
const moves: PersonMove[] = (() => {
  if (flags.moves === "standard") return standardInterview().map((turn) => turn.move);
  const turns = /^stream:(\d+)$/.exec(flags.moves)?.[1];
  if (turns === undefined) throw new Error(`--moves takes stream:<turns> or standard, not "${flags.moves}"`);
  return streamMoves(positiveInteger("moves", turns));
})();
const socketBase = `${flags.url.replace(/^http/, "ws")}/api/spec/ws/`;

const say = (value: object) => process.stdout.write(`${JSON.stringify(value)}\n`);
const lines = createInterface({ input: process.stdin });
const commands: string[] = [];
let wake: (() => void) | null = null;
lines.on("line", (line) => {
  commands.push(line.trim());
  wake?.();
});
lines.on("close", () => process.exit(0));

async function command(expected: string): Promise<void> {
  while (true) {
    const next = commands.shift();
    if (next === expected) return;
    if (next !== undefined) throw new Error(`the fleet expected "${expected}", not "${next}"`);
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = null;
  }
}

const clients: StreamClient[] = new Array(clientCount);
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(connectAtOnce, clientCount) }, async () => {
    while (next < clientCount) {
      const index = next++;
      clients[index] = await StreamClient.open(`${socketBase}${flags["project-prefix"]}-${index + 1}`);
    }
  }),
);
say({ event: "connected", clients: clientCount });

await command("go");
// The fleet's own event loop: a busy one delays every frame it receives, and so every latency it measures.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const startedUs = Number(process.hrtime.bigint() / 1000n);
if (oneAtATime) for (const client of clients) await client.play(moves);
else
  await Promise.all(
    clients.map(async (client, index) => {
      if (rampMs > 0 && clientCount > 1) await sleep((rampMs * index) / (clientCount - 1));
      await client.play(moves);
    }),
  );
loopDelay.disable();
say({ event: "idle" });

await command("close");
for (const client of clients) client.close();
say({
  event: "results",
  startedUs,
  ...summarizeFleet(clients.map((client) => client.record)),
  fleetLoopDelayMs: {
    p50: loopDelay.percentile(50) / 1e6,
    p99: loopDelay.percentile(99) / 1e6,
    max: loopDelay.max / 1e6,
  },
});
