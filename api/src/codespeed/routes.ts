import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../config.js';
import { BatchRejectedError } from '../modules/ingestion/ingestion.errors.js';
import type { IngestionService } from '../modules/ingestion/ingestion.service.js';
import type { UsersService } from '../modules/users/users.service.js';
import { discardUnreadBody } from '../server/bodies.js';
import { codespeedAuth } from './auth.js';
import { CODESPEED_KEYS, readCodespeedItem } from './parse-item.js';

/** A 400 with the plain-text message a Codespeed client prints. */
class BadRequest extends Error {}

/**
 * Codespeed's result endpoints, answering what Codespeed 0.13 answers
 * (docs/codespeed-compat.md), but all or nothing and never a 500 for bad input.
 */
export function codespeedRoutes(config: Config, ingestion: IngestionService, users: UsersService): Router {
  const router = express.Router();
  const auth = codespeedAuth(config, users);
  const limit = config.maxBodyBytes;
  const form = express.urlencoded({ extended: false, limit, parameterLimit: 100_000 });
  const json = express.json({ limit, strict: false });
  const rest = discardUnreadBody(limit);

  // Bodies are read before anything answers, a refusal of the credentials included (bodies.ts says why).
  router.post('/result/add/', form, rest, auth, (req, res) =>
    answer(res, async () => {
      await store(ingestion, [fields(req.body)], false);
      return 'Result data saved successfully';
    }),
  );

  router.post('/result/add/json/', json, form, rest, auth, (req, res) =>
    answer(res, async () => {
      await store(ingestion, jsonItems(req), true);
      return 'All result data saved successfully';
    }),
  );

  router.all(['/result/add/', '/result/add/json/'], rest, (_req, res) => {
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

/** The ingestion service picks the first bad item; this only words it, `Item 3: ...` in a batch. */
async function store(ingestion: IngestionService, raw: unknown[], numbered: boolean) {
  try {
    await ingestion.submit(raw.map(readCodespeedItem), (field) => CODESPEED_KEYS[field]);
  } catch (error) {
    if (error instanceof BatchRejectedError) {
      throw new BadRequest(numbered ? `Item ${error.index + 1}: ${error.message}` : error.message);
    }
    throw error;
  }
}
