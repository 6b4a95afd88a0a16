import { sql, type Kysely } from 'kysely';

/**
 * How failed password checks are slowed, then refused, per user name and per
 * client address. An address (which may be a whole office behind one NAT,
 * each typing their own name) is never slowed and is locked later: it stops a
 * guesser who sprays one password over many user names.
 */
const POLICY = {
  user: { slowAfter: 5, lockAfter: 9 },
  address: { slowAfter: Infinity, lockAfter: 29 },
} as const;
/** Failures older than this are forgotten, and a lock lasts this long after the last failure. */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
/** The pause added to each answer once a key is being slowed down. */
const SLOW_DOWN_MS = 1_000;

/** A password check refused unchecked: too many failures in a row for this user name or address. */
export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many failed sign-ins for this user name or address: try again in ${Math.ceil(retryAfterSeconds / 60)} ` +
        'minutes, or use an API token',
    );
    this.name = 'SignInThrottled';
  }
}

type Keys = { user: string; address: string };

const keysOf = (username: string, address: string): Keys => ({
  user: `user:${username.toLowerCase()}`,
  address: `address:${address}`,
});

/**
 * Runs `check` (a password check) unless the user name or address is locked,
 * counting its failure or clearing the user name's count on success. Answers
 * are slowed once either has failed `slowAfter` times in a row. The counts
 * live in the database, so every process sharing it applies one limit.
 */
export async function throttledCheck<T>(
  db: Kysely<unknown>,
  username: string,
  address: string,
  check: () => Promise<T | null>,
): Promise<T | null> {
  const keys = keysOf(username, address);
  const counts = await recentFailures(db, keys);
  const locked = lockedFor(counts);
  if (locked > 0) throw new SignInThrottled(locked);
  const result = await check();
  if (result) {
    await clearFailures(db, keys.user);
    return result;
  }
  const after = await countFailure(db, keys);
  if (after.user > POLICY.user.slowAfter || after.address > POLICY.address.slowAfter) {
    await new Promise((resolve) => setTimeout(resolve, SLOW_DOWN_MS));
  }
  return null;
}

type Counts = { user: number; address: number; ageSeconds: number };

function lockedFor(counts: Counts): number {
  const locked = counts.user >= POLICY.user.lockAfter || counts.address >= POLICY.address.lockAfter;
  // Whole seconds: HTTP's Retry-After takes no fractions.
  return locked ? Math.max(1, Math.ceil(SIGN_IN_WINDOW_SECONDS - counts.ageSeconds)) : 0;
}

async function recentFailures(db: Kysely<unknown>, keys: Keys): Promise<Counts> {
  const { rows } = await sql<{ key: string; failures: number; age_seconds: number }>`
    /* sign_in_failures */
    select key, failures, extract(epoch from now() - last_failed_at)::float8 as age_seconds
    from sign_in_failure
    where key in (${keys.user}, ${keys.address})
      and last_failed_at > now() - make_interval(secs => ${SIGN_IN_WINDOW_SECONDS})`.execute(db);
  const of = (key: string) => rows.find((r) => r.key === key);
  return {
    user: of(keys.user)?.failures ?? 0,
    address: of(keys.address)?.failures ?? 0,
    ageSeconds: Math.min(...rows.map((r) => Number(r.age_seconds)), SIGN_IN_WINDOW_SECONDS),
  };
}

/** One more failure for both keys; a count whose last failure left the window starts again. */
async function countFailure(db: Kysely<unknown>, keys: Keys): Promise<{ user: number; address: number }> {
  const { rows } = await sql<{ key: string; failures: number }>`
    /* sign_in_failure_count */
    insert into sign_in_failure (key, failures, last_failed_at)
    select key, 1, now() from unnest(array[${keys.user}, ${keys.address}]::text[]) as key
    on conflict (key) do update set
      failures = case
        when sign_in_failure.last_failed_at > now() - make_interval(secs => ${SIGN_IN_WINDOW_SECONDS})
        then sign_in_failure.failures + 1 else 1 end,
      last_failed_at = now()
    returning key, failures`.execute(db);
  const of = (key: string) => rows.find((r) => r.key === key)?.failures ?? 0;
  return { user: of(keys.user), address: of(keys.address) };
}

/** A new password (set by an admin) starts its user name's count again. */
export async function forgetFailures(db: Kysely<unknown>, username: string) {
  await clearFailures(db, keysOf(username, '').user);
}

/** A right password clears its user name; the address keeps its count (it may be guessing other names). */
async function clearFailures(db: Kysely<unknown>, userKey: string) {
  await sql`
    /* sign_in_failure_clear */
    delete from sign_in_failure where key = ${userKey}`.execute(db);
}
