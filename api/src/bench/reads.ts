import type { Kysely } from 'kysely';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import type { Dataset } from './dataset.js';
import { changesCase } from './read-changes.js';
import { comparisonCase } from './read-comparison.js';
import type { ReadContext } from './read-case.js';
import { measureRead, type ReadFigure } from './read-measure.js';
import { readTargets } from './read-targets.js';
import { gridCase, timelineCase } from './read-timeline.js';
import { serverEnv } from './server.js';

/**
 * The four read figures of docs/benchmarks.md, each over HTTP beside its SQL. The
 * SQL side runs in this process through a Kysely built by the server's own
 * openDatabase, with the server's settings, so that it is exactly the
 * server's SQL without HTTP, GraphQL and serialisation.
 */
export async function measureReads(
  databaseUrl: string,
  dataset: Dataset,
  server: { url: string; cpuSeconds(): number | null },
  samples: number,
  progress: (message: string) => void,
): Promise<ReadFigure[]> {
  const settings = loadConfig(serverEnv(databaseUrl)).codespeed;
  const database = await openDatabase({ url: databaseUrl, dataDir: '' });
  try {
    const context: ReadContext = {
      url: server.url,
      db: database.fork().getKysely() as Kysely<unknown>,
      targets: await readTargets(databaseUrl, dataset),
      settings,
    };
    const figures: ReadFigure[] = [];
    for (const read of [timelineCase, gridCase, changesCase, comparisonCase].map((make) => make(context))) {
      const figure = await measureRead(read, samples, () => server.cpuSeconds());
      progress(
        `${figure.label}: HTTP ${figure.httpMs.p50.toFixed(1)} ms, SQL ${figure.sqlMs.p50.toFixed(1)} ms (median), ` +
          `${figure.ratio.p50.toFixed(2)}×`,
      );
      figures.push(figure);
    }
    return figures;
  } finally {
    await database.close();
  }
}
