import type pg from 'pg';
import { BenchBroke } from './http.js';

/** The ids the database gave the dataset's names (whoever stored them: the server or the loader). */
export interface Ids {
  /** By `branch/commit id`. */
  revision: Map<string, number>;
  executable: Map<string, number>;
  benchmark: Map<string, number>;
  environment: Map<string, number>;
  branch: Map<string, number>;
  project: Map<string, number>;
}

export async function idsOf(client: pg.Client): Promise<Ids> {
  const map = async (query: string) => {
    const { rows } = await client.query<{ id: number; key: string }>(query);
    return new Map(rows.map((r) => [r.key, r.id]));
  };
  return {
    revision: await map(
      `select r.id, b.name || '/' || r.commit_id as key from revision r join branch b on b.id = r.branch_id`,
    ),
    executable: await map('select id, name as key from executable'),
    benchmark: await map('select id, name as key from benchmark'),
    environment: await map('select id, name as key from environment'),
    branch: await map('select id, name as key from branch'),
    project: await map('select id, name as key from project'),
  };
}

/** The id of a name, or a broken bench: the dataset says it was stored. */
export function idOf(map: Map<string, number>, key: string): number {
  const found = map.get(key);
  if (found === undefined) throw new BenchBroke(`the database has no ${key}`);
  return found;
}
