import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, testDatabase, type TestServer } from '../harness.js';

let server: TestServer;

beforeAll(async () => {
  // Loopback is a trusted proxy here, so each test can be its own client address (X-Forwarded-For).
  server = await startTestServer(await testDatabase(), { ALLOW_ANONYMOUS_POST: 'false', TRUSTED_PROXIES: '127.0.0.1' });
});

const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(input: { username: $u, password: $p }) { token } }`;

async function newUser(): Promise<string> {
  const username = `guessed_${randomBytes(3).toString('hex')}`;
  const em = server.db.fork();
  await server.services.users.createUser(em, { username, password: 'right', isAdmin: false });
  return username;
}

let addresses = 0;
const newAddress = () => `10.0.0.${++addresses}`;

type Answer = {
  data?: { signIn: { token: string } } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

async function signIn(username: string, password: string, address: string) {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: SIGN_IN, variables: { u: username, p: password } }),
  });
  const answer = (await response.json()) as Answer;
  return { answer, code: answer.errors?.[0]?.extensions?.['code'], ms: performance.now() - started };
}

describe('sign-in throttling', () => {
  it('slows down repeated wrong passwords, then refuses the tenth without checking it, on every door', async () => {
    const username = await newUser();
    const address = newAddress();
    const codes: unknown[] = [];
    const times: number[] = [];
    for (let attempt = 1; attempt <= 9; attempt++) {
      const { code, ms } = await signIn(username, `wrong-${attempt}`, address);
      codes.push(code);
      times.push(ms);
    }
    expect(codes).toEqual(Array(9).fill('UNAUTHENTICATED'));
    // From the sixth failure in a row, each answer waits a second.
    expect(Math.min(...times.slice(5))).toBeGreaterThanOrEqual(900);

    // The right password now: refused all the same, so it was not checked.
    // From another address too: the user name is what is locked.
    const tenth = await signIn(username, 'right', newAddress());
    expect(tenth.code).toBe('TOO_MANY_ATTEMPTS');
    expect(tenth.answer.errors?.[0]?.message).toMatch(/Too many failed sign-ins .* try again in 15 minutes/);
    expect(tenth.answer.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(800);
    expect(tenth.answer.data ?? null).toBeNull();

    // HTTP Basic, on GraphQL and on Codespeed's endpoint, checks the same count.
    const basic = `Basic ${Buffer.from(`${username}:right`).toString('base64')}`;

    const graphql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: basic },
      body: JSON.stringify({ query: '{ viewer { username } }' }),
    });
    const body = (await graphql.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('TOO_MANY_ATTEMPTS');

    const codespeed = await server.postForm(
      '/result/add/',
      { commitid: 'abc' },
      { authorization: basic, 'x-forwarded-proto': 'https' },
    );
    expect(codespeed.status).toBe(429);
    expect(codespeed.text).toMatch(/Too many failed sign-ins/);
    expect(Number(codespeed.headers.get('retry-after'))).toBeGreaterThan(800);

    // Another user at the same address is not locked out by one name being guessed.
    const other = await newUser();
    expect((await signIn(other, 'right', address)).answer.data?.signIn.token).toMatch(/^sg_/);

    // An admin resetting the password (npm run createsuperuser) lifts the lock.
    const em = server.db.fork();
    const user = await server.services.users.findByUsername(em, username);
    await server.services.users.setPassword(em, user!, 'renewed');
    expect((await signIn(username, 'renewed', address)).answer.data?.signIn.token).toMatch(/^sg_/);
  });

  it('forgets the failures of a user who then signs in with the right password', async () => {
    const username = await newUser();
    const address = newAddress();
    for (let attempt = 1; attempt <= 5; attempt++) await signIn(username, 'wrong', address);
    expect((await signIn(username, 'right', address)).answer.data?.signIn.token).toMatch(/^sg_/);
    // Counting starts again: five more wrong ones are not yet refused.
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signIn(username, 'wrong', address)).code).toBe('UNAUTHENTICATED');
    }
    expect((await signIn(username, 'right', address)).answer.data?.signIn.token).toMatch(/^sg_/);
  });

  it('refuses an address that sprays one password over many user names', async () => {
    const address = newAddress();
    for (let attempt = 1; attempt <= 29; attempt++) {
      expect((await signIn(`nobody_${attempt}`, 'password1', address)).code).toBe('UNAUTHENTICATED');
    }
    const real = await newUser();
    expect((await signIn(real, 'right', address)).code).toBe('TOO_MANY_ATTEMPTS');
    expect((await signIn(real, 'right', newAddress())).answer.data?.signIn.token).toMatch(/^sg_/);
  });
});
