import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createAdminToken, createEnvironments } from './admin.js';
import type { DashboardFigures } from './dashboard.js';
import { buildDashboard } from './dashboard-build.js';
import { measurePageLoads, pageLoadsUnavailable } from './dashboard-load.js';
import { measureBundle } from './dashboard-size.js';
import { createDataset, type Dataset } from './dataset.js';
import { dropDatabase, recreateDatabase, serverVersion } from './database.js';
import { BenchBroke } from './http.js';
import { ingestCodespeedJson, ingestCodespeedSingle, ingestGraphql, warmUp, type IngestTarget } from './ingest.js';
import { measureLive } from './live.js';
import { loadDataset } from './load.js';
import { describeMachine, gitState } from './machine.js';
import { BENCH_DATABASE, parseOptions, USAGE, UsageError, type BenchOptions } from './options.js';
import { readTargets } from './read-targets.js';
import { measureReads } from './reads.js';
import { countResults, measureCopyReference } from './reference.js';
import { formatReport, writeReport, type BenchReport, type BrokenFigure } from './report.js';
import { SERVER_SETTINGS, startServer, type ServerProcess } from './server.js';
import { planIngest, type IngestPlan } from './slices.js';
import { measureVcs } from './vcs.js';

/** `npm run bench`: every measurement in one run, one table, one JSON file. */

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const startedAt = performance.now();
/** Progress on stderr, with the seconds since the start: where a long run spends its time. */
const progress = (message: string) =>
  console.error(`bench: [${((performance.now() - startedAt) / 1000).toFixed(0)} s] ${message}`);

