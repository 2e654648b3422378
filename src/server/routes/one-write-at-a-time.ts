/** The write under way for each project, in this process. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `write` once every earlier write to the same project from this server has
 * finished, so a check-then-write (an `If-Match`, a restore) is never interleaved with
 * another one. Other processes are kept out by the project's lock.
 */
export function oneWriteAtATime<T>(project: string, write: () => Promise<T>): Promise<T> {
  const previous = queues.get(project) ?? Promise.resolve();
  const result = previous.then(write, write);
  const settled = result.then(
    () => {},
    () => {},
  );
  queues.set(project, settled);
  void settled.then(() => {
    if (queues.get(project) === settled) queues.delete(project);
  });
  return result;
}
