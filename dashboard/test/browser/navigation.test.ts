// @module-tag chromium
import { beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type Dashboard } from './harness.js';

let dashboard: Dashboard;

beforeAll(async () => {
  dashboard = await startDashboard({ demo: true, env: { WEBSITE_NAME: 'Demo Speed' } });
});

describe('the dashboard frame', () => {
  it('shows the site’s name in the header and the title', async () => {
    const page = await dashboard.open('/');
    // The title waits for the site settings, which queue behind Home's own reads on the embedded database.
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('Demo Speed');
    expect(await page.locator('.app-title').textContent()).toContain('Demo Speed');
    await dashboard.screenshot(page, 'home');
    await page.close();
  });

  it('opens each view from its address, and from the navigation', async () => {
    const page = await dashboard.open('/comparison');
    await page.getByRole('heading', { name: 'Comparison' }).waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/timeline');
    await page.close();
  });

  it('answers an unknown address with a page that leads home', async () => {
    const page = await dashboard.open('/nowhere');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.close();
  });
});
