import { describe, expect, it } from 'vitest';
import type { AddedResult, LiveEvent, LiveRevision } from '../../src/modules/live/event-bus.js';
import { FrameAssembler, splitUtf8, toFrames } from '../../src/modules/live/frames.js';
import { LiveHub } from '../../src/modules/live/hub.js';
import { compressIds, decodeEvent, encodeEvent, expandIds, MAX_NOTIFY_BYTES } from '../../src/modules/live/wire.js';

const revision: LiveRevision = {
  id: 7,
  projectId: 1,
  branchId: 2,
  commitId: 'abc',
  date: new Date('2024-01-02T03:04:05Z'),
  tag: '',
};

const added = (benchmarkId: number, overrides: Partial<AddedResult> = {}): AddedResult => ({
  revision,
  executableId: 3,
  benchmarkId,
  environmentId: 4,
  value: benchmarkId / 3,
  stdDev: null,
  min: null,
  max: null,
  q1: 0.5,
  q3: null,
  date: new Date('2024-01-02T03:04:05Z'),
  ...overrides,
});

const resultsAdded = (results: AddedResult[]): LiveEvent => ({ topic: 'resultsAdded', payload: { results } });

describe('the hub', () => {
  it('queues events for a watcher that is not reading, and hands them over in order', async () => {
    const hub = new LiveHub(3);
    const stream = hub.subscribe('resultsAdded', {})[Symbol.asyncIterator]();
    hub.deliver(resultsAdded([added(1)]));
    hub.deliver(resultsAdded([added(2)]));
    expect(await stream.next()).toMatchObject({ value: { results: [{ benchmarkId: 1 }] } });
    expect(await stream.next()).toMatchObject({ value: { results: [{ benchmarkId: 2 }] } });
  });

  it('cuts off only the watcher that falls behind, and publishing never waits for it', async () => {
    const cutOff: string[] = [];
    const hub = new LiveHub(3, (topic) => cutOff.push(topic));
    const slow = hub.subscribe('resultsAdded', {})[Symbol.asyncIterator]();
    const fast = hub.subscribe('resultsAdded', {})[Symbol.asyncIterator]();
    const received: number[] = [];
    for (let i = 0; i < 10; i++) {
      hub.deliver(resultsAdded([added(i)]));
      received.push(((await fast.next()).value as { results: AddedResult[] }).results[0]!.benchmarkId);
    }
    expect(received).toEqual([...Array(10).keys()]);
    expect(cutOff).toEqual(['resultsAdded']);
    await expect(slow.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIPTION_FELL_BEHIND' } });
    expect(hub.counts().resultsAdded).toBe(1);
  });

  it('counts a big batch of reports as one delivery, not one per report', async () => {
    const hub = new LiveHub(2);
    const stream = hub.subscribe('reportUpdated', {})[Symbol.asyncIterator]();
    const reports = Array.from({ length: 50 }, (_, i) => ({
      revision,
      executableId: i,
      environmentId: 4,
      summary: 'no significant changes',
      colour: 'none' as const,
    }));
    hub.deliver({ topic: 'reportUpdated', payload: { reports } });
    const got = [];
    for (let i = 0; i < 50; i++) got.push((await stream.next()).value);
    expect(got).toEqual(reports);
  });

  it('filters an event once for the watchers of the same filter, who share what they get', async () => {
    const hub = new LiveHub(3);
    const [a, b] = [1, 2].map(() => hub.subscribe('resultsAdded', { benchmarkId: 2 })[Symbol.asyncIterator]());
    hub.deliver(resultsAdded([added(1), added(2), added(3)]));
    const [fromA, fromB] = [(await a!.next()).value, (await b!.next()).value];
    expect(fromA).toEqual({ results: [added(2)] });
    expect(fromB).toBe(fromA);
  });

  it('gives every watcher every item of a shared delivery, however fast each reads', async () => {
    const hub = new LiveHub(3);
    const [a, b] = [1, 2].map(() => hub.subscribe('reportUpdated', {})[Symbol.asyncIterator]());
    const report = (executableId: number) => ({
      revision,
      executableId,
      environmentId: 4,
      summary: '',
      colour: 'none' as const,
    });
    hub.deliver({ topic: 'reportUpdated', payload: { reports: [report(1), report(2)] } });
    const fromA = [(await a!.next()).value, (await a!.next()).value];
    const fromB = [(await b!.next()).value, (await b!.next()).value];
    expect(fromA).toEqual([report(1), report(2)]);
    expect(fromB).toEqual(fromA);
  });

  it('hands a big fan-out over in slices, leaving the event loop free between them, and keeps each watcher in order', async () => {
    const hub = new LiveHub(10);
    const streams = Array.from({ length: 120 }, () => hub.subscribe('resultsAdded', {}));
    hub.deliver(resultsAdded([added(1)]));
    hub.deliver(resultsAdded([added(2)]));
    const waiting = () => streams.map((s) => (s as unknown as { backlog: number }).backlog);
    expect(waiting().filter((n) => n > 0).length).toBeLessThan(120);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(waiting()).toEqual(Array(120).fill(2));
    for (const stream of streams) {
      const it = stream[Symbol.asyncIterator]();
      const order = [(await it.next()).value, (await it.next()).value].map(
        (v) => (v as { results: AddedResult[] }).results[0]!.benchmarkId,
      );
      expect(order).toEqual([1, 2]);
    }
  });

  it('filters before queueing: a watcher of another project gets nothing', () => {
    const hub = new LiveHub(1);
    const other = hub.subscribe('resultsAdded', { projectId: 99 })[Symbol.asyncIterator]();
    for (let i = 0; i < 5; i++) hub.deliver(resultsAdded([added(i)]));
    expect(hub.counts().resultsAdded).toBe(1);
    void other.return?.();
    expect(hub.counts().resultsAdded).toBe(0);
  });
});

describe('events as notifications', () => {
  it('sends a small batch whole and reads it back as it was', () => {
    const event = resultsAdded([added(1, { stdDev: 0.25, min: 1, max: 2 }), added(2)]);
    const text = encodeEvent(event);
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_NOTIFY_BYTES);
    expect(decodeEvent(text)).toEqual({ event });
  });

  it('sends a batch too big for a notification as the keys of its rows', () => {
    const results = Array.from({ length: 5_000 }, (_, i) => added(1000 + i));
    const decoded = decodeEvent(encodeEvent(resultsAdded(results)));
    expect(decoded).toEqual({
      read: results.map((r) => ({ revisionId: 7, executableId: 3, benchmarkId: r.benchmarkId, environmentId: 4 })),
    });
  });

  it('writes runs of ids as ranges', () => {
    expect(compressIds([9, 3, 4, 5, 6, 7, 12, 13])).toEqual([3, -7, 9, 12, 13]);
    const ids = [1, 2, 3, 10, 11, 40, 41, 42, 43, 99];
    expect(expandIds(compressIds(ids))).toEqual(ids);
  });

  it('cuts a long text into frames under the limit that put it back together, whatever the characters', () => {
    const text = 'ünïcode → 速い 🚀 '.repeat(3_000);
    const frames = toFrames('ab12.7', text);
    expect(frames.length).toBeGreaterThan(1);
    for (const frame of frames) expect(Buffer.byteLength(frame)).toBeLessThan(8_000);
    const assembler = new FrameAssembler();
    const outputs = frames.map((frame) => assembler.accept(frame));
    expect(outputs.slice(0, -1).every((o) => o === null)).toBe(true);
    expect(outputs.at(-1)).toBe(text);
    expect(splitUtf8('🚀🚀', 5)).toEqual(['🚀', '🚀']);
  });
});
