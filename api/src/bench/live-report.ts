import type { LiveMeasurement } from './live.js';

/* The live figures as the printed report shows them (live.ts measures them). */

/** The goal of issue 4: p99 after the reply at 500 watchers. */
export const LIVE_GOAL_P99_MS = 100;

/** Lines for the printed report. */
export function formatLive(live: LiveMeasurement): string[] {
  const ms = (n: number | null) => (n === null ? '-' : n.toFixed(1));
  const rows = live.figures.map((f) => [
    f.label,
    String(f.samples),
    ms(f.afterReplyMs.p50),
    ms(f.afterReplyMs.p99),
    ms(f.afterRequestMs.p50),
    ms(f.afterRequestMs.p99),
    ms(f.firstAfterReplyMs.p50),
    ms(f.fanOutMs.p50),
    ms(f.fanOutMs.p99),
    ms(f.replyMs.p50),
    ms(f.watchServerCpuMsPerBatch),
    ms(f.benchCpuMsPerBatch),
    f.ratioToNotifyP99 === null ? '-' : f.ratioToNotifyP99.toFixed(1),
  ]);
  const r = live.reference;
  rows.push([r.label, String(r.samples), ms(r.ms.p50), ms(r.ms.p99), '-', '-', '-', '-', '-', '-', '-', '-', '1.0']);
  const head = [
    'live figure',
    'batches',
    'p50 ms',
    'p99 ms',
    'from req p50',
    'from req p99',
    'first p50',
    'fan-out p50',
    'fan-out p99',
    'reply p50',
    'server cpu ms',
    'bench cpu ms',
    'x NOTIFY p99',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const crowd = live.figures.filter((f) => f.watchers > 1);
  const worst = Math.max(...crowd.map((f) => f.afterReplyMs.p99 ?? 0));
  return [
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'p50/p99 ms: event at a watcher minus the submitResults reply, over every (batch, watcher); negative: the event overtook the reply',
    'from req: minus the request sent instead; first: the first watcher of a batch; fan-out: its last watcher minus its first;',
    'reply: the submitResults request to its reply (watchers on the ingesting process can hold it back)',
    'server cpu ms: CPU per batch of the process holding the watchers (the same one also ingests); bench cpu ms: this process, receiving',
    crowd.length
      ? `goal: p99 at most ${LIVE_GOAL_P99_MS} ms at ${crowd[0]!.watchers} watchers: ${worst <= LIVE_GOAL_P99_MS ? 'met' : 'missed'} (worst ${worst.toFixed(1)} ms)`
      : '',
  ];
}
