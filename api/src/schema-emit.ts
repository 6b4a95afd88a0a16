import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema, SCHEMA_FILE } from './server/schema.js';

/**
 * Writes schema.graphql from the code, or with --check fails when the
 * committed file differs: the schema is a product, so every change shows in review.
 */
const HEADER = '# Emitted from the code by `npm run schema:emit`. Do not edit by hand.\n\n';
const printed = HEADER + printSchema(lexicographicSortSchema(await createSchema())) + '\n';

if (process.argv.includes('--check')) {
  const committed = (() => {
    try {
      return readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      return '';
    }
  })();
  if (committed !== printed) {
    console.error('schema.graphql is out of date with the code: run "npm run schema:emit" and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql matches the code.');
} else {
  writeFileSync(SCHEMA_FILE, printed);
  console.log(`Wrote ${SCHEMA_FILE}`);
}
