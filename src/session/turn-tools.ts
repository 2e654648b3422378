import { NOT_RUN_OUTPUT } from "../engines/stopped-calls.js";
import type { ProgressListener, ProjectTools, ToolOutcome, ToolProgress } from "../workspace/index.js";

/**
 * A project's tools as one turn hands them to its engine. Once the person stops the
 * turn (or the turn is over) no further call runs, whatever the engine does: each gets
 * the "not run" result instead, so an engine that ignores the stop, or is left behind
 * still going, writes nothing more. The calls already running are counted, so the turn
 * can wait for them before it says it is done. `afterCall` hears the outcome of each
 * call that ran the moment it returns, before the engine does, and so does it of each
 * write an engine made with tools of its own (`afterOwnWrite`): that is how a spec file
 * on disk is reported at once, from the facts of the outcome, before anything the
 * engine says next. `onProgress` hears what a call is doing part way (the app spec
 * being checked after a write), while the turn is open: the engine need not pass it on.
 */
export class TurnTools implements ProjectTools {
  readonly projectDir: string;
  private running = 0;
  private open = true;
  private waiters: (() => void)[] = [];
  /** Outcomes are told one at a time, in the order the calls returned. */
  private telling: Promise<void> = Promise.resolve();

  constructor(
    private readonly inner: ProjectTools,
    private readonly signal: AbortSignal,
    private readonly afterCall: (outcome: ToolOutcome) => Promise<void>,
    private readonly onProgress: ProgressListener = () => {},
  ) {
    this.projectDir = inner.projectDir;
  }

  /** The progress an engine's listener hears (if it gave one), and the turn's, while the turn runs. */
  private progressFor(engines?: ProgressListener): ProgressListener {
    return (progress: ToolProgress) => {
      engines?.(progress);
      // A stopped turn is winding down: what a call still running does is not news.
      if (this.open && !this.signal.aborted) this.onProgress(progress);
    };
  }

  run(toolName: string, input: unknown, progress?: ProgressListener): Promise<ToolOutcome> {
    return this.gated(async () => {
      const outcome = await this.inner.run(toolName, input, this.progressFor(progress));
      // Reported even when the stop came while it ran: the file is on disk all the same.
      await this.tell(outcome);
      return outcome;
    });
  }

  async beforeOwnWrite(toolName: string, input: unknown): Promise<string | null> {
    if (!this.open || this.signal.aborted) return NOT_RUN_OUTPUT;
    return this.counted(() => this.inner.beforeOwnWrite(toolName, input));
  }

  /** Never refused: the engine has written the file already, so what it did is told all the same. */
  afterOwnWrite(toolName: string, input: unknown, progress?: ProgressListener): Promise<ToolOutcome> {
    return this.counted(async () => {
      const outcome = await this.inner.afterOwnWrite(toolName, input, this.progressFor(progress));
      await this.tell(outcome);
      return outcome;
    });
  }

  saveFile(relativePath: string, bytes: Uint8Array): Promise<ToolOutcome> {
    return this.gated(() => this.inner.saveFile(relativePath, bytes));
  }

  /** The turn is over: no call starts from now on. */
  close(): void {
    this.open = false;
  }

  /** Resolves once no call is running, or after `timeoutMs`, whichever comes first. */
  async settled(timeoutMs: number): Promise<void> {
    if (this.running === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.waiters.push(resolve);
      timer = setTimeout(resolve, timeoutMs);
    });
    clearTimeout(timer);
  }

  /**
   * Hands an outcome to `afterCall` once those before it were handled: an engine that
   * runs calls side by side (Claude Code may) still has each write's frames made whole,
   * one write after the other.
   */
  private tell(outcome: ToolOutcome): Promise<void> {
    const told = this.telling.then(() => (this.open ? this.afterCall(outcome) : undefined));
    this.telling = told.catch(() => {});
    return told;
  }

  private async gated(call: () => Promise<ToolOutcome>): Promise<ToolOutcome> {
    if (!this.open || this.signal.aborted) return { output: NOT_RUN_OUTPUT, isError: true };
    return this.counted(call);
  }

  private async counted<T>(call: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await call();
    } finally {
      this.running--;
      if (this.running === 0) for (const resolve of this.waiters.splice(0)) resolve();
    }
  }
}
