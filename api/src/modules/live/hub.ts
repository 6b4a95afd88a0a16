import type { PubSub } from 'type-graphql';
import { TOPICS, type Delivery, type LiveEvent, type LiveEvents, type Topic } from './event-bus.js';
import { selectors, type LiveFilter, type Selector } from './live.filters.js';
import { SubscriberQueue } from './subscriber-queue.js';

/** How many events a watcher may have waiting before it is cut off (a watcher that keeps up has 0 or 1). */
export const DEFAULT_QUEUE_LIMIT = 100;

/**
 * Queues handed an event per turn of the event loop. Each hand-over starts that
 * watcher's GraphQL execution and socket write in microtasks; 500 of them in
 * one turn held back the ingesting process's HTTP replies (reply p50 24 ms
 * with 1 watcher, 81 ms with 500). Slices let replies interleave.
 */
const FAN_OUT_SLICE = 50;

/** One watcher's share of one event, waiting for its turn. */
interface Handover {
  queue: SubscriberQueue<unknown>;
  items: readonly unknown[];
  topic: Topic;
}

/** The watchers of one topic with the same filter: the event is filtered once for all of them. */
interface Group {
  select: Selector<Topic>;
  queues: Set<SubscriberQueue<unknown>>;
}

/**
 * This process's subscribers, and the fan-out to them. It is the `pubSub`
 * type-graphql subscribes through (`topics` with the watcher's filter as
 * `topicId`), so filtering happens before anything is queued. Events come in
 * from the bus (in-process, or NOTIFY/LISTEN from any process).
 *
 * Watchers with the same filter (everyone on the same timeline) share one
 * filtered object per event, which also lets their GraphQL execution be
 * shared (shared-execution.ts).
 */
export class LiveHub implements PubSub, Delivery {
  private readonly groups = new Map<Topic, Map<string, Group>>(TOPICS.map((topic) => [topic, new Map()]));
  /** First in, first out, so every watcher still sees events in the order they came. */
  private handovers: Handover[] = [];
  private next = 0;
  private scheduled = false;

  constructor(
    private readonly queueLimit = DEFAULT_QUEUE_LIMIT,
    /** Told when a watcher is cut off for falling behind (logged). */
    private readonly onFellBehind: (topic: Topic) => void = () => {},
  ) {}

  /** type-graphql's PubSub: delivers to this process's subscribers only (the bus reaches the others). */
  publish(routingKey: string, ...args: unknown[]): void {
    this.deliver({ topic: topicOf(routingKey), payload: args[0] } as LiveEvent);
  }

  /** type-graphql's PubSub: a watcher's stream of events; `dynamicId` is its filter. */
  subscribe(routingKey: string, dynamicId?: unknown): AsyncIterable<unknown> {
    const topic = topicOf(routingKey);
    const filter = (dynamicId ?? {}) as LiveFilter;
    const key = filterKey(filter);
    const groups = this.groups.get(topic)!;
    let group = groups.get(key);
    if (!group) {
      const select = (selectors[topic] as (filter: LiveFilter) => Selector<Topic>)(filter);
      groups.set(key, (group = { select, queues: new Set() }));
    }
    const joined = group;
    const queue: SubscriberQueue<unknown> = new SubscriberQueue(this.queueLimit, () => {
      joined.queues.delete(queue);
      if (joined.queues.size === 0 && groups.get(key) === joined) groups.delete(key);
    });
    joined.queues.add(queue);
    return queue;
  }

  /**
   * Hands an event to every matching subscriber's queue and returns: the
   * publisher never waits for a socket, however slow a watcher is. The first
   * slice is handed over now, the rest on the next turns of the event loop.
   */
  deliver(event: LiveEvent): void {
    for (const group of [...this.groups.get(event.topic)!.values()]) {
      const items = group.select(event.payload as LiveEvents[Topic]);
      if (items.length === 0) continue;
      for (const queue of group.queues) this.handovers.push({ queue, items, topic: event.topic });
    }
    this.handOver();
  }

  private handOver(): void {
    const end = Math.min(this.next + FAN_OUT_SLICE, this.handovers.length);
    for (; this.next < end; this.next++) {
      const { queue, items, topic } = this.handovers[this.next]!;
      if (!queue.ended && !queue.push(items)) this.onFellBehind(topic);
    }
    if (this.next === this.handovers.length) {
      this.handovers = [];
      this.next = 0;
    } else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.handOver();
      });
    }
  }

  wants(topic: Topic): boolean {
    return this.groups.get(topic)!.size > 0;
  }

  /** Subscribers now, per topic (for the tests and the bench). */
  counts(): Record<Topic, number> {
    const count = (topic: Topic) => [...this.groups.get(topic)!.values()].reduce((n, g) => n + g.queues.size, 0);
    return Object.fromEntries(TOPICS.map((topic) => [topic, count(topic)])) as Record<Topic, number>;
  }

  /** Ends every stream (server shutdown): graphql-ws then completes the subscriptions. */
  close(): void {
    for (const groups of this.groups.values()) {
      for (const group of [...groups.values()]) for (const queue of [...group.queues]) queue.end(null);
    }
  }
}

/** The same filter however its fields were ordered. */
function filterKey(filter: LiveFilter): string {
  return JSON.stringify(Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function topicOf(routingKey: string): Topic {
  if (!(TOPICS as readonly string[]).includes(routingKey)) throw new Error(`unknown live topic ${routingKey}`);
  return routingKey as Topic;
}
