import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../config.js';
import { BatchRejectedError } from '../modules/ingestion/ingestion.errors.js';
import type { IngestionService } from '../modules/ingestion/ingestion.service.js';
import type { ResultSubmission } from '../modules/ingestion/submission.js';
import type { UsersService } from '../modules/users/users.service.js';
import { codespeedAuth } from './auth.js';
import { parseCodespeedItem } from './parse-item.js';

const BODY_LIMIT = '64mb';

/** A 400 with the plain-text message a Codespeed client prints. */
class BadRequest extends Error {}

/**
 * Codespeed's result endpoints, answering what Codespeed 0.13 answers
 * (codespeed-compat.md), but all or nothing and never a 500 for bad input.
 */
export function codespeedRoutes(config: Config, ingestion: IngestionService, users: UsersService): Router {
  const router = express.Router();
  const auth = codespeedAuth(config, users);
  const form = express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 100_000 });
  const json = express.json({ limit: BODY_LIMIT, strict: false });

  router.post('/result/add/', auth, form, (req, res) =>
    answer(res, async () => {
      await store(ingestion, [fields(req.body)], false);
      return 'Result data saved successfully';
    }),
  );

  router.post('/result/add/json/', auth, json, form, (req, res) =>
    answer(res, async () => {
      await store(ingestion, jsonItems(req), true);
      return 'All result data saved successfully';
    }),
  );

  router.all(['/result/add/', '/result/add/json/'], (_req, res) => {
    res.status(405).set('Allow', 'POST').type('text/plain').send('Method not allowed: use POST');
  });
  return router;
}

async function answer(res: Response, work: () => Promise<string>) {
  try {
    const message = await work();
    res.status(202).type('text/plain').send(message);
  } catch (error) {
    if (error instanceof BadRequest) {
      res.status(400).type('text/plain').send(error.message);
      return;
    }
    throw error;
  }
}

function fields(body: unknown): Record<string, unknown> {
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** The array of results: in the form key `json` (Codespeed's way), or as the raw JSON body. */
function jsonItems(req: Request): unknown[] {
  const isRawJson = req.is('application/json');
  let data: unknown;
  if (isRawJson) {
    data = req.body;
  } else {
    const body = fields(req.body);
    if (!('json' in body)) throw new BadRequest("No key 'json' in POST payload");
    try {
      data = JSON.parse(String(body['json']));
    } catch (error) {
      throw new BadRequest(`Malformed JSON in key 'json': ${(error as Error).message}`);
    }
  }
  if (!Array.isArray(data)) throw new BadRequest('Expected a JSON array of results');
  return data;
}

async function store(ingestion: IngestionService, raw: unknown[], numbered: boolean) {
  const label = (index: number, message: string) => (numbered ? `Item ${index + 1}: ${message}` : message);
  const items: ResultSubmission[] = [];
  for (const [index, entry] of raw.entries()) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      await rejectEarlier(ingestion, items, label);
      throw new BadRequest(label(index, 'expected an object with the keys of /result/add/'));
    }
    const parsed = parseCodespeedItem(entry as Record<string, unknown>);
    if (!parsed.ok) {
      await rejectEarlier(ingestion, items, label);
      throw new BadRequest(label(index, parsed.problem.message));
    }
    items.push(parsed.item);
  }
  try {
    await ingestion.submit(items);
  } catch (error) {
    if (error instanceof BatchRejectedError) throw new BadRequest(label(error.index, error.message));
    throw error;
  }
}

/** An item before the syntactically bad one may be refused by the database: it is the first bad item then. */
async function rejectEarlier(
  ingestion: IngestionService,
  items: ResultSubmission[],
  label: (index: number, message: string) => string,
) {
  if (items.length === 0) return;
  const found = await ingestion.findProblem(items);
  if (found) throw new BadRequest(label(found.index, found.problem.message));
}
