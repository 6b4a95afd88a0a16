// @module-tag chromium
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { unique } from '../../../api/test/harness.js';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;

beforeAll(async () => {
  dashboard = await startDashboard({ demo: true });
});

/** Opens Admin and signs in through its form, as a person does. */
async function signIn(path = '/admin'): Promise<Page> {
  const page = await dashboard.open(path);
  await page.getByLabel('User name').fill(dashboard.server.username);
  await page.getByLabel('Password').fill('secret');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}

const newEnvironment = (page: Page) => page.getByRole('group', { name: 'New environment' });

describe('Admin', () => {
  it('signs in with the form, and says who is signed in, there and in the header', async () => {
    const page = await dashboard.open('/admin');
    await page.getByRole('group', { name: 'Sign in' }).waitFor();
    await dashboard.screenshot(page, 'admin-signed-out');
    await page.close();

    const signedIn = await signIn();
    expect(await signedIn.locator('.admin-viewer').textContent()).toContain(
      `Signed in as ${dashboard.server.username} (admin)`,
    );
    expect(await signedIn.locator('.app-user').textContent()).toBe(`Signed in as ${dashboard.server.username}`);
    expect(await signedIn.evaluate(() => localStorage.getItem('speedgraph.token'))).toMatch(/^sg_/);
    await signedIn.getByRole('table').getByRole('rowheader', { name: 'Dual Core' }).waitFor();
    await dashboard.screenshot(signedIn, 'admin-signed-in');
    await signedIn.close();
  });

  it('says so when the password is wrong', async () => {
    const page = await dashboard.open('/admin');
    await page.getByLabel('User name').fill(dashboard.server.username);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong user name or password').waitFor();
    await page.close();
  });

  it('creates an environment, and a result posted for it then shows on Home', async () => {
    const page = await signIn();
    const environment = unique('Lab machine');
    await newEnvironment(page).getByLabel('Name').fill(environment);
    await newEnvironment(page).getByLabel('CPU').fill('Ampere Altra Q80-30');
    await newEnvironment(page).getByRole('button', { name: 'Create environment' }).click();
    await page.getByRole('status').getByText(`Created environment “${environment}”.`).waitFor();
    await page.getByRole('rowheader', { name: environment }).waitFor();
    expect(await newEnvironment(page).getByLabel('Name').inputValue()).toBe('');

    // Two revisions, so the second gets a report (a first revision has nothing to compare with).
    const project = unique('AdminProject');
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    for (const [commitid, value, date] of [
      ['a1', '10', hourAgo],
      ['a2', '5', new Date().toISOString()],
    ] as const) {
      const posted = await dashboard.server.postForm(
        '/result/add/',
        {
          commitid,
          branch: 'default',
          project,
          executable: 'exe',
          benchmark: 'float',
          environment,
          result_value: value,
          revision_date: date,
        },
        { authorization: `Bearer ${dashboard.server.token}` },
      );
      expect(posted.status).toBeLessThan(300);
    }

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('article', { name: new RegExp(`^${project}`) }).waitFor();
    const latest = page.getByRole('region', { name: /^Latest reports/ });
    await expect
      .poll(
        async () => {
          await page.reload();
          await latest.locator('.report-link').first().waitFor();
          return latest.locator('.report-link').first().textContent();
        },
        // Each try reloads the page: far longer than expect.poll's default second.
        { timeout: 30_000, interval: 500 },
      )
      .toContain(`${project} · exe @ ${environment}`);
    await page.close();
  });

  it('shows the API’s validation message beside the field it names', async () => {
    const page = await signIn();
    await newEnvironment(page).getByLabel('Name').fill('Dual Core');
    await newEnvironment(page).getByRole('button', { name: 'Create environment' }).click();
    const name = newEnvironment(page).getByLabel('Name');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby'))!.split(' ')[0]!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(
      'An environment named "Dual Core" already exists',
    );
    // Beside it: in the same field as the input, not in a banner elsewhere.
    expect(await newEnvironment(page).locator('.field-invalid .field-error').count()).toBe(1);
    await dashboard.screenshot(page, 'admin-form-error');
    await page.close();
  });

  it('edits an environment, and deletes it only after a question naming what goes with it', async () => {
    const page = await signIn();
    const environment = unique('Temporary');
    await newEnvironment(page).getByLabel('Name').fill(environment);
    await newEnvironment(page).getByRole('button', { name: 'Create environment' }).click();
    await page.getByRole('button', { name: `Edit environment ${environment}` }).click();
    const edit = page.getByRole('group', { name: `Edit environment “${environment}”` });
    await edit.getByLabel('Memory').fill('64 GiB');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('row', { name: new RegExp(`${environment}.*64 GiB`) }).waitFor();

    await page.getByRole('button', { name: `Delete environment ${environment}` }).click();
    const question = page.getByRole('alertdialog');
    expect(await question.textContent()).toContain('every result and report measured on it');
    // Focus starts on Cancel, so a stray Enter keeps the data.
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: `Delete environment ${environment}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete environment' }).click();
    await page.getByRole('rowheader', { name: environment }).waitFor({ state: 'detached' });
    await page.close();
  });

  it('makes an API token, shows it once, and the token works', async () => {
    const page = await signIn('/admin?section=tokens');
    await page.getByLabel('What is it for?').fill('CI of the browser test');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = await page
      .getByRole('region', { name: /New token/ })
      .locator('code')
      .first()
      .textContent();
    expect(secret).toMatch(/^sg_/);
    const viewer = await dashboard.server.graphql(`{ viewer { username } }`, {}, { token: secret });
    expect(viewer.data).toEqual({ viewer: { username: dashboard.server.username } });
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('rowheader', { name: /CI of the browser test/ }).waitFor();
    expect(await page.getByText(secret!).count()).toBe(0);
    await page.close();
  });

  it('signs out, revoking the token it signed in with', async () => {
    const page = await signIn();
    const token = await page.evaluate(() => localStorage.getItem('speedgraph.token'));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('group', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('speedgraph.token'))).toBeNull();
    expect(await page.locator('.app-user').count()).toBe(0);
    const answer = await dashboard.server.graphql(`{ viewer { username } }`, {}, { token });
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    await page.close();
  });
});
