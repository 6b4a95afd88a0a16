import { describe, expect, it } from 'vitest';
import { createDataset } from './dataset.js';
import { planIngest, restOf, rowsOf } from './slices.js';

const firstRows = (seed: number, scale: number, count: number) => {
  const dataset = createDataset({ seed, scale });
  const rows = [];
  for (const row of dataset.results(dataset.revisions)) {
    rows.push(row);
    if (rows.length === count) break;
  }
  return rows;
};

describe('the bench dataset', () => {
  it('generates the same rows from the same seed', () => {
    expect(firstRows(7, 0.01, 5000)).toEqual(firstRows(7, 0.01, 5000));
    const a = createDataset({ seed: 7, scale: 0.01 });
    const b = createDataset({ seed: 7, scale: 0.01 });
    expect(a.revisions).toEqual(b.revisions);
    expect(a.benchmarks).toEqual(b.benchmarks);
    const last = a.featureRevisions.at(-1)!;
    expect(a.resultsOf(last, 2900, 3000)).toEqual(b.resultsOf(last, 2900, 3000));
  });

  it('generates other values and commit ids from another seed', () => {
    const a = firstRows(7, 0.01, 200);
    const b = firstRows(8, 0.01, 200);
    expect(a.map((r) => r.value)).not.toEqual(b.map((r) => r.value));
    expect(a[0]!.revision.commitId).not.toEqual(b[0]!.revision.commitId);
  });

  it('gives a row the same values whatever scale or slice it is generated in', () => {
    const small = createDataset({ seed: 3, scale: 0.01 });
    const large = createDataset({ seed: 3, scale: 0.1 });
    // The values of a revision depend on the history before it, which both scales share.
    const values = (rows: { value: number; min: number; q1: number | null }[]) =>
      rows.map((r) => [r.value, r.min, r.q1]);
    expect(values(small.resultsOf(small.mainRevisions[4]!, 0, 300))).toEqual(
      values(large.resultsOf(large.mainRevisions[4]!, 0, 300)),
    );
    const all = [...small.results([small.mainRevisions[2]!])];
    expect(all.slice(1000, 1100)).toEqual(small.resultsOf(small.mainRevisions[2]!, 1000, 1100));
  });

  it('has the shape of docs/benchmarks.md at scale 1, without generating it', () => {
    const dataset = createDataset({ seed: 1, scale: 1 });
    expect(dataset.mainRevisions).toHaveLength(1000);
    expect(dataset.featureRevisions).toHaveLength(100);
    expect(dataset.executables).toHaveLength(5);
    expect(dataset.environments).toHaveLength(3);
    expect(dataset.benchmarks).toHaveLength(200);
    expect(dataset.resultCount).toBe(3_300_000);
    expect(new Set(dataset.benchmarks.map((b) => b.unitsTitle))).toEqual(new Set(['Time', 'Memory', 'Throughput']));
    expect(dataset.benchmarks.some((b) => !b.lessIsBetter)).toBe(true);
    expect(dataset.benchmarks.some((b) => b.dataType === 'median')).toBe(true);
    expect(dataset.mainRevisions.filter((r) => r.tag)).toHaveLength(10);
    expect(new Set(dataset.revisions.map((r) => r.commitId)).size).toBe(1100);
    expect(dataset.featureRevisions[0]!.parent).toBe(dataset.mainRevisions[900]!.commitId);
  });

  it('gives quartiles to median benchmarks only, and keeps min <= value <= max', () => {
    const dataset = createDataset({ seed: 1, scale: 0.01 });
    for (const r of dataset.results(dataset.revisions.slice(0, 2))) {
      expect(r.q1 === null).toBe(r.benchmark.dataType === 'mean');
      expect(r.min).toBeLessThanOrEqual(r.value);
      expect(r.max).toBeGreaterThanOrEqual(r.value);
      expect(r.value).toBeGreaterThan(0);
    }
  });

  it('gives each ingest figure revisions of its own', () => {
    const dataset = createDataset({ seed: 1, scale: 1 });
    const plan = planIngest(dataset, 1);
    const slices = [plan.warmup, plan.graphql, plan.codespeedJson, plan.codespeedSingle];
    const commits = slices.flatMap((s) => s.revisions.map((r) => r.commitId));
    expect(new Set(commits).size).toBe(commits.length);
    expect(plan.codespeedSingle.results).toBe(2000);
    expect(rowsOf(dataset, plan.codespeedSingle, 0, 5000)).toHaveLength(2000);
  });

  it('leaves the loader every row the ingest figures do not send, each once', () => {
    for (const scale of [0.01, 1]) {
      const dataset = createDataset({ seed: 1, scale });
      const plan = planIngest(dataset, scale);
      const slices = [plan.warmup, plan.graphql, plan.codespeedJson, plan.codespeedSingle];
      const rest = restOf(dataset, slices);
      const loaded = rest.reduce((sum, r) => sum + dataset.resultsPerRevision - r.from, 0);
      const sent = slices.reduce((sum, s) => sum + s.results, 0);
      expect(loaded + sent).toBe(dataset.resultCount);
      // The revision the one-result-per-request figure sends only part of is completed from where it stopped.
      const partial = plan.codespeedSingle.revisions.at(-1)!;
      expect(rest.find((r) => r.revision === partial)?.from).toBe(
        plan.codespeedSingle.results % dataset.resultsPerRevision,
      );
    }
  });
});
