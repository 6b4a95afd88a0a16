// @module-tag chromium
import { beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type Dashboard } from './harness.js';
import { demoIds, newCommit, plottedAndLive, points, upload, watchForFreshPoint } from './liveSeed.js';

/**
 * Two Speedgraph processes on one PostgreSQL database (the test's own server,
 * and `api/dist/main.js` started as a real second process, as two processes
 * behind a load balancer), and a browser page on each.
 */
const onServer = Boolean(process.env['DATABASE_URL']);

describe.skipIf(!onServer)(
  'live across processes (PostgreSQL only: the embedded database belongs to one process, which delivers in-process)',
  () => {
    let dashboard: Dashboard;
    let other: { url: string };
    let timeline = '';

    beforeAll(async () => {
      dashboard = await startDashboard({ demo: true });
      other = await dashboard.startProcess();
      const ids = await demoIds(dashboard.server);
      timeline = `/timeline?env=${ids.env}&exe=${ids.exe}&ben=${ids.ben}`;
    });

    it('draws a result uploaded to one server on pages of both, within a blink', async () => {
      const onA = await dashboard.open(timeline);
      const onB = await dashboard.open(timeline, { origin: other.url });
      await plottedAndLive(onA);
      await plottedAndLive(onB);
      const before = [await points(onA).count(), await points(onB).count()];

      for (let round = 1; round <= 3; round += 1) {
        const drawnOnA = await watchForFreshPoint(onA);
        const drawnOnB = await watchForFreshPoint(onB);
        const { sentAt, repliedAt } = await upload(dashboard.server, newCommit(), 1.5 + round / 100);
        const [a, b] = [await drawnOnA(), await drawnOnB()];
        console.log(
          `live across processes, round ${round}: drawn on the page of A ${a - repliedAt} ms, of B ${b - repliedAt} ms ` +
            `after the upload's reply (${a - sentAt} and ${b - sentAt} ms after it was sent)`,
        );
        expect(await points(onA).count()).toBe(before[0]! + round);
        expect(await points(onB).count()).toBe(before[1]! + round);
      }
      await dashboard.screenshot(onB, 'live-processes-page-b');
      await onA.close();
      await onB.close();
    });
  },
);
