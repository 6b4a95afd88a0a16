import { setTimeout as delay } from 'node:timers/promises';
import { RepositoryError } from './provider.js';

export interface GitHubClientOptions {
  /** REST base: `https://api.github.com`, or `https://host/api/v3` for GitHub Enterprise. */
  apiUrl?: string;
  /** Sent as a Bearer token; without one GitHub allows 60 requests an hour. */
  token?: string;
  fetch?: typeof fetch;
  /** How to wait for a rate limit to pass; abortable, so a sync that times out stops waiting. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The longest one request waits for rate limits before giving up with a transient error. */
  maxWaitMs?: number;
  /** How many responses keep their ETag for conditional requests. */
  cacheEntries?: number;
}

export interface GitHubResponse<T> {
  status: number;
  /** The parsed body; null for a status the caller accepted as "absent". */
  body: T | null;
  /** The `rel="next"` page from the Link header, when GitHub pages the answer. */
  next: string | null;
}

interface CachedResponse {
  etag: string;
  body: unknown;
  next: string | null;
}

const DEFAULT_API = 'https://api.github.com';
// Rate-limit waits happen in the background enrichment, never in an upload, so a minute is affordable.
const DEFAULT_MAX_WAIT_MS = 60_000;
const MAX_ATTEMPTS = 5;

const defaultSleep = (ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal });

/**
 * GitHub's REST API as the provider needs it: GET only, conditional requests
 * (an answer GitHub confirms unchanged with a 304 does not count against the
 * rate limit), and rate limits waited out rather than failed, up to a cap.
 */
export class GitHubClient {
  readonly apiUrl: string;
  private readonly token: string;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly maxWaitMs: number;
  private readonly cacheEntries: number;
  /** By URL, least recently used first (a Map keeps insertion order). */
  private readonly cache = new Map<string, CachedResponse>();

  constructor(options: GitHubClientOptions = {}) {
    this.apiUrl = (options.apiUrl || DEFAULT_API).replace(/\/+$/, '');
    this.token = options.token ?? '';
    this.fetch = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? defaultSleep;
    this.maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    this.cacheEntries = options.cacheEntries ?? 500;
  }

  /**
   * GETs a path under the API base (or a full URL from a Link header). Statuses
   * in `absent` come back with a null body; other failures throw a
   * RepositoryError, transient for the network, 5xx and rate limits.
   */
  async get<T>(
    pathOrUrl: string,
    options: { signal?: AbortSignal; absent?: number[] } = {},
  ): Promise<GitHubResponse<T>> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.apiUrl}${pathOrUrl}`;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const cached = this.cache.get(url);
      const response = await this.send(url, cached?.etag, options.signal);
      if (response.status === 304 && cached) {
        this.remember(url, cached);
        return { status: 200, body: cached.body as T, next: cached.next };
      }
      if (response.ok) {
        const body = (await response.json()) as T;
        const next = nextLink(response.headers.get('link'));
        const etag = response.headers.get('etag');
        if (etag) this.remember(url, { etag, body, next });
        return { status: response.status, body, next };
      }
      const wait = rateLimitWait(response);
      if (wait !== null) {
        await response.body?.cancel();
        const retryAt = new Date(Date.now() + wait).toISOString();
        if (waited + wait > this.maxWaitMs || attempt >= MAX_ATTEMPTS) {
          throw new RepositoryError(`GitHub rate limit: retry after ${retryAt}`, true);
        }
        waited += wait;
        await this.sleep(wait, options.signal);
        continue;
      }
      if (options.absent?.includes(response.status)) {
        await response.body?.cancel();
        return { status: response.status, body: null, next: null };
      }
      throw await failure(response, url);
    }
  }

  private async send(url: string, etag: string | undefined, signal: AbortSignal | undefined): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': 'Speedgraph',
    };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (etag) headers['If-None-Match'] = etag;
    try {
      return await this.fetch(url, { headers, signal });
    } catch (error) {
      if (signal?.aborted) throw new RepositoryError('GitHub request was stopped (timed out)', true, { cause: error });
      const reason =
        error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new RepositoryError(`GitHub is unreachable at ${this.apiUrl}: ${reason}`, true, { cause: error });
    }
  }

  private remember(url: string, entry: CachedResponse): void {
    this.cache.delete(url);
    this.cache.set(url, entry);
    while (this.cache.size > this.cacheEntries) this.cache.delete(this.cache.keys().next().value!);
  }
}

/**
 * How long GitHub asks us to wait, or null when the answer is not a rate limit.
 * Primary limits say `x-ratelimit-remaining: 0` and when the window resets;
 * secondary limits say `retry-after` (GitHub's documented order: retry-after first).
 */
function rateLimitWait(response: Response): number | null {
  if (response.status !== 403 && response.status !== 429) return null;
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter) * 1000;
  if (response.headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - Date.now());
    // No reset time given: GitHub's advice is to wait at least a minute.
    return 60_000;
  }
  // A 429 without headers is still a rate limit; a bare 403 is a refusal.
  return response.status === 429 ? 60_000 : null;
}

function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1]!;
  }
  return null;
}

async function failure(response: Response, url: string): Promise<RepositoryError> {
  let said = '';
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === 'string') said = body.message;
  } catch {
    said = response.statusText;
  }
  const where = new URL(url).pathname;
  if (response.status === 401)
    return new RepositoryError(`GitHub refused the token (401 ${said || 'Bad credentials'})`, false);
  if (response.status >= 500)
    return new RepositoryError(`GitHub failed (${response.status} ${said}) on ${where}`, true);
  return new RepositoryError(`GitHub answered ${response.status} (${said || 'no message'}) on ${where}`, false);
}
