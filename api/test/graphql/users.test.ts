import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testDatabase, unique, type TestServer } from '../harness.js';
import { allPages, expectError, ok, type PageOf } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(await testDatabase());
});

interface TokenShape {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  user: { username: string };
}

const TOKEN_FIELDS = 'id name prefix createdAt lastUsedAt user { username }';

const viewer = async (token?: string | null) =>
  server.graphql<{ viewer: { id: string; username: string; isAdmin: boolean } | null }>(
    `{ viewer { id username isAdmin } }`,
    {},
    { token },
  );

const createUser = (input: Record<string, unknown>, token?: string | null) =>
  server.graphql<{ createUser: { user: { id: string; username: string; isAdmin: boolean } } }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id username isAdmin createdAt } } }`,
    { input },
    { token },
  );

const createToken = (name: string, token?: string | null) =>
  server.graphql<{ createApiToken: { token: string; apiToken: TokenShape } }>(
    `mutation($name: String!) { createApiToken(input: { name: $name }) { token apiToken { ${TOKEN_FIELDS} } } }`,
    { name },
    { token },
  );

const revoke = (id: string, token?: string | null) =>
  server.graphql<{ revokeApiToken: { deletedId: string } }>(
    `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { deletedId } }`,
    { id },
    { token },
  );

const tokensOf = async (token: string, userId?: string) =>
  (
    await allPages<TokenShape>(
      server,
      `query($userId: ID, $after: String) { apiTokens(userId: $userId, first: 1, after: $after) {
        nodes { ${TOKEN_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
      { userId },
      (data) => data['apiTokens'] as PageOf<TokenShape>,
      token,
    )
  ).flatMap((page) => page.nodes);

/** A new non-admin user and a token of theirs, obtained the way a person would: signing in with a password. */
async function memberWithToken() {
  const username = unique('member');
  const user = ok(await createUser({ username, password: 'correct horse' })).createUser.user;
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${username}:correct horse`).toString('base64')}`,
    },
    body: JSON.stringify({ query: `mutation { createApiToken(input: { name: "laptop" }) { token } }` }),
  });
  const answer = (await response.json()) as { data: { createApiToken: { token: string } } };
  return { user, token: answer.data.createApiToken.token };
}

describe('users and API tokens', () => {
  it('tells the caller who they are, and anonymous callers that they are nobody', async () => {
    expect(ok(await viewer()).viewer).toMatchObject({ username: server.username, isAdmin: true });
    expect(ok(await viewer(null)).viewer).toBeNull();
  });

  it('issues a token shown once that then acts as its user', async () => {
    const created = ok(await createToken('CI of project X')).createApiToken;
    expect(created.token.startsWith(created.apiToken.prefix)).toBe(true);
    expect(created.apiToken).toMatchObject({
      name: 'CI of project X',
      lastUsedAt: null,
      user: { username: server.username },
    });
    expect(ok(await viewer(created.token)).viewer!.username).toBe(server.username);
    const listed = (await tokensOf(server.token)).find((t) => t.id === created.apiToken.id)!;
    expect(listed.name).toBe('CI of project X');
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(await tokensOf(server.token))).not.toContain(created.token);
  });

  it('never exposes a token’s hash or a user’s password hash in the schema', async () => {
    expectError(await server.graphql(`{ apiTokens { nodes { tokenHash } } }`), 'GRAPHQL_VALIDATION_FAILED');
    expectError(await server.graphql(`{ viewer { passwordHash } }`), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('revokes a token, which then fails with UNAUTHENTICATED', async () => {
    const { token, apiToken } = ok(await createToken('short-lived')).createApiToken;
    expect(ok(await revoke(apiToken.id)).revokeApiToken.deletedId).toBe(apiToken.id);
    expectError(await viewer(token), 'UNAUTHENTICATED');
    expectError(await revoke(apiToken.id), 'NOT_FOUND', 'id');
  });

  it('pages through only the caller’s own tokens', async () => {
    const member = await memberWithToken();
    for (const name of ['one', 'two']) ok(await createToken(name, member.token));
    expect((await tokensOf(member.token)).map((t) => t.name)).toEqual(['laptop', 'one', 'two']);
    expect((await tokensOf(server.token)).every((t) => t.user.username === server.username)).toBe(true);
  });

  it('lets an admin list and revoke another user’s tokens, but not a member', async () => {
    const member = await memberWithToken();
    const admin = ok(await viewer()).viewer!;
    const [memberToken] = await tokensOf(server.token, member.user.id);
    expect(memberToken!.user.username).toBe(member.user.username);
    expectError(
      await server.graphql(
        `query($u: ID) { apiTokens(userId: $u) { nodes { id } } }`,
        { u: admin.id },
        { token: member.token },
      ),
      'FORBIDDEN',
    );
    const [adminToken] = await tokensOf(server.token);
    expectError(await revoke(adminToken!.id, member.token), 'NOT_FOUND', 'id');
    expect(ok(await viewer()).viewer).not.toBeNull();
    expect(ok(await revoke(memberToken!.id)).revokeApiToken.deletedId).toBe(memberToken!.id);
    expectError(await viewer(member.token), 'UNAUTHENTICATED');
  });

  it('lets an admin create users, and refuses a member with FORBIDDEN', async () => {
    const username = unique('admin2');
    const user = ok(await createUser({ username, password: 'long enough', isAdmin: true })).createUser.user;
    expect(user).toMatchObject({ username, isAdmin: true });
    const member = await memberWithToken();
    expect(member.user.isAdmin).toBe(false);
    expectError(await createUser({ username: unique('nope'), password: 'long enough' }, member.token), 'FORBIDDEN');
  });

  it('refuses a taken username with CONFLICT naming username', async () => {
    expectError(await createUser({ username: server.username, password: 'long enough' }), 'CONFLICT', 'username');
  });

  it('refuses a short password, an empty username and one with a colon, naming the field', async () => {
    expectError(await createUser({ username: unique('u'), password: 'short' }), 'BAD_USER_INPUT', 'password');
    expectError(await createUser({ username: '', password: 'long enough' }), 'BAD_USER_INPUT', 'username');
    expectError(await createUser({ username: 'a:b', password: 'long enough' }), 'BAD_USER_INPUT', 'username');
    expectError(await createToken(''), 'BAD_USER_INPUT', 'name');
  });

  it('refuses every user and token operation without a token', async () => {
    const { apiToken } = ok(await createToken('kept')).createApiToken;
    expectError(await createUser({ username: unique('anon'), password: 'long enough' }, null), 'UNAUTHENTICATED');
    expectError(await createToken('anon', null), 'UNAUTHENTICATED');
    expectError(await revoke(apiToken.id, null), 'UNAUTHENTICATED');
    expectError(await server.graphql(`{ apiTokens { nodes { id } } }`, {}, { token: null }), 'UNAUTHENTICATED');
    expect((await tokensOf(server.token)).map((t) => t.id)).toContain(apiToken.id);
  });

  it('refuses a cursor it did not issue', async () => {
    expectError(await server.graphql(`{ apiTokens(after: "x") { nodes { id } } }`), 'BAD_USER_INPUT', 'after');
  });
});
