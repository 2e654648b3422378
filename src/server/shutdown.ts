import { GOING_AWAY } from "./connection.js";
import type { IdleReaper } from "./limits/idle-reaper.js";
import type { ServerContext } from "./server-context.js";

/** Resolves when `work` does or after `ms`, whichever is first; answers whether the work finished. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const finished = await Promise.race([work.then(() => true), timeout]);
  clearTimeout(timer);
  return finished;
}

/**
 * Winds the WebSocket side down before the HTTP server closes: new frames are refused,
 * running turns are cancelled and allowed to send their `response_done`, sessions are
 * closed, then every socket is closed with 1001 ("going away"). Each wait is bounded,
 * so a stuck engine or a silent client cannot hold the shutdown.
 */
export async function drainForShutdown(context: ServerContext, reaper: IdleReaper): Promise<void> {
  if (context.shuttingDown) return;
  context.shuttingDown = true;
  reaper.stop();
  const { registry, connections, log, settings } = context;
  const budgetMs = settings.limits.shutdownTimeoutMs;
  const running = registry.list().filter((name) => registry.get(name)?.isBusy());
  log.info(
    { event: "shutdown_started", runningTurns: running.length, connections: connections.size },
    "shutting down",
  );
  for (const name of running) registry.get(name)?.cancel();
  const turnsEnded = await within(
    Promise.all([...connections].map((connection) => connection.idle())),
    budgetMs * 0.4,
  );
  if (!turnsEnded) log.warn({ event: "shutdown_turns_timeout" }, "some turns did not end in time");
  await within(registry.cleanupAll(), budgetMs * 0.3);
  const open = [...connections];
  for (const connection of open) connection.close(GOING_AWAY, "Server shutting down");
  const socketsClosed = await within(
    Promise.all(open.map((connection) => connection.closed)),
    budgetMs * 0.1,
  );
  if (!socketsClosed) for (const connection of connections) connection.terminate();
}
