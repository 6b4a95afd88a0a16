import { splitMessage } from './commit-message.js';
import {
  RepositoryError,
  type CommitInfo,
  type RepositoryProvider,
  type RepositorySource,
  type SyncOptions,
} from './provider.js';
import { runCommand } from './run-command.js';
import { parseSvnInfo, parseSvnLog, type SvnLogEntry } from './svn-xml.js';

const NUMBER = /^\d+$/;
/** svn error codes that mean "fix the project's settings", not "try later". */
const LASTING = /E170001|E215004|E175013|E170000|E180001|E195012|E200009|E125002/;

/**
 * A Subversion repository read with the `svn` command straight from its URL:
 * no checkout, XML output parsed with a real parser. Commit ids are revision
 * numbers; a revision's only parent is the one before it.
 */
export class SubversionProvider implements RepositoryProvider {
  readonly implementation = 'svn';
  /** The repository root, for reading any revision whatever path it touched. */
  private root: string | null = null;

  constructor(private readonly source: RepositorySource) {}

  /** Nothing to fetch: checks that the URL answers (and the credentials work) and learns the root. */
  async sync({ signal, onProgress }: SyncOptions): Promise<void> {
    onProgress?.({ fraction: 0, phase: 'checking the repository' });
    await this.info(signal);
    onProgress?.({ fraction: 1, phase: 'ready' });
  }

  async commit(id: string): Promise<CommitInfo | null> {
    if (!NUMBER.test(id) || Number(id) < 1) return null;
    const root = this.root ?? (await this.info()).root;
    const entries = await this.svnLog(['-r', String(Number(id)), '--', root], true);
    const entry = entries?.[0];
    return entry ? toCommit(entry) : null;
  }

  async log(from: string | null, to: string, limit: number): Promise<CommitInfo[]> {
    if (limit <= 0) return [];
    const top = await this.revision(to);
    const bottom = from === null ? 1 : (await this.revision(from)) + 1;
    if (bottom > top) return [];
    // The URL, not the root: a project on trunk lists only the revisions that changed trunk.
    const entries = await this.svnLog(['-l', String(limit), '-r', `${top}:${bottom}`, '--', this.source.url], false);
    return entries!.map(toCommit);
  }

  async firstParentHistory(head: string, limit: number): Promise<string[]> {
    const top = await this.revision(head);
    const ids: string[] = [];
    for (let n = top; n >= 1 && ids.length < limit; n--) ids.push(String(n));
    return ids;
  }

  /**
   * A revision number from an id; anything else (HEAD, or a branch name, which
   * Subversion keeps as a path in the URL) means the repository's youngest.
   */
  private async revision(id: string): Promise<number> {
    if (NUMBER.test(id)) return Number(id);
    return (await this.info()).revision;
  }

  private async info(signal?: AbortSignal) {
    const output = await this.svn(['info', '--', this.source.url], false, signal);
    const info = parseSvnInfo(output!);
    if (!info || !info.root) throw new RepositoryError(`svn info gave no repository for ${this.source.url}`, false);
    this.root = info.root;
    return info;
  }

  private async svnLog(args: string[], absentIsNull: boolean): Promise<SvnLogEntry[] | null> {
    const output = await this.svn(['log', ...args], absentIsNull);
    return output === null ? null : parseSvnLog(output);
  }

  /**
   * Runs svn with XML output and the project's credentials; null for "no such
   * revision" when asked. Callers put '--' before the URL: a URL is never read as an option.
   */
  private async svn(args: string[], absentIsNull: boolean, signal?: AbortSignal): Promise<string | null> {
    const result = await runCommand('svn', [args[0]!, '--xml', ...this.options(), ...args.slice(1)], {
      signal,
      okCodes: [1],
    });
    if (result.code === 0) return result.stdout;
    if (absentIsNull && /E160006/.test(result.stderr)) return null;
    const said = result.stderr.trim().split('\n').slice(-2).join(' ').slice(0, 500);
    throw new RepositoryError(`svn ${args[0]} failed: ${said || 'no message'}`, !LASTING.test(result.stderr));
  }

  /**
   * Never prompts and never stores credentials in ~/.subversion. They travel as
   * argv flags, not inside the URL, so the URL in logs and errors stays clean.
   */
  private options(): string[] {
    const { user, password } = this.source;
    return [
      '--non-interactive',
      '--no-auth-cache',
      ...(user ? ['--username', user] : []),
      ...(password ? ['--password', password] : []),
    ];
  }
}

function toCommit(entry: SvnLogEntry): CommitInfo {
  const { subject, body } = splitMessage(entry.message);
  const id = String(entry.revision);
  return {
    id,
    shortId: id,
    author: entry.author,
    authorEmail: '',
    date: entry.date ?? new Date(0),
    subject,
    body,
    tags: [],
    parents: entry.revision > 1 ? [String(entry.revision - 1)] : [],
  };
}
