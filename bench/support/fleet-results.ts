import { percentile, rounded, summarize } from "./stats.js";
import type { ClientRecord } from "./stream-client.js";

/** Tail percentiles of a set of latencies, in ms. */
export interface Tail {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function tailOf(samplesMs: readonly number[]): Tail {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p90: round(percentile(sorted, 0.9)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? Number.NaN),
    mean: round(sorted.length === 0 ? Number.NaN : total / sorted.length),
  };
}

const ms = (us: number) => us / 1000;

/**
 * What a fleet of clients measured, in ms, ready for a results file:
 * - `sessionStart`: `start` sent → first `text` frame; the provider's own part of it (its
 *   first chunk's write time minus the time it had read the request, both stamped in the
 *   chunk); and the difference, Specwright's part, counted to the frame that brought the
 *   first stamp, and that part in two: until the provider had read the request (the
 *   session made, the request built and sent), and the first chunk's relay;
 * - `chunkLatency`: for every stamped chunk, the provider's write → the client's receipt;
 * - the turns' round trips, the connections, and the errors.
 */
export function summarizeFleet(records: readonly ClientRecord[]) {
  const firstTurns = records.flatMap((record) => (record.turns[0] ? [record.turns[0]] : []));
  const laterTurns = records.flatMap((record) => record.turns.slice(1));
  const stamped = (turns: typeof firstTurns) =>
    turns.flatMap((turn) =>
      turn.firstStamp && turn.firstStampUs !== null
        ? [
            {
              provider: ms(turn.firstStamp.writeUs - turn.firstStamp.arrivalUs),
              overhead: ms(
                turn.firstStampUs - turn.sentUs - (turn.firstStamp.writeUs - turn.firstStamp.arrivalUs),
              ),
              beforeRequest: ms(turn.firstStamp.arrivalUs - turn.sentUs),
              firstChunkRelay: ms(turn.firstStampUs - turn.firstStamp.writeUs),
            },
          ]
        : [],
    );
  const startStamped = stamped(firstTurns);
  const laterStamped = stamped(laterTurns);
  const allTurns = records.flatMap((record) => record.turns);
  const errors = records.flatMap((record) => record.errors);
  return {
    clients: records.length,
    completeSpecs: records.filter((record) => record.complete).length,
    errorCount: errors.length,
    firstErrors: [...new Set(errors)].slice(0, 3),
    turns: allTurns.length,
    textFrames: allTurns.reduce((sum, turn) => sum + turn.textFrames, 0),
    frames: allTurns.reduce((sum, turn) => sum + turn.frames, 0),
    firstSentUs: Math.min(...allTurns.map((turn) => turn.sentUs)),
    lastDoneUs: Math.max(...allTurns.map((turn) => turn.doneUs)),
    connectMs: rounded(summarize(records.map((record) => ms(record.connectUs)))),
    sessionStart: {
      toFirstTextMs: tailOf(
        firstTurns.flatMap((turn) => (turn.firstTextUs === null ? [] : [ms(turn.firstTextUs - turn.sentUs)])),
      ),
      providerFirstTokenMs: tailOf(startStamped.map((entry) => entry.provider)),
      overheadMs: tailOf(startStamped.map((entry) => entry.overhead)),
      /** Specwright's part in two: the client's frame → the provider has read the request; the first chunk's relay. */
      untilRequestReadMs: tailOf(startStamped.map((entry) => entry.beforeRequest)),
      firstChunkRelayMs: tailOf(startStamped.map((entry) => entry.firstChunkRelay)),
    },
    laterTurnFirstText: {
      providerFirstTokenMs: tailOf(laterStamped.map((entry) => entry.provider)),
      overheadMs: tailOf(laterStamped.map((entry) => entry.overhead)),
      untilRequestReadMs: tailOf(laterStamped.map((entry) => entry.beforeRequest)),
    },
    turnMs: tailOf(allTurns.map((turn) => ms(turn.doneUs - turn.sentUs))),
    chunkLatencyMs: tailOf(records.flatMap((record) => record.chunkLatenciesUs.map(ms))),
  };
}

export type FleetSummary = ReturnType<typeof summarizeFleet>;

export type FleetResults = FleetSummary & {
  startedUs: number;
  fleetLoopDelayMs: { p50: number; p99: number; max: number };
};
