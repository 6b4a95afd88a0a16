import { createHash, randomBytes } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/orm.js';
import { ApiToken } from './api-token.entity.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { forgetFailures, throttledCheck } from './sign-in-throttle.js';
import { User } from './user.entity.js';

const TOKEN_PREFIX = 'sg_';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Users, passwords and API tokens: who may write. */
export class UsersService {
  constructor(private readonly db: Database) {}

  async createUser(em: SqlEntityManager, input: { username: string; password: string; isAdmin: boolean }) {
    const user = em.create(User, {
      username: input.username,
      passwordHash: await hashPassword(input.password),
      isAdmin: input.isAdmin,
      createdAt: new Date(),
    });
    await em.flush();
    return user;
  }

  async findByUsername(em: SqlEntityManager, username: string) {
    return em.findOne(User, { username });
  }

  /** Sets a new password, which also lifts a sign-in lock on the user name. */
  async setPassword(em: SqlEntityManager, user: User, password: string) {
    user.passwordHash = await hashPassword(password);
    await em.flush();
    await forgetFailures(em.getKysely() as Kysely<unknown>, user.username);
  }

  /** Issues a new token; the plain text is returned once and never stored. */
  async createToken(em: SqlEntityManager, user: User, name: string) {
    const token = TOKEN_PREFIX + randomBytes(24).toString('base64url');
    const apiToken = em.create(ApiToken, {
      name,
      prefix: token.slice(0, 10),
      tokenHash: hashToken(token),
      user,
      createdAt: new Date(),
      lastUsedAt: null,
    });
    await em.flush();
    return { token, apiToken };
  }

  /** Deletes a token of `caller`'s, or anyone's for an admin; false when there is no such token. */
  async revokeToken(em: SqlEntityManager, caller: User, id: number): Promise<boolean> {
    const where = caller.isAdmin ? { id } : { id, user: caller.id };
    return (await em.nativeDelete(ApiToken, where)) > 0;
  }

  /**
   * On a first start (no user at all), an admin with a random password and a
   * token, so a new user can write at once without stopping the server to run
   * the CLI. Returns null when users exist. Safe when several processes start together.
   */
  async bootstrapAdmin(): Promise<{ username: string; password: string; token: string } | null> {
    const em = this.db.fork();
    if ((await em.count(User, {})) > 0) return null;
    const password = randomBytes(12).toString('base64url');
    const { rows } = await sql<{ id: number }>`
      /* bootstrap_admin */
      insert into app_user (username, password_hash, is_admin, created_at)
      select 'admin', ${await hashPassword(password)}, true, now()
      where not exists (select 1 from app_user)
      on conflict (username) do nothing
      returning id`.execute(em.getKysely() as Kysely<unknown>);
    if (!rows[0]) return null;
    const user = await em.findOneOrFail(User, { id: rows[0].id });
    const { token } = await this.createToken(em, user, 'created at first start');
    return { username: 'admin', password, token };
  }

  /** The user a bearer token belongs to, or null for an unknown or revoked token. */
  async userForToken(token: string): Promise<User | null> {
    const em = this.db.fork();
    const found = await em.findOne(ApiToken, { tokenHash: hashToken(token) }, { populate: ['user'] });
    if (!found) return null;
    // Written at most once a minute per token, so reads stay reads under load (the guard in SQL covers races).
    const recent = found.lastUsedAt && Date.now() - found.lastUsedAt.getTime() < 60_000;
    if (recent) return found.user;
    await sql`
      /* touch_api_token */
      update api_token set last_used_at = now()
      where id = ${found.id} and (last_used_at is null or last_used_at < now() - interval '1 minute')`.execute(
      em.getKysely() as Kysely<unknown>,
    );
    return found.user;
  }

  /**
   * The user behind a user name and password (sign-in, HTTP Basic), or null
   * when they do not match. Throws SignInThrottled, unchecked, after too many
   * failures in a row for the name or the client `address`.
   */
  async userForPassword(username: string, password: string, address: string): Promise<User | null> {
    const em = this.db.fork();
    return throttledCheck(em.getKysely() as Kysely<unknown>, username, address, async () => {
      const user = await em.findOne(User, { username });
      if (!user) return null;
      return (await verifyPassword(password, user.passwordHash)) ? user : null;
    });
  }
}
