import express, { type Request, type Router } from 'express';
import { Feed } from 'feed';
import type { Kysely } from 'kysely';
import { latestReports } from '../analytics/latest-reports.sql.js';
import type { Services } from '../server/context.js';
import { reportDescription } from './feed-html.js';

const ITEMS = 10;

/** Codespeed's RSS feeds of the latest reports, and of the latest significant ones. */
export function feedRoutes(services: Services): Router {
  const router = express.Router();
  router.get('/feeds/latest/', async (req, res) => {
    res.type('application/rss+xml').send(await feed(services, req, false));
  });
  router.get('/feeds/latest_significant/', async (req, res) => {
    res.type('application/rss+xml').send(await feed(services, req, true));
  });
  return router;
}

async function feed(services: Services, req: Request, significantOnly: boolean): Promise<string> {
  const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
  const name = services.config.codespeed.websiteName;
  const reports = await latestReports(services.db.fork().getKysely() as Kysely<unknown>, {
    significantOnly,
    limit: ITEMS,
  });
  const rss = new Feed({
    title: significantOnly ? `${name}: latest significant changes` : `${name}: latest results`,
    description: `The latest${significantOnly ? ' significant' : ''} performance reports of ${name}`,
    id: `${base}/`,
    link: `${base}/`,
    updated: reports[0]?.revisionDate ?? new Date(0),
    generator: 'Speedgraph',
  });
  for (const report of reports) {
    const link = `${base}/changes?rev=${report.revisionId}&exe=${report.executableId}&env=${report.environmentId}`;
    rss.addItem({
      title: `${report.commitId.slice(0, 10)}: ${report.summary}`,
      id: link,
      link,
      date: report.revisionDate,
      description: reportDescription(report),
    });
  }
  return rss.rss2();
}
