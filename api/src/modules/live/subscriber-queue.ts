import { GraphQLError } from 'graphql';

/**
 * The events one watcher has not taken yet. Publishing only pushes here and
 * never waits: the watcher's own loop (graphql-ws sending to its socket) pulls
 * at whatever pace its network allows. A watcher that falls more than `limit`
 * deliveries behind is cut off with an error instead of growing the server's
 * memory or holding anyone else back; its client subscribes again and reloads.
 *
 * The limit counts deliveries (one per published event), not items, so one
 * big batch of reports never overflows a watcher that keeps up.
 */
export class SubscriberQueue<T> implements AsyncIterableIterator<T> {
  /** Deliveries not yet fully taken; the arrays are shared with other watchers, so never changed here. */
  private readonly pending: (readonly T[])[] = [];
  /** How far into pending[0] the watcher has read. */
  private position = 0;
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | null = null;
  private failure: Error | null = null;
  private done = false;

  constructor(
    private readonly limit: number,
    /** Called once when the queue ends, however it ends (unsubscribes from the hub). */
    private readonly onEnd: () => void,
  ) {}

  /** Adds one delivery; returns false when the watcher was cut off (or had already left). */
  push(items: readonly T[]): boolean {
    if (this.done || items.length === 0) return !this.done;
    if (this.pending.length >= this.limit) {
      this.end(fellBehind(this.limit));
      return false;
    }
    this.pending.push(items);
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = null;
      waiting.resolve({ value: this.take()!, done: false });
    }
    return true;
  }

  /** Whether the watcher left or was cut off: nothing more reaches it. */
  get ended(): boolean {
    return this.done;
  }

  /** How many deliveries wait (for the tests and the bench). */
  get backlog(): number {
    return this.pending.length;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.pending.length > 0) return Promise.resolve({ value: this.take()!, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  private take(): T | undefined {
    const first = this.pending[0];
    if (!first) return undefined;
    const item = first[this.position++];
    if (this.position >= first.length) {
      this.pending.shift();
      this.position = 0;
    }
    return item;
  }

  /** The watcher left (unsubscribed, or its socket closed). */
  return(): Promise<IteratorResult<T>> {
    this.end(null);
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.end(null);
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  /** Ends the stream now, with an error for the watcher when given (server shutdown passes null). */
  end(error: Error | null): void {
    if (this.done) return;
    this.done = true;
    this.pending.length = 0;
    this.onEnd();
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = null;
      if (error) waiting.reject(error);
      else waiting.resolve({ value: undefined, done: true });
    } else {
      this.failure = error;
    }
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

export function fellBehind(limit: number): GraphQLError {
  return new GraphQLError(
    `This subscription fell more than ${limit} events behind and was ended so it cannot slow the server; ` +
      'subscribe again and reload what you show.',
    { extensions: { code: 'SUBSCRIPTION_FELL_BEHIND' } },
  );
}
