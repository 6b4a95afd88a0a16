import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { BenchBroke } from './http.js';
import type { ReadTargets } from './read-targets.js';

/**
 * One read figure: the same question asked of the server over HTTP, and of
 * the database with the very statements its resolver runs.
 */
export interface ReadCase {
  id: 'read.timeline' | 'read.timeline_grid' | 'read.changes' | 'read.comparison';
  label: string;
  /** POSTs to /graphql until the client holds the answer as objects (parsed JSON). */
  http(): Promise<Sample>;
  /** The resolver's statements (api/src/analytics/*.sql.ts) in sequence, in this process, until pg has the rows. */
  sql(): Promise<Sample>;
}

export interface Sample {
  /** HTTP requests sent, or SQL statements run. */
  count: number;
  /** Characters of the HTTP answers, or rows the statements returned. */
  size: number;
  /** Throws BenchBroke when the answer is not the one the figure means to measure. */
  check(): void;
}

export interface ReadContext {
  /** The server under test. */
  url: string;
  /** A Kysely over the bench database, built as the server builds it (openDatabase). */
  db: Kysely<unknown>;
  targets: ReadTargets;
  /** The server's settings (its defaults), for the statements that read them. */
  settings: Config['codespeed'];
}

export function expectCount(what: string, got: number, expected: number): void {
  if (got !== expected) throw new BenchBroke(`${what}: expected ${expected}, got ${got}`);
}
