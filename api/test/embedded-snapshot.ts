import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PgliteConnection } from '@mikro-orm/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/orm.js';

declare global {
  var speedgraphEmbeddedSnapshot: Promise<{ file: string; dir: string }> | undefined;
}

/**
 * Global setup of the projects whose tests open an embedded database: makes
 * one, migrates it and saves it once per run, so that each test file's
 * database starts as a copy of it (harness.ts) instead of running initdb in
 * WASM and every migration again, seconds per file. On a PostgreSQL server
 * (DATABASE_URL) there is nothing to do: a database and its migrations take
 * a fraction of a second there. The migrations still run from nothing here,
 * once, so a broken one still fails the run.
 */
export default async function setup(project: TestProject): Promise<void> {
  if (process.env['DATABASE_URL']) {
    project.provide('embeddedSnapshot', null);
    return;
  }
  // Both projects' setups run in this one process: one copy for both, removed when the run ends.
  globalThis.speedgraphEmbeddedSnapshot ??= makeSnapshot();
  project.provide('embeddedSnapshot', (await globalThis.speedgraphEmbeddedSnapshot).file);
}

async function makeSnapshot(): Promise<{ file: string; dir: string }> {
  const db = await openDatabase({ url: null, dataDir: 'memory://' });
  try {
    const pglite = await (db.orm.em.getConnection() as unknown as PgliteConnection).getNativeClient();
    const dump = await pglite.dumpDataDir('none');
    const dir = mkdtempSync(path.join(tmpdir(), 'speedgraph-embedded-snapshot-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'migrated.tar');
    writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
    return { file, dir };
  } finally {
    await db.close();
  }
}
