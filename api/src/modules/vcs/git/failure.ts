import { RepositoryError } from '../provider.js';

/*
 * A clone or fetch that failed, told as a person can act on it. Both
 * implementations land here with the tool's own words (libgit2's error message
 * or git's stderr), so a wrong URL reads the same whichever one ran.
 */

interface Diagnosis {
  reason: string;
  /** Worth retrying later: the network, not the URL or the credentials. */
  transient: boolean;
  /** Add the tool's words: they say which network fault it was. */
  detail: boolean;
}

/** First match wins: credentials before "not found", since some hosts answer 404 to a stranger. */
const RULES: [RegExp, Diagnosis][] = [
  [
    /authentication|credential|could not read (username|password)|terminal prompts disabled|(status code|returned error):? 40[13]\b/i,
    {
      reason: 'the credentials were refused or are missing (set the repository user and password)',
      transient: false,
      detail: false,
    },
  ],
  [
    /not found|(status code|returned error):? 404\b|does not appear to be a git repository|could not find repository|failed to resolve path|not a git repository|no such file or directory/i,
    { reason: 'repository not found', transient: false, detail: false },
  ],
  [
    /unsupported (url )?protocol|unsupported url|invalid url|malformed|is not a valid url|unknown url type/i,
    { reason: 'the URL is not one git can use', transient: false, detail: true },
  ],
  [
    /resolve (host|address)|name or service not known|temporary failure in name resolution|connect|refused|timed out|timeout|reset by peer|unreachable|early eof|hung up|unexpected disconnect|ssl|tls|certificate|(status code|returned error):? 5\d\d\b|stopped/i,
    { reason: 'network error', transient: true, detail: true },
  ],
];

/** The URL with any password in it replaced, for messages and logs. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Lines that are never the reason: progress, "Cloning into …", git's generic advice. */
const NOISE =
  /^(cloning into|remote:|receiving|resolving|counting|compressing|enumerating|total|please make sure|and the repository exists)/i;

/** The tool's first line that says what went wrong (git prints the cause first, then consequences). */
function firstWords(text: string, url: string): string {
  const lines = text
    .split(/[\r\n]+/)
    .map((line) => line.replace(/^\s*(fatal|error):\s*/i, '').trim())
    .filter((line) => line && !NOISE.test(line));
  const said = lines[0] ?? 'no message';
  return said.split(url).join(displayUrl(url)).slice(0, 300);
}

/**
 * Turns whatever a clone or fetch threw into a RepositoryError:
 * `could not clone https://… : repository not found`. `said` is the tool's
 * whole stderr when there is one (the error's message keeps only its end).
 */
export function syncFailure(action: 'clone' | 'fetch', url: string, error: unknown, said = ''): RepositoryError {
  const text = said.trim() || (error instanceof Error ? error.message : String(error));
  const words = firstWords(text, url);
  const found = RULES.find(([pattern]) => pattern.test(text))?.[1];
  const reason = found ? (found.detail ? `${found.reason} (${words})` : found.reason) : words;
  return new RepositoryError(`could not ${action} ${displayUrl(url)}: ${reason}`, found?.transient ?? false, {
    cause: error,
  });
}

/** A failure reading the local copy (a corrupt pack, a full disk): never the user's URL. */
export function readFailure(what: string, error: unknown): RepositoryError {
  const text = error instanceof Error ? error.message : String(error);
  return new RepositoryError(`could not read ${what}: ${text.split('\n')[0]?.slice(0, 300)}`, false, { cause: error });
}
