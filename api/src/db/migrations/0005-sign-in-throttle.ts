import { ScriptMigration } from './statements.js';

/**
 * Failed sign-ins counted per user name and per client address, in the
 * database so that every process sharing it sees the same count (a guesser
 * spreading tries over processes behind a load balancer gains nothing).
 */
export class Migration0005SignInThrottle extends ScriptMigration {
  protected readonly script = SIGN_IN_THROTTLE;
}

const SIGN_IN_THROTTLE = `
create table "sign_in_failure" (
  -- 'user:<name>' or 'address:<ip>'
  "key" text primary key,
  -- failures in a row, none older than the window before the next (a quiet spell starts again from 0)
  "failures" int not null,
  "last_failed_at" timestamptz not null
);
`;
