import type { Colour } from '../../analytics/summary.js';
import type { AddedResult, LiveEvent, LiveRevision } from './event-bus.js';

/**
 * Events as text for NOTIFY, whose payload must stay under 8,000 bytes.
 * Tuples rather than objects, so a typical batch (dozens of results) travels
 * whole; a bigger one travels as the keys of its rows, which each process
 * reads once (live.sql.ts); and any text still too long is cut into frames
 * sent in one statement, so they arrive together and in order.
 */

/** NOTIFY refuses 8,000 bytes and more; a margin for the frame header. */
export const MAX_NOTIFY_BYTES = 7_900;

type RevisionTuple = [id: number, projectId: number, branchId: number, commitId: string, date: string, tag: string];
type ResultTuple = [
  revisionId: number,
  executableId: number,
  benchmarkId: number,
  environmentId: number,
  value: number,
  stdDev: number | null,
  min: number | null,
  max: number | null,
  q1: number | null,
  q3: number | null,
  date: string,
];
/** Benchmark ids, ascending, a negative number closing a run: [3, -7, 9] is 3 to 7, and 9. */
type KeyGroup = [revisionId: number, executableId: number, environmentId: number, benchmarks: number[]];
type ReportTuple = [revisionId: number, executableId: number, environmentId: number, summary: string, colour: Colour];

type Wire =
  | { t: 'resultsAdded'; v: RevisionTuple[]; r: ResultTuple[] }
  | { t: 'resultsAdded'; k: KeyGroup[] }
  | { t: 'reportUpdated'; v: RevisionTuple[]; p: ReportTuple[] }
  | { t: 'revisionUpdated'; v: RevisionTuple; a: string; m: string };

/** One stored result, by the four ids of its measurement. */
export interface ResultKey {
  revisionId: number;
  executableId: number;
  benchmarkId: number;
  environmentId: number;
}

export type Decoded = { event: LiveEvent } | { read: ResultKey[] };

export function encodeEvent(event: LiveEvent): string {
  switch (event.topic) {
    case 'resultsAdded': {
      const results = event.payload.results;
      const inline = JSON.stringify({
        t: event.topic,
        v: revisionTuples(results.map((r) => r.revision)),
        r: results.map(resultTuple),
      } satisfies Wire);
      if (Buffer.byteLength(inline) <= MAX_NOTIFY_BYTES) return inline;
      return JSON.stringify({ t: event.topic, k: keyGroups(results) } satisfies Wire);
    }
    case 'reportUpdated': {
      const reports = event.payload.reports;
      const p = reports.map((r): ReportTuple => [r.revision.id, r.executableId, r.environmentId, r.summary, r.colour]);
      return JSON.stringify({ t: event.topic, v: revisionTuples(reports.map((r) => r.revision)), p } satisfies Wire);
    }
    case 'revisionUpdated': {
      const { revision, author, message } = event.payload;
      return JSON.stringify({ t: event.topic, v: revisionTuple(revision), a: author, m: message } satisfies Wire);
    }
  }
}

export function decodeEvent(text: string): Decoded {
  const wire = JSON.parse(text) as Wire;
  switch (wire.t) {
    case 'resultsAdded': {
      if ('k' in wire) return { read: expandKeys(wire.k) };
      const revisions = revisionMap(wire.v);
      return { event: { topic: wire.t, payload: { results: wire.r.map((r) => addedResult(r, revisions)) } } };
    }
    case 'reportUpdated': {
      const revisions = revisionMap(wire.v);
      const reports = wire.p.map(([revisionId, executableId, environmentId, summary, colour]) => ({
        revision: revisions.get(revisionId)!,
        executableId,
        environmentId,
        summary,
        colour,
      }));
      return { event: { topic: wire.t, payload: { reports } } };
    }
    case 'revisionUpdated':
      return { event: { topic: wire.t, payload: { revision: liveRevision(wire.v), author: wire.a, message: wire.m } } };
  }
}

const revisionTuple = (r: LiveRevision): RevisionTuple => [
  r.id,
  r.projectId,
  r.branchId,
  r.commitId,
  r.date.toISOString(),
  r.tag,
];

function revisionTuples(revisions: LiveRevision[]): RevisionTuple[] {
  const unique = new Map(revisions.map((r) => [r.id, r]));
  return [...unique.values()].map(revisionTuple);
}

const liveRevision = ([id, projectId, branchId, commitId, date, tag]: RevisionTuple): LiveRevision => ({
  id,
  projectId,
  branchId,
  commitId,
  date: new Date(date),
  tag,
});

const revisionMap = (tuples: RevisionTuple[]) => new Map(tuples.map((t) => [t[0], liveRevision(t)]));

const resultTuple = (r: AddedResult): ResultTuple => [
  r.revision.id,
  r.executableId,
  r.benchmarkId,
  r.environmentId,
  r.value,
  r.stdDev,
  r.min,
  r.max,
  r.q1,
  r.q3,
  r.date.toISOString(),
];

function addedResult(tuple: ResultTuple, revisions: Map<number, LiveRevision>): AddedResult {
  const [revisionId, executableId, benchmarkId, environmentId, value, stdDev, min, max, q1, q3, date] = tuple;
  const revision = revisions.get(revisionId)!;
  return { revision, executableId, benchmarkId, environmentId, value, stdDev, min, max, q1, q3, date: new Date(date) };
}

function keyGroups(results: AddedResult[]): KeyGroup[] {
  const groups = new Map<string, { key: [number, number, number]; benchmarks: number[] }>();
  for (const r of results) {
    const id = `${r.revision.id}:${r.executableId}:${r.environmentId}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { key: [r.revision.id, r.executableId, r.environmentId], benchmarks: [] }));
    group.benchmarks.push(r.benchmarkId);
  }
  return [...groups.values()].map(({ key, benchmarks }) => [...key, compressIds(benchmarks)]);
}

/** Benchmarks of one run are mostly created together, so their ids come in runs: [3,4,5,6,7,9] → [3,-7,9]. */
export function compressIds(ids: number[]): number[] {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out.push(sorted[i]!);
    if (j > i) out.push(j === i + 1 ? sorted[j]! : -sorted[j]!);
    i = j + 1;
  }
  return out;
}

export function expandIds(encoded: number[]): number[] {
  const out: number[] = [];
  for (const n of encoded) {
    if (n >= 0) out.push(n);
    else for (let id = out[out.length - 1]! + 1; id <= -n; id++) out.push(id);
  }
  return out;
}

function expandKeys(groups: KeyGroup[]): ResultKey[] {
  return groups.flatMap(([revisionId, executableId, environmentId, benchmarks]) =>
    expandIds(benchmarks).map((benchmarkId) => ({ revisionId, executableId, benchmarkId, environmentId })),
  );
}
