import type { Delivery, EventBus, LiveEvent, Topic } from './event-bus.js';

/**
 * The embedded database belongs to one process (PGlite, locked to its data
 * folder), so every watcher is here: events go straight to the hub.
 */
export class InProcessBus implements EventBus {
  constructor(private readonly hub: Delivery) {}

  /** Every watcher is here: no watcher of the topic, no work (not even reading the revisions). */
  hasAudience(topic: Topic): boolean {
    return this.hub.wants(topic);
  }

  publish(event: LiveEvent): Promise<void> {
    this.hub.deliver(event);
    return Promise.resolve();
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }
}
