import {
  type FakeProvider,
  type FakeProviderOptions,
  type Reply,
  startFakeProvider,
} from "../../test/support/fake-provider/index.js";

/** One model request as the provider saw it: from its reply being chosen to the response's end. */
export interface ProviderCall {
  startedAt: number;
  endedAt: number;
  requestBytes: number;
}

/**
 * The fake provider, answering from a queue the benchmark fills turn by turn, and
 * timing its side of every request. Its window starts once the request body is read
 * and ends when the response closes, so it holds the streaming itself (and whatever the
 * client does with each event meanwhile, as both run on one event loop).
 */
export class TimedProvider {
  readonly calls: ProviderCall[] = [];
  private readonly queue: Reply[] = [];
  private readonly open = new Set<Promise<unknown>>();

  private constructor(readonly server: FakeProvider) {}

  /**
   * `options.clock` runs the fake's prompt cache, for a benchmark that lets time pass
   * between turns; `options.local` makes it one of the servers people run models on at
   * home, with that server's context window and refusals.
   */
  static async start(options: Pick<FakeProviderOptions, "clock" | "local"> = {}): Promise<TimedProvider> {
    let self: TimedProvider | null = null;
    const server = await startFakeProvider({
      ...options,
      respond: (request) => {
        if (!self) throw new Error("a request came before the provider was ready");
        return self.answer(request.rawBody.length, server.responseEnd(request));
      },
    });
    self = new TimedProvider(server);
    return self;
  }

  get url(): string {
    return this.server.url;
  }

  push(...replies: Reply[]): void {
    this.queue.push(...replies);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Resolves once every response begun so far has ended, so its end time is known. */
  async settled(): Promise<void> {
    await Promise.all([...this.open]);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private answer(requestBytes: number, ended: Promise<unknown>): Reply {
    const next = this.queue.shift();
    if (!next) throw new Error("the benchmark's script ran out of replies");
    const call: ProviderCall = { startedAt: performance.now(), endedAt: Number.NaN, requestBytes };
    this.calls.push(call);
    const done = ended.then(() => {
      call.endedAt = performance.now();
      this.open.delete(done);
    });
    this.open.add(done);
    return next;
  }
}
