import { parseArgs } from 'node:util';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const BENCH_DATABASE = 'speedgraph_bench';

export const USAGE = `Usage: npm run bench -- [options]

Measures Speedgraph against a real PostgreSQL (benchmarks.md) and prints one
table; every figure also goes to bench/results/latest.json. Each rate is
printed beside a reference measured in the same run on the same database
(PostgreSQL COPY of the same rows), as a ratio: the ratios are what to compare
between runs and machines, the absolute numbers are for reading.

Options:
  --scale N      size of the dataset and of each measurement (default 1: a
                 3.3M-result history, of which the ingest figures send
                 182,000 results; 0.01 is a CI smoke run)
  --seed N       seed of the generated dataset (default 1)
  --keep         keep the database ${BENCH_DATABASE} afterwards (dropped by default)
  --out FILE     where to write the JSON report (default bench/results/latest.json)
  --cpu-prof     run the server with node --cpu-prof; profiles go next to the report
  -h, --help     show this help

Environment:
  DATABASE_URL   a PostgreSQL server to connect to for creating and dropping
                 ${BENCH_DATABASE} (default ${DEFAULT_DATABASE_URL})

Exits non-zero only when something broke, never because of a number.`;

export interface BenchOptions {
  scale: number;
  seed: number;
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
  const adminUrl = env['DATABASE_URL']?.trim() || DEFAULT_DATABASE_URL;
  if (!/^postgres(ql)?:\/\//.test(adminUrl)) throw new UsageError('DATABASE_URL must be a postgres:// URL');
  return {
    scale,
    seed,
    keep: values.keep ?? false,
    out: values.out ?? null,
    cpuProf: values['cpu-prof'] ?? false,
    adminUrl,
  };
}
