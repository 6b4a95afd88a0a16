import { unauthenticated } from '../lib/errors.js';
import { checkPassword } from '../modules/users/password-check.js';
import type { User } from '../modules/users/user.entity.js';
import type { UsersService } from '../modules/users/users.service.js';
import { readCredentials } from './credentials.js';

/**
 * The caller of a GraphQL request: anonymous (reads only), or the owner of a
 * Bearer token. A token that is sent but wrong is an error, not anonymity, so
 * a CI job with a revoked token fails loudly.
 */
export async function graphqlUser(
  users: UsersService,
  header: string | undefined,
  address: string,
): Promise<User | null> {
  const credentials = readCredentials(header);
  if (credentials.kind === 'none') return null;
  if (credentials.kind === 'bearer') {
    const user = await users.userForToken(credentials.token);
    if (!user) throw unauthenticated('The API token is unknown or was revoked');
    return user;
  }
  if (credentials.kind === 'basic') {
    const user = await checkPassword(() => users.userForPassword(credentials.username, credentials.password, address));
    if (!user) throw unauthenticated('Wrong user name or password');
    return user;
  }
  throw unauthenticated('Unsupported Authorization header: use "Bearer <token>"');
}