async function run(options: BenchOptions, dataset: Dataset, plan: IngestPlan): Promise<void> {
  const started = performance.now();
  const loadAtStart = os.loadavg();
  const outFile = options.out ? path.resolve(options.out) : path.join(REPO_ROOT, 'bench/results/latest.json');
  const outDir = path.dirname(outFile);
  fs.mkdirSync(outDir, { recursive: true });

  // First, as it is quick and fails when the dashboard's sources do not build.
  const dashboardDir = await buildDashboard(REPO_ROOT, path.join(outDir, 'dashboard'));
  const bundle = measureBundle(dashboardDir);
  progress(`dashboard built; first page ${(bundle.firstPage.gzipBytes / 1024).toFixed(1)} KB of JavaScript gzipped`);

  const machine = describeMachine(await serverVersion(options.adminUrl));
  const databaseUrl = await recreateDatabase(options.adminUrl, BENCH_DATABASE);
  progress(`database ${BENCH_DATABASE} created; dataset of ${dataset.resultCount.toLocaleString('en-US')} results`);

  let server: ServerProcess | null = null;
  try {
    const token = await createAdminToken(databaseUrl);
    const nodeArgs = options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${path.join(outDir, 'profiles')}`] : [];
    server = await startServer({ databaseUrl, logFile: path.join(outDir, 'server.log'), nodeArgs });
    progress(`server ${server.url} (pid ${server.pid}) is healthy`);
    // The ingest figures come first, on an empty database, each with revisions of its own (slices.ts).
    await createEnvironments(server.url, token, dataset.environments);

    const target: IngestTarget = { url: server.url, token, dataset };
    await warmUp(target, plan.warmup);
    const afterWarmUp = server.memory();
    const figures = [];
    for (const [measure, slice] of [
      [ingestGraphql, plan.graphql],
      [ingestCodespeedJson, plan.codespeedJson],
      [ingestCodespeedSingle, plan.codespeedSingle],
    ] as const) {
      const cpuBefore = server.cpuSeconds();
      const measured = await measure(target, slice);
      const cpuAfter = server.cpuSeconds();
      const serverCpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      const figure = { ...measured, serverCpuSeconds };
      progress(`${figure.label}: ${Math.round(figure.resultsPerSecond).toLocaleString('en-US')} results/s`);
      figures.push(figure);
    }
    const peak = server.memory();
    await server.stop();
    server = null;

    const stored = await countResults(databaseUrl);
    const sent = plan.warmup.results + figures.reduce((sum, f) => sum + f.results, 0);
    if (stored !== sent) throw new BenchBroke(`the server stored ${stored} results, the bench sent ${sent}`);

    const reference = await measureCopyReference(databaseUrl, dataset, [
      plan.graphql,
      plan.codespeedJson,
      plan.codespeedSingle,
    ]);
    progress(`COPY reference: ${Math.round(reference.rowsPerSecond).toLocaleString('en-US')} rows/s`);

    // Then the rest of the dataset, for the read figures, with a fresh server as after a deployment.
    const load = await loadDataset(databaseUrl, dataset, [
      plan.warmup,
      plan.graphql,
      plan.codespeedJson,
      plan.codespeedSingle,
    ]);
    progress(
      `dataset complete: ${load.results.toLocaleString('en-US')} results, ` +
        `${load.copied.toLocaleString('en-US')} of them loaded with COPY in ${load.seconds.toFixed(1)} s`,
    );
    server = await startServer({
      databaseUrl,
      logFile: path.join(outDir, 'server-reads.log'),
      nodeArgs,
      env: { DASHBOARD_DIR: dashboardDir },
    });
    progress(`server ${server.url} (pid ${server.pid}) is healthy; ${options.samples} samples per read figure`);
    const reads = await measureReads(databaseUrl, dataset, server, options.samples, progress);
    // The figures below come after most of the run (long at scale 1): one that breaks is reported as
    // broken, the others still are, and the bench exits non-zero at the end.
    const broken: BrokenFigure[] = [];
    const attempt = async <T>(figure: string, work: () => Promise<T>): Promise<T | null> => {
      try {
        return await work();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        broken.push({ figure, error: message });
        progress(`${figure}: broken: ${message}`);
        return null;
      }
    };
    // The same server, warm, serves the dashboard to a browser.
    const unavailable = pageLoadsUnavailable();
    if (unavailable) progress(`page loads not measured: ${unavailable}`);
    const targets = await readTargets(databaseUrl, dataset);
    const dashboardUrl = server.url;
    const pageLoads = unavailable
      ? null
      : await attempt('dashboard page loads', () =>
          measurePageLoads(dashboardUrl, targets, options.navigations, progress),
        );
    const dashboard: DashboardFigures = {
      bundle,
      pageLoads,
      pageLoadsSkipped: unavailable ?? (pageLoads ? null : 'broken'),
    };
    await server.stop();
    server = null;

    // Live last: its two servers and 500 WebSockets would disturb the figures above.
    const live = await attempt('live', () =>
      measureLive({ databaseUrl, token, logDir: outDir, samples: options.samples, crowd: 500, nodeArgs, progress }),
    );

    // Version control needs no database: a generated history walked with nodegit and with git.
    const vcs = await attempt('version control', () =>
      measureVcs({ workDir: fs.mkdtempSync(path.join(os.tmpdir(), 'speedgraph-bench-vcs-')) }),
    );

    const report: BenchReport = {
      schemaVersion: 3,
      date: new Date().toISOString(),
      durationSeconds: (performance.now() - started) / 1000,
      git: gitState(REPO_ROOT),
      machine,
      loadAverage: { start: loadAtStart, end: os.loadavg() },
      scale: options.scale,
      seed: options.seed,
      dataset: {
        results: dataset.resultCount,
        resultsPerRevision: dataset.resultsPerRevision,
        revisions: { main: dataset.mainRevisions.length, feature: dataset.featureRevisions.length },
        benchmarks: dataset.benchmarks.length,
        executables: dataset.executables.length,
        environments: dataset.environments.length,
        storedResults: load.results,
        load,
      },
      server: { ...SERVER_SETTINGS },
      reference,
      figures: figures.map((f) => ({ ...f, ratioToReference: f.resultsPerSecond / reference.rowsPerSecond })),
      reads,
      live,
      dashboard,
      vcs,
      broken,
      memory: {
        serverRssAfterWarmUpBytes: afterWarmUp?.rssBytes ?? null,
        serverPeakRssBytes: peak?.peakRssBytes ?? null,
      },
    };
    writeReport(outFile, report);
    console.log(formatReport(report));
    progress(`wrote ${path.relative(process.cwd(), outFile) || outFile}`);
    if (broken.length) throw new BenchBroke(`broken figures: ${broken.map((b) => b.figure).join(', ')}`);
  } catch (error) {
    // A server that just died may not have reported its exit yet.
    if (server) await new Promise((resolve) => setTimeout(resolve, 500));
    if (server) progress(`server ${server.status()}; end of its log:\n${server.logTail() || '(empty)'}`);
    throw error;
  } finally {
    await server?.stop();
    if (options.keep) progress(`kept database ${BENCH_DATABASE}`);
    else await dropDatabase(options.adminUrl, BENCH_DATABASE);
  }
}

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions | null;
  let dataset: Dataset | null = null;
  let plan: IngestPlan | null = null;
  try {
    options = parseOptions(argv, process.env);
    if (options) {
      dataset = createDataset({ seed: options.seed, scale: options.scale });
      plan = planIngest(dataset, options.scale);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (!options || !dataset || !plan) {
    console.log(USAGE);
    return 0;
  }
  await run(options, dataset, plan);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const cause = error instanceof Error && error.cause ? `\ncaused by: ${String(error.cause)}` : '';
    console.error(`bench: broken: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}${cause}`);
    process.exitCode = 1;
  },
);
