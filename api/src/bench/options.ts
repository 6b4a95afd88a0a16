import { parseArgs } from 'node:util';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_DATABASE = 'speedgraph_bench';
export const DEFAULT_SAMPLES = 50;
/** Cold navigations per view for the page-load figure; a smoke run (scale below SMOKE_SCALE) makes fewer. */
export const DEFAULT_NAVIGATIONS = 10;
const SMOKE_NAVIGATIONS = 3;
const SMOKE_SCALE = 0.1;

export const USAGE = `Usage: npm run bench -- [options]

Measures Speedgraph against a real PostgreSQL (docs/benchmarks.md) and prints the
tables; every figure also goes to bench/results/latest.json. Each figure is
printed beside a reference measured in the same run on the same database, as
a ratio: an ingest rate beside PostgreSQL COPY of the same rows, a read over
HTTP beside the SQL its resolver runs. The ratios are what to compare between
runs and machines, the absolute numbers are for reading.

The dashboard is built first (into a directory next to the report) and the
gzip size of its JavaScript measured. The ingest figures run on an empty
database; then the rest of the generated dataset is loaded with COPY, and the
read figures run on all of it, then the time to each view's first plot in
headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium), then the live
latencies (reply to event at 1 and 500 watchers, on the same and on a second
server, beside PostgreSQL's NOTIFY to LISTEN).

Options:
  --scale N      size of the dataset and of each measurement (default 1: a
                 3.3M-result history, of which the ingest figures send
                 182,000 results; 0.01 is a CI smoke run)
  --seed N       seed of the generated dataset (default 1)
  --samples N    timed samples of each read figure, over HTTP and in SQL
                 each, and batches of each live figure (default ${DEFAULT_SAMPLES})
  --navigations N
                 cold browser navigations per dashboard view (default
                 ${DEFAULT_NAVIGATIONS}, ${SMOKE_NAVIGATIONS} below scale ${SMOKE_SCALE})
  --keep         keep the database ${BENCH_DATABASE} afterwards (dropped by default)
  --out FILE     where to write the JSON report (default bench/results/latest.json)
  --cpu-prof     run the servers with node --cpu-prof; profiles go next to the report
  -h, --help     show this help

Environment:
  DATABASE_URL   a PostgreSQL server to connect to for creating and dropping
                 ${BENCH_DATABASE} (default ${DEFAULT_DATABASE_URL})

Exits non-zero only when something broke, never because of a number.`;

export interface BenchOptions {
  scale: number;
  seed: number;
  /** Timed samples of each read figure, and batches of each live figure. */
  samples: number;
  /** Cold navigations per view of the dashboard page-load figure. */
  navigations: number;
  keep: boolean;
  out: string | null;
  cpuProf: boolean;
  /** The server whose database `speedgraph_bench` is created in. */
  adminUrl: string;
}

export class UsageError extends Error {}

/** Parses the command line; `null` means help was asked for. */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        scale: { type: 'string' },
        seed: { type: 'string' },
        samples: { type: 'string' },
        navigations: { type: 'string' },
        keep: { type: 'boolean' },
        out: { type: 'string' },
        'cpu-prof': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return null;
  const scale = Number(values.scale ?? '1');
  if (!Number.isFinite(scale) || scale <= 0)
    throw new UsageError(`--scale must be a positive number, got ${values.scale}`);
  const seed = Number(values.seed ?? '1');
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed must be a whole number, got ${values.seed}`);
  const samples = Number(values.samples ?? String(DEFAULT_SAMPLES));
  if (!Number.isSafeInteger(samples) || samples < 1)
    throw new UsageError(`--samples must be a whole number of at least 1, got ${values.samples}`);
  const navigations = Number(
    values.navigations ?? String(scale < SMOKE_SCALE ? SMOKE_NAVIGATIONS : DEFAULT_NAVIGATIONS),
  );
  if (!Number.isSafeInteger(navigations) || navigations < 1)
    throw new UsageError(`--navigations must be a whole number of at least 1, got ${values.navigations}`);
  const adminUrl = env['DATABASE_URL']?.trim() || DEFAULT_DATABASE_URL;
  if (!/^postgres(ql)?:\/\//.test(adminUrl)) throw new UsageError('DATABASE_URL must be a postgres:// URL');
  return {
    scale,
    seed,
    samples,
    navigations,
    keep: values.keep ?? false,
    out: values.out ?? null,
    cpuProf: values['cpu-prof'] ?? false,
    adminUrl,
  };
}
